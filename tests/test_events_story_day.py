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


VISIT = ("Ruto flies home from Ethiopia\n\nKenyan President William Ruto flew home from Ethiopia on Friday night after "
         "a three-day state visit.\n\nThe visit began on Wednesday, when Ruto landed in Addis Ababa. On Thursday, Abiy "
         "Ahmed received him with a welcome ceremony at the palace. During their talks, Ruto asked Abiy to reopen the "
         "border.")
VISIT_DCT = date(2025, 3, 10)  # a Monday


def test_after_the_story_moves_to_a_day_its_paragraph_goes_on_with_that_day():
    # (no "received him" here: a reception is a meeting of its own, and a reply is then tied to its day directly)
    text = VISIT.replace("Abiy Ahmed received him with a welcome ceremony", "Abiy Ahmed held a welcome ceremony")
    events = events_of(text + " Abiy replied that Ethiopia was ready to study the request.\n", VISIT_DCT)
    replied = the_event(events, None, "replied")
    assert (replied.date_start, replied.date_end) == (date(2025, 3, 6), date(2025, 3, 6))  # Thursday, not the range
    # from Friday night's lead to the paper
    assert "moved the story to, Thursday 2025-03-06" in replied.date_derivation
    assert "date_from_story_day" in replied.flags and replied.confidence <= 0.5


def test_the_day_the_story_moved_to_ends_with_its_paragraph():
    events = events_of(VISIT + "\n\nAbiy replied that Ethiopia was ready to study the request.\n", VISIT_DCT)
    replied = the_event(events, None, "replied")
    assert "date_from_story_day" not in replied.flags
    assert replied.date_start != replied.date_end


def test_an_answer_after_the_story_moves_to_a_day_keeps_its_range():
    events = events_of(VISIT + " Somalia condemned the visit.\n", VISIT_DCT)
    condemned = the_event(events, "DISAPPROVE", "condemned")
    assert "date_from_story_day" not in condemned.flags
    assert condemned.date_start != condemned.date_end  # (on or after what it answers: not that day alone)


def test_story_day_rules_are_data():
    rules = load_story_day()
    assert ("years", "ago") not in rules.background and ("ago",) in rules.background
    assert rules.lead_days >= 1
    raw = {"story_day": {"lead_days": 3, "move_days": 2, "background": ["in the past"]}}
    assert parse_story_day(raw).background == (("in", "the", "past"),)


def test_as_long_as_is_no_cue_of_background():
    vowed = the_event(events_of(LEAD + "Ruto vowed that Kenya would stand with Ethiopia for as long as it takes.\n"),
                      None, "vowed")
    assert (vowed.date_start, vowed.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "date_from_story_day" in vowed.flags
    rules = load_story_day()
    assert ("long",) not in rules.background and ("long", "ago") in rules.background


def test_time_of_a_thing_in_a_that_clause_does_not_stop_the_story():
    text = LEAD + "Ethiopia will reopen the border crossings that Kenya closed in 2019. The two sides also agreed " \
                  "to cut tariffs on tea.\n"
    agreed = the_event(events_of(text), "AGREE", "agreed")
    assert (agreed.date_start, agreed.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "date_from_story_day" in agreed.flags
    # (a sentence that tells of 2019 itself is background: its paragraph takes no story day)
    text = LEAD + "In 2019, Kenya closed its border crossings. The two sides also agreed to cut tariffs on tea.\n"
    agreed = the_event(events_of(text), "AGREE", "agreed")
    assert agreed.date_start != agreed.date_end and "date_from_story_day" not in agreed.flags


def test_a_party_replying_in_the_story_takes_its_day_others_keep_the_range():
    text = LEAD + "Ruto told Abiy Ahmed that trade would double. Abiy replied that Ethiopia was ready to open its market.\n"
    replied = the_event(events_of(text), "STATEMENT", "replied")
    assert (replied.date_start, replied.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "date_from_story_day" in replied.flags
    text = LEAD + "Ruto told Abiy Ahmed that trade would double. Egypt replied that the Nile dam was a threat.\n"
    replied = the_event(events_of(text), "STATEMENT", "replied")
    assert (replied.date_start, replied.date_end) == (WEDNESDAY, FRIDAY)
    assert "date_from_story_day" not in replied.flags


def test_replies_are_data():
    assert "replied" in load_story_day().replies
    raw = {"story_day": {"lead_days": 3, "move_days": 2, "background": ["since"], "replies": ["Answered"]}}
    assert parse_story_day(raw).replies == frozenset({"answered"})


def test_act_of_others_that_is_no_answer_goes_on_with_the_story():
    text = LEAD + "Egyptian envoys met Somali officials in Mogadishu to discuss the pact.\n"
    met = the_event(events_of(text), "CONSULT", "met")
    assert (met.date_start, met.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "date_from_story_day" in met.flags and met.confidence <= 0.5
    # (told as background, it does not)
    met = the_event(events_of(LEAD + "Egypt previously met Somali officials in Mogadishu.\n"), "CONSULT", "met")
    assert met.date_start != met.date_end and "date_from_story_day" not in met.flags


def test_answer_of_others_keeps_its_range_unless_the_report_is_of_its_own_day():
    condemned = the_event(events_of(LEAD + "Egypt condemned the pact.\n"), None, "condemned")
    assert (condemned.date_start, condemned.date_end) == (WEDNESDAY, FRIDAY)
    assert "date_from_story_day" not in condemned.flags
    text = ("Norway expels Russian diplomats\n\nNorway expelled 15 Russian diplomats accused of spying.\n\n"
            "Finland expressed grave concern about Arctic security.\n")
    concern = the_event(events_of(text), None, "expressed")
    assert (concern.date_start, concern.date_end) == (FRIDAY, FRIDAY)
    assert "date_from_story_day" in concern.flags


def test_had_shifted_back_in_a_saying_is_no_cue_of_background_for_the_act_it_reports():
    agreed = the_event(events_of(LEAD + "Ruto said Abiy Ahmed had agreed to open the border crossing at Moyale.\n"),
                       "AGREE", "agreed")
    assert (agreed.date_start, agreed.date_end) == (WEDNESDAY, WEDNESDAY)
    assert "date_from_story_day" in agreed.flags and agreed.confidence <= 0.5
    # (the saying itself may come after what it reports: "had" keeps its cue for it)
    events = events_of(LEAD + "Ruto told reporters that the two leaders had discussed security on the border.\n")
    told = the_event(events, "STATEMENT", "told")
    assert "date_from_story_day" not in told.flags
    # (a pluperfect told by the report itself is background)
    closed = the_event(events_of(LEAD + "Ethiopia had closed the border crossing at Moyale.\n"), None, "closed")
    assert closed.date_start != closed.date_end and "date_from_story_day" not in closed.flags


def test_act_of_others_reported_by_others_is_not_the_story():
    met = the_event(events_of(LEAD + "Ruto said Egyptian envoys had met Somali officials in Mogadishu.\n"),
                    "CONSULT", "met")
    assert (met.date_start, met.date_end) == (WEDNESDAY, WEDNESDAY)  # (told by a party to the lead)
    met = the_event(events_of(LEAD + "Sudan said Egyptian envoys had met Somali officials in Mogadishu.\n"),
                    "CONSULT", "met")
    assert met.date_start != met.date_end and "date_from_story_day" not in met.flags
