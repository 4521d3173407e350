"""Faults seen on fresh articles: meetings told over a span of days, dates of a reduced relative clause, departures
toward a foreign capital, readout pages whose section headings end on their date, and a couple hosting."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

from timeline.temporal import tag_text
from timeline.temporal.sections import date_lines

WEDNESDAY = date(2023, 2, 1)


# --- 1. a meeting over a span of days ------------------------------------------------------------------------------


def _span(text: str, trigger: str, dct: date = WEDNESDAY) -> tuple[date | None, date | None]:
    e = the_event(events_of(text, dct), "CONSULT", trigger)
    return e.date_start, e.date_end


def test_two_days_joined_by_and_span_the_meeting():
    assert _span("The foreign ministers of Chile and Peru met in Lima on January 26 and 27.", "met") == (
        date(2023, 1, 26), date(2023, 1, 27))


def test_two_days_joined_by_a_dash_span_the_talks():
    assert _span("Chilean and Peruvian negotiators held talks in Lima on January 26-27.", "talks") == (
        date(2023, 1, 26), date(2023, 1, 27))


def test_day_first_pair_spans_the_talks():
    assert _span("Japan and South Korea held talks in Seoul on 26 and 27 January.", "talks") == (
        date(2023, 1, 26), date(2023, 1, 27))


def test_from_weekday_to_weekday_spans_the_meeting():
    assert _span("The leaders of Chile and Peru met in Lima from Monday to Wednesday.", "met") == (
        date(2023, 1, 30), date(2023, 2, 1))


def test_act_at_the_talks_falls_inside_the_span():
    events = events_of("Chilean and Peruvian negotiators held talks in Lima on January 26-27. At the talks, Peru "
                       "demanded the return of the fishing boats.", WEDNESDAY)
    e = the_event(events, "DEMAND", "demanded")
    assert date(2023, 1, 26) <= e.date_start and e.date_end <= date(2023, 1, 27)


def test_to_without_from_is_no_span():
    # "to" joins a span only after "from" at the first day ("on Monday to discuss": a purpose)
    assert _span("The leaders of Chile and Peru met in Lima on Monday to discuss fishing rights.", "met") == (
        date(2023, 1, 30), date(2023, 1, 30))


def test_postponed_from_one_day_to_another_is_no_span():
    events = events_of("Chile and Peru postponed the talks from Monday to Wednesday.", date(2023, 1, 27))
    e = the_event(events, "REJECT", "postponed")
    assert e.date_start == e.date_end, (e.date_start, e.date_end)


def test_engine_reads_the_first_day_of_a_day_first_pair():
    found = {t.text: t.value for t in tag_text("The envoys met in Oslo on 26 and 27 January.", date(2025, 2, 3))}
    assert found == {"26": "2025-01-26", "27 January": "2025-01-27"}


def test_engine_leaves_a_score_alone():
    found = [t.text for t in tag_text("The bill passed by 7 to 2 votes on 3 March.", date(2025, 5, 20))]
    assert found == ["3 March"]


# --- 2. a date inside a reduced relative clause dates that noun's event ---------------------------------------------


def test_accord_signed_in_a_past_year_does_not_date_the_agreeing():
    events = events_of("Chilean and Peruvian leaders met in Lima on Monday. They also agreed to revive an accord "
                       "signed in 2001.", date(2023, 6, 9))
    e = the_event(events, "AGREE", "agreed")
    assert (e.date_start, e.date_end) == (date(2023, 6, 5), date(2023, 6, 5))


def test_deal_reached_last_year_does_not_date_the_agreeing():
    events = events_of("Greece and Turkey held talks in Athens on Wednesday. They agreed to implement the deal "
                       "reached last year.", date(2023, 6, 9))
    e = the_event(events, "AGREE", "agreed")
    assert e.date_start == date(2023, 6, 7)


def test_agreement_from_a_past_year_does_not_date_the_agreeing():
    events = events_of("Chilean and Peruvian leaders met in Lima on Monday. They also agreed to revive a trade "
                       "agreement from 1998.", date(2023, 6, 9))
    assert the_event(events, "AGREE", "agreed").date_start == date(2023, 6, 5)


def test_passive_verb_with_its_own_date_is_still_dated():
    events = events_of("The accord was signed in Lima on Monday.", date(2023, 6, 9))
    assert the_event(events, "AGREE", "signed").date_start == date(2023, 6, 5)


# --- 3. departures toward a foreign state or capital -----------------------------------------------------------------


def _visit(text: str, trigger: str, dct: date = date(2023, 9, 6)):
    return the_event(events_of(text, dct), "CONSULT", trigger)


def test_left_for_a_capital_is_a_visit_to_its_state():
    e = _visit("Secretary of State Antony Blinken left for Moscow on Tuesday.", "left for")
    assert (e.target_actor, e.mode, e.status, e.date_start) == ("Russia", "visit", "occurred", date(2023, 9, 5))


def test_leaves_for_a_state_on_a_day_to_come_is_a_planned_visit():
    e = _visit("President Joe Biden leaves for Vietnam on Sunday for a two-day state visit.", "leaves for")
    assert (e.target_actor, e.status, e.date_start) == ("Vietnam", "planned", date(2023, 9, 10))


def test_the_visit_a_departure_is_made_for_is_the_same_event():
    events = events_of("President Joe Biden leaves for Vietnam on Sunday for a two-day state visit.", date(2023, 9, 6))
    assert [e.type for e in events] == ["CONSULT"], [(e.trigger, e.summary) for e in events]


def test_departed_and_set_off_for_are_visits():
    assert _visit("The French foreign minister departed for Beijing on Monday.", "departed for").target_actor == "China"
    assert _visit("The German chancellor set off for Nairobi on Thursday.", "set off for").target_actor == "Kenya"


def test_travel_at_home_is_no_visit():
    events = events_of("President Joe Biden flew to Chicago on Thursday for a fundraiser.", date(2023, 9, 6))
    assert not [e for e in events if e.type == "CONSULT"], [(e.trigger, e.summary) for e in events]


def test_leaving_for_ones_own_capital_is_no_visit():
    events = events_of("President Donald Trump defended the deal before leaving for Washington on Tuesday evening.",
                       date(2018, 6, 13))
    assert not [e for e in events if e.type == "CONSULT"], [(e.trigger, e.summary) for e in events]


def test_leaving_the_talks_is_no_visit():
    events = events_of("The Iranian delegation left the talks in Vienna on Friday.", date(2023, 9, 9))
    assert not [e for e in events if e.mode == "visit"], [(e.trigger, e.summary) for e in events]


def test_date_after_before_clause_is_not_the_first_acts():
    events = events_of("On Saturday he flew to Baku, where Hungarian Prime Minister Viktor Orban attended a summit, "
                       "and then returned to Budapest before leaving for China on Sunday night.", date(2024, 7, 8))
    assert the_event(events, "CONSULT", "leaving for").date_start == date(2024, 7, 7)
    assert the_event(events, "CONSULT", "flew to").date_start == date(2024, 7, 6)


# --- 4. readout pages: a heading that ends on its date dates its section ---------------------------------------------


PAGE = """# Readouts

