"""Reading TimeML files: raw text, gold TIMEX3 offsets, DCT, malformed input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.temporal.timeml import find_timeml_files, parse_timeml, read_timeml

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"


def test_timeml_reads_text_without_tags_and_entities_decoded():
    doc = read_timeml(FIXTURES / "news" / "ministers.tml")
    assert "<" not in doc.text
    assert "Talks & dinners lasted three days." in doc.text
    assert doc.text.startswith("\nThe ministers met on Monday, March 3 and again two days later.")


@pytest.mark.parametrize(
    "surface, type_, value, mod",
    [
        ("Monday, March 3", "DATE", "2025-03-03", None),
        ("two days later", "DATE", "2025-03-05", None),
        ("three days", "DURATION", "P3D", None),
        ("early April", "DATE", "2025-04", "START"),
    ],
)
def test_timeml_gold_timex_offsets_index_the_raw_text(surface, type_, value, mod):
    doc = read_timeml(FIXTURES / "news" / "ministers.tml")
    (gold,) = [t for t in doc.timexes if t.text == surface]
    assert gold.start == doc.text.index(surface)
    assert doc.text[gold.start:gold.end] == surface
    assert (gold.type, gold.value, gold.mod) == (type_, value, mod)


def test_timeml_excludes_creation_time_and_empty_timexes():
    doc = read_timeml(FIXTURES / "news" / "ministers.tml")
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3", "t4"]


@pytest.mark.parametrize(
    "path, dct, dct_value, name",
    [
        ("news/ministers.tml", date(2025, 3, 7), "2025-03-07", "ministers"),
        ("talks.tml", date(2024, 11, 5), "2024-11-05T10:30", "talks"),
    ],
)
def test_timeml_dct_is_the_creation_time_timex(path, dct, dct_value, name):
    doc = read_timeml(FIXTURES / path)
    assert (doc.dct, doc.dct_value, doc.name) == (dct, dct_value, name)


def test_timeml_without_creation_time_has_no_dct():
    doc = parse_timeml("<TimeML><TEXT>On <TIMEX3 tid='t1' type='DATE' value='2020'>2020</TIMEX3>.</TEXT></TimeML>")
    assert doc.dct is None
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(3, 7, "2020")]


def test_timeml_nested_tags_inside_timex_keep_offsets():
    doc = parse_timeml(
        "<TimeML><TEXT>Until <TIMEX3 tid='t1' type='DATE' value='1998-W02'>"
        "<SIGNAL sid='s1'>this</SIGNAL> week</TIMEX3> only.</TEXT></TimeML>"
    )
    assert doc.text == "Until this week only."
    assert [(t.start, t.end, t.text) for t in doc.timexes] == [(6, 15, "this week")]


@pytest.mark.parametrize(
    "content, message",
    [
        ("<TimeML><TEXT>Monday</TEXT>", "not well-formed"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ("", "empty file"),
    ],
)
def test_timeml_malformed_file_raises_input_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "broken.tml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_timeml(path)
    assert "broken.tml" in err.value.what
    assert message in err.value.what
    assert err.value.fix


def test_timeml_find_files_is_recursive_and_sorted():
    names = [p.name for p in find_timeml_files(FIXTURES)]
    assert names == ["ministers.tml", "talks.tml"]
