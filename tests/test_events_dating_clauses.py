"""Dating through the shape of a clause: an offset's clause that runs past an apposition, a "that" inside an
apposition, a verb coordinated after a relative clause, a night told as one stretch, an end day told with "ends on".
Short texts in our own words, through the whole pipeline (reasoning included); each case states the date an analyst
would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document, Event
from event_helpers import the_event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


def _timeline(text: str, dct: date = DCT):
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")])


def _event(timeline, type_: str | None, trigger: str) -> Event:
    return the_event(timeline.events, type_, trigger, how="mention")


def _days(event: Event) -> tuple[date | None, date | None]:
    return event.date_start, event.date_end


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # the offset's clause is "the president, a former general, met Putin": the meeting is a day before Thursday
        ("The government protested to Cairo on Thursday, a day after the president, a former general, met Putin in "
         "Moscow.", "CONSULT", "met", date(2025, 3, 5)),
        # a relative clause as the insert
        ("Qatar announced the deal on Wednesday, two days after the minister, who had flown in from Doha, met Hamas "
         "leaders in Cairo.", "CONSULT", "met", date(2025, 3, 3)),
    ],
)
def test_events_dating_offset_clause_runs_past_an_insert(text, type_, trigger, day):
    event = _event(_timeline(text), type_, trigger)
    assert _days(event) == (day, day)
    assert event.date_basis == "constraint"  # through the offset, not the sentence's own day


def test_events_dating_offset_back_reference_is_not_extended():
    """"two days after that, an airliner ... landed": "that" is the event told before; the clause after the comma is
    the anchored event itself, which the offset dates."""
    text = ("Israel and the Emirates signed the accord on March 1. Two days after that, an airliner carrying the "
            "adviser, Jared Kushner, landed in Abu Dhabi.")
    event = _event(_timeline(text), "CONSULT", "landed")
    assert _days(event) == (date(2025, 3, 3), date(2025, 3, 3))


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # "that" inside ", the pipeline that carries gas to Europe,": the date after it is still the clause's
        ("Serbia suspended the Nis Express, the train that links Belgrade and Sofia, on Tuesday.", None,
         "suspended", date(2025, 3, 4)),
    ],
)
def test_events_dating_that_inside_an_apposition(text, type_, trigger, day):
    assert _days(_event(_timeline(text), type_, trigger)) == (day, day)


def test_events_dating_verb_after_a_relative_clause_shares_the_fronted_date():
    text = ("On March 3, the junta revoked its defence pact with France, which keeps 1,500 troops in the country, and "
            "suspended all flights to Paris.")
    event = _event(_timeline(text), "SANCTION", "suspended")
    assert _days(event) == (date(2025, 3, 3), date(2025, 3, 3))
    assert event.date_basis == "expression"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start", "end"),
    [
        # "overnight" before a Friday paper: the night of Thursday into Friday
        ("The two armies exchanged artillery fire across the border overnight, officials said on Friday.", "FIGHT",
         "exchanged", date(2025, 3, 6), date(2025, 3, 7)),
        # "on Wednesday night" stays Wednesday
        ("Israel struck targets in Gaza on Wednesday night.", "ASSAULT", "struck", date(2025, 3, 5),
         date(2025, 3, 5)),
    ],
)
def test_events_dating_overnight_runs_into_the_next_day(text, type_, trigger, start, end):
    assert _days(_event(_timeline(text), type_, trigger)) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # opened in the past, ends after the paper: the end day is the next one after the start
        ("The summit opened on Wednesday evening with a dinner hosted by the king and ends on Saturday.",
         date(2025, 3, 5), date(2025, 3, 8)),
        # a past end
        ("The summit opened on Monday and closed on Wednesday.", date(2025, 3, 3), date(2025, 3, 5)),
    ],
)
def test_events_dating_event_ends_on_a_later_day(text, start, end):
    assert _days(_event(_timeline(text), "CONSULT", "summit")) == (start, end)


def test_events_dating_offset_from_a_stretch_does_not_narrow_it():
    """"signed on the eve of the summit": the summit fills Wednesday to Saturday; the eve is the day before its first
    day, and the offset leaves the stretch whole."""
    text = ("Turkey and Sweden signed a memorandum on Tuesday on the eve of the summit. "
            "The summit opened on Wednesday evening with a dinner and ends on Saturday.")
    timeline = _timeline(text)
    summit = [e for e in timeline.events if e.type == "CONSULT" and e.trigger == "summit" and e.date_end is not None
              and e.date_end > e.date_start]
    assert summit and _days(summit[0]) == (date(2025, 3, 5), date(2025, 3, 8))
    assert not timeline.warnings


def test_events_dating_act_done_at_an_occasion_told_before():
    """"would boycott the session": the session is the meeting just told, dated Tuesday; the boycott is that day."""
    text = ("The Indian foreign minister is due to address a meeting of the Arab League in Cairo on Tuesday. Pakistan "
            "said it would boycott the session.")
    timeline = _timeline(text)
    event = _event(timeline, "SANCTION", "boycott")
    assert _days(event) == (date(2025, 3, 11), date(2025, 3, 11))
    assert event.date_basis == "constraint"
    assert any(c.target == event.id and c.kind == "same_day" for c in timeline.constraints)


def test_events_dating_act_at_an_indefinite_occasion_is_not_tied():
    text = ("The Indian foreign minister is due to address a meeting of the Arab League in Cairo on Tuesday. Pakistan "
            "said it would boycott a session of the Gulf council.")
    assert _event(_timeline(text), "SANCTION", "boycott").date_basis == "tense"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start", "end"),
    [
        # a plan told in the past: the last February, not the next (June paper)
        ("Macron's visit to Beijing had been due to take place in early February, but Macron postponed it on "
         "January 20.", "CONSULT", "visit", date(2025, 2, 1), date(2025, 2, 28)),
        # each expression read on its own: the postponement keeps January 20
        ("Macron's visit to Beijing had been due to take place in early February, but Macron postponed it on "
         "January 20.", "REJECT", "postponed", date(2025, 1, 20), date(2025, 1, 20)),
        # a past plan whose next occurrence is nearer stays ahead
        ("Macron's visit to Beijing was due to take place in September, but Macron postponed it on May 2.",
         "CONSULT", "visit", date(2025, 9, 1), date(2025, 9, 30)),
    ],
)
def test_events_dating_plan_told_in_the_past(text, type_, trigger, start, end):
    event = _event(_timeline(text, dct=date(2025, 6, 19)), type_, trigger)
    assert _days(event) == (start, end)


def test_events_dating_event_noun_apposed_to_a_day():
    """"agreed on Wednesday, in a summit that ...": the summit is Wednesday's occasion."""
    text = ("Russia and the United States agreed on Wednesday, in a summit that both men called businesslike, to "
            "return their ambassadors.")
    event = _event(_timeline(text, dct=date(2021, 6, 17)), "CONSULT", "summit")
    assert _days(event) == (date(2021, 6, 16), date(2021, 6, 16))


