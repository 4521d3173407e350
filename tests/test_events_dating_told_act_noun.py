"""An offset that counts from a definite noun naming a kind of act told before, though the noun is no trigger and the
text never used it ("The day after the massacre", "two days after the bombing", "a week after the vote"), counts from
the last earlier act of that kind: an act of violence for violence nouns, a vote for vote nouns. With no such act told,
the offset dates nothing (no guess: the act keeps its tense range). Publication date: Wednesday 2025-04-30."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

WEDNESDAY = date(2025, 4, 30)


@pytest.mark.parametrize("text, trigger, day", [
    ("Militants killed 26 tourists in Pahalgam on April 22. The day after the massacre, New Delhi suspended the water "
     "treaty with Pakistan.", "suspended", date(2025, 4, 23)),
    ("Israeli jets struck Beirut on Sunday. The day after the raid, Lebanon recalled its envoy from Cairo.",
     "recalled", date(2025, 4, 28)),
    ("Troops opened fire on protesters in Conakry on April 14. A day after the killings, the African Union suspended "
     "Guinea.", "suspended", date(2025, 4, 15)),
    ("Gunmen ambushed an army patrol near Gao on April 10. Two days after the shooting, Mali expelled the French "
     "ambassador.", "expelled", date(2025, 4, 12)),
    # a later act of another kind between them is not what the noun names
    ("Gunmen killed nine soldiers near Gao on April 10. Mali met Niger's envoy on April 11. Two days after the "
     "massacre, Mali expelled the French ambassador.", "expelled", date(2025, 4, 12)),
])
def test_events_dating_offset_from_violence_noun(text, trigger, day):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger, day", [
    ("Parliament voted on April 2 to approve the treaty. A week after the vote, Hungary ratified it.", "ratified",
     date(2025, 4, 9)),
    ("Lawmakers voted on April 8 to impose sanctions on Russia. Two days after the ballot, Moscow expelled the "
     "American ambassador.", "expelled", date(2025, 4, 10)),
])
def test_events_dating_offset_from_vote_noun(text, trigger, day):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (day, day), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # nothing of that kind told: no anchor, the tense range stays
    ("The day after the massacre, India suspended the water treaty with Pakistan.", "suspended"),
    ("Russia and Ukraine signed a prisoner swap deal on April 3. Two days after the bombing, Poland expelled the "
     "Belarusian ambassador.", "expelled"),
])
def test_events_dating_offset_from_noun_with_no_such_act_told(text, trigger):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert e.date_basis == "tense" and e.date_end == WEDNESDAY and e.date_start < date(2025, 4, 1), e.date_derivation


@pytest.mark.parametrize("text, trigger, first, last", [
    # a lapse with no number ("hours after", "days after") from such a noun: the same day, or one to nine days after
    ("Militants killed 26 tourists in Pahalgam on April 22. Hours after the massacre, India suspended the water treaty "
     "with Pakistan.", "suspended", date(2025, 4, 22), date(2025, 4, 22)),
    ("Militants killed 26 tourists in Pahalgam on April 22. Days after the massacre, India suspended the water treaty "
     "with Pakistan.", "suspended", date(2025, 4, 23), date(2025, 4, 30)),
    ("Lawmakers voted on April 8 to impose sanctions on Russia. Days after the vote, Moscow expelled the American "
     "ambassador.", "expelled", date(2025, 4, 9), date(2025, 4, 17)),
])
def test_events_dating_lapse_from_noun_of_told_act(text, trigger, first, last):
    e = the_event(events_of(text, WEDNESDAY), None, trigger)
    assert (e.date_start, e.date_end) == (first, last), e.date_derivation
