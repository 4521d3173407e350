"""An act told as done under a past main verb is never dated after the publication date: "Washington welcomed Trump's
decision to lift sanctions on Syria on Tuesday", published on a Thursday, is the past Tuesday (the engine read the
weekday forward from "to lift"). The weekday is re-read backward (the most recent one), as for a verb in the simple
past: the text names one day, and for an act told as done the past one is the only one that can be meant. What is
said to come ("said it would lift ...") keeps the coming day. Publication date: Thursday 2025-03-13."""

from datetime import date

import pytest

from event_helpers import events_of

THURSDAY = date(2025, 3, 13)
TUESDAY, MONDAY = date(2025, 3, 11), date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("Washington welcomed Trump's decision to lift sanctions on Syria on Tuesday.", "lift", TUESDAY),
    ("The EU welcomed Iran's decision to release the detainees on Monday.", "release", MONDAY),
    ("Kyiv praised Warsaw's decision to lift the ban on Ukrainian grain on Tuesday.", "lift", TUESDAY),
])
def test_events_dating_act_done_under_past_verb_is_not_after_publication(text, trigger, day):
    events = events_of(text, THURSDAY)
    found = [e for e in events if e.trigger.lower().startswith(trigger)]
    assert len(found) == 1, [(e.trigger, e.status) for e in events]
    assert (found[0].date_start, found[0].date_end) == (day, day), found[0].date_derivation
    assert not [e.trigger for e in events if e.status == "occurred" and e.date_end > THURSDAY]


@pytest.mark.parametrize("text, trigger, day", [
    # what is said to come keeps the coming day
    ("Iran said it would release the detainees on Monday.", "release", date(2025, 3, 17)),
    ("Washington said it would lift sanctions on Syria on Tuesday.", "lift", date(2025, 3, 18)),
])
def test_events_dating_plan_under_past_verb_keeps_coming_day(text, trigger, day):
    found = [e for e in events_of(text, THURSDAY) if e.trigger.lower().startswith(trigger)]
    assert len(found) == 1 and found[0].status == "planned", [(e.trigger, e.status) for e in found]
    assert (found[0].date_start, found[0].date_end) == (day, day), found[0].date_derivation


@pytest.mark.parametrize("text, trigger, day", [
    # a date that cannot be re-read (a day of the month, a week to come): left as written, and flagged
    ("Washington welcomed Trump's decision to lift sanctions on Syria on March 20.", "lift", date(2025, 3, 20)),
    ("Washington welcomed Trump's decision to lift sanctions on Syria on March 20, 2025.", "lift", date(2025, 3, 20)),
])
def test_events_dating_done_act_after_publication_is_flagged(text, trigger, day):
    found = [e for e in events_of(text, THURSDAY) if e.trigger.lower().startswith(trigger)]
    assert len(found) == 1, [(e.trigger, e.status) for e in found]
    e = found[0]
    if e.status == "occurred":
        assert e.date_start == day, e.date_derivation
        assert any(f.startswith("contradiction:") and "publication date" in f for f in e.flags), e.flags
    else:  # (told as planned: a date to come is its own)
        assert e.status == "planned" and e.date_start == day
