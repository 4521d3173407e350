"""Sanctions and summonses told in wire wordings: "imposed penalties on" is a sanction; "summoned the ambassadors of
Germany, France and Italy" and "the German, French and Italian ambassadors" are aimed at the first state named, the
others taking part. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2023, 10, 17)  # a Tuesday


def test_imposed_penalties_is_a_sanction_dated_by_its_month():
    events = events_of("Washington imposed its own penalties on Iranian drone makers in September.", DCT)
    assert [(e.type, e.source_actor, e.target_actor, e.date_start) for e in events] == [
        ("SANCTION", "United States", "Iran", date(2023, 9, 1))]


def test_penalties_set_by_a_law_are_no_sanction():
    assert events_of("The new law sets penalties for tax evasion from January.", DCT) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Iran summoned the ambassadors of Germany, France and Italy on Tuesday.",
        "Iran summoned the ambassadors of Germany and France on Tuesday.",
        "Iran summoned the German, French and Italian ambassadors on Tuesday.",
    ],
)
def test_summoned_envoys_of_several_states_aim_at_the_first(text):
    events = events_of(text, DCT)
    assert len(events) == 1
    assert (events[0].source_actor, events[0].target_actor) == ("Iran", "Germany")
    assert "France" in events[0].actors


@pytest.mark.parametrize(
    "second",
    [
        "The measures, agreed at a meeting in Luxembourg, freeze the assets of those listed and bar them from "
        "travelling to the bloc.",
        "The measures freeze the assets of those listed.",
        "The new sanctions target eight officials and four companies.",
    ],
)
def test_what_a_measure_does_is_no_new_act(second):
    text = "EU foreign ministers on Monday imposed sanctions on eight Iranian officials. " + second
    assert [e.type for e in events_of(text, DCT)] == ["SANCTION"]


def test_a_party_doing_it_in_the_present_still_acts():
    # near miss: the subject is the doer, not a measure
    text = "Ministers froze the assets on Monday. The ministers freeze the assets of eight officials."
    assert len([e for e in events_of(text, DCT) if e.type == "SANCTION"]) == 2

