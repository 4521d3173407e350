"""The extraction rules one at a time, on short news sentences (real temporal engine, real gazetteer,
through the pipeline so that reasoning applies constraints). Each case states what an analyst would
record."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract_events
from timeline.model import Document, Event
from timeline.pipeline import build_timeline

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str, dct: date | None = DCT) -> tuple[Event, ...]:
    return build_timeline([Document(id="t", text=text, dct=dct, dct_source="cli")]).events


def _one(text: str, type_: str, dct: date | None = DCT) -> Event:
    found = [e for e in _events(text, dct) if e.type == type_]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text, dct)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("Macron met Scholz in Berlin on Monday.", "CONSULT", "occurred"),
        ("Erdogan will host talks between Russia and Ukraine in Istanbul next week.", "CONSULT", "planned"),
        ("There are no plans for a meeting between Xi and Biden.", "CONSULT", "denied"),
        ("The summit between Modi and Xi has been cancelled.", "CONSULT", "cancelled"),
        ("If the talks fail, Russia could impose sanctions on Moldova.", "SANCTION", "hypothetical"),
        ("Trump was continuing to pressure Zelensky on Thursday.", "DEMAND", "ongoing"),
        ("Starmer and Macron are expected to meet in London.", "CONSULT", "planned"),
    ],
)
def test_events_status_from_cue_words(text, type_, status):
    assert _one(text, type_).status == status


def test_events_postponed_event_stays_planned_and_is_flagged():
    visit = _one("Turkey postponed the visit by Macron.", "CONSULT")
    assert visit.status == "planned"
    assert "postponed" in visit.flags
    postponement = _one("Turkey postponed the visit by Macron.", "REJECT")
    assert postponement.cancels == visit.id


@pytest.mark.parametrize(
    ("text", "type_", "day"),
    [
        # reported speech: "said on Monday" dates the saying, the attack keeps its own date
        ("Lavrov said on Monday that Russia had attacked the port on Wednesday.", "STATEMENT", date(2025, 3, 3)),
        ("Lavrov said on Monday that Russia had attacked the port on Wednesday.", "ASSAULT", date(2025, 3, 5)),
        ("Macron said Tuesday that he had spoken with Putin.", "STATEMENT", date(2025, 3, 4)),
        ("Russia invaded Ukraine on February 24, 2022.", "FIGHT", date(2022, 2, 24)),
    ],
)
def test_events_date_from_the_expression_the_trigger_governs(text, type_, day):
    event = _one(text, type_)
    assert (event.date_start, event.date_end) == (day, day)
    assert event.date_basis == "expression"
    assert event.date_text is not None and event.date_start_offset is not None
    assert text[event.date_start_offset:event.date_end_offset] == event.date_text


def test_events_reported_event_is_not_dated_by_the_saying():
    spoken = _one("Macron said Tuesday that he had spoken with Putin.", "CONSULT")
    assert spoken.date_basis != "expression" or spoken.date_start != date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("NATO condemned the attack.", -365, 0),  # past tense: within the year before
        ("Russia rejects a pause in hostilities.", -7, 0),  # present tense: within the week
    ],
)
def test_events_tense_gives_a_wide_low_confidence_range(text, lo, hi):
    event = _events(text)[0]
    assert event.date_basis == "tense"
    assert (event.date_start - DCT).days == lo and (event.date_end - DCT).days == hi
    assert event.confidence <= 0.4
    assert "publication date" in event.date_derivation


def test_events_without_dct_are_never_dated_today():
    events = extract_events(Document(id="t", text="NATO condemned the attack.", dct=None), (), _gazetteer())
    assert events.events and events.events[0].date_start is None and events.events[0].date_basis == "none"


def _gazetteer():
    from timeline.actors import load_gazetteer

    return load_gazetteer()


def test_events_anchored_offset_becomes_a_constraint_and_a_date():
    text = "Macron met Scholz in Berlin on Monday. Macron called Putin three days after he met Scholz."
    timeline = build_timeline([Document(id="t", text=text, dct=DCT)])
    call = next(e for e in timeline.events if e.mode == "phone")
    meeting = next(e for e in timeline.events if e.location == "Berlin")
    offsets = [(c.source, c.target, c.lo_days, c.hi_days) for c in timeline.constraints if c.kind == "offset"]
    assert offsets == [(meeting.id, call.id, 3, 3)]
    assert (call.date_start, call.date_end) == (date(2025, 3, 6), date(2025, 3, 6))


def test_events_contradictory_anchors_are_flagged():
    text = "Macron met Scholz in Berlin on Monday, March 3. Two days later, on Thursday, Macron called Putin."
    timeline = build_timeline([Document(id="t", text=text, dct=DCT)])
    assert any("contradict" in w for w in timeline.warnings)
    assert all(any("contradiction" in f for f in e.flags) for e in timeline.events)


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Ukraine was invaded by Russia in February 2022.", "FIGHT", "Russia", "Ukraine"),
        ("Talks between Israel and Hamas resumed in Cairo on Monday.", "CONSULT", "Israel", "Hamas"),
        ("The Scholz-Macron meeting took place in Paris on Tuesday.", "CONSULT", "Olaf Scholz", "Emmanuel Macron"),
        ("Blinken met with Wang Yi in Beijing on Friday.", "CONSULT", "Antony Blinken", "Wang Yi"),
        ("Kyiv urged Berlin to send more air defence.", "DEMAND", "Ukraine", "Germany"),
    ],
)
def test_events_source_and_target(text, type_, source, target):
    event = _one(text, type_)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_place_named_elsewhere_resolves_the_capital():
    text = ("Trump and Putin agreed to meet in Budapest. The proposed meeting in the Hungarian capital "
            "would take place within two weeks.")
    meeting = _one(text, "CONSULT")
    assert meeting.location == "Budapest"
    assert len(meeting.mentions) == 2
    assert meeting.mode == "third-party"
    assert (meeting.date_start, meeting.date_end) == (DCT, date(2025, 3, 21))


def test_events_mentions_of_one_event_merge_and_distinct_events_do_not():
    text = ("Xi and Biden held talks in Lima on Saturday. The talks lasted two hours. "
            "Xi and Biden had met in Woodside a year earlier.")
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    assert len(consults) == 2
    lima = next(e for e in consults if e.location == "Lima")
    assert len(lima.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sign up for our newsletter to get the latest headlines.",
        "Most viewed: the summit of fashion week, talks and meetings with designers.",
        "Subscribe now. Talks, meetings and summits: our events calendar.",
    ],
)
def test_events_boilerplate_makes_no_event(text):
    assert _events(text) == ()


def test_events_quoted_and_weak_words_alone_make_no_event():
    text = '"We will never agree to this," said a spokesman. Officials said talks were possible.'
    assert _events(text) == ()


def test_events_ids_are_stable_across_runs():
    text = "Macron met Scholz in Berlin on Monday. Scholz later called Putin."
    first = [e.id for e in _events(text)]
    assert first == [e.id for e in _events(text)]
    assert len(set(first)) == len(first)