def test_events_dating_part_of_a_day_of_last_week_and_the_next_morning():
    """"late on Tuesday of last week ... the next morning": Tuesday of that week, and the Wednesday after it."""
    text = "The Turkish presidency announced the visit late on Tuesday of last week, and Greece confirmed it the next morning."
    timeline = _timeline(text, dct=date(2015, 11, 14))
    assert _days(_event(timeline, "ANNOUNCE", "announced")) == (date(2015, 11, 3), date(2015, 11, 3))
    assert _days(_event(timeline, "ANNOUNCE", "confirmed")) == (date(2015, 11, 4), date(2015, 11, 4))


def test_events_dating_fronted_day_across_a_while_clause():
    """"On Saturday morning, while attending the summit in Osaka, Trump wrote ...": Saturday is the writing's day."""
    text = ("On Saturday morning, while attending the Group of 20 summit in Osaka, Trump wrote on Twitter that he "
            "would meet Kim at the border.")
    event = _event(_timeline(text, dct=date(2019, 7, 1)), "STATEMENT", "wrote")
    assert _days(event) == (date(2019, 6, 29), date(2019, 6, 29))


def test_events_dating_unresolved_following_week_counts_from_the_last_day_told():
    """"The war began on April 15, when the armies, which had seized power in October 2021, turned on each other. The
    United States evacuated its diplomats in the following week": the ISO week after April 15's (not after 2021)."""
    text = ("The war began on April 15, when the two armies, which had seized power together in October 2021, turned on "
            "each other. The United States evacuated its diplomats from Khartoum in the following week.")
    event = _event(_timeline(text, dct=date(2023, 5, 23)), "RETREAT", "evacuated")
    assert _days(event) == (date(2023, 4, 17), date(2023, 4, 23))
    assert event.precision == "week"


def test_events_dating_noun_in_a_relative_clause_does_not_take_the_main_clause_day():
    """"The truce, which was agreed after two weeks of talks, took effect on Monday": Monday is the truce's."""
    text = ("The truce, which was agreed in Jeddah after two weeks of talks brokered by Saudi Arabia, took effect on "
            "Monday.")
    timeline = _timeline(text, dct=date(2023, 5, 23))
    assert _event(timeline, "CONSULT", "talks").date_basis != "expression"
    assert _days(_event(timeline, "AGREE", "truce")) == (date(2023, 5, 22), date(2023, 5, 22))


