"""Events the text dates outside their own clause: the occasion a cue ties them to ("before the ceremony", "after a
phone call"), the occasion of the news lead, a simultaneous clause placed by an offset, "during her visit", the first
of two events a noun names, reactions after what they answer, deadlines, stated lengths, bounded offsets. Short
texts in our own words, through the whole pipeline (reasoning included); each case states the date an analyst
would give, and how it rests on the text."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import ResourceError
from timeline.events.extract import parse_occasions
from timeline.model import Document, Event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


def _timeline(text: str, dct: date = DCT):
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")])


def _event(timeline, type_: str, trigger: str, after: int = 0) -> Event:
    found = [e for e in timeline.events if e.type == type_ and e.start >= after
             and any(m.trigger.lower().startswith(trigger) for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in timeline.events]
    return found[0]


def _days(event: Event) -> tuple[date | None, date | None]:
    return event.date_start, event.date_end


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # a fronted "before <noun>" that names the occasion of an earlier sentence: that occasion's day
        ("Egypt and Qatar signed a mediation accord in Cairo on Tuesday, in a ceremony hosted by President Abdel "
         "Fattah el-Sisi.\n\nBefore the ceremony, Sisi received the Qatari emir at his palace.",
         "CONSULT", "received", date(2025, 3, 4)),
        # "after a phone call" in the clause of a dated announcement: the call of that day
        ("The truce was announced on March 3 by the Qatari prime minister after a phone call with Netanyahu.",
         "CONSULT", "phone call", date(2025, 3, 3)),
    ],
)
def test_events_dating_occasion_of_a_sequence_cue(text, type_, trigger, day):
    timeline = _timeline(text)
    event = _event(timeline, type_, trigger)
    assert _days(event) == (day, day)
    assert event.date_basis == "constraint"  # a tie to the other event, not an expression of its own
    assert any(c.target == event.id and c.kind == "same_day" for c in timeline.constraints)
    assert not timeline.warnings


@pytest.mark.parametrize(
    "text",
    [
        # a lasting event is no one-day occasion
        "Russia annexed the peninsula on March 3. Before the war, Russia supplied gas to Ukraine.",
        # a duration between the cue and its event: a time of its own
        "Israel and Hamas agreed a truce on March 3 after months of talks in Doha.",
        # a pluperfect is earlier than the occasion
        "Before the summit, which opened on Monday, Macron had met Scholz in Paris.",
    ],
)
def test_events_dating_no_occasion_without_a_one_day_tie(text):
    timeline = _timeline(text)
    tied = [e for e in timeline.events if "one occasion" in e.date_derivation or "as part of the occasion" in e.date_derivation]
    assert tied == []


def test_events_dating_a_call_told_before_is_not_redated_by_a_later_saying():
    """"said Sunday after speaking with Putin": the call told earlier keeps its own day."""
    text = ("Trump and Putin held a phone call on Thursday. On Sunday, Trump said after speaking with Putin by phone "
            "that a summit was possible.")
    timeline = _timeline(text, dct=date(2025, 10, 21))
    call = _event(timeline, "CONSULT", "held")
    assert _days(call) == (date(2025, 10, 16), date(2025, 10, 16))
    assert not any("contradict" in w for w in timeline.warnings)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # the lead's act repeated by a party to it, paragraphs on, with no other date in between
        ("Germany and France signed a defence pact in Berlin on Wednesday.\n\nMacron signed for France.",
         "AGREE", "signed", date(2025, 3, 5)),
        # the lead event named as the subject ("the pact") of an act told later
        ("Germany and France signed a defence agreement in Berlin on Wednesday.\n\nThe agreement was announced by "
         "Macron.", "ANNOUNCE", "announced", date(2025, 3, 5)),
    ],
)
def test_events_dating_lead_occasion_carries_over_paragraphs(text, type_, trigger, day):
    event = _event(_timeline(text), type_, trigger, after=text.index("\n"))
    assert _days(event) == (day, day)
    assert event.date_basis == "constraint"
    assert event.date_start_offset is not None and event.date_text


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # shared actors only: a new paragraph is a new occasion
        ("Germany and France signed a defence pact in Berlin on Wednesday.\n\nMacron urged Germany to raise its "
         "defence spending.", "DEMAND", "urged"),
        # a paragraph that tells another past date in between ends the lead's occasion
        ("Germany and France signed a defence pact in Berlin on Wednesday.\n\nIn 2019, the two fell out over arms "
         "exports.\n\nMacron signed for France.", "AGREE", "signed"),
    ],
)
def test_events_dating_lead_occasion_needs_a_tie_and_no_other_date(text, type_, trigger):
    # no tie to the lead's occasion; only the report's story day (story_day.py), flagged, with a low confidence
    event = _event(_timeline(text), type_, trigger, after=text.index("\n"))
    assert event.date_basis != "constraint" and "lead sentence" not in event.date_derivation
    assert "date_from_story_day" in event.flags and event.confidence <= 0.5


def test_events_dating_reaction_of_a_non_party_keeps_its_window():
    text = "Germany and France signed a defence pact in Berlin on Wednesday.\n\nPoland condemned the pact."
    condemned = _event(_timeline(text), "DISAPPROVE", "condemned")
    assert _days(condemned) == (date(2025, 3, 5), DCT)


def test_events_dating_reaction_comes_after_the_first_event_its_object_names():
    text = ("Iran announced a deal with Iraq on February 10, and Iraq announced a deal with Syria on March 3. "
            "Turkey condemned the deals.")
    condemned = _event(_timeline(text), "DISAPPROVE", "condemned")
    assert _days(condemned) == (date(2025, 2, 10), DCT)


def test_events_dating_simultaneous_clause_of_an_offset():
    """"A day later, X met Y, while the Council held an emergency meeting": the offset's day for both."""
    text = ("On Wednesday, Armenia accepted a ceasefire. A day later, Pashinyan met Aliyev in Doha, while the UN "
            "Security Council held an emergency meeting.")
    council = next(e for e in _timeline(text).events if e.source_actor == "UN Security Council")
    assert _days(council) == (date(2025, 3, 6), date(2025, 3, 6))


