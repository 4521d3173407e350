"""The publication date a text states at its head: a wire dateline or a "Published" line, used only
when nothing else gives the date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import read_inputs, resources
from timeline.ingest.dct import date_from_text


@pytest.mark.parametrize("rule", resources.text_dates(), ids=lambda r: f"line{r.line}")
def test_ingest_text_date_rules_match_their_examples(rule):
    assert date_from_text(rule.example) == date.fromisoformat(rule.expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks resume\n\nGENEVA, June 16, 2021 (Reuters) - The two leaders met.", date(2021, 6, 16)),
        ("NAIROBI, Kenya, Tuesday, Aug. 4, 2020 — The envoy arrived.", date(2020, 8, 4)),
        ("By Jane Roe\nPosted on 3 May 2024\n\nThe ministers met.", date(2024, 5, 3)),
    ],
)
def test_ingest_date_from_text_reads_head_lines(text, expected):
    assert date_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met on March 19, 2023 - and agreed to talk again.",  # a date in a sentence
        "In Ohrid, March 19, 2023 — the leaders met.",  # not a dateline: the place is not in capitals
        "Last updated: March 20, 2023\nThe ministers met on Friday.",  # a modification date
        "GENEVA — The leaders met on Wednesday.",  # a dateline without a date
        "One\nTwo\nThree\nFour\nGENEVA, June 16, 2021 — too far down.",
        "GENEVA, February 30, 2021 — no such day.",
    ],
)
def test_ingest_date_from_text_ignores_what_is_not_a_publication_date(text):
    assert date_from_text(text) is None


def _one(tmp_path, name, text, **kwargs):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    documents, errors = read_inputs([str(path)], **kwargs)
    assert errors == []
    (doc,) = documents
    return doc


ARTICLE = "OHRID, North Macedonia, March 19, 2023 — The two leaders agreed late on Saturday on a plan.\n"


def test_ingest_dateline_gives_the_dct_of_a_plain_text(tmp_path):
    doc = _one(tmp_path, "a.txt", ARTICLE)
    assert (doc.dct, doc.dct_source) == (date(2023, 3, 19), "dateline")


def test_ingest_front_matter_and_cli_win_over_the_dateline(tmp_path):
    doc = _one(tmp_path, "b.md", "---\ndate: 2023-03-20\n---\n" + ARTICLE)
    assert (doc.dct, doc.dct_source) == (date(2023, 3, 20), "front-matter")
    doc = _one(tmp_path, "c.txt", ARTICLE, dct=date(2023, 3, 21))
    assert (doc.dct, doc.dct_source) == (date(2023, 3, 21), "cli")
