"""End to end: texts whose dates contradict each other ("On Monday, March 3 ... Two days later, on
Thursday") go through ``build_timeline`` and come out flagged for the analyst: both events keep the
date their own words give, both carry a flag that names the offset and the two dates, and the
timeline has a warning quoting both sentences. Nothing is silently picked.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.model import Document, Event, Timeline
from timeline.pipeline import build_timeline
from timeline.reasoning import CONTRADICTION_FLAG, propagate


def _build(text: str, dct: date | None, *, narrative: bool = False) -> Timeline:
    return build_timeline([Document(id="doc", text=text, dct=dct, dct_source="cli" if dct else "none")],
                          title="contradictions", narrative=narrative)


def _linked_events(timeline: Timeline, text: str, first_word: str, second_word: str) -> tuple[Event, Event]:
    """The two events an offset constraint links, the one of ``first_word``'s sentence and the one of
    ``second_word``'s: what the extractor hands to the reasoning stage."""
    by_id = {e.id: e for e in timeline.events}

    def sentence_of(word: str) -> tuple[int, int]:
        at = text.index(word)
        return next((e.sentence_start, e.sentence_end) for e in timeline.events if e.sentence_start <= at < e.sentence_end)

    try:
        first_sentence, second_sentence = sentence_of(first_word), sentence_of(second_word)
    except StopIteration:
        raise AssertionError(f"no event in the sentence of {first_word!r} or of {second_word!r}: "
                             f"{[(e.trigger, e.summary) for e in timeline.events]}") from None
    for c in timeline.constraints:
        ends = [by_id.get(c.source), by_id.get(c.target)]
        if None in ends:
            continue
        spans = [(e.sentence_start, e.sentence_end) for e in ends]
        if spans == [first_sentence, second_sentence]:
            return ends[0], ends[1]
        if spans == [second_sentence, first_sentence]:
            return ends[1], ends[0]
    raise AssertionError(f"no constraint links the events of {first_word!r} and {second_word!r}: {timeline.constraints}")


def _contradictions(event: Event) -> list[str]:
    return [f for f in event.flags if f.startswith(CONTRADICTION_FLAG)]


# (text, publication date, first trigger, its day, second trigger, its day as written, offset words, days)
CONTRADICTIONS = {
    "weekday one day off": (
        "On Monday, March 3, 2025, Marco Rubio and Sergei Lavrov met in Geneva. Two days later, on Thursday, "
        "Rubio and Lavrov signed a ceasefire agreement.",
        date(2025, 3, 10), "met", date(2025, 3, 3), "signed", date(2025, 3, 6), "Two days", 2),
    "date after the verb, no year": (
        "Marco Rubio met Sergei Lavrov in Geneva on Monday, March 3. Two days later, on Thursday, Rubio and "
        "Lavrov signed a ceasefire agreement.",
        date(2025, 3, 10), "met", date(2025, 3, 3), "signed", date(2025, 3, 6), "Two days", 2),
    "a day later, states as actors": (
        "On Monday, March 3, 2025, Marco Rubio met Sergei Lavrov in Geneva. A day later, on Wednesday, Russia "
        "and the United States signed a ceasefire agreement.",
        date(2025, 3, 10), "met", date(2025, 3, 3), "signed", date(2025, 3, 5), "A day", 1),
    "weekday before the offset date": (
        "India and Pakistan agreed to a ceasefire on Saturday, May 10, 2025. Three days later, on Monday, "
        "Pakistan accused India of violations.",
        date(2025, 5, 16), "agreed", date(2025, 5, 10), "accused", date(2025, 5, 12), "Three days", 3),
}


@pytest.mark.parametrize("case", list(CONTRADICTIONS))
def test_reasoning_contradiction_is_flagged_end_to_end(case):
    text, dct, first_word, first_day, second_word, second_day, words, days = CONTRADICTIONS[case]
    timeline = _build(text, dct)
    first, second = _linked_events(timeline, text, first_word, second_word)
    # each keeps the day its own words give; the analyst decides which one is wrong
    assert (first.date_start, first.date_end) == (first_day, first_day)
    assert (second.date_start, second.date_end) == (second_day, second_day)
    assert first.date_basis == second.date_basis == "expression"
    # both flagged, with the offset's words, both dates and the date the offset implies
    implied = {first_day + timedelta(days=days), second_day - timedelta(days=days)}
    for e in (first, second):
        (flag,) = _contradictions(e)
        assert f"'{words}'" in flag
        assert first_day.isoformat() in flag and second_day.isoformat() in flag
        assert any(d.isoformat() in flag for d in implied)
    # one warning, naming the document and quoting both sentences
    (warning,) = [w for w in timeline.warnings if "contradictory dates" in w]
    assert warning.startswith("doc: ")
    assert first.sentence in warning and second.sentence in warning


