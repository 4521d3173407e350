"""TempEval-3 scoring: figures computed by hand on tiny annotations."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from timeline.temporal.scoring import align_timexes, score_corpus, score_document


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    type: str
    value: str


def span(text: str, surface: str, type_: str, value: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Span(start, start + len(surface), surface, type_, value)


TEXT = "They met on Monday, March 3 and again two days later. Talks lasted three days; a summit is due in early April."
GOLD = (
    span(TEXT, "Monday, March 3", "DATE", "2025-03-03"),
    span(TEXT, "two days later", "DATE", "2025-03-05"),
    span(TEXT, "three days", "DURATION", "P3D"),
    span(TEXT, "early April", "DATE", "2025-04"),
)
SYSTEM = (
    span(TEXT, "Monday, March 3", "DATE", "2025-03-03"),  # strict, right type and value
    span(TEXT, "two days", "DURATION", "P2D"),  # relaxed only; wrong type and value
    span(TEXT, "April", "DATE", "2025-04"),  # relaxed only; right type and value
    span(TEXT, "again", "DATE", "PRESENT_REF"),  # spurious
)  # "three days" missed


def test_scoring_document_counts_by_hand():
    score = score_document("d", GOLD, SYSTEM, text=TEXT)
    c = score.counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.type_correct, c.value_correct) == (4, 4, 1, 3, 2, 2)
    assert [m.text for m in score.misses] == ["three days"]
    assert [s.text for s in score.spurious] == ["again"]
    assert [(w.gold.value, w.system.value) for w in score.wrong_values] == [("2025-03-05", "P2D")]
    assert [(w.gold.text, w.system.text) for w in score.extent_mismatches] == [("two days later", "two days"), ("early April", "April")]


def test_scoring_document_figures_by_hand():
    c = score_document("d", GOLD, SYSTEM).counts
    assert c.strict_prf == pytest.approx((0.25, 0.25, 0.25))
    assert c.relaxed_prf == pytest.approx((0.75, 0.75, 0.75))
    assert c.value_accuracy == pytest.approx(2 / 3)
    assert c.value_f1 == pytest.approx(0.75 * 2 / 3)
    assert c.type_f1 == pytest.approx(0.5)


def test_scoring_alignment_is_one_to_one():
    text = "Monday morning"
    gold = (Span(0, 6, "Monday", "DATE", "2024-11-04"), Span(7, 14, "morning", "TIME", "2024-11-04TMO"))
    system = (Span(0, 14, "Monday morning", "TIME", "2024-11-04TMO"),)
    c = score_document("d", gold, system, text=text).counts
    assert (c.relaxed, c.strict) == (1, 0)
    assert c.relaxed_prf == pytest.approx((1.0, 0.5, 2 / 3))


def test_scoring_alignment_prefers_identical_extent_over_first_overlap():
    gold = (Span(0, 6, "Monday", "DATE", "x"), Span(7, 14, "morning", "TIME", "y"))
    system = (Span(0, 14, "Monday morning", "TIME", "y"), Span(7, 14, "morning", "TIME", "y"))
    pairs = align_timexes(gold, system)
    assert [(g.text, s.text) for g, s in pairs] == [("Monday", "Monday morning"), ("morning", "morning")]


def test_scoring_surrounding_whitespace_does_not_break_strict_match():
    gold = (Span(3, 10, "Monday ", "DATE", "x"),)
    system = (Span(3, 9, "Monday", "DATE", "x"),)
    assert score_document("d", gold, system).counts.strict == 1


def test_scoring_corpus_is_micro_averaged():
    one = Span(0, 4, "2020", "DATE", "2020")
    doc1 = score_document("a", (one,), (one,))
    gold2 = (one, Span(10, 14, "2021", "DATE", "2021"), Span(20, 24, "2022", "DATE", "2022"))
    doc2 = score_document("b", gold2, (one,))
    total = score_corpus([doc1, doc2]).counts
    # micro: 2 matches / 2 system, 2 / 4 gold (macro recall would be (1 + 1/3) / 2)
    assert total.relaxed_prf == pytest.approx((1.0, 0.5, 2 / 3))


@pytest.mark.parametrize("gold, system, expected", [((), (), (0.0, 0.0, 0.0)), ((Span(0, 4, "2020", "DATE", "2020"),), (), (0.0, 0.0, 0.0))])
def test_scoring_empty_sides_give_zero_not_errors(gold, system, expected):
    c = score_document("d", gold, system).counts
    assert c.relaxed_prf == expected
    assert c.value_f1 == 0.0


def test_scoring_errors_grouped_by_rule():
    @dataclass(frozen=True)
    class Ruled(Span):
        rule: str = ""

    gold = (Span(0, 4, "2020", "DATE", "2020"), Span(10, 16, "Monday", "DATE", "2020-01-06"), Span(20, 25, "weeks", "DURATION", "PXW"))
    system = (Ruled(0, 4, "2020", "DATE", "2020", "year"), Ruled(10, 16, "Monday", "DATE", "2020-01-13", "weekday"),
              Ruled(30, 33, "May", "DATE", "2020-05", "month"))
    rows = {r["rule"]: r for r in score_corpus([score_document("d", gold, system)]).errors_by_rule()}
    assert rows["weekday"]["wrong_value"] == 1
    assert rows["month"]["spurious"] == 1
    assert rows["missed:DURATION"]["missed"] == 1
    assert "year" not in rows
