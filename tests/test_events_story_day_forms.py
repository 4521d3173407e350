"""More of the story day (story_day.py) and of the forms it reads, from sentences written for these tests:

- a same-day report whose lead names no date: the lead's own undated act, and the answers and sayings of others in
  its body, are of the publication date (an answer lies between the lead's day and the paper: here one day);
- a participle after a comma ("..., calling the raid a violation") is told as done with the simple-past verb before it;
- an event noun after a light verb in the simple past ("then held talks", "signed 22 agreements") goes on with the story
  like a verb;
- a verb whose object is a negative word ("agreed to nothing") tells an act not done: no event;
- a date after "<noun> first signed" is the noun's, never the date of a verb told after it."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

THURSDAY = date(2025, 3, 6)

SAME_DAY = ("Gulf states restore envoys\n\n"
            "Gulf foreign ministers voted to restore the ambassadors of Oman and Kuwait at a closed session here.\n\n"
            "Kuwait's foreign ministry welcomed the decision in a statement.\n\n"
            "In Washington, the State Department said the move was premature.\n")


def test_same_day_report_lead_act_takes_the_publication_date():
    e = the_event(events_of(SAME_DAY), None, "voted")
    assert (e.date_start, e.date_end) == (FRIDAY, FRIDAY), e.date_derivation
    assert e.date_derivation.startswith("story day: ")


def test_same_day_report_answer_of_others_takes_the_publication_date():
    e = the_event(events_of(SAME_DAY), "SUPPORT", "welcomed")
    assert (e.date_start, e.date_end) == (FRIDAY, FRIDAY), e.date_derivation


def test_next_day_report_answer_of_others_stays_a_range():
    text = ("Gulf states restore envoys\n\n"
            "Gulf foreign ministers voted on Thursday to restore the ambassadors of Oman and Kuwait.\n\n"
            "Iran's foreign ministry welcomed the decision in a statement.\n")
    e = the_event(events_of(text), "SUPPORT", "welcomed")
    assert e.date_start == THURSDAY and e.date_end == FRIDAY, e.date_derivation


PARTICIPLE = ("Peru expelled Chile's ambassador late on Thursday after Chilean police entered the Peruvian consulate "
              "in Arica.\n\nPresident Dina Boluarte announced the expulsion in a message on social media, denouncing "
              "the entry as a grave breach of international law.\n")


def test_participle_after_a_story_day_verb_takes_the_story_day():
    e = the_event(events_of(PARTICIPLE), "DISAPPROVE", "denouncing")
    assert (e.date_start, e.date_end) == (THURSDAY, THURSDAY), e.date_derivation
    assert e.date_derivation.startswith("story day: ")


def test_light_verb_noun_in_the_body_takes_the_story_day():
    text = ("Kenya and Ethiopia signed a trade agreement in Nairobi on Thursday.\n\n"
            "The two presidents then held talks at State House on the disputed border.\n")
    e = the_event(events_of(text), "CONSULT", "talks")
    assert (e.date_start, e.date_end) == (THURSDAY, THURSDAY), e.date_derivation


def test_light_verb_noun_in_the_pluperfect_takes_no_story_day():
    text = ("Kenya and Ethiopia signed a trade agreement in Nairobi on Thursday.\n\n"
            "The two presidents had held talks at State House on the disputed border.\n")
    e = the_event(events_of(text), "CONSULT", "talks")
    assert (e.date_start, e.date_end) != (THURSDAY, THURSDAY), e.date_derivation


def test_agreed_to_nothing_is_no_agreement_and_the_saying_stays():
    events = events_of("Maduro said on Thursday that Venezuela had agreed to nothing that weakened its claim.")
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]
    e = the_event(events, "STATEMENT", "said")
    assert (e.date_start, e.date_end) == (THURSDAY, THURSDAY)


def test_agreed_to_a_plan_is_still_an_agreement():
    events = events_of("Maduro said on Thursday that Venezuela had agreed to the plan.")
    assert [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]


def test_date_of_a_noun_first_signed_long_ago_dates_no_later_verb():
    text = ("Bolivia and Chile yesterday exchanged maps under a border treaty first signed more than a century ago, "
            "as Boric began his first visit to La Paz.\n")
    e = the_event(events_of(text, date(2025, 3, 8)), "CONSULT", "visit")
    assert e.date_start is not None and e.date_start.year == 2025, e.date_derivation
