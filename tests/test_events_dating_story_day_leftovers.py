"""Acts of a news report's body that the tense alone used to date (story_day.py, readings.py, reactions.py, triggers.py):
a "had" in what a later saying reports is no cue of background for the act before it; a time that only tells which
thing a participle describes ("the peace won in 1998", "an accord signed in 2001") does not move the story; a reaction
to "any violation" answers the news, not an earlier event of that name; ", and urged" goes on with the reaction before
it; "held talks with" is told as done; a reaction in a lead that names no day, when the next sentences date the news,
lies between that day and the paper; a party to the lead telling reporters in the next paragraph speaks on the
lead's day; an act after "by" ("responded by calling for calm") is told as done with the past verb before it."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

MONDAY = date(2025, 3, 3)
THURSDAY = date(2025, 3, 6)
SATURDAY = date(2025, 3, 8)

VISIT = ("Macron in Warsaw\n\nFrench President Emmanuel Macron flew to Warsaw for talks with Prime Minister Donald "
         "Tusk.\n\n")


def test_had_of_a_later_saying_is_no_background_for_the_act_before_it():
    events = events_of(VISIT + "Tusk thanked the French people, saying the two men had discussed air defence.\n", MONDAY)
    thanked = the_event(events, None, "thanked")
    assert (thanked.date_start, thanked.date_end) == (MONDAY, MONDAY)
    assert "date_from_story_day" in thanked.flags and thanked.confidence <= 0.5


def test_had_in_what_the_act_itself_reports_keeps_the_cue():
    events = events_of(VISIT + "Tusk told reporters that the two men had discussed air defence.\n", MONDAY)
    told = the_event(events, "STATEMENT", "told")
    assert "date_from_story_day" not in told.flags


def test_time_of_a_participle_does_not_move_the_story():
    events = events_of("Britain and EU seal trade deal\n\nBritain and the European Union sealed a new trade deal on "
                       "Monday.\n\nIn Washington, President Joe Biden issued a statement calling it a step to preserve "
                       "the peace won in 1998.\n", MONDAY)
    statement = the_event(events, None, "statement")
    assert (statement.date_start, statement.date_end) == (MONDAY, MONDAY)
    assert "story day" in statement.date_derivation


def test_time_of_a_thing_after_from_does_not_move_the_story():
    events = events_of("Britain and EU seal trade deal\n\nBritain and the European Union sealed a new trade deal on "
                       "Monday.\n\nIn Washington, President Joe Biden issued a statement calling it a step to protect "
                       "the peace agreement from 1998.\n", MONDAY)
    statement = the_event(events, None, "statement")
    assert (statement.date_start, statement.date_end) == (MONDAY, MONDAY)


def test_subject_time_still_moves_the_story_back():
    events = events_of("Britain and EU seal trade deal\n\nBritain and the European Union sealed a new trade deal on "
                       "Monday.\n\nThe negotiators started in 2019. In Washington, President Joe Biden issued a "
                       "statement.\n", MONDAY)
    statement = the_event(events, None, "statement")
    assert "date_from_story_day" not in statement.flags


def test_reaction_to_any_violation_answers_the_news():
    events = events_of("Norway expels Russian diplomats\n\nNorway expelled three Russian diplomats late on Thursday, "
                       "calling their spying a violation of Norwegian law.\n\nIn Brussels, the European Union condemned "
                       "any violation of diplomatic rules, and urged both countries to keep talking.\n", SATURDAY)
    condemned = the_event(events, "DISAPPROVE", "condemned")
    assert (condemned.date_start, condemned.date_end) == (THURSDAY, SATURDAY)
    assert "answers the news" in condemned.date_derivation
    urged = the_event(events, "DEMAND", "urged")
    assert (urged.date_start, urged.date_end) == (THURSDAY, SATURDAY)


def test_reaction_joined_by_a_comma_and_takes_the_reaction_range():
    events = events_of("Norway expels Russian diplomats\n\nNorway expelled three Russian diplomats late on Thursday.\n\n"
                       "In Brussels, the European Union condemned the expulsions in a statement, and urged Moscow to "
                       "respect the Vienna Convention.\n", SATURDAY)
    urged = the_event(events, "DEMAND", "urged")
    assert (urged.date_start, urged.date_end) == (THURSDAY, SATURDAY)


def test_comma_and_with_a_subject_of_its_own_is_no_joined_reaction():
    events = events_of("Norway expels Russian diplomats\n\nNorway expelled three Russian diplomats late on Thursday.\n\n"
                       "In Brussels, the European Union condemned the expulsions, and Britain urged Moscow to respect "
                       "the Vienna Convention in 2019.\n", SATURDAY)
    urged = the_event(events, "DEMAND", "urged")
    assert urged.date_start.year == 2019


def test_held_talks_with_is_told_as_done():
    events = events_of("Modi in Tokyo\n\nIndian Prime Minister Narendra Modi arrived in Tokyo on Thursday.\n\n"
                       "Modi held talks with Japanese Prime Minister Fumio Kishida at his office.\n")
    talks = the_event(events, "CONSULT", "talks")
    assert "present tense" not in talks.date_derivation
    assert talks.date_end <= FRIDAY and talks.date_start >= THURSDAY - (FRIDAY - THURSDAY)


def test_lead_reaction_with_no_day_runs_from_the_news_day_the_body_gives():
    wednesday = date(2025, 3, 5)
    tuesday = date(2025, 3, 4)
    events = events_of("West condemns annexation\n\nWestern governments condemned the annexation of the island as a "
                       "breach of international law, while local leaders warned that the crisis had entered a new "
                       "phase.\n\nThe president signed a treaty in the capital on Tuesday making the island part of "
                       "his country.\n", wednesday)
    condemned = the_event(events, "DISAPPROVE", "condemned")
    assert (condemned.date_start, condemned.date_end) == (tuesday, wednesday)


PERU = "Peru expels Bolivian envoy\n\nPeru expelled the Bolivian ambassador late on Friday after a dispute over border patrols.\n\n"


def test_party_telling_reporters_in_the_next_paragraph_takes_the_lead_day():
    events = events_of(PERU + "Peruvian Foreign Minister Javier Gonzalez-Olaechea told reporters that Bolivia had left "
                              "Lima no choice.\n", SATURDAY)
    told = the_event(events, "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (FRIDAY, FRIDAY)
    assert "a saying of a party to the lead sentence" in told.date_derivation


def test_others_telling_reporters_keep_the_range_to_the_paper():
    events = events_of(PERU + "Chilean President Gabriel Boric told reporters that the dispute worried his government.\n",
                       SATURDAY)
    told = the_event(events, "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (FRIDAY, SATURDAY)


SAME_DAY = "Norway expels Russian diplomats\n\nNorway expelled three Russian diplomats on Friday after a spy was arrested.\n\n"


def test_act_after_by_of_a_past_verb_is_told_as_done_with_it():
    events = events_of(SAME_DAY + "Beijing responded by calling for calm.\n")
    calling = the_event(events, "DEMAND", "calling")
    assert (calling.date_start, calling.date_end) == (FRIDAY, FRIDAY)
    assert "story day" in calling.date_derivation


def test_act_after_by_of_a_present_perfect_keeps_its_range():
    events = events_of(SAME_DAY + "Beijing has responded by calling for calm.\n")
    calling = the_event(events, "DEMAND", "calling")
    assert "story day" not in calling.date_derivation
