"""An answer (a reaction or a saying in the simple past) told in a sentence that opens on a subject pronoun or a pair
word ("It condemned ...", "Both welcomed ...", "The two leaders praised ...") goes on with those the sentence just
before named, on the day it tells. Not an answer by a party named anew, not one told as later, not across a paragraph."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

SATURDAY = date(2024, 3, 9)


@pytest.mark.parametrize("text, trigger, day", [
    ("The UN Security Council held an emergency session in New York on Monday after the strike. It condemned the "
     "attack on the embassy.", "condemned", date(2024, 3, 4)),
    ("Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Wednesday for talks with Sergei Lavrov. He "
     "criticised Washington's sanctions on Tehran.", "criticised", date(2024, 3, 6)),
    ("Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Wednesday for talks with Sergei Lavrov. But he "
     "criticised Washington's sanctions on Tehran.", "criticised", date(2024, 3, 6)),
    ("Leaders of France and Germany signed a defence pact in Paris on Friday. Both welcomed the deal as a new start.",
     "welcomed", date(2024, 3, 8)),
    ("Leaders of France and Germany signed a defence pact in Paris on Friday. The two leaders praised the agreement.",
     "praised", date(2024, 3, 8)),
])
def test_pronoun_answer_takes_the_day_just_told(text, trigger, day):
    e = the_event(events_of(text, SATURDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    ("Iranian Foreign Minister Abbas Araghchi arrived in Moscow on Wednesday for talks with Sergei Lavrov. Poland "
     "criticised Washington's sanctions on Tehran.", "criticised"),
    ("The UN Security Council held an emergency session in New York on Monday after the strike. It later condemned "
     "the attack on the embassy.", "condemned"),
    ("The UN Security Council held an emergency session in New York on Monday after the strike.\n\nIt condemned the "
     "attack on the embassy.", "condemned"),
])
def test_pronoun_answer_not_for_a_new_party_a_later_one_or_across_a_paragraph(text, trigger):
    # the text gives the answer no day of its own: not the day of the session or the visit
    e = the_event(events_of(text, SATURDAY), None, trigger)
    assert e.date_start != e.date_end and e.date_end == SATURDAY, e.date_derivation
