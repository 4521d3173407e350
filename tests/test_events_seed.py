"""The seed article (DCT 2025-10-21) through the whole pipeline: the events an analyst would list,
with the dates an analyst would give them. The rules behind each are general (see
tests/test_events_rules.py for the same rules on other sentences)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document, Event
from timeline.pipeline import build_timeline

SEED = Path(__file__).parent / "fixtures" / "events" / "seed_budapest_summit.txt"
DCT = date(2025, 10, 21)


@pytest.fixture(scope="module")
def timeline():
    text = SEED.read_text("utf-8")
    return build_timeline([Document(id="seed", text=text, dct=DCT, dct_source="cli")], title="seed")


def _find(timeline, type_: str, *actors: str, trigger: str | None = None) -> Event:
    found = [
        e for e in timeline.events
        if e.type == type_ and all(any(a in name for name in e.actors) for a in actors)
        and (trigger is None or any(m.trigger.lower().startswith(trigger) for m in e.mentions))
    ]
    assert found, f"no {type_} event with {actors} (trigger {trigger}) in {[e.summary for e in timeline.events]}"
    return found[0]


def test_events_seed_white_house_announcement_is_on_the_publication_day(timeline):
    event = _find(timeline, "ANNOUNCE", "United States", trigger="announce")
    assert (event.date_start, event.date_end) == (DCT, DCT)
    assert event.status == "occurred"
    assert event.date_basis == "expression"


def test_events_seed_budapest_summit_is_planned_then_called_off(timeline):
    summit = _find(timeline, "CONSULT", "Trump", "Putin", trigger="summit")
    assert summit.location == "Budapest"
    assert summit.status in ("cancelled", "denied")
    # planned "within two weeks or so" from the publication date
    assert summit.date_start == DCT
    assert summit.date_end is not None and 0 < (summit.date_end - DCT).days <= 14
    assert summit.mode == "third-party"
    assert len(summit.mentions) >= 4  # "the summit", "the proposed meeting in the Hungarian capital", ...
    announcement = _find(timeline, "ANNOUNCE", "United States", trigger="announce")
    assert announcement.cancels == summit.id


def test_events_seed_rubio_lavrov_call_happened_before_the_announcement(timeline):
    call = _find(timeline, "CONSULT", "Rubio", "Lavrov", trigger="conversation")
    assert call.status == "occurred"
    assert call.date_end is not None and call.date_end <= DCT
    assert call.mode == "phone"


def test_events_seed_phone_call_is_on_thursday(timeline):
    call = _find(timeline, "CONSULT", "Trump", "Putin", trigger="phone call")
    assert (call.date_start, call.date_end) == (date(2025, 10, 16), date(2025, 10, 16))
    assert call.date_text == "Thursday"


def test_events_seed_plans_revealed_four_days_before_the_announcement(timeline):
    reveal = _find(timeline, "ANNOUNCE", "Trump", trigger="revealed")
    announcement = _find(timeline, "ANNOUNCE", "United States", trigger="announce")
    assert (reveal.date_start, reveal.date_end) == (date(2025, 10, 17), date(2025, 10, 17))
    offsets = [c for c in timeline.constraints if c.kind == "offset" and c.source == reveal.id]
    assert [(c.target, c.lo_days, c.hi_days) for c in offsets] == [(announcement.id, 4, 4)]


def test_events_seed_white_house_meeting_is_the_day_after_the_call(timeline):
    meeting = _find(timeline, "CONSULT", "Trump", "Zelensk", trigger="met")
    call = _find(timeline, "CONSULT", "Trump", "Putin", trigger="phone call")
    assert (meeting.date_start, meeting.date_end) == (date(2025, 10, 17), date(2025, 10, 17))
    assert meeting.location == "Washington"  # (at the White House: a seat in the capital)
    # "a phone call ... on Thursday, a day before Trump met": the call is anchored to the meeting
    anchored = [c for c in timeline.constraints if c.source == meeting.id and c.target == call.id]
    assert [(c.lo_days, c.hi_days) for c in anchored] == [(-1, -1)]


def test_events_seed_trump_remarks_are_dated_sunday(timeline):
    remarks = _find(timeline, "STATEMENT", "Trump", trigger="said")
    assert (remarks.date_start, remarks.date_end) == (date(2025, 10, 19), date(2025, 10, 19))


def test_events_seed_agreement_last_week(timeline):
    agreement = _find(timeline, "AGREE", "Putin", "Trump", trigger="agreed")
    assert (agreement.date_start, agreement.date_end) == (date(2025, 10, 13), date(2025, 10, 19))


def test_events_seed_invasion_in_2022(timeline):
    invasion = _find(timeline, "FIGHT", "Russia", trigger="invasion")
    assert (invasion.date_start, invasion.date_end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_events_seed_regions_incorporated_in_september_2022(timeline):
    event = _find(timeline, "COERCE", "Putin", trigger="incorporated")
    assert (event.date_start, event.date_end) == (date(2022, 9, 1), date(2022, 9, 30))


def test_events_seed_no_event_from_boilerplate(timeline):
    text = SEED.read_text("utf-8")
    boilerplate = text.index("Sign up for our weekly newsletter")
    assert all(m.start < boilerplate for e in timeline.events for m in e.mentions)


def test_events_seed_is_a_readable_timeline(timeline):
    assert 10 <= len(timeline.events) <= 30
    assert len({e.id for e in timeline.events}) == len(timeline.events)
    for event in timeline.events:
        assert event.sentence_start <= event.start < event.end <= event.sentence_end
        assert event.date_derivation
        assert event.date_basis in ("expression", "tense", "constraint")
        if event.date_basis == "tense":
            assert event.confidence <= 0.4
