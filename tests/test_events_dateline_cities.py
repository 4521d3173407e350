"""A wire dateline that names a city the gazetteer knows as a listed place, not a capital ("SOCHI —", "HIROSHIMA,
Japan -"), or a town followed by its state ("BLED, Slovenia —"), places the lead's acts as a capital's dateline does
(merging._dateline_city); capitals that name no place ("BREAKING —") and a town with no state after it do not."""

from __future__ import annotations

from event_helpers import events_of, the_event


def test_a_listed_city_in_capitals_places_the_leads_acts():
    evs = events_of("SOCHI — Turkey and Russia agreed on Tuesday to extend the grain corridor, after talks between "
                    "Erdogan and Putin.")
    ev = the_event(evs, "AGREE", "agreed")
    assert ev.location == "Sochi"


def test_a_listed_city_with_its_state_after_a_comma():
    evs = events_of("WUHAN, China - Modi and Xi agreed on Saturday to open a new border trading post.")
    assert the_event(evs, "AGREE", "agreed").location == "Wuhan"


def test_a_town_followed_by_a_known_state_places_the_leads_acts():
    evs = events_of("BLED, Slovenia — Croatia and Slovenia signed an agreement on Monday on their sea border.")
    assert the_event(evs, "AGREE", "agreement").location == "Bled"


def test_capitals_that_name_no_known_place_place_nothing():
    evs = events_of("BREAKING — Croatia and Slovenia signed an agreement on Monday on their sea border.")
    assert the_event(evs, "AGREE", "agreement").location is None
    evs = events_of("BLED — Croatia and Slovenia signed an agreement on Monday on their sea border.")
    assert the_event(evs, "AGREE", "agreement").location is None


def test_a_dated_dateline_after_a_headline_places_the_leads_acts():
    evs = events_of("Croatia and Slovenia settle sea border\n\nZAGREB, March 3, 2021 — Croatia and Slovenia agreed on "
                    "Monday to settle their sea border.\n\nLater paragraphs follow.")
    assert the_event(evs, "AGREE", "agreed").location == "Zagreb"


def test_a_headline_does_not_stretch_the_lead_past_the_datelines_paragraph():
    evs = events_of("Croatia and Slovenia settle sea border\n\nZAGREB, March 3, 2021 — Croatia and Slovenia agreed on "
                    "Monday to settle their sea border.\n\nOn Friday, Croatia accused Serbia of stalling.")
    assert the_event(evs, None, "accused").location is None
