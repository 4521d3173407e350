"""Undated answers and reported acts: a reaction or a statement in the simple past with no date of its own lies between
what it answers and the publication date (the gold guideline for undated reactions). What it answers: the ground it
names ("on the prize"), an act told earlier in its own sentence (", and Egypt protested"), the last dated act of the
sentence before, or the first day the lead sentence names. Also: a paragraph that opens "At the news conference that
followed" or on its own day frames its statements; "within hours" of a day told; what a saying reports of two sides
was done at their meeting. Short texts in our own words, through the whole pipeline (reasoning included); each case
states the range an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document, Event
from event_helpers import the_event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


def _timeline(text: str, dct: date = DCT):
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")])


def _event(timeline, type_: str | None, trigger: str) -> Event:
    return the_event(timeline.events, type_, trigger, how="mention")


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "start"),
    [
        # the ground after the person congratulated names what is answered: the prize accepted on Thursday (not the
        # lead's Sunday, nor a year back)
        ("Rebels seized the port of Hodeidah on Sunday.\n\nKenya accepted the peace prize in Oslo on Thursday.\n\n"
         "Ethiopia congratulated Kenya on the prize.", "SUPPORT", "congratulated", date(2025, 3, 6)),
        # a reaction after a dated saying in the sentence before: no earlier than that saying
        ("On Sunday night President Petro said he would not resign and ordered his ministers to stay in Bogota. "
         "Venezuela denounced the decision as a betrayal.", "DISAPPROVE", "denounced", date(2025, 3, 2)),
        # a protest joined by ", and" to the act it answers, which an offset dates
        ("Hamas fighters attacked an Israeli patrol on Monday. Israeli jets struck a convoy in Rafah two days later, "
         "and Egypt protested that Israel had violated the truce.", "DISAPPROVE", "protested", date(2025, 3, 5)),
    ],
)
def test_events_dating_reaction_lies_between_what_it_answers_and_the_paper(text, type_, trigger, start):
    timeline = _timeline(text)
    event = [e for e in timeline.events if e.type == type_ and e.trigger == trigger][-1]
    assert (event.date_start, event.date_end) == (start, DCT)
    assert event.date_basis == "tense"  # no date of its own: a range, flagged as such
    assert not timeline.warnings


def test_events_dating_offset_closing_a_clause_does_not_date_the_next_one():
    """"struck a convoy two days later, and Egypt protested": the offset dates the strike, not the protest."""
    timeline = _timeline("Hamas fighters attacked an Israeli patrol on Monday. Israeli jets struck a convoy in Rafah "
                         "two days later, and Egypt protested that Israel had violated the truce.")
    assert _event(timeline, "DISAPPROVE", "protested").date_basis != "expression"
    struck = _event(timeline, "ASSAULT", "struck")
    assert (struck.date_start, struck.date_end) == (date(2025, 3, 5), date(2025, 3, 5))


def test_events_dating_reaction_window_opens_on_the_first_day_of_the_lead():
    """A lead naming two days (an invitation on Wednesday, a day after a memorandum signed on Tuesday) reports news that
    began on Tuesday: an undated reaction lies between Tuesday and the paper."""
    text = ("MADRID - NATO leaders invited Finland to join the alliance on Wednesday, a day after Turkey signed a "
            "memorandum with Finland late on Tuesday.\n\nGreece condemned the move.")
    event = _event(_timeline(text, dct=date(2022, 6, 29)), "DISAPPROVE", "condemned")
    assert (event.date_start, event.date_end) == (date(2022, 6, 28), date(2022, 6, 29))


def test_events_dating_pluperfect_statement_answers_nothing_before_it():
    """"had written": told as earlier than the scene, not after the sentence before it."""
    text = ("The two presidents met in Vienna on Monday. Hours before the meeting, the president had written on social "
            "media that relations had never been worse.")
    timeline = _timeline(text)
    assert not any("told just before" in c.evidence for c in timeline.constraints)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the paragraph's scene comes right after the one before: Monday's talks
        ("The two foreign ministers met in Geneva on Monday. They talked for three hours.\n\nAt the news conference "
         "that followed, Lavrov denied that Russia had sent troops to Belarus.", date(2025, 3, 3)),
        ("The two foreign ministers met in Geneva on Tuesday.\n\nAfterwards, Lavrov denied that Russia had sent troops "
         "to Belarus.", date(2025, 3, 4)),
    ],
)
def test_events_dating_paragraph_that_follows_the_scene_before(text, day):
    event = _event(_timeline(text), "STATEMENT", "denied")
    assert (event.date_start, event.date_end) == (day, day)
    assert "right after the paragraph before" in event.date_derivation


def test_events_dating_new_paragraph_without_a_follow_frame_is_not_dated_by_the_one_before():
    text = ("The two foreign ministers met in Geneva on Monday.\n\nLavrov denied that Russia had sent troops to "
            "Belarus.")
    assert _event(_timeline(text), "STATEMENT", "denied").date_basis == "tense"


def test_events_dating_lead_without_a_day_sums_up_the_news_dated_after_it():
    """A dateline lead whose only other date is of background ("had rejected ... less than a week earlier"): the news
    begins on the first day the next paragraph names (Friday), and runs to the paper."""
    text = ("OSLO, Norway, October 8, 2016 — Ethiopia vowed to push for a new agreement with Eritrea, after voters had "
            "rejected the old one less than a week earlier.\n\nKenya accepted the peace prize in Oslo on Friday.")
    event = _event(_timeline(text, dct=date(2016, 10, 8)), "THREATEN", "vowed")
    assert (event.date_start, event.date_end) == (date(2016, 10, 7), date(2016, 10, 8))
    assert event.date_basis == "tense"


@pytest.mark.parametrize(
    ("trigger", "type_"), [("condemned", "DISAPPROVE"), ("warned", "THREATEN")],
)
def test_events_dating_within_hours_of_the_day_told(trigger, type_):
    """"condemned the move within hours" of Tuesday's signing: Tuesday (and the coordinated warning too)."""
    text = ("Putin signed a treaty in the Kremlin on Tuesday making Crimea part of Russia. The White House condemned the "
            "move within hours and warned that more sanctions would follow.")
    event = _event(_timeline(text, dct=date(2014, 3, 19)), type_, trigger)
    assert (event.date_start, event.date_end) == (date(2014, 3, 18), date(2014, 3, 18))


