"""The outcome of a condition that opens the sentence ("If Ankara were to agree ..., Brussels would ...", "Should the
talks fail, ...") is hypothetical, and a date inside the condition does not date it; a verb coordinated under "would
have" is a counterfactual too (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("If Ankara were to lift its veto, Brussels would likely open accession talks with Belgrade.", "talks",
         "hypothetical"),
        ("Should the negotiations fail, Washington would impose new sanctions on Caracas.", "sanctions", "hypothetical"),
        ("Were Seoul to apologise, Tokyo would resume talks with Seoul.", "talks", "hypothetical"),
        ("If both sides accept the text, the ministers will sign the treaty in Oslo next week.", "treaty", "hypothetical"),
        # no condition: the plan stays a plan; a condition inside the reporting stays the speaker's
        ("The ministers will sign the treaty in Oslo next week.", "treaty", "planned"),
        ("Brussels would open accession talks with Belgrade next year, the commissioner said.", "talks", "planned"),
    ],
)
def test_outcome_of_an_opening_condition_is_hypothetical(text, trigger, status):
    assert the_event(events_of(text), None, trigger).status == status


def test_date_inside_the_condition_does_not_date_its_outcome():
    text = "If Ankara were to accept the limits set in 2019, Brussels would open accession talks with Ankara."
    event = the_event(events_of(text), None, "talks")
    assert event.status == "hypothetical"
    assert event.date_start is None or event.date_start.year != 2019


def test_date_of_the_outcome_itself_still_dates_it():
    text = "If the talks go well, the two presidents will meet in Geneva on Tuesday."
    event = the_event(events_of(text), None, "meet")
    assert (event.date_start, event.status) == (date(2025, 3, 11), "hypothetical")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow vetoed a draft resolution on Friday that would have condemned the shelling and demanded a ceasefire.",
        "China blocked a text on Monday that would have criticised the blockade and urged talks with Manila.",
    ],
)
def test_verb_coordinated_under_would_have_did_not_happen(text):
    types = {e.type for e in events_of(text)}
    assert "DEMAND" not in types and "DISAPPROVE" not in types
    assert any(e.type == "REJECT" or e.trigger.lower() in ("vetoed", "blocked") for e in events_of(text))


def test_past_verbs_coordinated_without_would_have_happened():
    events = events_of("Beijing condemned the shelling on Monday and demanded a ceasefire.")
    assert the_event(events, "DEMAND", "demanded").status == "occurred"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an act named in the object of a verb of mere possibility is only possible
        ("France and Germany could trigger the return of United Nations sanctions on Tehran.", "sanctions",
         "hypothetical"),
        ("Minsk might seek the resumption of negotiations with Vilnius.", "negotiations", "hypothetical"),
        # a month named May is no modal; the act stays done
        ("The two armies fell out over the border, and in May 1998 fighting broke out near the river.", "fighting",
         "occurred"),
    ],
)
def test_act_in_the_object_of_a_possibility_modal(text, trigger, status):
    assert the_event(events_of(text), None, trigger).status == status
