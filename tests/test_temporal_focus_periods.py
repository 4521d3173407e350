""""Earlier in the week", "later in the month": part of the week or month in focus, with the range
an analyst would give ("earlier" than the day in focus, "later" than it) and the whole period named."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import named_period, tag_text

TUE = date(2025, 10, 21)  # a Tuesday, ISO week 43
THU = date(2025, 10, 23)


def _one(text: str, extent: str, dct: date = TUE):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,dct,value,mod,earliest,latest",
    [
        # the "in the" forms mean what "earlier this week" means: the publication date's week or month
        ("Earlier in the week, Russia and Ukraine exchanged 84 prisoners each.", "Earlier in the week", THU,
         "2025-W43", "START", date(2025, 10, 20), date(2025, 10, 23)),
        ("The foreign ministers met in Geneva earlier this week.", "earlier this week", THU,
         "2025-W43", "START", date(2025, 10, 20), date(2025, 10, 23)),
        ("Witkoff will travel to Moscow later in the week.", "later in the week", TUE,
         "2025-W43", "END", date(2025, 10, 21), date(2025, 10, 26)),
        ("Earlier in the month, Turkey hosted the delegations in Istanbul.", "Earlier in the month", TUE,
         "2025-10", "START", date(2025, 10, 1), date(2025, 10, 21)),
        ("The Security Council is expected to vote later in the month.", "later in the month", TUE,
         "2025-10", "END", date(2025, 10, 21), date(2025, 10, 31)),
        # "earlier this month" said on the 21st: any day before it, not only the month's first third
        ("Qatar said earlier this month that it would keep mediating.", "earlier this month", TUE,
         "2025-10", "START", date(2025, 10, 1), date(2025, 10, 21)),
        ("Elections in Kosovo will be held later this year.", "later this year", TUE,
         "2025", "END", date(2025, 10, 21), date(2025, 12, 31)),
        # early / late keep the thirds of the period ("early this month": days 1-10)
        ("The envoy resigned early in the month.", "early in the month", TUE,
         "2025-10", "START", date(2025, 10, 1), date(2025, 10, 10)),
    ],
)
def test_temporal_focus_periods_in_the_week_or_month_of_the_report(text, extent, dct, value, mod, earliest, latest):
    tx = _one(text, extent, dct)
    assert (tx.type, tx.value, tx.mod, tx.earliest, tx.latest) == ("DATE", value, mod, earliest, latest), tx.derivation


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest",
    [
        # the period of the date just told, counted from that day
        ("The ceasefire began on March 3, 2024. Later in the month, the envoys met in Geneva.", "Later in the month",
         "2024-03", date(2024, 3, 3), date(2024, 3, 31)),
        ("Lavrov met Rubio in Riyadh on Tuesday, February 18, 2025. Earlier in the week, Macron hosted European leaders.",
         "Earlier in the week", "2025-W08", date(2025, 2, 17), date(2025, 2, 18)),
        # a past weekday of the week before the report: that week, up to that day
        ("Putin spoke to Trump by phone on Thursday. Earlier in the week, Witkoff visited Moscow.", "Earlier in the week",
         "2025-W42", date(2025, 10, 13), date(2025, 10, 16)),
    ],
)
def test_temporal_focus_periods_follow_the_date_just_told(text, extent, value, earliest, latest):
    tx = _one(text, extent)
    assert (tx.value, tx.earliest, tx.latest) == (value, earliest, latest), tx.derivation
    assert tx.anchored_to.startswith("timex:")
    assert "the date just told" in tx.derivation


def test_temporal_focus_periods_future_clause_keeps_the_reports_week():
    """"On Friday ... Later in the week, he will": the coming part of this week, not the week of last Friday."""
    tx = _one("Putin spoke to Trump on Friday. Later in the week, Witkoff will travel to Moscow.", "Later in the week")
    assert (tx.value, tx.anchored_to, tx.earliest, tx.latest) == ("2025-W43", "dct", date(2025, 10, 21), date(2025, 10, 26))


@pytest.mark.parametrize(
    "text,extent,narrowed,whole",
    [
        ("Qatar said earlier this month that it would keep mediating.", "earlier this month",
         (date(2025, 10, 1), date(2025, 10, 21)), (date(2025, 10, 1), date(2025, 10, 31))),
        ("The deal with Baku was signed late last year.", "late last year",
         (date(2024, 9, 1), date(2024, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))),
        ("Talks resume later in the week.", "later in the week",
         (date(2025, 10, 21), date(2025, 10, 26)), (date(2025, 10, 20), date(2025, 10, 26))),
        ("The summit opened on October 3.", "October 3", (date(2025, 10, 3), date(2025, 10, 3)), (date(2025, 10, 3), date(2025, 10, 3))),
    ],
)
def test_temporal_focus_periods_named_period_is_the_whole_period(text, extent, narrowed, whole):
    tx = _one(text, extent)
    assert (tx.earliest, tx.latest) == narrowed
    assert named_period(tx) == whole


@pytest.mark.parametrize(
    "text,extent",
    [
        ("The truce has held for three weeks.", "three weeks"),
        ("Officials recently met in Geneva.", "recently"),
        ("Fighting resumed on the last day of the truce.", "the last day"),
    ],
)
def test_temporal_focus_periods_named_period_is_none_without_a_calendar_period(text, extent):
    assert named_period(_one(text, extent)) is None


@pytest.mark.parametrize(
    "text,earliest,latest",
    [
        # told on Thursday: later than Monday, and (past tense) not after the report
        ("Putin met Erdogan in Sochi on Monday. Later in the week, the envoy left for Doha.", date(2025, 10, 20), date(2025, 10, 23)),
        # still to come: from the report to the week's end
        ("Putin met Erdogan in Sochi on Monday. Later in the week, the envoy will leave for Doha.", date(2025, 10, 23), date(2025, 10, 26)),
        # "earlier" keeps counting back from the report, not from the day just told
        ("Putin met Erdogan in Sochi on Monday. Earlier in the week, the envoy left for Doha.", date(2025, 10, 20), date(2025, 10, 23)),
    ],
)
def test_temporal_focus_periods_day_told_in_the_reports_week(text, earliest, latest):
    tx = _one(text, text.split(". ")[1].split(",")[0], THU)
    assert (tx.value, tx.earliest, tx.latest) == ("2025-W43", earliest, latest), tx.derivation


def test_temporal_focus_periods_tag_records_carry_the_whole_period():
    from timeline.temporal.export import timex_record

    rec = timex_record(_one("Qatar said earlier this month that it would keep mediating.", "earlier this month"))
    assert (rec["earliest"], rec["latest"]) == ("2025-10-01", "2025-10-21")
    assert (rec["period_start"], rec["period_end"]) == ("2025-10-01", "2025-10-31")
    rec = timex_record(_one("The truce has held for three weeks.", "three weeks"))
    assert (rec["period_start"], rec["period_end"]) == (None, None)
