"""A month or a day written between a determiner and a noun ("the January eruption", "the Oct. 7 attack", "its March
2021 summit"), or before a possessive ("Sunday's attack", "last week's talks"), modifies that noun: it names which thing
is meant and dates that thing, not the verb of the clause ("held talks on reconstruction after the January eruption"
are no talks of January). The noun it modifies keeps the date, and a date with a preposition ("in March") still dates
the clause's act."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 6, 5)  # a Thursday


@pytest.mark.parametrize("text, trigger, month", [
    ("China's foreign minister held talks with the prime minister of Tonga on reconstruction after the January "
     "eruption.", "talks", 1),
    ("Blinken met Wang Yi in Beijing to discuss the February balloon incident.", "met", 2),
    ("Russia condemned the September attack on its embassy in Kabul.", "condemned", 9),
    ("Japan and South Korea signed a security pact, two years after the March 2023 summit in Tokyo.", "signed", 3),
    ("Israel and Hamas agreed to a ceasefire that ends the war set off by the Oct. 7 attack.", "agreed", 10),
])
def test_events_date_before_a_noun_does_not_date_the_verb(text, trigger, month):
    e = the_event(events_of(text, DCT), None, trigger)
    assert e.date_start is None or not (e.date_start.month == e.date_end.month == month
                                        and e.date_basis == "expression"), (e.date_start, e.date_end, e.date_derivation)


def test_events_possessive_day_names_the_noun_not_the_verb():
    e = the_event(events_of("China condemned Sunday's attack on its embassy in Kabul.", DCT), None, "condemned")
    assert e.date_basis != "expression", e.date_derivation
    assert e.date_end is None or e.date_end >= date(2025, 6, 1), e.date_derivation


@pytest.mark.parametrize("text, trigger, span", [
    ("Russia and China held talks in January.", "talks", (date(2025, 1, 1), date(2025, 1, 31))),
    ("France and Germany signed a deal on energy in March, after the summit with Italy collapsed.", "deal",
     (date(2025, 3, 1), date(2025, 3, 31))),
    ("Russia condemned the attack on its embassy in Kabul on Sunday.", "condemned", (date(2025, 6, 1), date(2025, 6, 1))),
    ("Russia condemned the September attack on its embassy on Sunday.", "condemned", (date(2025, 6, 1), date(2025, 6, 1))),
])
def test_events_date_with_a_preposition_still_dates_the_act(text, trigger, span):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end) == span, e.date_derivation


def test_events_date_before_a_noun_dates_that_noun():
    events = events_of("France and Germany signed a deal on energy, months after the March summit with Italy "
                       "collapsed.", DCT)
    e = the_event(events, None, "summit")
    assert (e.date_start, e.date_end) == (date(2025, 3, 1), date(2025, 3, 31)), e.date_derivation
