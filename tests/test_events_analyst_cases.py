"""What an analyst expects from sentences the extractor had not seen: the direction of "a day before",
coordinated subjects, denials and negations, the dates of cancelled and planned events. Our own sentences,
through the whole pipeline (reasoning included); each case states what an analyst would record."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document, Event
from timeline.pipeline import build_timeline


def _events(text: str, dct: date) -> tuple[Event, ...]:
    return build_timeline([Document(id="a", text=text, dct=dct, dct_source="cli")]).events


def _one(events, type_: str, trigger: str) -> Event:
    found = [e for e in events if e.type == type_ and any(m.trigger.lower().endswith(trigger) for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]


# --- "X on <day>, a day before Y": Y is the anchor clause, so X is the day before Y ---------------

@pytest.mark.parametrize(
    ("text", "dct", "dated_trigger", "dated_day", "anchor_trigger", "anchor_day"),
    [
        # the dated event is BEFORE the anchoring clause: the anchor is one day AFTER it
        ("Meloni spoke to Sanchez by telephone on Monday, a day before the two leaders met in Rome.",
         date(2024, 5, 17), "spoke to", date(2024, 5, 13), "met", date(2024, 5, 14)),
        ("Austria and Hungary signed a transit agreement on Friday, two days before their foreign ministers met "
         "in Vienna.", date(2024, 5, 20), "agreement", date(2024, 5, 17), "met", date(2024, 5, 19)),
        # and AFTER: the anchor is one day before it
        ("Giorgia Meloni and Pedro Sanchez met in Rome on Tuesday, a day after the two leaders spoke by telephone.",
         date(2024, 5, 17), "met", date(2024, 5, 14), "spoke", date(2024, 5, 13)),
    ],
)
def test_events_offset_anchor_clause_is_dated_through_the_offset(text, dct, dated_trigger, dated_day,
                                                                 anchor_trigger, anchor_day):
    events = _events(text, dct)
    dated = [e for e in events if any(m.trigger.lower().startswith(dated_trigger.split()[0]) or
                                      m.trigger.lower().endswith(dated_trigger) for m in e.mentions)]
    anchor = [e for e in events if any(m.trigger.lower().startswith(anchor_trigger) for m in e.mentions)]
    assert len(dated) == 1 and len(anchor) == 1, [(e.trigger, e.summary) for e in events]
    assert (dated[0].date_start, dated[0].date_end) == (dated_day, dated_day)
    assert (anchor[0].date_start, anchor[0].date_end) == (anchor_day, anchor_day)
    assert anchor[0].date_basis == "constraint"


# --- coordinated subjects of a light verb ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Spain and Morocco held talks in Rabat on Monday.", "Spain", "Morocco"),
        ("Egypt and Qatar held negotiations on Monday.", "Egypt", "Qatar"),
        ("Erdogan and Aliyev held a meeting on Monday.", "Recep Tayyip Erdoğan", "Ilham Aliyev"),
        ("Pedro Sanchez and Giorgia Meloni held their first formal bilateral meeting on Monday in Rome.",
         "Pedro Sánchez", "Giorgia Meloni"),
    ],
)
def test_events_coordinated_subjects_are_both_participants(text, source, target):
    (event,) = [e for e in _events(text, date(2024, 5, 17)) if e.type == "CONSULT"]
    assert {event.source_actor, event.target_actor} == {source, target}
    assert event.date_start == event.date_end == date(2024, 5, 13)


# --- denials and negations are no occurred events -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Zakharova denied that Moscow had been consulted on the plan.", "CONSULT", "consulted"),
        ("The ministry rejected claims that Serbia had negotiated with Kosovo.", "CONSULT", "negotiated"),
        ("Lavrov said no invitation to visit Paris had been received.", "CONSULT", "visit"),
    ],
)
def test_events_denied_content_is_not_an_occurred_event(text, type_, trigger):
    found = [e for e in _events(text, date(2024, 5, 17)) if e.type == type_
             and any(m.trigger.lower() == trigger for m in e.mentions)]
    assert all(e.status == "denied" for e in found), [(e.summary, e.status) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Scholz said a trade war must never be fought.",
        "Both leaders repeated that a nuclear war cannot be won and should never be fought.",
    ],
)
def test_events_a_generic_negated_passive_is_no_event(text):
    assert not [e for e in _events(text, date(2024, 5, 17)) if e.type == "FIGHT"]


def test_events_a_suspension_is_dated_and_the_talks_are_called_off():
    events = _events("Ankara had suspended energy talks with Athens in March.", date(2024, 5, 17))
    suspension = _one(events, "SANCTION", "suspended")
    assert (suspension.date_start, suspension.date_end) == (date(2024, 3, 1), date(2024, 3, 31))
    talks = [e for e in events if e.type == "CONSULT"]
    assert all(e.status != "occurred" for e in talks)
    assert all(e.cancels is None or e.type != "CONSULT" for e in events)


# --- cancelled and postponed events keep their planned dates and parties ---------------------------

def test_events_cancelled_summit_keeps_its_planned_month_and_the_canceller():
    events = _events("The Elysee cancelled the summit with Algeria that had been planned for next month.",
                     date(2024, 5, 17))
    summit = _one(events, "CONSULT", "summit")
    assert summit.status == "cancelled"
    assert (summit.date_start, summit.date_end) == (date(2024, 6, 1), date(2024, 6, 30))
    assert set(summit.actors) == {"France", "Algeria"}


def test_events_postponed_trip_is_planned_for_its_scheduled_day():
    events = _events("Wang Yi postponed his trip to Tokyo, which had been scheduled for Saturday.", date(2024, 5, 15))
    trip = _one(events, "CONSULT", "trip")
    assert trip.status == "planned" and "postponed" in trip.flags
    assert trip.date_start == trip.date_end == date(2024, 5, 18)
    assert trip.location == "Tokyo"
    postponement = _one(events, "REJECT", "postponed")
    assert "Tokyo" not in postponement.summary.split(" postpones ")[-1] or "trip" in postponement.summary


# --- a summit dated through the offset that names it; who attends it ------------------------------

def test_events_summit_named_by_an_offset_is_dated_and_attended():
    text = ("Emmanuel Macron and Olaf Scholz met for two hours on Monday in Granada, their first meeting since the "
            "election, a day before the European summit opened there. Viktor Orban did not travel to Granada and "
            "was represented at the summit by Foreign Minister Peter Szijjarto.")
    events = _events(text, date(2023, 10, 6))
    meeting = _one(events, "CONSULT", "met")
    assert meeting.date_start == meeting.date_end == date(2023, 10, 2)
    summit = [e for e in events if e.type == "CONSULT" and any(m.trigger == "summit" for m in e.mentions)]
    assert len(summit) == 1, [(e.trigger, e.summary) for e in events]
    assert summit[0].date_start == summit[0].date_end == date(2023, 10, 3)
    assert summit[0].source_actor == "Péter Szijjártó" and "attends" in summit[0].summary
    trip = _one(events, "CONSULT", "travel to")
    assert trip.status == "denied"
    assert trip.date_end is not None and trip.date_end <= date(2023, 10, 6)  # "did not travel": not a plan


# --- a date in the clause dates the event, not only the tense --------------------------------------

@pytest.mark.parametrize(
    ("text", "dct", "type_", "trigger", "first", "last"),
    [
        # "in May after X said ...": May is the expulsion's, not the saying's
        ("Hungary expelled the Dutch ambassador in May after Rutte said in a speech that Budapest was a threat.",
         date(2024, 6, 20), "SANCTION", "expelled", date(2024, 5, 1), date(2024, 5, 31)),
        # "in April, when X proposed ...": the when-clause is at that date
        ("The two presidents had last spoken by telephone in April, when Lula proposed the visit.",
         date(2024, 6, 20), "COOPERATE", "proposed", date(2024, 4, 1), date(2024, 4, 30)),
        ("The two presidents had last spoken by telephone in April, when Lula proposed the visit.",
         date(2024, 6, 20), "CONSULT", "spoken by telephone", date(2024, 4, 1), date(2024, 4, 30)),
    ],
)
def test_events_date_in_the_clause_is_used(text, dct, type_, trigger, first, last):
    event = _one(_events(text, dct), type_, trigger)
    assert (event.date_start, event.date_end) == (first, last)
    assert event.date_basis == "expression"


# --- summaries read as an analyst writes them -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "dct", "type_", "trigger", "summary"),
    [
        # a family name written first is shared by many officials: the name is given whole
        ("Wang Yi met Sergey Lavrov in Beijing on Monday.", date(2024, 4, 12), "CONSULT", "met",
         "Wang Yi and Lavrov meet in Beijing"),
        # the object of a cancellation is the event, not its place
        ("Olaf Scholz postponed his trip to Beijing, which had been scheduled for Tuesday.", date(2024, 4, 12),
         "REJECT", "postponed", "Scholz postpones his trip"),
        # no doubled preposition
        ("Russia pulled out of the grain deal on Monday.", date(2023, 7, 18), "RETREAT", "pulled out",
         "Russia pulls out of the grain deal"),
    ],
)
def test_events_summary_reads_well(text, dct, type_, trigger, summary):
    assert _one(_events(text, dct), type_, trigger).summary == summary


# --- merged mentions keep dates, actors and places that belong to them ------------------------------

def test_events_a_date_of_something_else_does_not_date_the_event():
    # "the situation of March 2014" dates the situation, not the agreement the officials deny
    text = ("Georgia and Armenia reached an agreement on transit fees on Monday. Georgian officials denied that "
            "the agreement restored the situation of March 2014.")
    (agreement,) = [e for e in _events(text, date(2024, 5, 17)) if e.type == "AGREE"]
    assert agreement.date_start == agreement.date_end == date(2024, 5, 13)


def test_events_a_participle_after_an_event_noun_is_that_event():
    text = "Erdogan had skipped the NATO summit hosted by Lithuania in Vilnius in July 2023."
    summits = [e for e in _events(text, date(2024, 5, 17)) if e.type == "CONSULT"]
    assert len(summits) == 1, [(e.trigger, e.summary) for e in summits]
    assert (summits[0].date_start, summits[0].date_end) == (date(2023, 7, 1), date(2023, 7, 31))
    assert "Lithuania" in summits[0].actors


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Border guards clashed near the crossing in May 2021, a fight in which two Kyrgyz soldiers and three "
         "Tajik soldiers were wounded.", {"Kyrgyzstan", "Tajikistan"}),
        ("Troops clashed along the border on Monday, and three Thai soldiers and two Cambodian soldiers were "
         "wounded.", {"Thailand", "Cambodia"}),
    ],
)
def test_events_a_fight_without_a_named_subject_takes_the_sides_the_sentence_names(text, sides):
    (fight,) = [e for e in _events(text, date(2024, 5, 17)) if e.type == "FIGHT"]
    assert {fight.source_actor, fight.target_actor} == sides


def test_events_a_meeting_placed_by_an_offset_is_not_an_earlier_dated_one():
    text = ("On June 3, Pedro Sanchez cancelled the visit in a letter to Mitsotakis. Two days after the letter, Mitsotakis "
            "met Meloni in Rome. Meloni, who first met Mitsotakis in Athens in April, praised the talks.")
    meetings = sorted((e for e in _events(text, date(2024, 6, 20)) if e.type == "CONSULT" and e.status == "occurred"
                       and any(m.trigger == "met" for m in e.mentions)), key=lambda e: e.date_start)
    assert [(e.date_start, e.date_end) for e in meetings] == [
        (date(2024, 4, 1), date(2024, 4, 30)), (date(2024, 6, 5), date(2024, 6, 5))]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        # a dated event noun with its own verb is an event even when no party is named
        ("The ceasefire began on Sunday, a day later than planned.", "AGREE", "ceasefire", date(2024, 6, 16)),
    ],
)
def test_events_a_dated_event_noun_with_its_own_verb_is_kept(text, type_, trigger, day):
    event = _one(_events(text, date(2024, 6, 20)), type_, trigger)
    assert event.date_start == event.date_end == day


def test_events_an_ing_noun_after_a_determiner_is_no_verb():
    # "in an overnight cabinet meeting": a meeting of the cabinet, not Israel and Qatar meeting
    events = _events("Israel approved the deal in an overnight cabinet meeting and Qatar announced it on Wednesday.",
                     date(2024, 6, 20))
    assert not [e for e in events if e.type == "CONSULT" and {"Israel", "Qatar"} <= set(e.actors)]


@pytest.mark.parametrize(
    "text",
    [
        "On May 12, Scholz cancelled the talks with Duda.",
        "Meloni met Mitsotakis in Rome in May.",
    ],
)
def test_events_the_month_may_is_no_modal(text):
    events = _events(text, date(2024, 6, 20))
    assert events and not [e for e in events if e.status == "hypothetical"], [(e.summary, e.status) for e in events]


def test_events_a_date_nearer_another_event_goes_to_the_one_still_undated():
    # "on May 6" is nearest "signed", which "in March 2019" dates better: it is the framework's date
    text = ("The treaty builds on a framework the two foreign ministers agreed in Oslo, Norway, on May 6, and on a "
            "memorandum signed in Bern in March 2019.")
    events = _events(text, date(2024, 6, 20))
    framework = _one(events, "AGREE", "agreed")
    assert framework.date_start == framework.date_end == date(2024, 5, 6)
    assert framework.location == "Oslo" and "Norway" not in framework.actors


def test_events_a_date_inside_a_relative_clause_dates_only_that_clause():
    events = _events("Meloni, who first met Mitsotakis in Athens in April, praised the talks.", date(2024, 6, 20))
    praise = _one(events, "SUPPORT", "praised")
    assert praise.date_basis == "tense" and praise.date_start != date(2024, 4, 1)
    meeting = _one(events, "CONSULT", "met")
    assert (meeting.date_start, meeting.date_end) == (date(2024, 4, 1), date(2024, 4, 30))
