"""A definite meeting noun in a phrase that opens a sentence ("Speaking after the meeting, ...", "At a news conference
after the talks, ...") names the sitting told before, also with another word for it ("held talks ... Speaking after
the meeting"): the main clause is dated on that sitting's day, and the "after" is counted from that sitting."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

MONDAY = date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("The chancellor landed in Rome on Thursday morning and held talks with Giorgia Meloni at the Palazzo Chigi that "
     "afternoon. Speaking after the meeting, Olaf Scholz told reporters that Europe would answer the tariffs, the line "
     "he first took in a speech last month.", "told", date(2025, 3, 6)),
    ("The two foreign ministers held talks in Geneva on Wednesday. Sergei Lavrov later met the Swiss president on "
     "Thursday. At a news conference after the talks, Antony Blinken said the sanctions would stay in place.",
     "said", date(2025, 3, 5)),
    ("Emmanuel Macron met Keir Starmer in London on Saturday. At a joint news conference after the meeting, Macron "
     "criticised the new tariffs, which take effect in April.", "criticised", date(2025, 3, 8)),
])
def test_dating_sitting_named_after_opening_phrase(text, trigger, day):
    e = the_event(events_of(text, MONDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


def test_dating_sitting_named_not_a_phone_call():
    # a call by phone is no sitting: "the meeting" after it is not that call
    text = ("Olaf Scholz spoke by phone with Emmanuel Macron on Wednesday. Speaking after the meeting, Scholz told "
            "reporters that Europe would answer the tariffs, the line he first took in a speech last month.")
    e = the_event(events_of(text, MONDAY), None, "told")
    # after the call ("after the meeting" names no sitting of it): from Wednesday to the publication date
    assert (e.date_start, e.date_end) == (date(2025, 3, 5), MONDAY), e.date_derivation
