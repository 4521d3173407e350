"""Days told through another event rather than a date: "that evening" after an event placed by an offset,
"on the day the truce was announced", "It came three days after <event>", and mentions of one kind of
event with different dates kept apart. Short texts in our own words, through the whole pipeline (reasoning
included); each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _event(text: str, type_: str, trigger: str) -> Event:
    found = [e for e in _events(text) if e.type == type_ and any(m.trigger.lower().startswith(trigger) for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the meeting is two days after Monday's ceasefire; "that evening" is the meeting's day, not Monday
        ("Azerbaijan and Armenia agreed a ceasefire on Monday. Two days after the ceasefire, Azerbaijani President "
         "Ilham Aliyev met Armenian Prime Minister Nikol Pashinyan in Brussels. That evening, Aliyev telephoned "
         "Russian President Vladimir Putin.", "telephoned", date(2025, 3, 5)),
        ("Serbia and Kosovo signed an agreement on February 20. Two days after the agreement, Serbian President "
         "Aleksandar Vucic met Chancellor Olaf Scholz in Berlin. Later that day, Vucic called French President "
         "Emmanuel Macron.", "called", date(2025, 2, 22)),
    ],
)
def test_events_same_day_words_take_the_day_of_the_event_just_told(text, trigger, day):
    event = _event(text, "CONSULT", trigger)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.date_basis == "constraint"
    assert "date_from_tense" not in event.flags


def test_events_same_day_words_after_a_dated_event_keep_that_date():
    # the event just told is dated by its own expression: the engine's reading stands
    text = ("On Monday, Aliyev met Pashinyan in Brussels. That evening, Secretary of State Marco Rubio telephoned "
            "Azerbaijani President Ilham Aliyev.")
    event = _event(text, "CONSULT", "telephoned")
    assert (event.date_start, event.date_end) == (date(2025, 3, 3), date(2025, 3, 3))


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        ("Israel and Hamas announced a truce on Tuesday. Qatar said on Thursday that talks would continue. "
         "On the day the truce was announced, Egypt recalled its ambassador from Israel.", "SANCTION", "recalled",
         date(2025, 3, 4)),
        # the noun names the earlier act in another word form ("vetoed" ... "the veto")
        ("Hungary vetoed the sanctions package on February 24. On the day the veto was announced, Poland summoned "
         "the Hungarian ambassador.", "DISAPPROVE", "summoned", date(2025, 2, 24)),
        ("Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday. On the first day of the offensive, "
         "Secretary of State Marco Rubio telephoned Azerbaijani President Ilham Aliyev.", "CONSULT", "telephoned",
         date(2025, 3, 4)),
    ],
)
def test_events_on_the_day_of_an_event_is_that_day(text, type_, trigger, day):
    event = _event(text, type_, trigger)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.date_basis == "constraint"


def test_events_on_the_day_after_is_left_to_the_temporal_engine():
    # "on the day after the vote" is no same-day link: the recall is not dated as the vote
    text = "The Senate approved the treaty on February 20. On the day after the vote, Russia recalled its ambassador."
    event = _event(text, "SANCTION", "recalled")
    assert event.date_start != date(2025, 2, 20) or event.date_end != date(2025, 2, 20)


def test_events_it_came_days_after_places_the_event_just_told():
    # "It" is the expulsion told just before: the expulsion it counts from is three days earlier
    text = "Russia expelled two Estonian diplomats on Thursday. It came three days after Estonia expelled a Russian diplomat."
    events = [e for e in _events(text) if e.type == "SANCTION"]
    by_source = {e.source_actor: e for e in events}
    assert (by_source["Russia"].date_start, by_source["Russia"].date_end) == (date(2025, 3, 6), date(2025, 3, 6))
    assert (by_source["Estonia"].date_start, by_source["Estonia"].date_end) == (date(2025, 3, 3), date(2025, 3, 3))
    assert by_source["Estonia"].date_basis == "constraint"


def test_events_it_came_days_after_dates_the_event_from_its_anchor():
    text = ("Armenia held military exercises with the United States on March 1. Azerbaijan launched an offensive in "
            "Nagorno-Karabakh. It came three days after the exercises ended.")
    event = _event(text, "ASSAULT", "launched")  # an offensive: one side attacks
    assert (event.date_start, event.date_end) == (date(2025, 3, 4), date(2025, 3, 4))
    assert not any(f.startswith("contradiction") for f in event.flags)


@pytest.mark.parametrize(
    "text",
    [
        ("South Korean President Lee Jae-myung, who first met Chinese President Xi Jinping in Seoul in January, "
         "praised the talks. Xi met Lee on March 3 in Beijing."),
        ("Xi Jinping met South Korean President Lee Jae-myung on March 3 in Beijing. Lee, who first met Xi in "
         "Seoul in January, praised the talks."),
    ],
)
def test_events_mentions_with_different_dates_stay_apart(text):
    meetings = [e for e in _events(text) if e.type == "CONSULT"]
    assert sorted((e.date_start, e.date_end) for e in meetings) == [
        (date(2025, 1, 1), date(2025, 1, 31)), (date(2025, 3, 3), date(2025, 3, 3))]


def test_events_offset_in_a_which_clause_places_the_noun_before_it():
    # ", which came a day before the signing": the relative clause's offset places the meeting, not the lead's day
    text = ("Germany and France signed a defence pact in Paris on Thursday.\n\n"
            "Scholz used his trip for a meeting with Polish Prime Minister Donald Tusk, which came a day before the "
            "signing.")
    event = _event(text, "CONSULT", "meeting")
    assert (event.date_start, event.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


_SUMMIT_EVE = ("The leaders of Germany, France and Poland held a summit in Warsaw on Thursday.\n\n"
               "Polish Prime Minister Donald Tusk met French President Emmanuel Macron two days before the summit. "
               "Tusk and German Chancellor Olaf Scholz met separately that evening, and the two agreed to keep "
               "talking about energy prices.\n\n"
               "The French president also held talks with Scholz that day.")


@pytest.mark.parametrize(
    ("type_", "trigger"),
    [
        ("CONSULT", "met"),  # "that evening": the day of the meeting two days before the summit
        ("AGREE", "agreed"),  # an act of the sentence that shares "that evening", not the lead's day
        ("CONSULT", "talks"),  # "that day" counting from that "that evening": the same day
    ],
)
def test_events_that_evening_after_an_offset_from_the_summit_is_the_offset_day(type_, trigger):
    found = [e for e in _events(_SUMMIT_EVE) if e.type == type_ and e.trigger.lower().startswith(trigger)
             and "Olaf Scholz" in {name for name, _id in e.actor_ids}]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(_SUMMIT_EVE)]
    event = found[0]
    assert (event.date_start, event.date_end) == (date(2025, 3, 4), date(2025, 3, 4))
