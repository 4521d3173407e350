"""A time after a saying, inside what is said of the future ("said the truce would take effect at midnight"), is the
time of what is said: it does not date the saying. A time of the saying's own clause still does."""

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 7, 29)  # a Tuesday


def test_time_of_a_future_told_does_not_date_the_saying():
    text = ("Thailand and Cambodia agreed on Monday to a ceasefire.\n\n"
            "Anwar, who chairs the bloc, said the truce would take effect at midnight.")
    e = the_event(events_of(text, DCT), "STATEMENT", "said")
    assert "midnight" not in e.date_derivation, e.date_derivation
    assert e.date_start <= date(2025, 7, 28), e.date_derivation  # (the story's day, or a range up to it)


def test_the_sayings_own_day_still_dates_it():
    e = the_event(events_of("Anwar said on Monday the truce would take effect at midnight.", DCT), "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (date(2025, 7, 28), date(2025, 7, 28)), e.date_derivation
