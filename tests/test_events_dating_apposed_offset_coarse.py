"""An offset in whole years (or months) set off after a year or a month ("the talks collapsed in 2010, a year after
the two governments signed protocols") counts back in calendar units: the signing is in 2009, a year-precision
date, not a year-wide range of days straddling two years; an offset in days from a year gives no exact date."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2022, 1, 14)


@pytest.mark.parametrize("text, trigger, first, last, precision", [
    ("The reconciliation collapsed in 2010, a year after the two governments signed protocols to reopen the border.",
     "signed", date(2009, 1, 1), date(2009, 12, 31), "year"),
    ("The blockade ended in 2021, three years after Saudi Arabia and Egypt cut ties with Qatar.",
     "cut ties", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ("The ceasefire broke down in March 2019, two months after the rebels signed a truce with the army.",
     "signed", date(2019, 1, 1), date(2019, 1, 31), "month"),
    ("The ceasefire broke down in March 2019, a year after the rebels signed a truce with the army.",
     "signed", date(2018, 3, 1), date(2018, 3, 31), "month"),
    ("Oil prices peaked in June 2015, a month before the two sides signed the accord in Vienna.",
     "signed", date(2015, 7, 1), date(2015, 7, 31), "month"),
])
def test_coarse_offset_counts_back_in_calendar_units(text, trigger, first, last, precision):
    e = the_event(events_of(text, DCT), None, trigger)
    assert (e.date_start, e.date_end, e.precision) == (first, last, precision), e.date_derivation


def test_day_offset_from_a_year_gives_no_exact_date():
    # "ten days after" a year: the year does not say which ten days
    e = the_event(events_of("The talks collapsed in 2010, ten days after the two governments signed protocols.", DCT),
                  None, "signed")
    assert e.precision != "day", e.date_derivation
    assert not (e.date_start.year == 2009 and e.date_end.year == 2009 and e.precision == "year")
