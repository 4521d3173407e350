"""A diary or an analysis told day by day under day headings ("**Tuesday.** The envoy landed in Lima ...", "## Monday"):
an act under a heading with no date of its own is of the heading's day; a date of its own is kept; one heading alone,
or a sentence that merely opens on its weekday, is no day-by-day page."""

from __future__ import annotations

from datetime import date

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import Document
from timeline.temporal import tag_text

_GAZETTEER = load_gazetteer()
_DCT = date(2023, 10, 13)  # a Friday


def _events(text: str, dct: date = _DCT):
    doc = Document(id="t", text=text, dct=dct, dct_source="cli")
    return extract_events(doc, tag_text(text, doc.dct), _GAZETTEER).events


def _one(events, trigger: str):
    found = [e for e in events if e.trigger.lower().startswith(trigger)]
    assert len(found) == 1, [(e.trigger, e.type) for e in events]
    return found[0]


_DIARY = (
    "The German chancellor spent the week on the road. Here is how it went.\n\n"
    "**Monday.** Olaf Scholz flew to Nairobi and met President William Ruto at State House. "
    "The two governments signed a migration agreement.\n\n"
    "**Wednesday.** In Lagos, Scholz held a press conference with President Bola Tinubu and condemned the coup in "
    "Niger.\n\n"
    "**Thursday.** Scholz landed in Accra, a month after Ghana and Germany renewed their defence pact. "
    "President Nana Akufo-Addo told reporters that Ghana welcomed the visit.\n\n"
    "The trip showed how far Berlin's ambitions in Africa now reach.\n"
)


def test_run_in_day_headings_date_the_acts_of_their_paragraph():
    events = _events(_DIARY)
    for trigger, day in (("met", date(2023, 10, 9)), ("signed", date(2023, 10, 9)), ("condemned", date(2023, 10, 11)),
                         ("landed", date(2023, 10, 12)),
                         ("told", date(2023, 10, 12))):
        e = _one(events, trigger)
        assert (e.date_start, e.date_end) == (day, day), (trigger, e.date_start, e.date_end, e.date_derivation)


def test_an_act_with_its_own_date_keeps_it_under_a_heading():
    text = _DIARY.replace("The two governments signed a migration agreement.",
                          "The two governments had signed a migration agreement in March 2021.")
    e = _one(_events(text), "agreement")
    assert (e.date_start, e.date_end) == (date(2021, 3, 1), date(2021, 3, 31))


def test_headings_on_lines_of_their_own_date_what_follows_them():
    text = ("## Monday\n\nOlaf Scholz met President William Ruto in Nairobi.\n\n"
            "## Wednesday\n\nScholz condemned the coup in Niger.\n")
    events = _events(text)
    assert _one(events, "met").date_start == _one(events, "met").date_end == date(2023, 10, 9)
    assert _one(events, "condemned").date_start == _one(events, "condemned").date_end == date(2023, 10, 11)


def test_one_heading_alone_is_no_day_by_day_page():
    text = ("The chancellor spent the week on the road.\n\n"
            "**Monday.** Olaf Scholz flew to Nairobi.\n\n"
            "Scholz condemned the coup in Niger.\n")
    e = _one(_events(text), "condemned")
    assert e.date_start != e.date_end  # (only its tense: within the year before)


def test_a_sentence_opening_on_its_weekday_is_no_heading():
    text = ("Monday saw Olaf Scholz in Nairobi.\n\n"
            "Wednesday brought Scholz to Lagos. Scholz condemned the coup in Niger.\n\n"
            "Scholz then visited Accra.\n")
    e = _one(_events(text), "visited")
    assert e.date_start != date(2023, 10, 11) or e.date_end != date(2023, 10, 11)
