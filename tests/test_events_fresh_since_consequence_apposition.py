"""Three faults seen on a fresh article: a "since" phrase hanging on a noun ("their first meeting since September")
starts a span and dates no act told after it; an event noun apposed to an act of its type ("held talks on Monday,
their first meeting since May") and a definite noun opening the next sentence ("The talks, hosted by ..., lasted")
are that act, not new ones; an act in a participial consequence clause (", prompting a protest from X") takes the
main act's date, not a date told for another word of the main clause."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

THURSDAY = date(2025, 3, 6)
MONDAY, TUESDAY, WEDNESDAY = date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5)


@pytest.mark.parametrize("text, trigger", [
    ("Armenian and Azerbaijani ministers held talks in Geneva on Tuesday, their first meeting since October, as the "
     "United States pressed both sides to sign the peace treaty.", "pressed"),
    ("Rwanda and Congo met in Doha on Tuesday, the first contact since 2023, as Qatar urged them to agree a truce.",
     "urged"),
])
def test_events_since_phrase_dates_no_later_act(text, trigger):
    e = the_event(events_of(text, THURSDAY), None, trigger)
    assert e.date_text not in ("October", "2023"), e.date_derivation
    assert e.date_end is None or e.date_end >= TUESDAY, e.date_derivation


def test_events_apposed_meeting_is_the_talks():
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Geneva on "
            "Tuesday, their first face-to-face meeting since October.")
    evs = [e for e in events_of(text, THURSDAY) if e.type == "CONSULT"]
    assert len(evs) == 1, [(e.summary, e.trigger) for e in evs]
    assert (evs[0].date_start, evs[0].date_end) == (TUESDAY, TUESDAY)


def test_events_definite_talks_next_sentence_are_the_talks():
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held talks in Geneva on "
            "Tuesday. The talks, hosted by Swiss President Karin Keller-Sutter, lasted three hours.")
    evs = [e for e in events_of(text, THURSDAY) if e.type == "CONSULT"]
    assert len(evs) == 1, [(e.summary, e.trigger) for e in evs]


@pytest.mark.parametrize("text, trigger", [
    ("Two days before the summit, Israeli troops raided a refugee camp in Jenin, prompting a protest from Jordan.",
     "protest"),
    ("A day before the talks, Russian forces shelled the city of Kharkiv, sparking condemnation from France.",
     "condemnation"),
])
def test_events_consequence_takes_main_act_date(text, trigger):
    text = "Leaders met at a summit on Wednesday. " + text if "summit" in text else \
        "The two sides held talks on Wednesday. " + text
    evs = events_of(text, THURSDAY)
    e = the_event(evs, None, trigger)
    assert (e.date_start, e.date_end) != (WEDNESDAY, WEDNESDAY), e.date_derivation
    assert e.date_start is None or e.date_start <= TUESDAY, e.date_derivation
