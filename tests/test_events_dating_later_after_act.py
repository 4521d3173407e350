"""A "later" cue ("Later, ...", "Since then, ...", "Subsequently, ...") after a sentence that tells an act in a month or
a week carries the story on past that period: the next act is dated from the period's first day to the publication
date, not inside the period. After an act told on one day, "then"/"afterwards" tell that day's sequel (the same day).
"Now" is no "later" cue."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)


@pytest.mark.parametrize("text, trigger", [
    ("In January, Russia summoned the Estonian ambassador. Later, Estonia expelled a Russian diplomat.", "expelled"),
    ("In January, Serbia recalled its envoy from Kosovo. Subsequently, Kosovo closed two border crossings.", "closed"),
])
def test_events_later_after_act_month_is_a_lower_bound(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (date(2025, 1, 1), FRIDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Kim's envoy delivered a letter to Trump on Monday. Trump then told reporters the summit was back on.", "told"),
    ("Putin and Xi held talks in Moscow on Tuesday. Afterwards, Putin and Xi signed two joint statements.", "signed"),
])
def test_events_later_after_act_day_is_its_sequel(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert e.date_start == e.date_end == date(2025, 3, 3 if "Monday" in text else 4), e.date_derivation


def test_events_later_adverbs_leave_out_now():
    from timeline.events.lexicon import load_lexicon
    assert "now" not in load_lexicon().grammar.later_adverbs