def test_events_dating_during_a_visit_is_on_or_after_its_first_day():
    text = ("On Monday, Turkey and Syria agreed a truce. Erdogan arrived in Damascus the same day, and during his visit "
            "he announced aid for the refugees.")
    timeline = _timeline(text)
    announced = _event(timeline, "AID", "announced")  # (announcing aid is the aid)
    assert _days(announced) == (date(2025, 3, 3), DCT)
    assert any(c.target == announced.id and c.kind == "during" and c.hi_days is None for c in timeline.constraints)


@pytest.mark.parametrize(
    ("cue", "trigger", "type_", "day"),
    [
        ("Russia recalled its ambassador on the day the first deal was announced.", "recalled", "SANCTION",
         date(2025, 2, 10)),
        ("China said the day after the first deal was announced that it would consider retaliating.", "said",
         "STATEMENT", date(2025, 2, 11)),
    ],
)
def test_events_dating_first_of_two_events_a_noun_names(cue, trigger, type_, day):
    text = ("The United States announced a trade deal with Japan on February 10. Serbia announced a deal with Kosovo "
            "on March 3. " + cue)
    timeline = _timeline(text)
    assert _days(_event(timeline, type_, trigger)) == (day, day)
    assert not any("contradict" in w for w in timeline.warnings)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # the gold guideline: a plan due "by <date>" is placed at that deadline, with the date's precision
        ("The rebels will disband their forces by June 1, their leader said on Tuesday.", date(2025, 6, 1),
         date(2025, 6, 1), "day"),
        ("Serbia and Kosovo will sign the agreement before April 15.", date(2025, 4, 15), date(2025, 4, 15), "day"),
        ("Iran will sign the deal with the agency no later than May 30.", date(2025, 5, 30), date(2025, 5, 30), "day"),
        # "by the end of the year": December of that year
        ("Iran will sign the deal with the agency by the end of the year.", date(2025, 12, 1), date(2025, 12, 31),
         "month"),
    ],
)
def test_events_dating_deadline_of_a_plan(text, start, end, precision):
    plan = next(e for e in _timeline(text).events if e.status == "planned")
    assert _days(plan) == (start, end)
    assert plan.precision == precision
    assert "due no later than" in plan.date_derivation


