"""How events get their dates beyond their own clause: days carried through a narrated occasion, days of
a named week, offsets counted from the event just told or from a noun named earlier, reactions, windows.
Short texts in our own words, through the whole pipeline (reasoning included); each case states the date
an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document, Event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday; "last week" is Monday 2025-02-24 to Sunday 2025-03-02


def _timeline(text: str, dct: date = DCT):
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")])


def _event(text: str, type_: str, trigger: str | None = None, dct: date = DCT) -> Event:
    found = [e for e in _timeline(text, dct).events if e.type == type_
             and (trigger is None or any(m.trigger.lower().startswith(trigger) for m in e.mentions))]
    assert len(found) == 1, [(e.type, e.summary) for e in _timeline(text, dct).events]
    return found[0]


def _days(event: Event) -> tuple[date | None, date | None]:
    return event.date_start, event.date_end


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # a day name "of last week" is that day of the previous week, not the most recent such day
        ("Serbia recalled its ambassador to Croatia on Tuesday of last week.", "SANCTION", "recalled",
         date(2025, 2, 25)),
        ("Poland summoned the Belarusian ambassador on Thursday of last week.", "DISAPPROVE", "summoned",
         date(2025, 2, 27)),
    ],
)
def test_events_weekday_of_a_named_week(text, type_, trigger, day):
    event = _event(text, type_, trigger)
    assert _days(event) == (day, day)
    assert event.precision == "day"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # the day told in the sentence before carries over to the next sentence of the same occasion
        ("Macron met Scholz in Berlin on Monday. Macron urged Germany to raise its defence spending.", "DEMAND",
         "urged", date(2025, 3, 3)),
        # ... and over a second date-less sentence
        ("Macron met Scholz in Berlin on Tuesday. The two leaders spoke for an hour. "
         "Macron then urged Germany to raise its defence spending.", "DEMAND", "urged", date(2025, 3, 4)),
    ],
)
def test_events_date_carried_from_the_sentence_before(text, type_, trigger, day):
    event = _event(text, type_, trigger)
    assert _days(event) == (day, day)
    assert "date_from_previous_sentence" in event.flags
    assert event.confidence <= 0.5


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # "had urged": before the day told, not on it
        ("Macron met Scholz in Berlin on Monday. Macron had urged Germany to raise its defence spending.", "DEMAND",
         "urged"),
        # a sentence about a plan does not lend its day
        ("Macron will meet Scholz in Berlin on Monday. Macron urged Germany to raise its defence spending.", "DEMAND",
         "urged"),
    ],
)
def test_events_date_not_carried_across_occasions(text, type_, trigger):
    event = _event(text, type_, trigger)
    assert event.date_start != event.date_end or event.date_basis != "expression"
    assert "date_from_previous_sentence" not in event.flags


def test_events_new_paragraph_is_not_carried_but_read_as_the_story_day():
    # a new paragraph is a new occasion for the sentence before; the story day of the report (story_day.py) dates it,
    # flagged and with a low confidence
    event = _event("Macron met Scholz in Berlin on Monday.\n\nMacron urged Germany to raise its defence spending.",
                   "DEMAND", "urged")
    assert "date_from_previous_sentence" not in event.flags
    assert "date_from_story_day" in event.flags and event.confidence <= 0.5
    assert _days(event) == (date(2025, 3, 3), date(2025, 3, 3))


def test_events_simultaneous_clause_shares_the_date():
    text = "On Monday, Israeli and Egyptian negotiators met in Cairo, while the UN Security Council held an emergency meeting."
    council = next(e for e in _timeline(text).events if e.source_actor == "UN Security Council")
    assert _days(council) == (date(2025, 3, 3), date(2025, 3, 3))


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # "after that": the event told just before
        ("Egypt condemned the raid on March 1, and two days after that, Israel struck Khan Younis.",
         "ASSAULT", "struck", date(2025, 3, 3)),
        # "after the letter": the event of the sentence that named the letter
        ("On March 1, Macron urged Putin in a letter to accept a truce. Two days after the letter, Putin called Macron.",
         "CONSULT", "called", date(2025, 3, 3)),
    ],
)
def test_events_offset_from_a_back_reference(text, type_, trigger, day):
    timeline = _timeline(text)
    event = next(e for e in timeline.events if e.type == type_ and any(m.trigger.startswith(trigger) for m in e.mentions))
    assert _days(event) == (day, day)
    assert any(c.target == event.id and c.kind == "offset" for c in timeline.constraints)


def test_events_offset_to_a_clause_whose_noun_is_only_its_subject():
    """"a day before the deal was due to expire": the expiry, not the deal, so no offset to the deal event
    and no false contradiction with the announcement's own date."""
    text = ("Turkey and the UN agreed the grain deal in July 2022. The last extension, announced by Erdogan on May 17, "
            "came a day before the deal was due to expire.")
    timeline = _timeline(text, dct=date(2023, 7, 18))
    assert not any("contradict" in w for w in timeline.warnings)
    announced = next(e for e in timeline.events if any(m.trigger == "announced" for m in e.mentions))
    assert _days(announced) == (date(2023, 5, 17), date(2023, 5, 17))
    assert announced.source_actor == "Recep Tayyip Erdoğan"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Armenia and Azerbaijan signed a peace treaty in Washington on Wednesday.\n\nIran condemned the treaty.",
         date(2025, 3, 5)),
        # the pact is an event of its own: the reaction still lies after it, not on its day
        ("Russia and Belarus signed a defence pact in Minsk on Tuesday.\n\nPoland condemned the pact.",
         date(2025, 3, 4)),
    ],
)
def test_events_reaction_lies_between_the_lead_event_and_publication(text, first):
    condemned = _event(text, "DISAPPROVE", dct=date(2025, 3, 6))  # a Thursday
    assert _days(condemned) == (first, date(2025, 3, 6))  # from the signing to publication
    assert condemned.precision == "unknown"  # two days, no named period
    assert condemned.date_basis in ("tense", "constraint")  # a window, never a date expression of its own


