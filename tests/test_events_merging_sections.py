"""A page of dated items (readouts, press releases under a date line each) tells in each item its own events: two
mentions under different date lines are never one event, unless a definite noun dated by its own words names the
other item's event ("the March call" in a later readout). And "met virtually/remotely/online with" is a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import Document
from timeline.temporal import tag_text

_GAZETTEER = load_gazetteer()


def _events(text: str, dct: date):
    doc = Document(id="t", text=text, dct=dct, dct_source="cli")
    return extract_events(doc, tag_text(text, doc.dct), _GAZETTEER).events


def _page(items: list[tuple[str, str, str]]) -> str:
    """A readout page: an introduction, then per item a title line, its date line and its prose."""
    parts = ["Readouts of the ministry's contacts this spring, newest first, each under the day it was issued."]
    for title, day, prose in items:
        parts += [title, day, prose]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("first, second, day1, day2", [
    ("President Joe Biden met virtually last night with President Xi Jinping. National Security Advisor Jake Sullivan "
     "said today that the two leaders had agreed that their teams would begin talks.",
     "The United States and China today released a joint declaration. The two countries agreed to establish a "
     "working group on climate action in the 2020s.", date(2024, 5, 13), date(2024, 4, 9)),
    ("Prime Minister Narendra Modi met virtually last night with President Vladimir Putin. A Kremlin spokesman said "
     "today that the two leaders had agreed that their ministers would meet soon.",
     "India and Russia today released a joint statement. The two countries agreed to double their trade in the "
     "2020s.", date(2024, 5, 13), date(2024, 4, 9)),
])
def test_merging_keeps_dated_sections_apart(first, second, day1, day2):
    """An agreement told in the May readout and one in the April readout are two, each from its own readout's day
    on (the April one may be dated by a wider expression of its own, never back into the May readout)."""
    text = _page([("Readout of the May meeting", "May 14, 2024", first),
                  ("Readout of the April meeting", "April 9, 2024", second)])
    agreements = sorted((e for e in _events(text, date(2024, 5, 17)) if e.type == "AGREE"), key=lambda e: -e.start)
    assert len(agreements) == 2
    assert [len(e.mentions) for e in agreements] == [1, 1]
    assert [e.date_start for e in agreements] == [day2, day1]


def test_merging_joins_a_dated_back_reference_across_sections():
    text = _page([("Readout of the meeting in Vienna", "April 22, 2024",
                   "Foreign Minister Sergei Lavrov met today in Vienna with Foreign Minister Subrahmanyam Jaishankar, "
                   "in a follow-up to the March call between the two leaders."),
                  ("Readout of the call", "March 12, 2024",
                   "Prime Minister Narendra Modi spoke by phone today with President Vladimir Putin. The call lasted "
                   "an hour.")])
    calls = [e for e in _events(text, date(2024, 5, 17)) if e.type == "CONSULT" and e.mode == "phone"]
    assert len(calls) == 1
    assert (calls[0].date_start, calls[0].date_end) == (date(2024, 3, 12), date(2024, 3, 12))
    assert any(text[m.start:m.end] == "call" and m.start < text.index("March 12, 2024") for m in calls[0].mentions)


@pytest.mark.parametrize("sentence, day", [
    ("President Biden met virtually last night with President Xi Jinping of China.", date(2024, 5, 16)),
    ("Chancellor Olaf Scholz met remotely on Tuesday with Prime Minister Fumio Kishida.", date(2024, 5, 14)),
    ("President Emmanuel Macron met online with President Volodymyr Zelenskiy on Monday.", date(2024, 5, 13)),
])
def test_merging_met_virtually_is_a_meeting(sentence, day):
    found = [e for e in _events(sentence, date(2024, 5, 17)) if e.type == "CONSULT" and e.trigger.startswith("met")]
    assert len(found) == 1
    assert (found[0].date_start, found[0].date_end, found[0].status) == (day, day, "occurred")
    assert found[0].source_actor is not None and found[0].target_actor is not None