## Readout of President Biden's Meeting with Chancellor Scholz — March 3

Today President Biden met with Chancellor Scholz of Germany at the White House. Tomorrow the President will travel \
to Ottawa.

Statement by President Biden on Armenia | May 4, 2023

This evening the President spoke with Prime Minister Pashinyan of Armenia.
"""


def test_titled_headings_are_date_lines():
    found = [t.text for t in date_lines(PAGE, tag_text(PAGE, date(2023, 6, 25)), date(2023, 6, 25))]
    assert found == ["March 3", "May 4, 2023"]


def test_today_counts_from_the_heading_date():
    values = {t.text: t.value for t in tag_text(PAGE, date(2023, 6, 25))}
    assert values["Today"] == "2023-03-03" and values["Tomorrow"] == "2023-03-04"
    assert values["This evening"] == "2023-05-04TEV"


def test_acts_of_each_section_take_its_heading_date():
    events = events_of(PAGE, date(2023, 6, 25))
    assert the_event(events, "CONSULT", "met").date_start == date(2023, 3, 3)
    assert the_event(events, "CONSULT", "spoke").date_start == date(2023, 5, 4)


def test_a_sentence_ending_on_a_date_is_no_heading():
    text = "The envoy arrived in Kyiv, March 3.\n\nToday the envoy met the president.\n"
    assert date_lines(text, tag_text(text, date(2023, 6, 25)), date(2023, 6, 25)) == []


# --- 5. a couple as hosts --------------------------------------------------------------------------------------------


def test_president_and_first_lady_host_as_one_side():
    events = events_of("President Biden and Chancellor Scholz met at the White House on Monday.\n\nOn Tuesday the "
                       "President and the First Lady hosted Chancellor Scholz for a state dinner.", date(2023, 3, 10))
    e = the_event(events, "CONSULT", "hosted", how="mention")
    assert (e.source_actor, e.target_actor, e.date_start) == ("Joe Biden", "Olaf Scholz", date(2023, 3, 7))


def test_the_first_lady_alone_is_no_state_actor():
    events = events_of("The First Lady visited a school in Bogota on Thursday.", date(2023, 3, 10))
    assert not events, [(e.trigger, e.summary, e.actors) for e in events]


def test_king_and_queen_host_as_one_side():
    events = events_of("King Charles and Queen Camilla hosted President Macron at Windsor Castle on Friday.",
                       date(2023, 3, 12))
    e = the_event(events, "CONSULT", "hosted")
    assert (e.source_actor, e.target_actor) == ("King Charles III", "Emmanuel Macron")


def test_two_states_hosting_together_stay_two_parties():
    events = events_of("President Biden and President Zelensky hosted Chancellor Scholz in Kyiv on Friday.",
                       date(2023, 3, 12))
    e = the_event(events, "CONSULT", "hosted")
    assert {"Joe Biden", "Volodymyr Zelensky"} <= set(e.actors), e.actors
