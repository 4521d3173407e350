"""Resolution table: (expected value, reference date, surface forms in a sentence), as ctparse does.

Each row is what an analyst would write down; {} in a form marks nothing, the whole expression is
looked up by its text."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TABLE = [
    # weekdays by tense; the DCT's own weekday is "today" in a same-day report
    ("2025-10-21", date(2025, 10, 21), ["The minister resigned on {Tuesday}.", "Officials said {Tuesday} that talks ended."]),
    ("2025-10-23", date(2025, 10, 21), ["The ministers will meet on {Thursday}.", "Talks are scheduled to resume {Thursday}."]),
    ("2025-10-17", date(2025, 10, 21), ["The talks collapsed on {Friday}."]),
    ("2025-10-17", date(2025, 10, 21), ["Rebels attacked the convoy {last Friday}."]),
    ("2025-10-27", date(2025, 10, 21), ["They will meet {next Monday}."]),
    # across a year end and a leap day
    ("2024-12-30", date(2025, 1, 2), ["The cabinet met on {Monday}."]),
    ("2024-02-29", date(2024, 3, 1), ["The deal was signed {yesterday}."]),
    ("2025-01-01", date(2024, 12, 31), ["The law takes effect {tomorrow}."]),
    # ISO weeks: the week of 2021-01-01 is 2020-W53
    ("2020-W53", date(2021, 1, 8), ["Prices fell {last week}."]),
    ("2025-W01", date(2024, 12, 30), ["Prices rose {this week}."]),
    # months and days without a year: tense and nearness
    ("2024-12", date(2025, 1, 10), ["The ceasefire collapsed in {December}."]),
    ("2026-01", date(2025, 11, 20), ["A new round will be held in {January}."]),
    ("2026-01-14", date(2025, 12, 20), ["He must return by {Jan. 14}."]),
    ("2025-12-28", date(2026, 1, 3), ["Lavrov said on {December 28} that talks had failed."]),
    ("2025-W42-WE", date(2025, 10, 21), ["Protests continued over {the weekend}."]),
    # relative periods
    ("2024", date(2025, 10, 21), ["Inflation rose {last year}."]),
    ("2025-09", date(2025, 10, 21), ["The envoy resigned {last month}."]),
    ("2025-Q3", date(2025, 10, 21), ["Growth slowed in {the third quarter}."]),
    ("2023", date(2025, 10, 21), ["The war began {two years ago}."]),
    ("199", date(2025, 10, 21), ["Borders drawn in {the 1990s} still hold."]),
    ("XXXX-WXX-5", date(2025, 10, 21), ["Protesters gather {every Friday}."]),
    # explicit forms
    ("2025-10-21", date(2026, 1, 1), ["on {October 21, 2025}", "on {21 October 2025}", "on {2025-10-21}", "on {10/21/2025}", "on {Oct. 21, 2025}"]),
]

CASES = [
    pytest.param(value, dct, form, id=f"{value}:{form}")
    for value, dct, forms in TABLE
    for form in forms
]


@pytest.mark.parametrize("value,dct,form", CASES)
def test_temporal_resolution_table(value, dct, form):
    extent = form[form.index("{") + 1:form.index("}")]
    text = form.replace("{", "").replace("}", "")
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not found: {list(found)}"
    assert found[extent].value == value, found[extent].derivation


def test_temporal_resolution_two_days_later_resolves_against_the_previous_date():
    text = "Talks began on Monday. Two days later the rebels withdrew."
    found = {t.text: t for t in tag_text(text, date(2025, 10, 24))}
    monday, later = found["Monday"], found["Two days"]
    assert monday.value == "2025-10-20"
    assert (later.type, later.value) == ("DURATION", "P2D")
    assert later.earliest == later.latest == date(2025, 10, 22)
    assert later.anchored_to == f"timex:{monday.start}"
    assert (later.anchor.amount, later.anchor.unit, later.anchor.signal) == (2, "day", "later")


def test_temporal_resolution_a_year_earlier_is_the_year_before_the_one_mentioned():
    text = "Exports reached a record in 2019, up 4% from a year earlier."
    found = {t.text: t for t in tag_text(text, date(2025, 10, 21))}
    assert found["a year earlier"].value == "2018"
    assert found["a year earlier"].anchored_to == f"timex:{found['2019'].start}"


def test_temporal_resolution_a_year_earlier_falls_back_to_the_dct():
    (tx,) = tag_text("Exports were 4% higher than a year earlier.", date(2025, 10, 21))
    assert (tx.value, tx.anchored_to) == ("2024", "dct")
    assert "publication date" in tx.derivation


def test_temporal_resolution_narrative_takes_the_last_date_mentioned():
    text = "In 2022 the war began. In September the counteroffensive started."
    found = {t.text: t for t in tag_text(text, None)}
    assert found["September"].value == "2022-09"
    assert found["September"].anchored_to == f"timex:{found['2022'].start}"


def test_temporal_resolution_without_a_reference_is_unresolved():
    (tx,) = tag_text("The talks collapsed on Friday.", None)
    assert tx.anchored_to == "unresolved"
    assert tx.value == "XXXX-WXX-5"
    assert tx.earliest is None and tx.latest is None


def test_temporal_resolution_offset_before_a_date_resolves_against_it():
    text = "The militia withdrew two days before Christmas 2024."
    found = {t.text: t for t in tag_text(text, date(2025, 10, 21))}
    tx = found["two days"]
    assert tx.earliest == tx.latest == date(2024, 12, 23)
    assert tx.anchored_to == f"timex:{found['Christmas 2024'].start}"


def test_temporal_fronted_offset_clause_ends_at_the_comma():
    text = "The deal was signed in Istanbul. Five days after the signing, a coordination centre opened."
    (tx,) = [t for t in tag_text(text, date(2025, 10, 21)) if t.anchor]
    assert text[tx.anchor.clause_start:tx.anchor.clause_end] == "the signing"


def test_temporal_offset_clause_stops_at_the_next_coordinated_clause():
    text = "The talks came a week after Iran rejected the proposal, and two days before the vote."
    found = {t.text: t for t in tag_text(text, date(2025, 10, 22))}
    week, days = found["a week"].anchor, found["two days"].anchor
    assert text[week.clause_start:week.clause_end] == "Iran rejected the proposal"
    assert (days.amount, text[days.clause_start:days.clause_end]) == (-2, "the vote")


def test_temporal_chained_offsets_resolve_one_after_the_other():
    text = "He arrived on March 3, 2024. The following day he met the king. Two days later he left."
    found = {t.text: t for t in tag_text(text, date(2025, 10, 21))}
    assert found["The following day"].value == "2024-03-04"
    assert found["Two days"].earliest == date(2024, 3, 6)
