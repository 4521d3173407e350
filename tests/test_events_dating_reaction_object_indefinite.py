"""A reaction whose object points back with a definite noun ("Kobakhidze slammed the agreement") answers the occasion
the noun first named, not another thing of the kind the text brings in later with "a" ("revive an accord signed in 2001
and a trade agreement from 1998"): the answer runs from the lead's day to the publication date, not from that older
year."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 6, 6)
WEDNESDAY = date(2025, 6, 4)

LEAD = ("Armenia and Azerbaijan signed an agreement on Wednesday to restore diplomatic relations. The agreement was "
        "announced in a joint statement issued by both governments. ")


@pytest.mark.parametrize("background", [
    "They also agreed to revive a security accord signed in 2001 and a trade agreement from 1998. ",
    "Both sides vowed to honour a transit accord signed in 2004 and a fisheries agreement reached in 2006. ",
])
def test_events_reaction_to_the_lead_not_to_a_later_indefinite_one(background):
    text = LEAD + background + "\n\nIn Georgia, Prime Minister Irakli Kobakhidze slammed the agreement as a failure."
    e = the_event(events_of(text, DCT), None, "slammed")
    assert e.date_start == WEDNESDAY and e.date_end == DCT, e.date_derivation


def test_events_reaction_to_the_one_agreement_told_with_a():
    # the first telling may well be indefinite ("signed an agreement"): the reaction still answers it
    text = ("Armenia signed an agreement with Azerbaijan on Wednesday to restore relations. Turkey condemned the "
            "agreement.")
    e = the_event(events_of(text, DCT), None, "condemned")
    assert e.date_start == WEDNESDAY and e.date_end == DCT, e.date_derivation


def test_events_reaction_to_an_older_agreement_named_first_keeps_it():
    # the older agreement told first is what "the agreement" points back to: the answer is not dated to the news day
    text = ("Armenia and Azerbaijan signed a border agreement in 1998. On Wednesday the two sides met in Geneva for "
            "talks. Turkey condemned the agreement.")
    e = the_event(events_of(text, DCT), None, "condemned")
    assert e.date_start is None or e.date_start < WEDNESDAY, e.date_derivation
