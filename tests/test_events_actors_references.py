"""Participants told by reference rather than by name: a pair described as the object ("urged the two sides"), an
unnamed spokesman after a quotation, an event noun as the subject of a verb ("an American drone strike killed"), and a
definite event noun with no party of its own ("The ceasefire took effect")."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Fighting between Armenia and Azerbaijan resumed on Monday. On Tuesday the United Nations urged the two sides "
     "to respect the ceasefire.", "urged", "United Nations", "Armenia"),
    ("India and Pakistan exchanged fire across the border on Monday. Washington urged the two countries to step back "
     "on Tuesday.", "urged", "United States", "India"),
    ("Ethiopia and Eritrea clashed near the border on Monday. The African Union called on both sides to show "
     "restraint on Wednesday.", "called on", "African Union", "Ethiopia"),
])
def test_events_pair_object_is_the_pair_just_named(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_pair_object_is_not_the_speakers_own_pair():
    # Armenia is one of "both sides": a call on itself too, aimed at neither party alone
    text = "Armenia and Azerbaijan clashed on Monday. On Tuesday Armenia urged both sides to respect the truce."
    event = the_event(events_of(text), "DEMAND", "urged")
    assert (event.source_actor, event.target_actor) == ("Armenia", None)


def test_events_pair_object_is_no_pair_acting_together_later():
    # "welcomed the two leaders" names them as the ones welcomed; "the two presidents" after it are still the pair
    # that met, not the host and one guest
    text = ("President Biden met President Putin in Geneva on Wednesday. Swiss President Guy Parmelin had urged the two "
            "leaders to talk on Tuesday. The two presidents agreed on Wednesday to return their ambassadors.")
    event = the_event(events_of(text), "AGREE", "agreed")
    assert (event.source_actor, event.target_actor) == ("Joe Biden", "Vladimir Putin")


@pytest.mark.parametrize("text, state", [
    ('Beijing reacted angrily on Monday. "This is bullying, and we oppose it," a Foreign Ministry spokesman said on '
     'Monday.', "China"),
    ('Moscow rejected the report on Tuesday. "These claims are baseless," a foreign ministry spokeswoman said on '
     'Tuesday.', "Russia"),
])
def test_events_quoted_unnamed_spokesman_speaks_for_the_state_before(text, state):
    event = the_event(events_of(text), None, "said")  # ("we oppose it" in the quote: a disapproval by the saying)
    assert event.source_actor == state


@pytest.mark.parametrize("text, type_, trigger, source", [
    ("An American drone strike killed two militants in Somalia on Tuesday.", "ASSAULT", "killed", "United States"),
    ("An Israeli air strike killed three people in Gaza on Sunday.", "ASSAULT", "killed", "Israel"),
])
def test_events_event_noun_subject_lends_its_doer(text, type_, trigger, source):
    event = the_event(events_of(text), type_, trigger, how="mention")
    assert event.source_actor == source


@pytest.mark.parametrize("text", [
    "Thailand and Cambodia agreed to a ceasefire on Monday. The ceasefire took effect at midnight on Tuesday.",
    "Israel and Hamas agreed to a truce on Monday. The truce began on Friday.",
])
def test_events_definite_event_noun_takes_the_parties_just_told(text):
    events = [e for e in events_of(text) if e.type == "AGREE"]
    assert events and all(e.source_actor is not None and e.target_actor is not None for e in events), \
        [(e.trigger, e.source_actor, e.target_actor) for e in events]


@pytest.mark.parametrize("text, trigger, source", [
    ("Poland, which borders Belarus, has hardened its stance: its parliament voted on Thursday to send more troops "
     "to the border.", "voted", "Poland"),
    ("Japan, which has long relied on the United States, is changing course: its cabinet approved a record defence "
     "budget on Friday.", "approved", "Japan"),
])
def test_events_its_body_is_the_body_of_the_sentence_subject(text, trigger, source):
    event = the_event(events_of(text), None, trigger)
    assert event.source_actor == source


def test_events_the_secretary_general_is_the_one_named_before():
    text = ("At the United Nations, a spokesman for Secretary-General António Guterres said on Tuesday that the "
            "secretary-general urged Serbia and Kosovo to exercise restraint.")
    event = the_event(events_of(text), "DEMAND", "urged")
    assert (event.source_actor, event.target_actor) == ("António Guterres", "Serbia")


@pytest.mark.parametrize("text, trigger, source", [
    ("BAMAKO - Mali's junta expelled the French ambassador on Monday. On Thursday the junta suspended two French "
     "broadcasters.", "suspended", "Mali"),
    ("NIAMEY - The junta revoked its defence agreements with France on Thursday.", "revoked", "Niger"),
])
def test_events_the_junta_acts_for_its_state(text, trigger, source):
    event = the_event(events_of(text), None, trigger)
    assert event.source_actor == source


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Egypt condemned the raid on Sunday. It recalled its ambassador to Israel on Monday.", "recalled", "Egypt",
     "Israel"),
    ("Russia denied the report on Thursday. It also expelled two Estonian diplomats on Friday.", "expelled", "Russia",
     "Estonia"),
    ("The African Union condemned the coup on Thursday. It suspended Gabon on Friday.", "suspended", "African Union",
     "Gabon"),
])
def test_events_it_is_the_state_or_body_last_acting(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_it_in_a_relative_clause_is_not_read():
    # "a ruling that it had refused to carry out" tells a state of affairs, not a refusal made as news
    text = "On June 5, Egypt announced that it would accept a 2002 ruling that it had refused to carry out for years."
    assert not any(e.type == "REJECT" and e.source_actor == "Egypt" for e in events_of(text))


@pytest.mark.parametrize("text, trigger, source", [
    ("A Qatari technical team landed in Kabul on Wednesday for talks with the Taliban.", "landed", "Qatar"),
    ("A Russian fighter jet shot down an American drone over the Black Sea on Tuesday.", "shot down", "Russia"),
    ('"This is bullying," the Chinese Foreign Ministry spokesman said on Monday.', "said", "China"),
])
def test_events_adjective_before_a_team_or_craft_is_the_state_acting(text, trigger, source):
    event = the_event(events_of(text), None, trigger, how="mention")
    assert event.source_actor == source


@pytest.mark.parametrize("text, source, target", [
    ("Germany recalled its ambassador in Moscow for consultations on Monday.", "Germany", "Russia"),
    ("The EU recalled its ambassador in Moscow, Markus Ederer, for consultations on Monday.", "European Union",
     "Russia"),
    ("Lithuania recalled its envoy to Beijing on Tuesday.", "Lithuania", "China"),
])
def test_events_recalled_envoy_is_aimed_at_the_state_of_the_posting(text, source, target):
    event = the_event(events_of(text), "SANCTION", "recalled")
    assert (event.source_actor, event.target_actor) == (source, target)
