"""Dating by the context an event is told in, and what that context must not date.

- A definite noun repeating a lead event's word names the lead's occasion only when it is not the object of another
  act: "in an effort to restore the pause" talks about the lead's truce, it does not place the saying at it.
- A date after "until" that ends the state an act sets ("the ceasefire was prolonged until Sunday") is the end of that
  state, never the day of the act nor of a saying that reports it."""

from datetime import date

from event_helpers import events_of, the_event

FRIDAY = date(2024, 3, 8)
THURSDAY = date(2024, 3, 7)


def test_definite_noun_as_object_of_another_act_names_no_occasion():
    text = ("Fighting resumed in Gaza on Friday after Israel and Hamas failed to extend a seven-day pause brokered by "
            "Qatar and Egypt.\n\nQatar, which has led the mediation with Egypt, said talks were continuing with both "
            "sides in an effort to restore the pause.")
    evs = events_of(text, FRIDAY)
    fight = the_event(evs, None, "fighting")
    assert (fight.date_start, fight.date_end) == (FRIDAY, FRIDAY)
    # the Qatari statement is not told at the occasion of the lead: it keeps no date taken from "the pause"
    assert not [e for e in evs if e.source_actor == "Qatar" and "the pause" in (e.date_derivation or "")]


def test_until_date_ends_the_extension_not_the_act():
    text = ("Israel and Hamas agreed on Monday to extend their truce. The ceasefire was prolonged until Friday, "
            "Qatar said. Egypt said the truce was extended until Thursday.")
    tuesday = date(2023, 11, 28)
    for e in events_of(text, tuesday):
        # Thursday and Friday end the extension: no act here is dated to either (Thursday 11-23, Friday 11-24 before
        # the DCT, or the coming ones)
        assert not (e.date_start == e.date_end and e.date_start.weekday() in (3, 4)), (e.trigger, e.date_derivation)
    ext = the_event(events_of(text, tuesday), "AGREE", "extended")
    assert (ext.date_start, ext.date_end) == (date(2023, 11, 27), date(2023, 11, 27)), ext.date_derivation


def test_until_date_of_a_running_act_still_ends_it():
    text = "Talks between the two delegations began in Doha on Monday and went on until Wednesday."
    talks = the_event(events_of(text, FRIDAY), None, "talks")
    assert talks.date_start == date(2024, 3, 4), talks.date_derivation


def test_fronted_sitting_phrase_sets_the_acts_at_the_meeting_told_before():
    text = ("Chinese President Xi Jinping received French President Emmanuel Macron in Beijing on Thursday.\n\n"
            "At their meeting, Macron asked Xi to press Russia to end the war.")
    asked = the_event(events_of(text, FRIDAY), "DEMAND", "asked")
    assert (asked.date_start, asked.date_end) == (THURSDAY, THURSDAY), asked.date_derivation


def test_fronted_sitting_phrase_keeps_the_acts_within_a_two_day_meeting():
    text = ("Jake Sullivan met Wang Yi in Malta on Saturday and Sunday.\n\n"
            "At the conclusion of the meetings, both sides agreed to keep the channel open.")
    agreed = the_event(events_of(text, date(2024, 3, 12)), "AGREE", "agreed")
    assert (agreed.date_start, agreed.date_end) == (date(2024, 3, 9), date(2024, 3, 10)), agreed.date_derivation


def test_during_the_talks_lies_within_their_days_not_before_them():
    text = ("Jake Sullivan met Wang Yi in Bangkok on Friday and Saturday.\n\n"
            "During the talks, Sullivan raised concerns about attacks on ships in the Red Sea.")
    raised = the_event(events_of(text, date(2024, 1, 31)), None, "raised")
    assert (raised.date_start, raised.date_end) == (date(2024, 1, 26), date(2024, 1, 27)), raised.date_derivation


def test_fronted_phrase_without_a_sitting_told_before_dates_nothing():
    text = "At the meeting, Macron asked Xi to press Russia to end the war."
    asked = the_event(events_of(text, FRIDAY), "DEMAND", "asked")
    assert asked.date_start != asked.date_end, asked.date_derivation  # no day: only the tense's range


def test_when_clause_after_a_date_to_come_dates_the_planned_act():
    text = "The Saudi crown prince stays on in New Delhi for a state visit on Monday, when he is expected to hold " \
           "talks with Narendra Modi."
    talks = the_event(events_of(text, date(2023, 9, 10)), "CONSULT", "talks")
    assert talks.status == "planned"
    assert (talks.date_start, talks.date_end) == (date(2023, 9, 11), date(2023, 9, 11)), talks.date_derivation


def test_when_clause_after_a_past_date_does_not_date_a_planned_act():
    text = "The talks collapsed in January, when Iran said it would hold a referendum."
    for e in events_of(text, date(2023, 9, 10)):
        if e.status == "planned":
            assert not (e.date_start and e.date_start.month == 1 and e.date_end.month == 1), e.date_derivation


def test_bare_talks_with_a_party_take_the_meeting_held_with_that_party():
    text = ("Macron held talks with Xi Jinping in Beijing on Monday.\n\n"
            "The tour began last week: Spain took over the EU presidency on Monday of last week, and on Tuesday "
            "Macron made his first visit to Kyiv since the invasion. In talks with President Volodymyr Zelenskiy, he "
            "asked the Ukrainian leader to consider a ceasefire.")
    asked = the_event(events_of(text, date(2024, 7, 8)), "DEMAND", "asked")
    assert (asked.date_start, asked.date_end) == (date(2024, 7, 2), date(2024, 7, 2)), asked.date_derivation
