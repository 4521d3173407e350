"""Where the acts of an occasion happened (timeline/events/occasion_places.py) and a seat of government placing an
act in its capital (locations._seat_city): an unplaced act of a party of a placed meeting, on its day, takes its
place; a dateline city places the lead's acts; calls, other days, third parties, acts told as before or after the
meeting and strikes are not placed so."""

from __future__ import annotations

from event_helpers import events_of, the_event

SUMMIT = ("The leaders of Brazil, Argentina and Chile met in Montevideo on Tuesday for a regional summit.\n\n"
          "Lula told a news conference on Tuesday that trade would grow. Milei urged his neighbours on Tuesday to cut "
          "tariffs.")


def test_acts_of_the_parties_on_the_meeting_day_take_its_place():
    evs = events_of(SUMMIT)
    assert the_event(evs, "CONSULT", "met").location == "Montevideo"
    assert the_event(evs, "STATEMENT", "news conference").location == "Montevideo"
    assert the_event(evs, "DEMAND", "urged").location == "Montevideo"


def test_a_dateline_city_places_the_leads_acts_and_their_day():
    evs = events_of("BRASILIA — Argentina and Brazil agreed on Tuesday to build a new gas pipeline, after a day of "
                    "talks at the presidential palace.\n\nMilei told reporters that the deal was fair.")
    assert the_event(evs, "AGREE", "agreed").location == "Brasilia"
    assert the_event(evs, "STATEMENT", "told").location == "Brasilia"


def test_a_dateline_does_not_place_a_strike_told_in_the_lead():
    evs = events_of("WASHINGTON — Russia fired missiles at Kyiv on Tuesday.")
    assert the_event(evs, None, "fired").location != "Washington"


def test_a_call_on_the_meeting_day_is_not_placed_there():
    evs = events_of("The leaders of Brazil and Argentina met in Montevideo on Tuesday.\n\n"
                    "Later on Tuesday, Lula spoke by phone with Xi Jinping.")
    assert the_event(evs, "CONSULT", "spoke").location is None


def test_a_third_partys_act_on_the_meeting_day_is_not_placed_there():
    evs = events_of("The leaders of Brazil and Argentina met in Montevideo on Tuesday.\n\n"
                    "On Tuesday, Japan condemned the missile launch by North Korea.")
    assert the_event(evs, None, "condemned").location is None


def test_an_act_of_another_day_is_not_placed_there():
    evs = events_of("The leaders of Brazil and Argentina met in Montevideo on Tuesday.\n\n"
                    "On Thursday, Lula told reporters that trade would grow.")
    assert the_event(evs, "STATEMENT", "told").location is None


def test_an_act_told_as_after_the_meeting_is_not_placed_there():
    evs = events_of("Lula and Milei met in Montevideo on Tuesday. A day after the talks, Lula signed a decree "
                    "ratifying the trade deal.")
    assert the_event(evs, "CONSULT", "met").location == "Montevideo"
    assert the_event(evs, "AGREE", "deal").location is None


def test_a_strike_by_a_party_on_the_meeting_day_is_not_placed_there():
    evs = events_of("The leaders of Russia and Belarus met in Minsk on Tuesday.\n\nOn Tuesday, Russia struck Kyiv "
                    "with missiles.")
    assert the_event(evs, "ASSAULT", "struck").location != "Minsk"


def test_a_seat_of_government_places_the_act_in_the_capital():
    evs = events_of("Biden received Netanyahu in the Oval Office on Monday.\n\n"
                    "Putin held talks with Xi at the Kremlin on Tuesday.")
    assert the_event(evs, "CONSULT", "received").location == "Washington"
    assert the_event(evs, "CONSULT", "talks").location == "Moscow"


def test_a_fronted_place_sets_the_scene_of_the_sentences_acts():
    evs = events_of("In Hanoi, President Donald Trump said on Thursday that he hoped the fighting would stop.")
    assert the_event(evs, "STATEMENT", "said").location == "Hanoi"
    evs = events_of("Earlier in the day, in Kabul, Modi held talks with President Ashraf Ghani.")
    assert the_event(evs, "CONSULT", "talks").location == "Kabul"
    evs = events_of("In Amman on May 1, the foreign ministers of Jordan and Egypt sat down with Mekdad and agreed on "
                    "a set of steps.")
    assert the_event(evs, "AGREE", "agreed").location == "Amman"


def test_a_fronted_phrase_without_a_place_or_a_call_is_not_placed():
    evs = events_of("In a statement, the State Department welcomed the meeting.")
    assert the_event(evs, None, "welcomed").location is None
    evs = events_of("In Washington, Biden spoke by phone with Xi Jinping on Tuesday.")
    assert the_event(evs, "CONSULT", "spoke").location is None
