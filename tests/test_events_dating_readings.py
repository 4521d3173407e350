"""How the dating reads an expression for the event it dates: a deadline still to come, hours from a day, a window
counted from the day it was set, a night read back for a past act, offsets with no number. Texts in our own words,
through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2023, 10, 2)  # a Monday


def _events(text: str, dct: date = DCT) -> tuple[Event, ...]:
    return events_of(text, dct)


def _event(text: str, type_: str, trigger: str, dct: date = DCT) -> Event:
    found = [e for e in _events(text, dct) if e.type == type_ and any(m.trigger.lower().startswith(trigger)
                                                                      for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in _events(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start", "end"),
    [
        # a deadline is still to come when it is set: the next January 1, not the last one
        ("Azerbaijan signed a decree on Thursday dissolving all Karabakh institutions by January 1.", "CONCEDE",
         "dissolving", date(2024, 1, 1), date(2024, 1, 1)),
        # "hours earlier" than a day told as a whole: that same day
        ("Nigeria closed its border with Niger on July 30. Hours earlier, protesters attacked the French embassy "
         "in Niamey.", "ASSAULT", "attacked", date(2023, 7, 30), date(2023, 7, 30)),
        # a window counts from the day it was set, not from the publication date
        ("Niger said on Friday that France must withdraw its troops within 30 days.", "RETREAT", "withdraw",
         date(2023, 9, 29), date(2023, 10, 29)),
    ],
)
def test_events_dating_reads_the_expression_for_its_event(text, type_, trigger, start, end):
    event = _event(text, type_, trigger)
    assert (event.date_start, event.date_end) == (start, end)


def test_events_dating_minutes_after_an_event_keep_the_lead_day():
    """"on Friday morning, minutes after the truce expired": the lead's day is still Friday, so the next paragraph's
    reaction to it lies on Friday (published that day)."""
    text = ("Israel resumed its offensive in Gaza on Friday morning, minutes after the truce expired.\n\n"
            "The Israeli military accused Hamas of violating the truce.")
    accused = _event(text, "DISAPPROVE", "accused", dct=date(2023, 12, 1))
    assert (accused.date_start, accused.date_end) == (date(2023, 12, 1), date(2023, 12, 1))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # no number: a few days (2 to 13, as the temporal engine takes them) after February 24
        ("Russia recognised the two regions on February 24. Days later, Russia invaded Ukraine.", date(2023, 2, 26),
         date(2023, 3, 9)),
        # "Two days later": exactly two
        ("Russia recognised the two regions on February 24. Two days later, Russia invaded Ukraine.",
         date(2023, 2, 26), date(2023, 2, 26)),
    ],
)
def test_events_dating_offset_with_no_number_is_a_few_units(text, start, end):
    event = _event(text, "FIGHT", "invaded")
    assert event.date_start >= start and event.date_end <= end
    assert event.date_start <= event.date_end


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the opening sentence tells no act: its day frames the whole paragraph, third sentence included
        ("Macron met Scholz in Berlin on Friday.\n\nThe reaction in Warsaw on Saturday was swift. Polish President "
         "Andrzej Duda criticized the meeting. Poland summoned the German ambassador. Poland also recalled its "
         "envoy from Paris.", "recalled", date(2023, 9, 30)),
    ],
)
def test_events_dating_paragraph_frame_of_an_opening_sentence(text, trigger, day):
    found = [e for e in _events(text) if any(m.trigger.lower().startswith(trigger) for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger) for e in _events(text)]
    assert (found[0].date_start, found[0].date_end) == (day, day)
    assert "frames the paragraph" in found[0].date_derivation


def test_events_dating_paragraph_frame_needs_an_opening_without_acts():
    """An opening sentence that tells an act dates the two sentences after it, not the fourth: that one is beyond the
    chain of sentences that each take the date of the one before. The paragraph's scene still lies on the day its
    opening moved the story to (story_day.py), which is a weaker reading and says so."""
    text = ("Macron met Scholz in Berlin on Friday.\n\nPoland protested on Saturday. Polish President Andrzej Duda "
            "criticized the meeting. Poland summoned the German ambassador. Poland also recalled its envoy from Paris.")
    found = [e for e in _events(text) if any(m.trigger.lower().startswith("recalled") for m in e.mentions)]
    assert len(found) == 1
    assert "date_from_previous_sentence" not in found[0].flags  # beyond the chain
    assert "date_from_story_day" in found[0].flags and found[0].confidence <= 0.5
    assert found[0].date_start == found[0].date_end == date(2023, 9, 30)  # the Saturday of the paragraph's scene
    assert "moved the story to, Saturday 2023-09-30" in found[0].date_derivation


def test_events_dating_occasion_tie_to_a_folded_noun_keeps_its_day():
    """"received Blinken on Monday, the last meeting of his visit. // ... Xi told Blinken": the tie goes to the
    meeting, folded into "received"; the constraint must reach that event, or the reasoning drops the date."""
    text = ("BEIJING - Chinese President Xi Jinping received Secretary of State Antony Blinken in the Great Hall of the "
            "People on Monday, the last and highest-level meeting of his visit.\n\nThe two men spoke for about 35 "
            "minutes. Xi told Blinken that the two sides had made progress.")
    told = _event(text, "STATEMENT", "told", dct=date(2023, 6, 19))
    assert (told.date_start, told.date_end) == (date(2023, 6, 19), date(2023, 6, 19))


@pytest.mark.parametrize(
    ("second", "start", "end"),
    [
        # "less than a week later" bounds the lapse: any day from May 3 to May 10, not May 10 itself
        ("Less than a week later, Iran fired missiles at Israel.", date(2016, 5, 3), date(2016, 5, 10)),
        # "more than a month later": from June 3 on, and before publication
        ("More than a month later, Iran fired missiles at Israel.", date(2016, 6, 3), date(2016, 10, 8)),
        # a count is a count
        ("Two days later, Iran fired missiles at Israel.", date(2016, 5, 5), date(2016, 5, 5)),
    ],
)
def test_events_dating_bounded_offset_from_a_day_is_a_range(second, start, end):
    fired = _event("The talks collapsed on May 3. " + second, "ASSAULT", "fired", dct=date(2016, 10, 8))
    assert (fired.date_start, fired.date_end) == (start, end)


def test_events_dating_weekday_with_its_date_is_never_moved_a_week_back():
    # "Sunday, January 19" names one day; in a "would" clause of what was said it does not date the saying a week early
    events = events_of("Netanyahu said the truce would take effect on Sunday, January 19.", date(2025, 1, 17))
    said = [e for e in events if e.trigger == "said"]
    assert said and all(e.date_start != date(2025, 1, 12) and e.date_end != date(2025, 1, 12) for e in said)
