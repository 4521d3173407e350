"""An offset told of an event named only by a pronoun or a plain noun that stands for the event told just before:
"The measures came a day after Washington approved the sale" (the measures: the sanctions of the sentence before),
"Hours after it was signed, Russia launched ..." (it: the deal told before), "Days after it was signed, ..." (it: the
truce). The other event is placed from that one."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY, TUESDAY, WEDNESDAY = date(2025, 3, 3), date(2025, 3, 4), date(2025, 3, 5)


@pytest.mark.parametrize("text, trigger, day", [
    ("China imposed sanctions on seven US firms on Wednesday. The measures came a day after Washington approved an "
     "arms sale to Taiwan.", "approved", TUESDAY),
    ("Serbia recalled its ambassador from Montenegro on Wednesday. The move came two days after the Montenegrin "
     "parliament adopted a resolution on Srebrenica.", "adopted", MONDAY),
    ("Israel struck Beirut on Wednesday. The strike came a day after Hezbollah fired rockets at Haifa.", "fired",
     TUESDAY),
])
def test_events_back_reference_subject_places_the_anchor(text, trigger, day):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_events_pronoun_after_lapse_cue_names_the_event_told():
    e = the_event(events_of("The deal was signed on Monday. Hours after it was signed, Russia launched missiles at "
                            "Kyiv.", FRIDAY), None, "launched")
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("The truce was signed on Monday. Days after it was signed, Israel struck Gaza.", "struck"),
    ("Armenia and Azerbaijan signed a peace deal on Monday. Days after it was signed, Azerbaijan closed the border.",
     "closed"),
])
def test_events_pronoun_after_days_cue_is_a_window(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (TUESDAY, FRIDAY), e.date_derivation


def test_events_back_reference_subject_needs_a_placing_verb():
    # "The envoy spoke a day after ...": an act of the envoy (no event of the lexicon here), not the strike told before
    e = the_event(events_of("Israel struck Beirut on Wednesday. The envoy spoke a day after Hezbollah fired rockets at "
                            "Haifa.", FRIDAY), None, "fired")
    assert e.date_start < TUESDAY and e.date_end == FRIDAY and e.date_basis == "tense", e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("China and India agreed on Monday to resume direct flights. The agreement came after talks between Wang Yi and "
     "Ajit Doval in New Delhi.", "talks"),
    ("Russia expelled two British diplomats on Monday. It came after London sanctioned a Russian oil trader.",
     "sanctioned"),
])
def test_events_back_reference_after_bounds_the_earlier_event(text, trigger):
    # "The agreement came after talks ...": the talks were held by the day of the agreement told before
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert e.date_end == MONDAY and e.date_start < MONDAY, e.date_derivation
