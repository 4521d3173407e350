"""Chronologies: a paragraph that opens with a date and a colon is an entry, and its date dates every event told in it
(the gold guideline), unless the event counts from another date ("two days later", "the same day"). Texts in our own
words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2024, 5, 20)

CHRONOLOGY = (
    "How the crisis unfolded.\n\n"
    "March 3: Armenia and Azerbaijan open border talks in Tbilisi. Armenian Prime Minister Nikol Pashinyan "
    "accuses Baku of stalling.\n\n"
    "April 9, 2024: Azerbaijani President Ilham Aliyev meets Turkish President Recep Tayyip Erdogan in Ankara. "
    "The two leaders sign a defence pact. Three days later Russia criticizes the pact.\n\n"
    "- May 14: Iran condemns the pact. Aliyev rejects demands to reopen the talks before June 30.\n"
)


def _events(text: str, dct: date = DCT) -> tuple[Event, ...]:
    return events_of(text, dct)


def _event(events, type_: str, trigger: str) -> Event:
    """The event of that type with a mention whose trigger or sentence holds ``trigger``."""
    found = [e for e in events if e.type == type_ and any(
        m.trigger.lower().startswith(trigger) or trigger in e.sentence for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("type_", "trigger", "day"),
    [
        # the second sentence of an entry, in the historical present: the entry's day
        ("DISAPPROVE", "accuses", date(2024, 3, 3)),
        ("AGREE", "sign a defence pact", date(2024, 4, 9)),
        # an offset counts from the entry's day, not the entry itself
        ("DISAPPROVE", "criticizes", date(2024, 4, 12)),
        # a bulleted entry; a later date in the clause ("before June 30") is what the demand is about
        ("REJECT", "rejects", date(2024, 5, 14)),
    ],
)
def test_events_dating_chronology_entry_dates_its_events(type_, trigger, day):
    event = _event(_events(CHRONOLOGY), type_, trigger)
    assert (event.date_start, event.date_end) == (day, day)


def test_events_dating_chronology_entry_says_so():
    event = _event(_events(CHRONOLOGY), "DISAPPROVE", "accuses")
    assert "chronology entry 'March 3:'" in event.date_derivation
    assert event.date_basis == "expression"


def test_events_dating_one_date_with_a_colon_is_no_chronology():
    text = ("Update, May 14: The ministers met again.\n\n"
            "Iran condemned the pact.")
    event = _event(_events(text), "DISAPPROVE", "condemned")
    assert event.date_start != event.date_end  # an undated reaction keeps a range: no entry dates it
