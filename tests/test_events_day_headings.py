"""A diary or an analysis told day by day under day headings ("**Tuesday.** The envoy landed in Lima ...", "## Monday"):
an act under a heading with no date of its own is of the heading's day; a date of its own is kept; one heading alone,
or a sentence that merely opens on its weekday, is no day-by-day page."""

from __future__ import annotations

from datetime import date

from event_helpers import extracted_of, the_event

_DCT = date(2023, 10, 13)  # a Friday


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
    events = extracted_of(_DIARY, _DCT)
    for trigger, day in (("met", date(2023, 10, 9)), ("signed", date(2023, 10, 9)), ("condemned", date(2023, 10, 11)),
                         ("landed", date(2023, 10, 12)),
                         ("told", date(2023, 10, 12))):
        e = the_event(events, None, trigger, how="prefix")
        assert (e.date_start, e.date_end) == (day, day), (trigger, e.date_start, e.date_end, e.date_derivation)


def test_an_act_with_its_own_date_keeps_it_under_a_heading():
    text = _DIARY.replace("The two governments signed a migration agreement.",
                          "The two governments had signed a migration agreement in March 2021.")
    e = the_event(extracted_of(text, _DCT), None, "agreement", how="prefix")
    assert (e.date_start, e.date_end) == (date(2021, 3, 1), date(2021, 3, 31))


def test_headings_on_lines_of_their_own_date_what_follows_them():
    text = ("## Monday\n\nOlaf Scholz met President William Ruto in Nairobi.\n\n"
            "## Wednesday\n\nScholz condemned the coup in Niger.\n")
    events = extracted_of(text, _DCT)
    assert the_event(events, None, "met", how="prefix").date_start == the_event(events, None, "met", how="prefix").date_end == date(2023, 10, 9)
    assert the_event(events, None, "condemned", how="prefix").date_start == the_event(events, None, "condemned", how="prefix").date_end == date(2023, 10, 11)


def test_one_heading_alone_is_no_day_by_day_page():
    text = ("The chancellor spent the week on the road.\n\n"
            "**Monday.** Olaf Scholz flew to Nairobi.\n\n"
            "Scholz condemned the coup in Niger.\n")
    e = the_event(extracted_of(text, _DCT), None, "condemned", how="prefix")
    assert e.date_start != e.date_end  # (only its tense: within the year before)


def test_a_sentence_opening_on_its_weekday_is_no_heading():
    text = ("Monday saw Olaf Scholz in Nairobi.\n\n"
            "Wednesday brought Scholz to Lagos. Scholz condemned the coup in Niger.\n\n"
            "Scholz then visited Accra.\n")
    e = the_event(extracted_of(text, _DCT), None, "visited", how="prefix")
    assert e.date_start != date(2023, 10, 11) or e.date_end != date(2023, 10, 11)