@pytest.mark.parametrize(
    ("text", "trigger", "start", "end"),
    [
        ("A final session that began on Monday evening ran past midnight.", "session", date(2025, 3, 3),
         date(2025, 3, 4)),
        ("The talks in Doha began on Tuesday evening and went on into the early hours.", "talks", date(2025, 3, 4),
         date(2025, 3, 5)),
        ("Iran and the United States held talks in Muscat on Wednesday night that went on through the night.",
         "held talks", date(2025, 3, 5), date(2025, 3, 6)),
        # no such phrase: the evening's day only
        ("Iran and the United States held talks in Muscat on Wednesday evening.", "held talks", date(2025, 3, 5),
         date(2025, 3, 5)),
    ],
)
def test_events_dating_session_past_midnight_ends_the_next_day(text, trigger, start, end):
    assert _days(_event(_timeline(text), "CONSULT", trigger)) == (start, end)


def test_events_dating_stated_length_of_a_visit():
    visit = _event(_timeline("Macron will arrive in Delhi on March 20 for a three-day visit."), "CONSULT", "arrive")
    assert _days(visit) == (date(2025, 3, 20), date(2025, 3, 22))


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # a participle's clause hangs on the verb before it: Thursday is the signing's
        ("Hamas signed a decree on Thursday dissolving its militias.", "AGREE", "signed", date(2025, 3, 6)),
        # a date after ", and" opens the next clause: not the first clause's
        ("Hamas rejected the truce on March 3, and last month it fired rockets at Israel.", "ASSAULT", "fired",
         date(2025, 2, 1)),
    ],
)
def test_events_dating_expression_goes_to_its_own_clause(text, type_, trigger, day):
    event = _event(_timeline(text), type_, trigger)
    assert event.date_start == day


def test_events_dating_offset_later_than_a_plan_is_no_tie():
    """"began a day later than first planned": no event to count from, so no constraint and no contradiction."""
    text = ("Qatar announced the deal on Wednesday. Hamas blamed Israel for the delay. "
            "The truce began on Friday, a day later than first planned.")
    timeline = _timeline(text)
    assert not any("a day" in c.evidence[:8] for c in timeline.constraints)
    assert not timeline.warnings


@pytest.mark.parametrize(
    ("raw", "line_text"),
    [
        ({"occasions": {"__line__": 3, "cues": [], "lasting_types": ["FIGHT"], "within": ["during"],
                        "lead_paragraphs": 4, "first": ["first"], "deadlines": ["by"], "at_most": ["less than"],
                        "at_least": ["more than"]}}, "dating.yaml:3: occasions: 'cues'"),
        ({"occasions": {"__line__": 5, "cues": ["after"], "lasting_types": ["WAR"], "within": ["during"],
                        "lead_paragraphs": 4, "first": ["first"], "deadlines": ["by"], "at_most": ["less than"],
                        "at_least": ["more than"]}}, "dating.yaml:5: occasions: unknown event type"),
        ({"occasions": {"__line__": 7, "cues": ["after"], "lasting_types": ["FIGHT"], "within": ["during"],
                        "lead_paragraphs": -1, "first": ["first"], "deadlines": ["by"], "at_most": ["less than"],
                        "at_least": ["more than"]}}, "dating.yaml:7: occasions: 'lead_paragraphs'"),
        ({"tense": {}}, "dating.yaml:1: expected an 'occasions' mapping"),
        ({"occasions": {"__line__": 9, "cues": ["after"], "lasting_types": ["FIGHT"], "within": ["during"],
                        "lead_paragraphs": 4, "first": ["first"], "deadlines": ["by"], "at_most": ["less than"],
                        "at_least": ["more than"], "until": ["until"], "stay_days": -2}}, "dating.yaml:9: occasions: 'stay_days'"),
        ({"occasions": {"__line__": 11, "cues": ["after"], "lasting_types": ["FIGHT"], "within": ["during"],
                        "lead_paragraphs": 4, "first": ["first"], "deadlines": ["by"], "at_most": ["less than"],
                        "at_least": ["more than"], "until": ["until"], "arrivals": []}}, "dating.yaml:11: occasions: 'arrivals'"),
    ],
)
def test_events_dating_bad_occasions_section_names_its_line(raw, line_text):
    with pytest.raises(ResourceError) as err:
        parse_occasions(raw)
    assert err.value.what.startswith(line_text)


