"""Shapes the gold12 wave showed (sentences written for these tests): a holiday that opens a name ("the May Day
Stadium") is no date and so no reference for "the previous morning"; "that August" after a month of another year
takes that year; a meal shared by two leaders ("lunched") is a meeting; "repeated its opposition" is criticism."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

from timeline.temporal import tag_text

SAT = date(2024, 12, 7)


def test_a_holiday_that_opens_a_name_is_no_date():
    assert not tag_text("The president spoke to a crowd at the May Day Stadium.", SAT)
    assert [t.value for t in tag_text("Workers marched on May Day.", SAT)] == ["2024-05-01"]
    assert not tag_text("The Good Friday Agreement ended the conflict.", SAT)


def test_a_name_with_a_holiday_does_not_date_the_next_relative_day():
    text = ("The president addressed a crowd at the May Day Stadium on Wednesday.\n\n"
            "He had arrived the previous morning.\n")
    values = {t.text: t.value for t in tag_text(text, date(2018, 9, 20))}
    assert "May Day" not in values
    assert values.get("the previous morning", "").startswith("2018-09-18")


def test_that_month_takes_the_year_just_told():
    values = {t.text: t.value for t in
              tag_text("A first accord was struck in June 2019, but it froze that August, when Paris objected.", SAT)}
    assert values["August"] == "2019-08"
    assert {t.text: t.value for t in tag_text("The talks collapsed in August.", SAT)}["August"] == "2024-08"


def test_leaders_who_lunch_together_meet():
    events = events_of("The two foreign ministers lunched at the embassy on Thursday.\n")
    lunch = the_event(events, "CONSULT", "lunched")
    assert lunch.date_start == date(2025, 3, 6)
    assert not [e for e in events_of("Tourists lunched at the harbour on Thursday.\n") if e.type == "CONSULT"]


def test_repeated_opposition_is_criticism():
    events = events_of("Warsaw repeated its opposition to the trade pact on Thursday.\n")
    assert the_event(events, "DISAPPROVE", "repeated its opposition").date_start == date(2025, 3, 6)


def test_a_year_inside_a_quotation_does_not_date_the_telling_outside_it():
    events = events_of("Biden and Putin held a video call on Thursday.\n\n"
                       "Afterwards, Sullivan said Biden had told Putin \"things we did not do in 2014 we are ready "
                       "to do now\".\n")
    told = the_event(events, None, "told")
    assert told.date_start.year == 2025 and told.date_start != date(2014, 1, 1)


def test_rejoining_a_deal_is_cooperation():
    events = events_of("Moscow rejoined the shipping accord on Thursday after talks in Ankara.\n")
    assert the_event(events, "COOPERATE", "rejoined").date_start == date(2025, 3, 6)
    assert not [e for e in events_of("The striker rejoined his old club on Thursday.\n") if e.type == "COOPERATE"]


def test_a_lead_day_beside_an_older_time_still_dates_the_story():
    text = ("LISBON — Thursday's signing by Pedro Sanchez and Luis Montenegro ended a dispute that began a decade ago.\n\n"
            "Sanchez told reporters the text was fair.\n")
    told = the_event(events_of(text), "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (date(2025, 3, 6), date(2025, 3, 6))
    assert "date_from_story_day" in told.flags


def test_a_repeated_call_for_something_is_a_demand_not_a_phone_call():
    events = events_of("Tokyo repeated its call for the return of its citizens on Thursday.\n")
    demand = the_event(events, "DEMAND", "repeated its call for")
    assert demand.date_start == date(2025, 3, 6)
    assert not [e for e in events if e.type == "CONSULT"]
