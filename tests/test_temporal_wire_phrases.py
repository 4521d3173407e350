"""Wire-copy phrases: a weekday with its part or position ("late on Friday", "Friday of last week",
"the early hours of Sunday"), days looked forward to ("ahead of Sunday's vote"), demanded deadlines,
present clauses before a reporting verb, holidays without a tense, "a week ago", UTC time stamps and
datelines (the filing date, told apart by its rule id)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TUE = date(2025, 10, 21)  # a Tuesday
FRI = date(2024, 2, 23)  # a Friday
WED = date(2024, 12, 11)  # a Wednesday


def _one(text: str, extent: str, dct: date = TUE):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,value,mod",
    [
        ("Negotiators met late on Friday in Istanbul.", "late on Friday", "2025-10-17", "END"),
        ("Israel struck early Tuesday, officials said.", "early Tuesday", "2025-10-21", "START"),
        ("Earlier on Monday, Zelensky met Macron.", "Earlier on Monday", "2025-10-20", "START"),
        ("The envoy will fly to Cairo later on Thursday.", "later on Thursday", "2025-10-23", "END"),
    ],
)
def test_temporal_wire_phrases_weekday_with_position(text, extent, value, mod):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.mod) == ("DATE", value, mod), tx.derivation


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("The two ministers spoke on Friday of last week.", date(2025, 1, 25), "2025-01-17"),  # not yesterday
        ("The envoys meet on Monday of next week.", TUE, "2025-10-27"),
        ("The vote is on Thursday of this week.", TUE, "2025-10-23"),
    ],
)
def test_temporal_wire_phrases_weekday_of_a_named_week(text, dct, value):
    tx = next(t for t in tag_text(text, dct) if t.rule == "date_weekday_of_relative_week")
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,dct,extent,value",
    [
        ("Drones struck Odesa in the early hours of Sunday, the governor said.", date(2023, 7, 16), "the early hours of Sunday", "2023-07-16TMO"),
        ("Russia attacked Kyiv on Monday. In the early hours, sirens sounded.", TUE, "the early hours", "2025-10-20TMO"),
        ("The talks ended in the small hours of October 3.", TUE, "the small hours of October 3", "2025-10-03TMO"),
    ],
)
def test_temporal_wire_phrases_early_hours(text, dct, extent, value):
    tx = _one(text, extent, dct)
    assert (tx.type, tx.value, tx.mod) == ("TIME", value, "START"), tx.derivation


def test_temporal_wire_phrases_early_hours_leave_a_named_part_of_day_to_it():
    # TimeBank tags "Thursday morning" in "the early hours of Thursday morning"
    found = {t.text: t.value for t in tag_text("He was arrested in the early hours of Thursday morning.", TUE)}
    assert found == {"Thursday morning": "2025-10-16TMO"}


@pytest.mark.parametrize("text", ["Russian troops entered the town on Saturday morning.", "The vote is set for Monday afternoon."])
def test_temporal_wire_phrases_part_of_a_weekday_is_a_time(text):
    (tx,) = tag_text(text, FRI)
    assert tx.type == "TIME" and tx.value[10:11] == "T"


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # looked forward to from the time told, whatever the clause's tense
        ("Ahead of Sunday's vote, the opposition called for calm.", "Sunday", "2024-02-25"),
        ("In the run-up to Sunday's election, the opposition rallied in the capital.", "Sunday", "2024-02-25"),
        ("The opposition called for calm ahead of the March 5 vote.", "March 5", "2024-03-05"),
        # a possessive weekday without it stays past
        ("Sunday's vote was marred by fraud, observers said.", "Sunday", "2024-02-18"),
    ],
)
def test_temporal_wire_phrases_anticipated_days(text, extent, value):
    assert _one(text, extent, FRI).value == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Pope Francis has called for a ceasefire by Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("Kyiv demanded a full withdrawal by Friday.", "Friday", "2024-12-13"),
        # done by the date: past
        ("The troops had withdrawn by Friday.", "Friday", "2024-12-06"),
    ],
)
def test_temporal_wire_phrases_demanded_deadlines_lie_ahead(text, extent, value):
    assert _one(text, extent, WED).value == value


def test_temporal_wire_phrases_present_clause_is_not_made_past_by_a_reporting_verb_after_it():
    assert _one("A peace deal is unlikely before the summer, diplomats said.", "the summer", date(2025, 3, 3)).value == "2025-SU"
    # with a past verb of its own, the clause stays past
    assert _one("The offensive stalled in the summer, diplomats said.", "the summer", date(2025, 3, 3)).value == "2024-SU"


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("A truce could take effect on New Year's Day.", WED, "2025-01-01"),
        ("Markets stay closed on Christmas Day.", date(2024, 3, 11), "2023-12-25"),
    ],
)
def test_temporal_wire_phrases_holiday_without_tense_is_the_nearest(text, dct, value):
    (tx,) = tag_text(text, dct)
    assert tx.value == value, tx.derivation


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Israel struck the nuclear sites a week ago.", "a week ago", "2025-10-14"),
        ("Israel struck the nuclear sites six weeks ago.", "six weeks ago", "2025-W37"),
    ],
)
def test_temporal_wire_phrases_a_week_ago_is_a_day(text, extent, value):
    assert _one(text, extent).value == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Updated 10:42 GMT. Explosions were heard in Kyiv.", "10:42 GMT", "2025-10-21T10:42"),
        ("The ceasefire took effect at 0900 GMT.", "0900 GMT", "2025-10-21T09:00"),
        ("The strike was launched at 1430 UTC, the army said.", "1430 UTC", "2025-10-21T14:30"),
    ],
)
def test_temporal_wire_phrases_utc_time_stamps(text, extent, value):
    tx = _one(text, extent)
    assert (tx.type, tx.value) == ("TIME", value)


def test_temporal_wire_phrases_utc_conversion_in_brackets_is_not_a_second_time():
    found = [t.text for t in tag_text("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", date(1998, 8, 8))]
    assert "0735 GMT" not in found


@pytest.mark.parametrize(
    "text,dct,extent,value",
    [
        ("GENEVA, June 17 (Reuters) - Iran's foreign minister met his European counterparts.", date(2025, 6, 17), "June 17", "2025-06-17"),
        ("Dec 31 (Reuters) - Putin said the year had been hard.", date(2025, 1, 1), "Dec 31", "2024-12-31"),
        ("MOSCOW, 3 October (AFP) — Russia said it had shot down 20 drones.", date(2025, 10, 3), "3 October", "2025-10-03"),
    ],
)
def test_temporal_wire_phrases_dateline_is_the_filing_date(text, dct, extent, value):
    tx = _one(text, extent, dct)
    assert (tx.value, tx.rule) == (value, "date_dateline")
    assert "dateline" in tx.derivation


def test_temporal_wire_phrases_a_date_in_running_text_is_no_dateline():
    tx = _one("The talks ended on June 17 (local time) - a day early.", "June 17", date(2025, 6, 20))
    assert tx.rule != "date_dateline"


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Zelensky is due in Washington on Friday.", "Friday", "2025-10-24"),
        # a fronted "by" phrase takes the main verb's tense
        ("By Wednesday evening, the fire at the depot was out.", "Wednesday evening", "2025-10-15TEV"),
        ("By Friday, the troops will have left the city.", "Friday", "2025-10-24"),
        # a future verb does not tell of a day weeks gone by: next year's
        ("The election will take place on Sept. 28.", "Sept. 28", "2026-09-28"),
        ("The vote was held on Sept. 28.", "Sept. 28", "2025-09-28"),
    ],
)
def test_temporal_wire_phrases_tense_of_plans_and_fronted_deadlines(text, extent, value):
    assert _one(text, extent).value == value


MON = date(2025, 3, 3)  # a Monday


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # what follows a reporting verb is what was said, not the tense of the day
        ("Macron, speaking on Sunday, said Europe must rearm.", "Sunday", "2025-03-02"),
        ("Speaking to reporters on Saturday, Lavrov said talks would continue.", "Saturday", "2025-03-01"),
        # a scheduled act in the present progressive
        ("The foreign ministers are meeting on Wednesday.", "Wednesday", "2025-03-05"),
        ("Polls close at 8 p.m. on Sunday.", "8 p.m. on Sunday", "2025-03-09T20:00"),
        # a possessive weekday with "this" keeps its own reading; without, it is past
        ("Leaders will discuss the plan at this Thursday's summit.", "this Thursday", "2025-03-06"),
        ("They would look for ways around Wednesday's ruling.", "Wednesday", "2025-02-26"),
    ],
)
def test_temporal_wire_phrases_tense_around_weekdays(text, extent, value):
    assert _one(text, extent, MON).value == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("In 2022, Russia invaded Ukraine. In September, it annexed four regions.", "September", "2022-09"),
        ("Russia annexed Crimea in March 2014. In April, fighting broke out in the Donbas.", "April", "2014-04"),
        # a span's start is no year in focus; a month far from the year told takes the publication date's
        ("The firm has doubled its profits since 2019. In September, it announced plans to expand.", "September", "2025-09"),
        ("Russia annexed Crimea in 2014. The war has gone on for years. Its economy grew. Exports rose. In April, "
         "fighting broke out again.", "April", "2025-04"),
    ],
)
def test_temporal_wire_phrases_month_in_the_year_just_told(text, extent, value):
    assert _one(text, extent).value == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("It was the heaviest attack on Kyiv in months.", "months", "PXM"),
        ("It was the largest protest in years.", "years", "PXY"),
    ],
)
def test_temporal_wire_phrases_in_plural_units_is_a_vague_duration(text, extent, value):
    tx = _one(text, extent)
    assert (tx.type, tx.value) == ("DURATION", value)


def test_temporal_wire_phrases_units_on_count_from_the_date_told():
    text = "The war in Gaza began on October 7, 2023. Two years on, the families are still waiting."
    tx = _one(text, "Two years")
    assert (tx.type, tx.value, tx.earliest, tx.latest) == ("DURATION", "P2Y", date(2025, 10, 7), date(2025, 10, 7))
    assert (tx.anchor.amount, tx.anchor.unit) == (2, "year")


def test_temporal_wire_phrases_units_on_from_an_event_carry_its_clause():
    text = "Five years on from the annexation, Crimea is isolated."
    tx = _one(text, "Five years")
    assert (tx.anchored_to, tx.anchor.amount, tx.anchor.unit, tx.anchor.signal) == ("event", 5, "year", "after")
    assert text[tx.anchor.clause_start:tx.anchor.clause_end] == "the annexation"


def test_temporal_wire_phrases_units_on_a_place_are_a_plain_duration():
    tx = _one("The troops spent two days on the front line.", "two days")
    assert (tx.value, tx.anchor) == ("P2D", None)
