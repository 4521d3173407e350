"""The story day of a news report (story_day.py): an undated act of the body that goes on with the lead's story is
dated to the day the lead dates its act, or to the publication date when the lead names none; not a sentence of
background, not an answer to the news, not after the story has moved on to another day."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

from timeline.events.story_day import load_story_day, parse_story_day

WEDNESDAY = date(2025, 3, 5)
LEAD = "Kenya and Ethiopia sign trade pact\n\nKenya and Ethiopia signed a trade agreement in Nairobi on Wednesday.\n\n"


def test_same_day_wire_body_act_takes_the_publication_date():
    events = events_of("Norway expels Russian diplomats\n\nNorway expelled 15 Russian diplomats accused of spying.\n\n"
                       "Foreign Minister Anniken Huitfeldt told reporters that the diplomats posed a threat to "
                       "national security.\n")
    told = the_event(events, "STATEMENT", "told")
    assert (told.date_start, told.date_end, told.precision) == (FRIDAY, FRIDAY, "day")
    assert told.date_derivation.startswith("story day: ") and "no date" in told.date_derivation
    assert "date_from_story_day" in told.flags


def test_body_act_takes_the_lead_day_with_a_lower_confidence():
    events = events_of(LEAD + "Kenya then opened its border crossing at Moyale to Ethiopian trucks.\n")
    opened = the_event(events, None, "opened")
    assert (opened.date_start, opened.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "the lead's act on Wednesday 2025-03-05" in opened.date_derivation
    assert opened.confidence < the_event(events, "AGREE", "agreement").confidence
    assert opened.confidence <= 0.5


def test_body_saying_takes_the_lead_day():
    told = the_event(events_of(LEAD + "Ruto told reporters that trade between the neighbours would double.\n"),
                     "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (WEDNESDAY, WEDNESDAY)


def test_body_reaction_keeps_its_range_from_the_lead_day_to_the_paper():
    events = events_of(LEAD + "Kenyan President William Ruto praised the deal as historic.\n")
    praised = the_event(events, None, "praised")
    assert (praised.date_start, praised.date_end) == (WEDNESDAY, FRIDAY)
    assert "date_from_story_day" not in praised.flags


def test_background_sentence_does_not_take_the_story_day():
    told = the_event(events_of(LEAD + "Ruto visited Addis Ababa.\n"), None, "visited")
    assert told.date_start == WEDNESDAY  # (the same sentence without its cue: the story day)
    visited = the_event(events_of(LEAD + "Ruto previously visited Addis Ababa.\n"), None, "visited")
    assert visited.date_start != visited.date_end and visited.date_basis == "tense"
    assert "date_from_story_day" not in visited.flags


def test_paragraph_of_background_stops_only_itself():
    events = events_of(LEAD + "In 2019, Ethiopia closed its border with Kenya.\n\n"
                       "Ruto told reporters that trade between the neighbours would double.\n")
    told = the_event(events, "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (WEDNESDAY, WEDNESDAY)


def test_story_moved_on_to_another_day_gives_the_lead_day_no_more():
    text = ("Kenya and Ethiopia sign trade pact\n\n"
            "Kenya and Ethiopia signed a trade agreement in Nairobi on Monday.\n\n"
            "On Wednesday, Ruto flew to Addis Ababa for a state visit.\n\nThe trip drew large crowds.\n\n"
            "Ruto told reporters that trade between the neighbours would double.\n")
    told = the_event(events_of(text), "STATEMENT", "told")
    assert (told.date_start, told.date_end) != (date(2025, 3, 3), date(2025, 3, 3))  # (not Monday, the lead's day)
    assert "date_from_story_day" not in told.flags


def test_story_day_rules_are_data():
    rules = load_story_day()
    assert ("years", "ago") not in rules.background and ("ago",) in rules.background
    assert rules.lead_days >= 1
    raw = {"story_day": {"lead_days": 3, "move_days": 2, "background": ["in the past"]}}
    assert parse_story_day(raw).background == (("in", "the", "past"),)
