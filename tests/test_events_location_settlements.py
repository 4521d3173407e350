"""A place named as "the <kind of place> of <Name>" ("in the Saudi city of Jeddah", "at the border village of
Panmunjom", "visited the town of Bucha", "captured the town of Marsa") places the act at the name (cues.yaml ``settlement_nouns``)."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_city_of_after_in_places_the_meeting():
    ev = the_event(events_of("Ukrainian and American officials met in the Saudi city of Jeddah on Tuesday."),
                   None, "met")
    assert ev.location == "Jeddah"


def test_village_of_after_at_places_the_meeting():
    ev = the_event(events_of("Kim met the South Korean president at the border village of Panmunjom on Sunday."),
                   None, "met")
    assert ev.location == "Panmunjom"


def test_unknown_town_is_taken_by_its_name():
    ev = the_event(events_of("Somali and Kenyan officials met in the town of Dhobley on Thursday."),
                   None, "met")
    assert ev.location == "Dhobley"


def test_visit_to_the_exclave_of():
    ev = the_event(events_of("Turkish President Recep Tayyip Erdogan flew to the Azerbaijani exclave of Nakhchivan "
                             "on Monday to meet Aliyev."), None, "flew")
    assert ev.location == "Nakhchivan"


def test_a_topic_is_no_place():
    ev = the_event(events_of("The French and German ministers discussed the city of Jerusalem on Friday."),
                   None, "discussed")
    assert ev.location is None


def test_city_of_without_a_name_is_no_place():
    ev = the_event(events_of("Ukrainian and American officials met in the city of their choice on Tuesday."),
                   None, "met")
    assert ev.location is None


def test_captured_town_of_is_where_the_fighting_was():
    ev = the_event(events_of("Rebel fighters captured the town of Marsa on Sunday."), None, "captured")
    assert ev.location == "Marsa"


def test_entered_city_of_is_where_the_troops_went():
    ev = the_event(events_of("Government troops entered the city of Dorval on Sunday."), None, "entered")
    assert ev.location == "Dorval"
