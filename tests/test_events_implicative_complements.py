"""Implicative complements (consequences.py): "<prompt|force|lead|compel> <object> to <act>" tells the act as done, by
the object (by the subject in the passive), dated with the implicative verb's clause; "urged X to", "asked X to",
"called on X to" ask for an act that has not happened, and a modal or a negation before the implicative verb ("could
force X to") tells none. And a past act of calling off with a bare month after its object ("postponed a planned trip to
Beijing in February") is dated by that month as a past one; the trip called off keeps no date to come it was never given."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize("text, trigger, doer", [
    ("The incident prompted Seoul to recall its ambassador.", "recall", "South Korea"),
    ("The dispute led Tokyo to suspend talks with Seoul.", "suspend", "Japan"),
    ("The crisis compelled Germany to expel two Russian diplomats.", "expel", "Germany"),
    ("Protests in Berlin forced Poland to close the border crossing.", "close", "Poland"),
])
def test_events_implicative_complement_is_done_by_the_object(text, trigger, doer):
    e = the_event(events_of(text), None, trigger)
    assert e.status == "occurred"
    assert e.source_actor == doer, (e.summary, e.source_actor)


def test_events_implicative_passive_subject_does_it():
    e = the_event(events_of("Germany was forced to expel two Russian diplomats on Monday."), None, "expel")
    assert e.status == "occurred" and e.source_actor == "Germany"
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text", [
    "Washington urged Beijing to expel the diplomats.",
    "Japan asked Germany to expel the diplomats.",
    "Officials called on Poland to expel the diplomats.",
    "The standoff could force Germany to expel the diplomats.",
    "The incident did not prompt Germany to expel the diplomats.",
])
def test_events_asked_or_possible_complement_is_no_act(text):
    evs = events_of(text)
    assert not [e for e in evs if "expel" in e.trigger.lower() and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in evs]


def test_events_implicative_consequence_takes_the_main_act_day():
    text = "Russia expelled two Estonian diplomats on Monday, prompting Estonia to recall its ambassador from Moscow."
    e = the_event(events_of(text), None, "recall")
    assert e.source_actor == "Estonia"
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


def test_events_implicative_complement_reads_a_bare_day_as_past():
    text = ("Chinese jets intercepted an American plane on Monday, prompting Blinken to postpone a planned trip to "
            "Beijing.")
    e = the_event(events_of(text), "REJECT", "postpone")
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation
    trip = [x for x in events_of(text) if x.type == "CONSULT"]
    assert all(x.date_start is None or x.date_start != date(2025, 3, 10) for x in trip), \
        [(x.summary, x.date_start) for x in trip]


def test_events_called_off_trip_month_is_the_postponements():
    text = "Blinken postponed a planned trip to Beijing in February."
    evs = events_of(text, date(2023, 11, 16))
    e = the_event(evs, "REJECT", "postponed")
    assert (e.date_start, e.date_end) == (date(2023, 2, 1), date(2023, 2, 28)), e.date_derivation
    trip = [x for x in evs if x.type == "CONSULT"]
    assert trip and all(x.date_start is None or x.date_start < date(2024, 1, 1) for x in trip), \
        [(x.summary, x.date_start, x.date_derivation) for x in trip]


def test_events_month_of_another_noun_dates_no_past_act():
    text = "Tsai, who is expected to win January's election, criticised the secrecy."
    evs = events_of(text, date(2015, 11, 14))
    e = the_event(evs, None, "criticised")
    assert e.date_text != "January", e.date_derivation


@pytest.mark.parametrize("text", [
    "It said the Mexican leader had proposed a joint plan to address the root causes of migration and had urged "
    "Washington to lift sanctions on Cuba and Venezuela.",
    "The envoy named the causes of the crisis and urged Washington to lift sanctions on Cuba.",
])
def test_events_infinitive_of_a_verb_after_an_implicative_noun_is_that_verbs_content(text):
    # "causes" here is a noun, and "urged" stands between: "to lift" is what was urged, no lifting done
    evs = events_of(text, date(2023, 12, 21))
    assert not [e for e in evs if "lift" in e.trigger and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in evs]
    assert the_event(evs, "DEMAND", "urged")
