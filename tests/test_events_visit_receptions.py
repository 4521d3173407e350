"""Meetings found once each: a visit and the host's greeting of the visitor are one event (the talks held during the
visit stay apart); a visit noun naming again the trip its sentence's verb told joins it; groups named by "<heads> of
<parties>" act and meet; a bare arrival with a date is a visit."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, FRIDAY


def _consults(text: str, dct: date = FRIDAY):
    return [e for e in events_of(text, dct) if e.type == "CONSULT"]


def _words(e) -> set[str]:
    return {m.trigger.lower() for m in e.mentions} | {e.trigger.lower()}


def test_a_greeting_of_the_visitor_is_the_visit_and_the_talks_stay_apart():
    events = _consults("Ruto flew to Kampala on Tuesday. Museveni greeted him at the airport, and the two men held "
                       "talks the same afternoon.")
    assert len(events) == 2, [(e.trigger, e.summary) for e in events]
    visit = next(e for e in events if "flew to" in _words(e))
    assert "greeted" in _words(visit)
    talks = next(e for e in events if e is not visit)
    assert "held talks" in _words(talks) and "greeted" not in _words(talks)


def test_a_welcome_to_a_state_visit_is_one_event():
    events = _consults("President Macron welcomed Prime Minister Modi to the Elysee Palace today for an official state "
                       "visit.")
    assert len(events) == 1, [(e.trigger, e.summary) for e in events]
    assert {"welcomed", "visit"} <= _words(events[0])


def test_a_greeting_of_someone_else_is_no_part_of_the_visit():
    # the host greets a third leader, not the one who travelled: two encounters
    events = _consults("Ruto flew to Kampala on Tuesday. Museveni greeted Kagame at the airport on Tuesday.")
    assert len(events) == 2, [(e.trigger, e.summary) for e in events]


def test_a_visit_noun_after_the_arrival_in_its_sentence_is_that_trip():
    events = _consults("Ruto announced the peace plan on Monday. His foreign minister, Musalia Mudavadi, arrived in Addis "
                       "Ababa on Tuesday and was received by Abiy, the first official Kenyan visit in a decade.")
    assert len(events) == 2, [(e.trigger, e.summary) for e in events]  # the trip, and the reception (a meeting)
    trip = next(e for e in events if "arrived in" in _words(e))
    assert "visit" in _words(trip)


def test_a_group_named_by_its_parties_meets():
    events = _consults("The foreign ministers of the Nordic countries will meet in Oslo on Thursday.",
                       date(2025, 3, 3))
    assert len(events) == 1 and events[0].status == "planned"
    assert "foreign ministers" in events[0].summary.lower()
    events = _consults("Military commanders from both sides are due to meet within five days.")
    assert len(events) == 1 and events[0].status == "planned"


def test_talks_between_the_leaders_of_two_states_are_between_those_states():
    events = _consults("The summit between the leaders of Rwanda and Kenya was held in Luanda on Thursday.")
    assert len(events) == 1
    assert {events[0].source_actor, events[0].target_actor} == {"Rwanda", "Kenya"}


def test_a_dated_arrival_is_a_visit_but_not_without_a_date_or_traveller():
    events = _consults("Macron arrived on Thursday evening and went straight to the summit venue.")
    assert len(events) == 1 and events[0].source_actor == "Emmanuel Macron"
    assert events[0].date_start == date(2025, 3, 6)
    assert _consults("The aid arrived on Thursday.") == []
    assert _consults("The moment has arrived for peace, Macron said on Monday.") == []


def test_talks_suspended_or_rejected_are_no_talks_held():
    for text, kind in (("India suspended trade talks with Canada last month.", "SANCTION"),
                       ("Iran rejected direct talks with the United States on Monday.", "REJECT")):
        events = events_of(text)
        assert [e.type for e in events] == [kind], [(e.type, e.trigger, e.summary) for e in events]
    # calling the summit off leaves the summit, cancelled; talks told apart from the refusal stay talks
    events = events_of("Moscow called off the summit with Kyiv on Monday.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["cancelled"]
    events = events_of("Iran rejected the proposal on Monday, and the talks with the United States resumed on Tuesday.")
    assert [e.type for e in events if e.type == "CONSULT"] == ["CONSULT"]


def test_a_plural_after_a_preposition_an_article_and_names_is_a_noun():
    # "of the Pacific island states": the head of the phrase, no one "states" anything
    events = events_of("Japan hosted the foreign ministers of the Pacific island states in Tokyo on Monday.")
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger) for e in events]


def test_hosting_the_visitor_in_the_visits_sentence_is_the_visit_but_a_dinner_is_apart():
    events = _consults("Macron's last state visit to China was in November 2019, when Xi hosted him in Beijing.")
    assert len(events) == 1, [(e.trigger, e.summary) for e in events]
    events = _consults("During Modi's state visit on Wednesday, Biden hosted him for a private dinner at the White House.")
    assert any("hosted" in _words(e) for e in events)
    assert not any("hosted" in _words(e) and "visit" in _words(e) for e in events)
