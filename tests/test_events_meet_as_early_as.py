""""could meet as early as Saturday", "will meet as soon as next week": "meet" followed by "as" is a meeting; "will tighten
sanctions": the "-s" word right after a verb is its object, one act (sentences of our own)."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event


def test_meet_as_early_as_a_weekday_is_a_meeting_on_that_day():
    event = the_event(events_of("Serbian and Kosovar envoys could meet as early as Sunday in Brussels."), "CONSULT", "meet")
    assert (event.date_start, event.location) == (date(2025, 3, 9), "Brussels")
    assert event.status in ("planned", "hypothetical")


def test_meet_as_soon_as_next_week():
    event = the_event(events_of("The Armenian and Azerbaijani ministers will meet as soon as next week in Geneva."),
                      "CONSULT", "meet")
    assert event.location == "Geneva" and event.status == "planned"


def test_s_word_right_after_a_verb_is_its_object_not_a_second_act():
    events = [e for e in events_of("Ottawa will tighten sanctions on Caracas next week.") if e.type == "SANCTION"]
    assert len(events) == 1
    assert events[0].status == "planned" and events[0].date_start == date(2025, 3, 10)


def test_s_verb_after_its_subject_stays_a_verb():
    events = events_of("The European Union sanctions three Belarusian officials on Monday.")
    assert [e.type for e in events if e.type == "SANCTION"] == ["SANCTION"]
