"""Whom an attack, a seizure, a sanction or a concession is done to when its object names no one: the side its doer
last dealt with, told just before ("India and Pakistan exchanged fire ... Indian jets bombed a camp": Pakistan); and the
other side of a meeting named after "with" once its date, place and a short aside are past. Short texts in our own
words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _pair(text: str, type_: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), type_, trigger, how="prefix")
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("India and Pakistan exchanged fire across the border on Monday. On Tuesday, Indian jets bombed a camp near "
         "the frontier.", "ASSAULT", "bombed", "India", "Pakistan"),
        ("Russia and Ukraine agreed a truce on Monday. On Tuesday Moscow shelled a village near the front.",
         "ASSAULT", "shelled", "Russia", "Ukraine"),
        # the doer was the one acted upon before: the one who acted on it
        ("Armenia accused Azerbaijan of an attack on Monday. On Tuesday, Azerbaijani troops seized two hills near the "
         "border.", "COERCE", "seized", "Azerbaijan", "Armenia"),
        ("Venezuela met US envoys on Monday. Caracas freed six detainees on Tuesday.",
         "CONCEDE", "freed", "Venezuela", "United States"),
    ],
)
def test_events_material_act_without_object_is_done_to_the_last_counterpart(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # no one dealt with before
        ("Germany expelled two diplomats on Monday.", "SANCTION", "expelled"),
        # the last act told is four sentences back: too far
        ("India and Pakistan exchanged fire on Monday. The monsoon came early. Markets fell. Trains were late. "
         "On Friday, Indian jets bombed a camp near the frontier.", "ASSAULT", "bombed"),
    ],
)
def test_events_material_act_with_no_counterpart_has_no_target(text, type_, trigger):
    assert _pair(text, type_, trigger)[1] is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Lavrov held three hours of talks on Monday, including a working dinner, with Foreign Minister Wang Yi.",
         "Sergey Lavrov", "Wang Yi"),
        ("Macron held talks in Paris on Monday with Chancellor Olaf Scholz.", "Emmanuel Macron", "Olaf Scholz"),
    ],
)
def test_events_meeting_party_after_date_place_and_aside(text, source, target):
    assert _pair(text, "CONSULT", "held") == (source, target)


def test_events_with_after_a_lone_comma_is_an_aside_not_a_party():
    text = "Scholz held talks in Paris on Friday, with Trump looking on."
    event = the_event(events_of(text), "CONSULT", "held", how="prefix")
    assert (event.source_actor, event.target_actor) == ("Olaf Scholz", None)


def test_events_acts_told_in_general_take_no_counterpart():
    # "expelling as many of their diplomats as they had expelled": others' acts, in general, not one done to Poland
    text = ("Russia expelled two Polish diplomats on Monday. Lavrov said Moscow would answer every country in kind, "
            "expelling as many of their diplomats as they had expelled.")
    later = [e for e in events_of(text) if e.type == "SANCTION" and e.start > text.index("Lavrov")]
    assert later and all(e.target_actor is None for e in later), [(e.trigger, e.target_actor) for e in later]
