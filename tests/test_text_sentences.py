"""Sentence spans: offsets into the text; abbreviations do not end sentences, full stops do."""

from __future__ import annotations

import pytest

from timeline.text import sentence_at, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. President Donald Trump met Zelenskiy. They spoke for an hour.",
            ["U.S. President Donald Trump met Zelenskiy.", "They spoke for an hour."],
        ),
        (
            "The envoy flew to the U.S. The talks began on Oct. 3 in Washington.",
            ["The envoy flew to the U.S.", "The talks began on Oct. 3 in Washington."],
        ),
        ("Dr. Tedros arrived at 3 p.m. Eastern on Monday.", ["Dr. Tedros arrived at 3 p.m. Eastern on Monday."]),
        ("He said “we agreed.” Then he left!", ["He said “we agreed.”", "Then he left!"]),
        ("A headline\nThe first line of the body.", ["A headline", "The first line of the body."]),
        ("Gen. Mark A. Milley said so. Lt. Col. Smith agreed.", ["Gen. Mark A. Milley said so.", "Lt. Col. Smith agreed."]),
        (
            "The guns fell silent at 5 p.m. Egypt's foreign minister hailed the truce.",
            ["The guns fell silent at 5 p.m.", "Egypt's foreign minister hailed the truce."],
        ),
        ("The vote is set for 11 a.m. Friday at the UN.", ["The vote is set for 11 a.m. Friday at the UN."]),
        ("The U.S. Navy's destroyer docked in Manila.", ["The U.S. Navy's destroyer docked in Manila."]),
        ("It must end by 5 p.m. Tuesday's deadline, Washington said.", ["It must end by 5 p.m. Tuesday's deadline, Washington said."]),
    ],
)
def test_text_split_sentences(text, expected):
    assert _sentences(text) == expected


def test_text_spans_are_offsets_into_the_text():
    text = "  First one.  Second one?\n\nThird. "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip() and text[start:end]


def test_text_sentence_at_finds_the_enclosing_span():
    text = "One here. Two there."
    spans = split_sentences(text)
    assert text[slice(*sentence_at(spans, text.index("there")))] == "Two there."


def test_text_sentence_end_agrees_with_split_sentences():
    text = "U.S. President Donald Trump met Zelenskiy on Oct. 17. The envoy flew to the U.S. The talks began."
    ends = [e for _, e in split_sentences(text)]
    from timeline.text import sentence_end

    assert sentence_end(text, 0) + 1 == ends[0]
    assert sentence_end(text, ends[0] + 1) + 1 == ends[1]
    assert sentence_end(text, ends[1] + 1) + 1 == ends[2] == len(text)
