"""A lone surname the gazetteer lacks, as the subject of an act (timeline/events/introduced_names.py): the person the
document named in full before ("Tomas Lindqvist ... Lindqvist urged"); never a place, a month, a word told only
alone, nor the subject of a passive."""

from __future__ import annotations

from event_helpers import events_of, the_event


def _doers(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.source_actor) for e in events_of(text)]


def test_a_surname_told_in_full_before_is_that_person():
    text = ("The accord was debated across the island on Monday. Tomas Lindqvist, who leads the Harbour Party, "
            "spoke at length in the chamber. Lindqvist later urged the unionists to return to the assembly on "
            "Tuesday.")
    ev = the_event(events_of(text), "DEMAND", "urged")
    assert ev.source_actor == "Tomas Lindqvist"


def test_a_modal_between_the_surname_and_the_verb():
    text = ("Aino Kettunen chaired the session in Oulu on Monday. Kettunen will visit Stockholm on Thursday.")
    ev = the_event(events_of(text), "CONSULT", "visit")
    assert ev.source_actor == "Aino Kettunen"


def test_a_title_before_the_name_is_not_part_of_it():
    text = ("The opening was chaired by Premier Aino Kettunen in Oulu on Monday. Kettunen criticised the plan on "
            "Tuesday.")
    ev = the_event(events_of(text), "DISAPPROVE", "criticised")
    assert ev.source_actor == "Aino Kettunen"


def test_a_word_never_told_as_the_end_of_a_longer_name_stays_no_one():
    text = "Lindqvist urged the unionists to return to the assembly on Tuesday."
    assert ("DEMAND", "Tomas Lindqvist") not in _doers(text)
    assert all(e.source_actor is None or "Lindqvist" not in e.source_actor for e in events_of(text))


def test_a_place_after_a_preposition_names_no_one():
    text = ("Talks opened in Port Moresby on Monday amid heavy rain. Moresby agreed to more talks on Tuesday.")
    assert all(e.source_actor is None or "Moresby" not in e.source_actor for e in events_of(text))


def test_the_subject_of_a_passive_is_no_doer():
    text = ("Tomas Lindqvist, who leads the Harbour Party, spoke in the chamber on Monday. Lindqvist was urged by "
            "the mayor to return to the assembly on Tuesday.")
    assert all(e.source_actor != "Tomas Lindqvist" for e in events_of(text) if e.type == "DEMAND")
