"""A saying typed by what its words do (events/said_types.py): an obligation laid on another party, or an act expected
of a named party, is a demand; "would retaliate" is a threat; announcing one's own decision to give way is the
concession; a support the speaker's own side voices is the saying's; a report of a decrease condemns nothing. Short
texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event


def _type_of(text: str, trigger: str) -> str:
    return the_event(events_of(text), None, trigger).type


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya's foreign minister said on Tuesday that Ethiopia must withdraw its troops from the border region.",
         "Ethiopia"),
        ("Brazil said on Thursday it expected Venezuela's full cooperation with the inquiry.", "Venezuela"),
        ("Peru said on Monday that it expects Chile to return the fishing boats.", "Chile"),
    ],
)
def test_events_saying_that_lays_an_obligation_on_another_party_is_a_demand_aimed_at_it(text, target):
    e = the_event(events_of(text), None, "said")
    assert (e.type, e.target_actor) == ("DEMAND", target)


def test_events_quoted_obligation_that_opens_the_sentence_is_a_demand():
    text = '"The blockade must end," the Turkish foreign ministry spokesman told reporters on Wednesday.'
    assert _type_of(text, "told") == "DEMAND"


@pytest.mark.parametrize(
    "text",
    [
        "Germany said on Tuesday it must act quickly to protect its industry.",  # the speaker's own duty
        "Norway said on Tuesday that the idea must be a joke.",  # a judgement, no obligation
        "Xi said on Monday that the major powers should help create the conditions for dialogue.",  # no party named
    ],
)
def test_events_saying_with_no_obligation_on_a_named_other_party_stays_a_statement(text):
    assert _type_of(text, "said") == "STATEMENT"


@pytest.mark.parametrize(
    "text",
    [
        "Iran said on Monday it would retaliate against any attack on its territory.",
        "Pakistan said on Friday that it would respond with force to any incursion.",
        "China said on Tuesday it would take all necessary measures to defend its sovereignty.",
        "Russia said on Tuesday that it would reciprocate if the expulsions went ahead.",
    ],
)
def test_events_saying_that_the_speaker_would_retaliate_is_one_threat_dated_by_the_saying(text):
    events = events_of(text)
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].status == "occurred" and events[0].precision == "day"


def test_events_announced_decision_to_give_way_is_one_concession_dated_by_the_announcement():
    events = events_of("Chile announced on Monday that it would release the prisoners.", date(2024, 5, 10))
    assert [(e.type, e.trigger, e.date_start.isoformat()) for e in events] == [("CONCEDE", "announced", "2024-05-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Colombia announced on Friday that it would compensate the families of the victims.",
        "Ethiopia announced on Tuesday that it would fully accept the boundary ruling.",
    ],
)
def test_events_announcing_a_compensation_or_accepting_a_ruling_is_a_concession(text):
    assert _type_of(text, "announced") == "CONCEDE"


def test_events_announced_plan_that_gives_nothing_stays_an_announcement():
    assert _type_of("Chile announced on Monday that it would hold elections in March.", "announced") == "ANNOUNCE"


def test_events_saying_that_the_speaker_supports_is_one_support_dated_by_the_saying():
    events = events_of("Germany said on Tuesday it supports the ceasefire proposal.", date(2024, 5, 10))
    assert [(e.type, e.trigger, e.date_start.isoformat()) for e in events] == [("SUPPORT", "said", "2024-05-07")]


def test_events_report_of_a_decrease_is_no_condemnation():
    text = "Japan said on Thursday that the ceasefire violations along the line had fallen sharply."
    assert _type_of(text, "said") == "STATEMENT"
    text = "Japan said on Thursday that the ceasefire violations along the line were unacceptable."
    assert _type_of(text, "said") == "DISAPPROVE"


def test_events_party_inside_the_subject_is_not_the_one_obliged():
    text = "Canada said on Monday that talks between Russia and Ukraine should resume soon."
    assert _type_of(text, "said") == "STATEMENT"


def test_events_more_words_of_the_speaker_join_a_saying_typed_by_its_words():
    text = ("Germany's foreign minister Annalena Baerbock said on Friday that Germany supported any effort to ease "
            "tensions. She said Berlin had been kept informed by Paris.")
    events = events_of(text)
    assert [(e.type, len(e.mentions)) for e in events] == [("SUPPORT", 2)]


def test_events_retaliation_the_threat_names_is_no_event_of_its_own():
    events = events_of("Iran said on Monday it would retaliate with tariffs on American goods if the duties took effect.")
    assert [(e.type, e.trigger, e.status) for e in events] == [("THREATEN", "said", "occurred")]