def test_events_dating_coordinated_verb_of_a_saying_shares_its_day():
    """"said ... and warned": one speaker, one occasion (what he said would happen keeps no date of the saying)."""
    text = "Speaking in Paris on Tuesday, Macron said the deal was fragile but workable, and warned Russia that he would send troops."
    warned = _event(_timeline(text), "THREATEN", "warned")
    assert _days(warned) == (date(2025, 3, 4), date(2025, 3, 4))


def test_events_dating_pluperfect_day_is_not_the_day_a_sentence_tells():
    """"repeating the offer she had made on Sunday": Sunday is not carried to the next sentence."""
    text = ("Merkel told reporters in Berlin, repeating the offer she had made on Sunday during a visit to Kyiv. "
            "She stressed that Germany stood by Ukraine.")
    stressed = _event(_timeline(text), "SUPPORT", "stressed")  # (the support voiced is the saying's type)
    assert _days(stressed) != (date(2025, 3, 2), date(2025, 3, 2))
    assert "date_from_previous_sentence" not in stressed.flags


def test_events_dating_offset_after_a_sentence_with_a_plan():
    text = "On Wednesday, Hamas accepted a ceasefire, agreeing to release its hostages. A day later, Blinken met Netanyahu in Jerusalem."
    met = _event(_timeline(text), "CONSULT", "met")
    assert _days(met) == (date(2025, 3, 6), date(2025, 3, 6))


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        # a past month opening a sentence frames the next sentence of its paragraph
        ("In April, North Korea freed three American detainees. Kim Jong Un also met Trump at the border.", True),
        # not across a paragraph
        ("In April, North Korea freed three American detainees.\n\nKim Jong Un also met Trump at the border.", False),
        # not a month told at the end of the sentence (the frame is what opens it)
        ("North Korea freed three American detainees in April. Kim Jong Un also met Trump at the border.", False),
    ],
)
def test_events_dating_fronted_month_frames_the_next_sentence(text, framed):
    met = _event(_timeline(text, dct=date(2025, 6, 12)), "CONSULT", "met")
    assert (_days(met) == (date(2025, 4, 1), date(2025, 4, 30))) == framed
    assert ("date_from_previous_sentence" in met.flags) == framed


def test_events_dating_cue_about_a_party_ties_to_the_lead_occasion():
    """"At a news conference after Kim had left, Trump announced ...": the lead's occasion, two paragraphs on."""
    text = ("Trump and Kim Jong Un met in Singapore on Tuesday and signed a joint statement.\n\n"
            "The document sets no timetable.\n\n"
            "At a news conference after Kim had left, Trump announced that the United States would stop its exercises.")
    announced = _event(_timeline(text, dct=date(2018, 6, 12)), "ANNOUNCE", "announced")
    assert _days(announced) == (date(2018, 6, 12), date(2018, 6, 12))
    assert announced.date_text == "after Kim had left"


def test_events_dating_event_runs_until_a_later_date_of_its_sentence():
    text = "The talks between Iran and the United States opened in Muscat on Monday and lasted until Wednesday."
    talks = _event(_timeline(text), "CONSULT", "talks")
    assert _days(talks) == (date(2025, 3, 3), date(2025, 3, 5))
    assert "until 'Wednesday'" in talks.date_derivation
