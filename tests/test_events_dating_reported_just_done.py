"""An act told in the simple past in what a dated saying reports ("a spokesman said on Tuesday that the
secretary-general urged ...") is an act of the saying's day; a "had" or a clause of its own between them keeps
it off that day."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

TUESDAY = date(2025, 3, 4)  # (the Tuesday before the helpers' publication Friday)


def test_a_simple_past_act_in_a_dated_report_takes_the_saying_day():
    text = ("In Brussels, a spokeswoman for NATO Secretary-General Mark Rutte said on Tuesday that the "
            "secretary-general urged Hungary and Turkey to lift their vetoes.")
    ev = the_event(events_of(text), "DEMAND", "urged")
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)
    assert ev.date_basis == "expression"


def test_another_reported_act_of_that_shape_takes_the_day_too():
    text = ("At the European Union, a spokesman for foreign policy chief Kaja Kallas said on Tuesday that the "
            "high representative urged Serbia and Kosovo to return to the talks.")
    ev = the_event(events_of(text), "DEMAND", "urged")
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)


def test_a_pluperfect_report_is_not_the_saying_day():
    text = ("In Brussels, a spokeswoman for NATO Secretary-General Mark Rutte said on Tuesday that the "
            "secretary-general had urged Hungary and Turkey to lift their vetoes.")
    ev = the_event(events_of(text), "DEMAND", "urged")
    assert (ev.date_start, ev.date_end) != (TUESDAY, TUESDAY)


def test_an_apposed_name_between_the_report_and_the_act_keeps_the_day():
    text = ("A NATO spokeswoman said on Tuesday that the alliance's chief, Mark Rutte, urged Hungary and Turkey to "
            "lift their vetoes.")
    ev = the_event(events_of(text), "DEMAND", "urged")
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)


def test_an_act_in_a_relative_clause_of_the_report_is_not_the_saying_day():
    text = "A NATO spokeswoman said on Tuesday that the plan, which Hungary rejected, remained on the table."
    ev = the_event(events_of(text), "REJECT", "rejected")
    assert (ev.date_start, ev.date_end) != (TUESDAY, TUESDAY)


def test_a_fronted_saying_noun_is_left_to_the_occasion_reading(monkeypatch):
    from timeline.events import extract

    real = extract._Context._reported_just_done
    calls = []

    def spy(self, c, d, tx):
        out = real(self, c, d, tx)
        calls.append((d.text, out))
        return out

    monkeypatch.setattr(extract._Context, "_reported_just_done", spy)
    events_of("In an interview with the BBC on Tuesday evening, Lavrov dismissed the report as nonsense.")
    assert ("interview", False) in calls  # (asked, and refused: the noun is an occasion, not a saying that reports)
