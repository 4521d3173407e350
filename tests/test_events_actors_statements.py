"""Whom a statement is about: the first party its "that" clause names that is not the speaker's own side, read to the
end of that clause only (not another speaker's words after ", and"), never a name inside a longer one nor the parties
of a phrase after a preposition."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, source, target", [
    ("The British government said on Friday that Iran's latest missile test broke its commitments.",
     "United Kingdom", "Iran"),
    ("Japan said on Monday that China's new coast guard rules threatened stability in the region.", "Japan", "China"),
    ("The foreign ministry in Warsaw said on Tuesday that Belarusian guards were pushing migrants toward the border.",
     "Poland", "Belarus"),
    ("Seoul said on Thursday that the launch showed North Korea had no interest in talks.", "South Korea",
     "North Korea"),
])
def test_events_statement_is_about_the_other_side_its_clause_names(text, source, target):
    event = the_event(events_of(text), "STATEMENT", "said")
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, source", [
    # the parties of a phrase ("talks between Russia and Ukraine") are its matter, not whom the words are about
    ("Canada said on Monday that talks between Russia and Ukraine should resume soon.", "Canada"),
    # a state's name inside a company's name is no party
    ("Iran said on Saturday that its forces had shot down a Ukraine International Airlines jet by mistake.", "Iran"),
    # another speaker's words after ", and" are not the first speaker's
    ("France said on Monday that the vote was a step forward, and Germany called on Russia to withdraw.", "France"),
])
def test_events_statement_names_no_other_side(text, source):
    event = the_event(events_of(text), "STATEMENT", "said")
    assert (event.source_actor, event.target_actor) == (source, None)


@pytest.mark.parametrize("text, type_, trigger, source, target", [
    ("China said on Monday that it would impose sanctions on Lithuania.", "SANCTION", "impose", "China", "Lithuania"),
    ("The EU said on Friday that it had frozen the assets of three Iranian banks.", "SANCTION", "frozen",
     "European Union", None),
])
def test_events_it_in_a_reported_clause_is_the_speaker(text, type_, trigger, source, target):
    event = the_event(events_of(text), type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya agreed on Monday to restore diplomatic ties with Somalia.", "Kenya", "Somalia"),
    ("Bahrain agreed on Thursday to resume flights with Qatar after a three-year freeze.", "Bahrain", "Qatar"),
])
def test_events_agreement_purpose_names_the_other_party(text, source, target):
    event = the_event(events_of(text), "AGREE", "agreed")
    assert (event.source_actor, event.target_actor) == (source, target)