def test_events_window_is_no_named_period():
    meeting = _event("Trump said the summit with Putin would take place within two weeks.", "CONSULT")
    assert _days(meeting) == (DCT, date(2025, 3, 21))
    assert meeting.precision == "unknown"
    assert meeting.to_record()["precision"] == "unknown"


def test_events_evidence_is_the_mention_with_the_date():
    text = ("Trump revealed plans for a summit with Putin. "
            "The summit would take place in Budapest within two weeks.")
    summit = _event(text, "CONSULT", "summit")
    assert "within two weeks" in summit.sentence
    assert summit.sentence[summit.date_start_offset - summit.sentence_start:][:len(summit.date_text)] == summit.date_text


def test_events_named_statement_without_date_is_recent_news():
    text = ("Armenia and Azerbaijan signed a peace treaty in Washington on Wednesday.\n\n"
            "Scholz said the treaty was a milestone for the region.")
    said = _event(text, "STATEMENT", dct=date(2025, 3, 6))
    assert _days(said) == (date(2025, 3, 5), date(2025, 3, 6))


def test_events_date_of_an_earlier_clause_in_the_past_perfect_is_not_shared():
    text = "Scholz met Macron in Paris, repeating the offer he had made to Poland on Sunday."
    meeting = _event(text, "CONSULT", "met")
    assert _days(meeting) != (date(2025, 3, 2), date(2025, 3, 2))


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2025, 3, 3), date(2025, 3, 3), "day", "day"),
        (date(2025, 3, 3), date(2025, 3, 9), "week", "week"),
        (date(2025, 3, 1), date(2025, 3, 31), "month", "month"),
        (date(2024, 2, 1), date(2024, 2, 29), "month", "month"),  # leap year
        (date(2025, 1, 1), date(2025, 12, 31), "year", "year"),
        (date(2025, 3, 1), date(2025, 3, 10), "month", "unknown"),  # "earlier this month" read as a part
        (date(2025, 3, 6), date(2025, 3, 7), "week", "unknown"),  # "later this week" read as its last days
        (date(2025, 3, 7), date(2025, 3, 21), "day", "unknown"),  # a window
    ],
)
def test_events_precision_is_a_named_period_or_unknown(start, end, precision, expected):
    from timeline.events.extract import _period_precision
    from timeline.model import Timex

    tx = Timex(0, 1, "x", "DATE", "X", precision, start, end, "rule", "how")
    assert _period_precision(tx) == expected