@pytest.mark.parametrize("case", list(CONTRADICTIONS))
def test_reasoning_contradiction_end_to_end_is_stable_on_rerun(case):
    # the review app propagates the timeline's events again: same events, same flags, same warning
    text, dct, *_ = CONTRADICTIONS[case]
    timeline = _build(text, dct)
    again, warnings = propagate(timeline.events, timeline.constraints, dcts={"doc": dct})
    assert again == timeline.events
    assert warnings == tuple(w for w in timeline.warnings if "contradictory dates" in w)


# (text, publication date, first trigger, its day, second trigger, its day)
CONSISTENT = {
    "weekday agrees with the offset": (
        "On Monday, March 3, 2025, Marco Rubio and Sergei Lavrov met in Geneva. Two days later, on Wednesday, "
        "Rubio and Lavrov signed a ceasefire agreement.",
        date(2025, 3, 10), "met", date(2025, 3, 3), "signed", date(2025, 3, 5)),
    "offset alone": (
        "On Monday, March 3, 2025, Marco Rubio and Sergei Lavrov met in Geneva. Two days later, Rubio and "
        "Lavrov signed a ceasefire agreement.",
        date(2025, 3, 10), "met", date(2025, 3, 3), "signed", date(2025, 3, 5)),
}


@pytest.mark.parametrize("case", list(CONSISTENT))
def test_reasoning_consistent_offset_is_not_flagged_end_to_end(case):
    text, dct, first_word, first_day, second_word, second_day = CONSISTENT[case]
    timeline = _build(text, dct)
    first, second = _linked_events(timeline, text, first_word, second_word)
    assert (first.date_start, first.date_end) == (first_day, first_day)
    assert (second.date_start, second.date_end) == (second_day, second_day)
    assert not _contradictions(first) and not _contradictions(second)
    assert not [w for w in timeline.warnings if "contradictory dates" in w]


# Harder contradictions: no named actors ("the two foreign ministers ... they"), an offset anchored to a named
# event ("two days after the meeting"), "the next day", and a narrative text without a publication date.
HARDER = [
    pytest.param(
        "On Monday, March 3, 2025, the two foreign ministers met in Geneva. Two days later, on Thursday, they "
        "signed a ceasefire agreement.", date(2025, 3, 10), False, "met", "signed", date(2025, 3, 3), date(2025, 3, 6),
        id="issue text: no named actors (the two foreign ministers ... they)"),
    pytest.param(
        "Marco Rubio met Sergei Lavrov in Geneva on Monday, March 3. Two days after the meeting, on Thursday, "
        "Rubio and Lavrov signed a ceasefire agreement.", date(2025, 3, 10), False, "met", "signed",
        date(2025, 3, 3), date(2025, 3, 6),
        id="event-anchored offset ('after the meeting') and a weekday"),
    pytest.param(
        "Armenia and Azerbaijan held talks in Abu Dhabi on Tuesday, March 4, 2025. The next day, on Friday, "
        "Armenia and Azerbaijan agreed on the text of a peace treaty.", date(2025, 3, 8), False, "talks", "agreed",
        date(2025, 3, 4), date(2025, 3, 7),
        id="the next day, and a weekday in a past clause"),
    pytest.param(
        "On Monday, March 3, 2025, Marco Rubio and Sergei Lavrov met in Geneva. Two days later, on Thursday, "
        "Rubio and Lavrov signed a ceasefire agreement.", None, True, "met", "signed", date(2025, 3, 3),
        date(2025, 3, 6),
        id="narrative text without a publication date"),
]


@pytest.mark.parametrize("text, dct, narrative, first_word, second_word, first_day, second_day", HARDER)
def test_reasoning_contradiction_reaches_the_reasoning_stage(text, dct, narrative, first_word, second_word,
                                                            first_day, second_day):
    timeline = _build(text, dct, narrative=narrative)
    first, second = _linked_events(timeline, text, first_word, second_word)
    assert (first.date_start, second.date_start) == (first_day, second_day)
    assert _contradictions(first) and _contradictions(second)
