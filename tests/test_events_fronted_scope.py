"""A cue at the head of a sentence ("On the first day of the offensive, ...", "After the vote, ...") governs
every event coordinated in its main clause, not only the first; what is said under it keeps its own time.
An actor right after a verb is that verb's object, never a subject coordinated with the next clause's."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2024, 5, 10)  # a Friday
OFFENSIVE = "Azerbaijan launched an offensive against the enclave on Tuesday. "


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _by_type(text: str) -> dict:
    return {e.type: e for e in _events(text)}


def test_events_fronted_day_reference_dates_every_coordinated_event():
    ev = _by_type(OFFENSIVE + "On the first day of the offensive, Blinken telephoned Aliyev, "
                              "and the European Union condemned the escalation.")
    tuesday = date(2024, 5, 7)
    assert (ev["CONSULT"].date_start, ev["CONSULT"].date_end) == (tuesday, tuesday)
    assert (ev["DISAPPROVE"].date_start, ev["DISAPPROVE"].date_end) == (tuesday, tuesday)
    assert ev["DISAPPROVE"].source_actor == "European Union"  # not Aliyev, the object of the call


def test_events_fronted_day_reference_does_not_date_what_is_said():
    ev = _by_type(OFFENSIVE + "On the first day of the offensive, Blinken said Russia had threatened Armenia.")
    assert ev["STATEMENT"].date_start == ev["STATEMENT"].date_end == date(2024, 5, 7)
    assert ev["THREATEN"].date_start != ev["THREATEN"].date_end  # the threat said to have been made: not that day


def test_events_it_came_after_skips_a_sentence_that_tells_no_event():
    ev = _by_type("Armenia signed the accord with Georgia on Thursday. The text, published by the ministry, says "
                  "the border will reopen. It came nine days after Aliyev met Pashinyan in Geneva.")
    assert ev["CONSULT"].date_start == ev["CONSULT"].date_end == date(2024, 4, 30)  # Thursday 9 May minus nine days


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("Macron met Scholz in Berlin on Monday and signed a defence pact.", "AGREE", "Emmanuel Macron"),
        ("Macron met Scholz on Monday, signed a defence pact and criticized Russia.", "AGREE", "Emmanuel Macron"),
        ("Macron met Scholz on Monday, signed a defence pact and criticized Russia.", "DISAPPROVE", "Emmanuel Macron"),
        ("Biden praised Kishida on Monday and Yoon met Xi.", "CONSULT", "Yoon Suk Yeol"),
    ],
)
def test_events_coordinated_verbs_share_the_first_subject(text, type_, source):
    assert _by_type(text)[type_].source_actor == source


def test_events_fronted_day_reference_reaches_past_a_closed_relative_clause():
    text = ("Israel and Hamas signed a truce on Thursday. On the first day of the truce, 20 hostages arrived with "
            "workers who were freed under a separate deal, and Israel released 30 prisoners.")
    released = [e for e in _events(text) if e.type == "CONCEDE" and e.trigger == "released"]
    assert len(released) == 1
    assert released[0].date_start == released[0].date_end == date(2024, 5, 9)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kishida returned the gesture in May with a trip to Seoul.", "Fumio Kishida", "South Korea"),
        ("Macron ended the week with a visit to Beijing.", "Emmanuel Macron", "China"),
    ],
)
def test_events_with_a_trip_belongs_to_the_clause_subject(text, source, target):
    ev = _by_type(text)["CONSULT"]
    assert (ev.source_actor, ev.target_actor) == (source, target)
