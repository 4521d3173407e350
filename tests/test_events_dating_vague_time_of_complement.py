"""A vague time in an act's infinitive complement ("called on both sides to reach an agreement soon") is the
complement's, not a date of the act: it does not keep the act from the date of its sentence. A day fronted before a
saying ("On Saturday, Lavrov said Russia would hold talks") dates the saying, not the plan it tells."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2022, 1, 16)  # a Sunday
SATURDAY = date(2022, 1, 15)


def test_soon_in_the_complement_leaves_the_call_its_sentence_day():
    text = ("On Saturday, State Department spokesman Ned Price said Washington strongly supported the effort and "
            "called on both sides to reach an agreement soon.")
    e = the_event(events_of(text, DCT), "DEMAND", "called on")
    assert (e.date_start, e.date_end) == (SATURDAY, SATURDAY), e.date_derivation


def test_without_soon_the_same():
    text = ("On Saturday, State Department spokesman Ned Price said Washington strongly supported the effort and "
            "called on both sides to reach an agreement.")
    e = the_event(events_of(text, DCT), "DEMAND", "called on")
    assert (e.date_start, e.date_end) == (SATURDAY, SATURDAY), e.date_derivation


@pytest.mark.parametrize("text", [
    "On Saturday, Foreign Minister Sergei Lavrov said Russia would soon hold talks with Turkey.",
    "On Saturday, Foreign Minister Sergei Lavrov said Russia would hold talks with Turkey.",
])
def test_a_fronted_day_of_the_saying_does_not_date_the_plan_it_tells(text):
    # the talks are a plan told on Saturday: still to come after the publication date, not held on Saturday
    evs = [x for x in events_of(text, DCT) if x.type == "CONSULT"]
    assert evs and all(x.status == "planned" for x in evs)
    assert all(x.date_start >= DCT for x in evs), [x.date_derivation for x in evs]


def test_a_fronted_day_still_dates_the_saying():
    text = "On Saturday, Foreign Minister Sergei Lavrov said that Russia planned to hold talks with Turkey."
    e = the_event(events_of(text, DCT), "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (SATURDAY, SATURDAY), e.date_derivation
