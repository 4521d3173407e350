"""A year written before a name and a noun ("the 1995 Srebrenica massacre", "the 2015 Algiers peace agreement") is the
noun's: it dates neither the verb before it nor an act after the noun phrase; a fronted occasion keeps its year."""

from datetime import date

from event_helpers import events_of, the_event


def test_year_of_a_named_massacre_does_not_date_the_adoption():
    text = ("Serbia recalled its ambassador on Friday, a week after Montenegro adopted a resolution condemning the 1995 "
            "Srebrenica massacre.")
    e = the_event(events_of(text, date(2024, 3, 8)), None, "adopted")
    assert (e.date_start, e.date_end) == (date(2024, 3, 1), date(2024, 3, 1)), e.date_derivation


def test_year_of_a_named_agreement_dates_neither_act_around_it():
    text = "Mali declared the end of the 2015 Algiers peace agreement on Thursday, accusing Algeria of hostile acts."
    evs = events_of(text, date(2024, 8, 24))
    for trigger in ("declared", "accusing"):
        e = the_event(evs, None, trigger)
        assert (e.date_start, e.date_end) == (date(2024, 8, 22), date(2024, 8, 22)), e.date_derivation


def test_fronted_occasion_keeps_its_year():
    e = the_event(events_of("In the 1995 Dayton talks, the sides agreed to a peace plan.", date(2024, 3, 8)), None,
                  "agreed")
    assert e.date_start.year == e.date_end.year == 1995, e.date_derivation
