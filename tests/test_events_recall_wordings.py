"""Meetings, agreements, praise and criticism in the wordings of readouts and wires (triggers.yaml, "s14 recall"):
dining together, a bilateral held, a first face-to-face, a meeting with "him"; deals inked or struck, consensus
reached, a plan signed off on, a joint communique; hailing a deal; taking issue, pushing back, reacting angrily;
export controls tightened; "the participants" of the last joint act; "neither side has endorsed it" (no event).
And their look-alikes that are no event: a sit-down strike, "opposing sides", "hails
from", "tightened security", "a bilateral meeting" told once. Sentences of our own; the publication date is Friday
2025-03-07."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        ("The Kenyan president dined with his Ugandan counterpart in Kampala on Monday.", "CONSULT", "dined with",
         date(2025, 3, 3)),
        ("The Dutch prime minister held a bilateral with the Belgian prime minister in Brussels on Tuesday.",
         "CONSULT", "held a bilateral", date(2025, 3, 4)),
        ("The Indonesian and Malaysian leaders held their first face-to-face in Jakarta on Wednesday.", "CONSULT",
         "face-to-face", date(2025, 3, 5)),
        ("Ministers from Chile and Peru inked a fisheries pact in Lima on Wednesday.", "AGREE", "", date(2025, 3, 5)),
        ("Athens struck a deal with its creditors on Monday.", "AGREE", "struck a deal", date(2025, 3, 3)),
        ("The foreign ministers of Spain and Morocco reached consensus on a migration plan on Thursday.", "AGREE",
         "reached consensus", date(2025, 3, 6)),
        ("Hanoi and Manila issued a joint communique on Thursday.", "ANNOUNCE", "joint communique", date(2025, 3, 6)),
        ("Ankara hailed the grain deal on Tuesday.", "SUPPORT", "hailed", date(2025, 3, 4)),
        ("Canberra took issue with the report on Monday.", "DISAPPROVE", "took issue with", date(2025, 3, 3)),
        ("Poland pushed back against the German proposal on Wednesday.", "DISAPPROVE", "pushed back against",
         date(2025, 3, 5)),
        ("Seoul reacted angrily to the court's decision on Tuesday.", "DISAPPROVE",
         "reacted angrily to", date(2025, 3, 4)),
        ("Tokyo tightened controls on chemical exports to Seoul on Monday.", "SANCTION", "tightened", date(2025, 3, 3)),
    ],
)
def test_recall_wording_gives_its_event(text, type_, trigger, day):
    found = [e for e in events_of(text) if e.type == type_ and trigger in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text)]
    assert found[0].date_start == found[0].date_end == day


def test_recall_meeting_with_him_is_planned():
    ev = the_event(events_of("Macron said he would meet him in Rome next week."), "CONSULT", "meet")
    assert ev.status == "planned"
    assert (ev.date_start, ev.date_end) == (date(2025, 3, 10), date(2025, 3, 16))


def test_recall_signed_off_on_is_an_agreement():
    events = events_of("Brussels signed off on the trade pact on Tuesday.")
    agreements = [e for e in events if e.type == "AGREE"]
    assert len(agreements) == 1 and agreements[0].source_actor == "Belgium", [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The sit-down strike at the port entered its third day on Friday.",
        "Peace there is fragile, one envoy said, and talks will fail unless they change behaviour in Libya, where Egypt "
        "and Turkey back opposing sides in a long war.",
        "The new envoy hails from a family of diplomats.",
        "The police tightened security around the embassy on Monday.",
    ],
)
def test_recall_look_alike_gives_no_event_of_that_kind(text):
    events = events_of(text)
    assert not [e for e in events if e.type in ("CONSULT", "DISAPPROVE", "SUPPORT", "SANCTION")], \
        [(e.type, e.trigger) for e in events]


def test_recall_bilateral_meeting_is_one_meeting():
    events = events_of("The Dutch and Belgian prime ministers held a bilateral meeting in Brussels on Tuesday.")
    assert len([e for e in events if e.type == "CONSULT"]) == 1, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Lula floated the idea again on Monday, but neither side has endorsed it.",
        "None of the allies has recognised the vote.",
        "Nobody welcomed the plan when it was published.",
    ],
)
def test_recall_negative_subject_gives_no_event(text):
    events = events_of(text)
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in events]


def test_recall_negative_subject_leaves_the_other_clause():
    events = events_of("France endorsed the plan on Monday, but neither side has accepted it.")
    assert [e.type for e in events if e.type == "SUPPORT"] == ["SUPPORT"], [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]



def test_recall_participants_are_the_parties_of_the_last_joint_act():
    events = events_of("Macron, Scholz and Meloni unveiled a plan for a joint fighter jet in Rome on Tuesday. The "
                       "participants inked a memorandum of understanding on the margins of the meeting.")
    ev = the_event(events, "AGREE", "inked")
    assert ev.source_actor == "Emmanuel Macron" and ev.date_start == date(2025, 3, 4)