def test_events_dating_reaction_to_a_noun_answers_the_event_told_with_it():
    """"welcomed the meeting": the meeting of Saturday, not the 1945 signing its sentence recalls."""
    text = ("Xi and Ma met in Singapore on Saturday, the first meeting of the two leaders since the war ended in 1945, "
            "when Japan signed the surrender.\n\nWashington welcomed the meeting cautiously.")
    event = _event(_timeline(text, dct=date(2015, 11, 16)), "SUPPORT", "welcomed")
    assert (event.date_start, event.date_end) == (date(2015, 11, 14), date(2015, 11, 16))


def test_events_dating_paragraph_opening_on_its_day_dates_its_statements():
    """"The reaction in Washington on Monday was swift. McCain said ...": the paragraph's day, Monday."""
    text = ("The two presidents met in Helsinki on Monday.\n\nThe reaction in Washington on Monday was swift. Senator "
            "John McCain said the summit was a disgrace.")
    event = _event(_timeline(text, dct=date(2018, 7, 17)), "STATEMENT", "said")
    assert (event.date_start, event.date_end) == (date(2018, 7, 16), date(2018, 7, 16))


@pytest.mark.parametrize(
    ("text", "dct", "type_", "trigger", "start", "end"),
    [
        # what a saying reports of the two sides: done at their meeting
        ("Biden and Putin met in Geneva on Wednesday for three hours. Biden said he had warned Putin that a "
         "cyberattack would bring consequences.", date(2021, 6, 17), "THREATEN", "warned", date(2021, 6, 16),
         date(2021, 6, 16)),
        # the sides met on two days: somewhere in them
        ("Macron landed in Beijing on Sunday and met Xi Jinping the same day. On Monday Macron met Li Qiang. Macron said "
         "he had pressed China to stop the flow of drones to Russia.", date(2023, 6, 20), "DEMAND", "pressed",
         date(2023, 6, 18), date(2023, 6, 19)),
        # a reporting word that is no event of its own
        ("Macron landed in Beijing on Sunday and met Xi Jinping the same day. On Monday Macron met Li Qiang. But Macron "
         "acknowledged that China had refused his proposal to restore military contacts.", date(2023, 6, 20),
         "REJECT", "refused", date(2023, 6, 18), date(2023, 6, 19)),
    ],
)
def test_events_dating_reported_act_is_done_at_the_meeting_of_its_sides(text, dct, type_, trigger, start, end):
    timeline = _timeline(text, dct=dct)
    event = _event(timeline, type_, trigger)
    assert (event.date_start, event.date_end) == (start, end)
    assert event.date_basis == "constraint"
    assert not timeline.warnings


