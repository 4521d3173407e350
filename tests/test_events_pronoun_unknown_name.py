"""A "he" after a name the gazetteer lacks, told as the subject of a verb in its sentence, stands for that name,
not for the last person the gazetteer knows."""

from __future__ import annotations

from event_helpers import events_of


def test_he_after_an_unknown_subject_is_not_the_last_known_person():
    text = ("President Joe Biden announced the swap. The ministry confirmed that Kowalski had been handed over and "
            "said he was flying to Moscow.")
    flights = [e for e in events_of(text) if e.trigger.lower().startswith("flying")]
    assert all(e.source_actor != "Joe Biden" for e in flights), [(e.trigger, e.source_actor) for e in flights]


def test_he_still_stands_for_the_known_person_when_no_other_name_comes_between():
    text = "President Joe Biden arrived in Paris. Aides said he would meet Emmanuel Macron on Friday."
    meets = [e for e in events_of(text) if e.trigger.lower() == "meet"]
    assert [e.source_actor for e in meets] == ["Joe Biden"], [(e.trigger, e.source_actor) for e in meets]
