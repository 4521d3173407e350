"""What a page's layout and a date to come say about an event.

- Under a date line of its own (a readout page), an act told in the simple past with no date of its own is of the
  date line's day; in a live page's entry under a clock time ("**10:35 CET** --"), of the day it was posted.
- "The minister flies to Tokyo on Tuesday" in a Friday paper: a present-tense act with a date after publication is
  planned, not occurred; an act told in the past keeps its status.
- "releasing treated water" is no concession.
- "The talks opened on Monday" after "four days of talks": one event; '"...," Kirby told reporters' right after Kirby's
  criticism: the words of that criticism, not a statement of its own."""

from __future__ import annotations

from datetime import date

from event_helpers import extracted_of, the_event


_READOUTS = (
    "Statements of the foreign ministry, newest first.\n\n"
    "Joint Statement of Spain and Morocco\n\nMarch 14, 2024\n\n"
    "The two ministers condemned the attacks on shipping in the Red Sea and endorsed a new plan for the border.\n\n"
    "Readout of the Minister's Call\n\nMarch 11, 2024\n\n"
    "The Spanish foreign minister criticised the decision of the Algerian government.\n"
)


def test_readout_section_dates_its_simple_past_acts():
    events = extracted_of(_READOUTS, date(2024, 3, 15))
    condemned = the_event(events, None, "condemned", how="prefix")
    assert (condemned.date_start, condemned.date_end) == (date(2024, 3, 14), date(2024, 3, 14))
    criticised = the_event(events, None, "criticised", how="prefix")
    assert (criticised.date_start, criticised.date_end) == (date(2024, 3, 11), date(2024, 3, 11))


def test_section_keeps_a_date_of_its_own():
    text = _READOUTS.replace("criticised the decision", "criticised in 2019 the decision")
    criticised = the_event(extracted_of(text, date(2024, 3, 15)), None, "criticised", how="prefix")
    assert criticised.date_start == date(2019, 1, 1)


_LIVE = (
    "Leaders gather in Rome for the summit.\n\n"
    "**09:40 CET** -- Good morning from Rome, where the summit opens today.\n\n"
    "**10:35 CET** -- Opening the session, Meloni thanked the leaders and Macron criticised the plan.\n\n"
    "**11:20 CET** -- The Japanese prime minister met Meloni on the sidelines.\n"
)


def test_live_entries_date_their_simple_past_acts_to_the_publication_day():
    events = extracted_of(_LIVE, date(2023, 9, 9))
    for trigger in ("criticised", "met"):
        e = the_event(events, None, trigger, how="prefix")
        assert (e.date_start, e.date_end) == (date(2023, 9, 9), date(2023, 9, 9)), (trigger, e.date_derivation)


def test_one_clock_time_is_no_live_page():
    text = "Leaders gather in Rome.\n\n**10:35 CET** -- Macron criticised the plan.\n"
    e = the_event(extracted_of(text, date(2023, 9, 9)), None, "criticised", how="prefix")
    assert e.date_start != e.date_end  # (only the tense: within the year before)


def test_present_tense_act_with_a_later_date_is_planned():
    text = "The foreign minister flies to Tokyo on Tuesday for talks with his Japanese counterpart.\n"
    events = extracted_of(text, date(2023, 9, 8))  # a Friday
    assert events and all(e.status == "planned" for e in events), [(e.trigger, e.status) for e in events]
    assert any(e.date_start == date(2023, 9, 12) for e in events)


def test_past_tense_act_keeps_its_status():
    text = "Macron visited Beijing on Thursday.\n"
    e = the_event(extracted_of(text, date(2023, 9, 8)), None, "visited", how="prefix")
    assert e.status == "occurred" and e.date_start == date(2023, 9, 7)


def test_releasing_a_substance_is_no_concession():
    text = ("Japan began releasing treated water from the plant into the sea on Thursday.\n\n"
            "Hamas released seven hostages on Monday.\n")
    events = extracted_of(text, date(2023, 9, 8))
    assert [e.trigger for e in events if e.type == "CONCEDE"] == ["released"]


def test_bare_definite_back_reference_joins_the_talks_told_before():
    text = ("Brazil and Argentina agreed on Friday to restore full diplomatic ties after four days of secret talks "
            "hosted by Uruguay in Montevideo.\n\nThe agreement was signed by the two foreign ministers.\n\n"
            "The talks opened on Monday and were kept out of public view until the signing.\n")
    consults = [e for e in extracted_of(text, date(2023, 3, 10)) if e.type == "CONSULT"]
    assert len(consults) == 1, [(e.trigger, e.date_start) for e in consults]
    assert consults[0].date_start == date(2023, 3, 6)


_PRESS = ("John Kirby, the spokesman for the National Security Council, criticised remarks the Brazilian president made "
          "on Monday. {quote} Kirby told reporters, adding that Lula had not engaged with the facts.\n")


def test_quoted_words_to_the_press_after_the_speakers_act_are_that_act():
    text = _PRESS.format(quote='"It\'s deeply problematic how Brazil has approached this issue,"')
    events = extracted_of(text, date(2023, 4, 18))
    assert [e.type for e in events if e.source_actor == "John Kirby"] == ["DISAPPROVE"], \
        [(e.trigger, e.type, e.source_actor) for e in events]


def test_a_telling_to_the_press_in_a_new_paragraph_stays_a_statement():
    text = _PRESS.format(quote='\n\n"We will look at the facts,"')
    types = sorted(e.type for e in extracted_of(text, date(2023, 4, 18)) if e.source_actor == "John Kirby")
    assert types == ["DISAPPROVE", "STATEMENT"]