def test_events_dating_where_clause_takes_the_day_of_its_head_not_of_the_next_verb():
    """"will fly on Monday to Egypt, where he is due to meet Sisi, and will see Abdullah on Tuesday": the meeting is on
    Monday; Tuesday belongs to the verb coordinated after ", and"."""
    text = "Macron will fly on Monday to Egypt, where he is due to meet Sisi, and will see Abdullah in Amman on Tuesday."
    event = _event(_timeline(text, dct=date(2017, 5, 21)), "CONSULT", "meet")
    assert _days(event) == (date(2017, 5, 22), date(2017, 5, 22))


def test_events_dating_where_clause_in_the_pluperfect_keeps_its_own_time():
    text = ("Trump flew to Helsinki on Sunday evening from Scotland, where he had met the queen at Windsor Castle.")
    timeline = _timeline(text, dct=date(2018, 7, 17))
    assert all(e.date_start != date(2018, 7, 15) for e in timeline.events if e.trigger.startswith("met"))


def test_events_dating_live_page_time_stamp_is_on_the_publication_day():
    """A live page: "**16:50 GMT** -- Macron told reporters ..." after a paragraph that recalls July 16: the stamp is a
    time of the page's day."""
    text = ("**14:15 GMT** -- Macron and Scholz met face to face in Brussels on July 16.\n\n"
            "**16:50 GMT** -- Macron told reporters that the talks had been difficult.")
    event = _event(_timeline(text, dct=date(2020, 9, 4)), "STATEMENT", "told")
    assert _days(event) == (date(2020, 9, 4), date(2020, 9, 4))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # the visitor's meeting on Monday: the visit runs from Sunday to Monday
        ("Macron landed in Beijing on Sunday morning and held talks with Wang Yi the same day. On Monday morning Macron "
         "met Xi Jinping in the Great Hall of the People.", date(2023, 6, 19)),
        # no later meeting of the visitor: the day of arrival
        ("Macron landed in Beijing on Sunday morning and held talks with Wang Yi the same day. On Monday Scholz met "
         "Biden in Washington.", date(2023, 6, 18)),
    ],
)
def test_events_dating_visit_lasts_while_the_visitor_meets(text, end):
    event = _event(_timeline(text, dct=date(2023, 6, 19)), "CONSULT", "landed")
    assert _days(event) == (date(2023, 6, 18), end)


def test_events_dating_first_day_of_an_event_is_the_day_it_began():
    """"The truce began on Friday ... On the first day of the truce between Israel and Hamas": the truce's first day
    is the day it began, not the day it was agreed (the mention that names the truce merges with the agreement)."""
    text = ("Israel and Hamas agreed a truce in Doha on Tuesday. The truce began on Friday, a day later than first "
            "planned.\n\nOn the first day of the truce between Israel and Hamas, Hamas released 13 hostages.")
    timeline = _timeline(text, dct=date(2025, 3, 10))
    event = _event(timeline, None, "released")
    assert _days(event) == (date(2025, 3, 7), date(2025, 3, 7))
    assert not timeline.warnings


def test_events_dating_while_an_occasion_told_before_was_under_way():
    """"While the ceremony was under way, two rockets were fired": the ceremony of Tuesday (named in an earlier
    sentence, past another "Before the ceremony"), and the weak saying after it makes no event of its own."""
    text = ("Serbia and Kosovo signed an accord on Tuesday in a ceremony at the White House.\n\nBefore the ceremony, "
            "Trump received Vucic in the Oval Office.\n\nWhile the ceremony was under way, two rockets were fired at "
            "Israel from Gaza, and the military said one of them struck Ashdod.")
    timeline = _timeline(text, dct=date(2025, 3, 5))
    event = _event(timeline, "ASSAULT", "rockets")
    assert _days(event) == (date(2025, 3, 4), date(2025, 3, 4))
    assert event.date_basis == "constraint"
    assert not any(e.type == "STATEMENT" for e in timeline.events)


@pytest.mark.parametrize(
    ("text", "trigger", "dated"),
    [
        # a date before "after <event>" is the first event's; the event after the cue is the other side of it
        ("Beijing cut off military contacts with Washington in August last year after a visit to Taiwan by Nancy "
         "Pelosi.", "visit", False),
        # "days after" is an offset: the event after it is still dated through the sentence
        ("The envoy left Moscow in April at the Kremlin's suggestion, days after Washington imposed sanctions on "
         "Russia.", "imposed", True),
    ],
)
def test_events_dating_date_before_a_sequence_cue(text, trigger, dated):
    event = _event(_timeline(text, dct=date(2023, 6, 19)), None, trigger)
    assert (event.date_basis == "expression") is dated
