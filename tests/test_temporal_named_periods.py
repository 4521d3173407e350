"""Periods named by their place in a year or by a holiday, anaphoric quarters, periodicals named
"daily"/"weekly", "then-current", a year end that has gone by, clock times before an event offset,
rates after a count, and the tense of purpose infinitives and of "let ... begin": the value an
analyst gives, on ordinary news sentences (not corpus sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text


def _tags(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, date.fromisoformat(dct))]


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        # the week that holds the holiday; the one under way when the report falls in it
        ("Pilgrims crowded Jerusalem's Old City as Easter week began on Sunday.", "2025-04-14", "Easter week", "2025-W16"),
        ("Strikes are planned for Christmas week, the union said.", "2025-11-04", "Christmas week", "2025-W52"),
        ("Air traffic fell during Thanksgiving week last year, the agency said.", "2025-03-02", "Thanksgiving week", "2024-W48"),
    ],
)
def test_temporal_holiday_week_is_the_week_that_holds_it(text, dct, extent, value):
    assert (extent, "DATE", value) in _tags(text, dct)


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("Arms exports rose 12% in the first six months of 2024, the ministry said.", "2025-02-10", "the first six months of 2024", "2024-H1"),
        ("Gas flows are expected to stay low through the first two quarters of 2026.", "2025-10-21", "the first two quarters of 2026", "2026-H1"),
        ("Refugee arrivals doubled in the last six months of last year.", "2025-03-02", "the last six months of last year", "2024-H2"),
        ("Inflation eased in the first three months of 2025.", "2025-05-06", "the first three months of 2025", "2025-Q1"),
        ("The ministry expects deliveries in the last three months of the year.", "2025-05-06", "the last three months of the year", "2025-Q4"),
    ],
)
def test_temporal_part_of_a_named_year_is_a_date(text, dct, extent, value):
    tags = _tags(text, dct)
    assert (extent, "DATE", value) in tags
    assert len(tags) == 1, tags  # the year is part of the expression, not tagged again on its own


def test_temporal_part_of_a_year_without_the_year_stays_a_duration():
    assert _tags("Exports rose 12% in the first six months.", "2025-10-21") == [("the first six months", "DURATION", "P6M")]


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("Net income for the year-earlier nine months included a $40 million gain.", "2025-10-21", "the year-earlier nine months", "P9M"),
        ("Revenue was flat against the year-ago six months.", "2025-07-30", "the year-ago six months", "P6M"),
    ],
)
def test_temporal_year_ago_span_is_one_expression(text, dct, extent, value):
    assert _tags(text, dct) == [(extent, "DURATION", value)]


def test_temporal_that_quarter_is_the_quarter_just_named():
    tags = _tags("Exports fell in the second quarter of 2024. Results for that quarter included a one-time charge.", "2025-10-21")
    assert ("that quarter", "DATE", "2024-Q2") in tags


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("The mandate of the mission was extended for an additional year.", "2025-10-21", "an additional year", "P1Y"),
        ("Kyiv asked for two extra weeks to answer the proposal.", "2025-10-21", "two extra weeks", "P2W"),
    ],
)
def test_temporal_additional_units_are_durations(text, dct, extent, value):
    assert (extent, "DURATION", value) in _tags(text, dct)


@pytest.mark.parametrize(
    "text",
    [
        "The Communist Party daily Granma called the decision a provocation.",
        "The Israeli daily Haaretz reported that the talks had stalled.",
        "The news weekly Der Spiegel said the plan had been dropped.",
        "According to the business daily Kommersant, the deal was signed in secret.",
    ],
)
def test_temporal_newspaper_named_daily_is_no_set(text):
    assert _tags(text, "2025-10-21") == []


def test_temporal_daily_as_adverb_stays_a_set():
    assert _tags("The two foreign ministers speak daily.", "2025-10-21") == [("daily", "SET", "P1D")]


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("The rights let holders buy shares at half the then-current market price.", "then-current"),
        ("Bonds were repaid at the then current rate of exchange.", "then current"),
    ],
)
def test_temporal_then_current_is_past(text, extent):
    assert _tags(text, "2025-10-21") == [(extent, "DATE", "PAST_REF")]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The rouble has lost 20% since year-end.", "2025-10-21", "2024"),
        ("Its debt stood at $2 billion at year-end, the report showed.", "2025-05-06", "2024"),
        ("The government expects to close the deal by year-end.", "2025-05-06", "2025"),
        ("Reserves will stand at $30 billion at year-end, the bank forecast.", "2025-05-06", "2025"),
    ],
)
def test_temporal_year_end_gone_by_in_the_past_tense(text, dct, value):
    assert [(t.text, t.value, t.mod) for t in tag_text(text, date.fromisoformat(dct))] == [("year-end", value, "END")]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Police found the car on May 2. A witness saw it near the border at 6 a.m. ten days before the attack.", "6 a.m.", "XXXX-XX-XXT06:00"),
        ("The envoy landed at 10 p.m. two days after the vote, officials said.", "10 p.m.", "XXXX-XX-XXT22:00"),
    ],
)
def test_temporal_clock_time_before_an_event_offset_is_on_an_unknown_day(text, extent, value):
    tags = [(t.text, t.value) for t in tag_text(text, date(2025, 5, 20))]
    assert (extent, value) in tags


def test_temporal_clock_time_then_new_sentence_keeps_its_day():
    tags = [(t.text, t.value) for t in tag_text("The talks ended at 3 p.m. Two days later, they resumed.", date(2025, 5, 20))]
    assert ("3 p.m.", "2025-05-20T15:00") in tags


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        # a purpose infinitive after a past verb is neither past nor future: the nearest one
        ("Supply problems made it hard for the army to hold the front well into the summer.", "2025-10-21", "the summer", "2025-SU"),
        ("Exporters signed contracts in September to begin deliveries in November.", "2025-10-27", "November", "2025-11"),
    ],
)
def test_temporal_purpose_of_a_past_act_takes_the_nearest_period(text, dct, extent, value):
    assert (extent, "DATE", value) in _tags(text, dct)


@pytest.mark.parametrize(
    ("text", "extent", "typ"),
    [
        ("The airline will add four flights a week to Delhi.", "a week", "SET"),
        ("Russia still pumps 9 million barrels a day.", "a day", "SET"),
        ("Investigators are doing hundreds of interviews a day.", "a day", "SET"),
        ("The reform saves the ministry $500 million a year.", "a year", "SET"),
        # the time something takes is a duration, not a rate
        ("It took the two sides a year to agree on a text.", "a year", "DURATION"),
        ("The army gave the 12 rebels a week to leave.", "a week", "DURATION"),
    ],
)
def test_temporal_rate_after_a_count_is_a_set(text, extent, typ):
    assert [(t.text, t.type) for t in tag_text(text, date(2025, 10, 21))] == [(extent, typ)]


def test_temporal_bare_verb_after_let_is_no_scheduled_act():
    # "let the offensive begin": "begin" is a bare infinitive after "let", not news-style "Talks begin Saturday"
    tags = [(t.text, t.value) for t in tag_text("The general let the ground offensive begin as planned Saturday night.", date(2025, 10, 20))]
    assert tags == [("Saturday night", "2025-10-18TNI")]
