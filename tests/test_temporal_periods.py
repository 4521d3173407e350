"""early / mid / late: a clean partition of each period, and a future clause that starts at the DCT."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from timeline.errors import ResourceError
from timeline.temporal import tag_text
from timeline.temporal.resources import load_rules


def _one(text: str, extent: str, dct: date):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not found: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,dct,earliest,latest",
    [
        # a year in thirds of four months: early = January-April, mid = May-August, late = September-December
        ("The reactor was commissioned in early 2019.", "early 2019", date(2024, 3, 1), date(2019, 1, 1), date(2019, 4, 30)),
        ("The reactor was commissioned in mid-2019.", "mid-2019", date(2024, 3, 1), date(2019, 5, 1), date(2019, 8, 31)),
        ("The reactor was commissioned in late 2019.", "late 2019", date(2024, 3, 1), date(2019, 9, 1), date(2019, 12, 31)),
        ("Elections are planned for early next year.", "early next year", date(2023, 6, 10), date(2024, 1, 1), date(2024, 4, 30)),
        # a month in tens of days; the last part ends with the month (February of a leap year)
        ("The border reopened in early February 2024.", "early February 2024", date(2024, 6, 1), date(2024, 2, 1), date(2024, 2, 10)),
        ("The border reopened in late February 2024.", "late February 2024", date(2024, 6, 1), date(2024, 2, 21), date(2024, 2, 29)),
        # decades: the late 1980s are 1987-1989
        ("Sanctions were first imposed in the late 1980s.", "the late 1980s", date(2024, 6, 1), date(1987, 1, 1), date(1989, 12, 31)),
    ],
)
def test_temporal_periods_early_mid_late_cover_their_part(text, extent, dct, earliest, latest):
    tx = _one(text, extent, dct)
    assert (tx.earliest, tx.latest) == (earliest, latest), tx.derivation


def test_temporal_periods_early_mid_late_never_overlap_and_leave_no_gap():
    parts = [_one(f"The plant opened in {w} 2021.", f"{w} 2021", date(2024, 1, 1)) for w in ("early", "mid", "late")]
    assert parts[0].earliest == date(2021, 1, 1) and parts[-1].latest == date(2021, 12, 31)
    for before, after in zip(parts, parts[1:]):
        assert (after.earliest - before.latest).days == 1


@pytest.mark.parametrize(
    "text,extent,dct,earliest,latest",
    [
        # what is still to come cannot start before the publication date
        ("The new terminal will open late this year.", "late this year", date(2023, 10, 5), date(2023, 10, 5), date(2023, 12, 31)),
        ("The envoys will meet again this month.", "this month", date(2023, 10, 5), date(2023, 10, 5), date(2023, 10, 31)),
        # told in the past tense, the period keeps its own start
        # ("earlier": any day of the month before the publication date, not only its first third)
        ("The terminal opened earlier this month.", "earlier this month", date(2023, 10, 25), date(2023, 10, 1), date(2023, 10, 25)),
    ],
)
def test_temporal_periods_future_clause_starts_at_the_dct(text, extent, dct, earliest, latest):
    tx = _one(text, extent, dct)
    assert (tx.earliest, tx.latest) == (earliest, latest), tx.derivation
    if earliest == dct:
        assert "publication date" in tx.derivation


def test_temporal_periods_bad_partition_names_file_and_line(tmp_path: Path):
    src = resources.files("timeline.resources").joinpath("temporal")
    for name in ("lexicons.yaml", "pieces.yaml", "rules.yaml"):
        (tmp_path / name).write_text(src.joinpath(name).read_text("utf-8"), "utf-8")
    lex = tmp_path / "lexicons.yaml"
    lines = lex.read_text("utf-8").splitlines(keepends=True)
    number = next(i for i, ln in enumerate(lines, 1) if ln.strip().startswith("year: 1-4"))
    lines[number - 1] = "    year: 1-4 4-8 9-12\n"  # April twice
    lex.write_text("".join(lines), "utf-8")
    with pytest.raises(ResourceError) as err:
        load_rules(tmp_path)
    assert err.value.what.startswith(f"{lex}:{number}: ")
    assert "without gap or overlap" in err.value.what