def test_events_dating_reported_act_without_a_meeting_of_its_sides_stays_undated():
    text = ("Macron met Scholz in Berlin on Wednesday. Biden said he had warned Putin that a cyberattack would bring "
            "consequences.")
    event = _event(_timeline(text, dct=date(2021, 6, 17)), "THREATEN", "warned")
    assert event.date_basis == "tense"


def test_events_dating_paragraph_under_an_agreement_takes_its_day():
    """"Under the memorandum, ... pledged ... In return, Turkey withdrew its veto": the terms of Tuesday's memorandum; a
    sentence of background in between ("had halted arms exports in 2019") does not end the scene."""
    text = ("Turkey signed a memorandum with Finland and Sweden late on Tuesday after four hours of talks.\n\nUnder the "
            "memorandum, Finland and Sweden pledged not to support the PKK. Sweden had halted arms exports to Turkey in "
            "2019 after a Turkish incursion into Syria. In return, Turkey withdrew its veto on their membership.")
    timeline = _timeline(text, dct=date(2022, 6, 29))
    for type_, trigger in (("AGREE", "pledged"), ("CONCEDE", "withdrew")):  # (a pledge not to act is a commitment)
        event = _event(timeline, type_, trigger)
        assert (event.date_start, event.date_end) == (date(2022, 6, 28), date(2022, 6, 28))
        assert "the terms of the agreement told before" in event.date_derivation
    halted = _event(timeline, "SANCTION", "halted")
    assert (halted.date_start, halted.date_end) == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize("saying, end", [("said", date(2014, 3, 18)), ("later said", date(2014, 3, 19))])
def test_events_dating_paragraph_frame_dates_its_acts_and_its_answers(saying, end):
    """"The fighting that many had feared came on Tuesday afternoon. Armed men stormed ... The prime minister said ...":
    the storming is Tuesday's; the saying answers it, assumed of that day too, unless told later ("later said": on or
    after Tuesday, up to the publication date)."""
    text = ("Russia annexed Crimea on Tuesday.\n\nThe fighting that many had feared came on Tuesday afternoon. Armed men "
            f"stormed a Ukrainian base in Simferopol. Prime Minister Arseniy Yatsenyuk {saying} the conflict had moved to "
            "a military stage.")
    timeline = _timeline(text, dct=date(2014, 3, 19))
    stormed = _event(timeline, "ASSAULT", "stormed")
    assert (stormed.date_start, stormed.date_end) == (date(2014, 3, 18), date(2014, 3, 18))
    said = _event(timeline, "STATEMENT", "said")
    assert (said.date_start, said.date_end) == (date(2014, 3, 18), end)
