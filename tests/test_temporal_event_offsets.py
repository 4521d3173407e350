"""Offsets in hours and minutes from an event ("two hours after the talks began"), vague ones ("hours
after the ceasefire took effect"), and numbered days of an occasion ("day two of the summit"): the
TimeML duration or date, with an Anchor the event layer can turn into a constraint."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.temporal import tag_text, vague_offset_span
from timeline.temporal.engine import Engine, default_engine, tag

TUE = date(2025, 10, 21)


def _one(text: str, extent: str, dct: date = TUE, tagger=None):
    found = {t.text: t for t in (tagger(text, dct) if tagger else tag_text(text, dct))}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


def _clause(text: str, tx) -> str:
    return text[tx.anchor.clause_start:tx.anchor.clause_end]


@pytest.mark.parametrize(
    "text,extent,value,amount,unit,signal,clause",
    [
        ("Russian missiles hit Kyiv two hours after the talks in Istanbul ended.", "two hours", "PT2H", 2, "hour", "after",
         "the talks in Istanbul ended"),
        ("The Russian envoy walked out 30 minutes after the vote began.", "30 minutes", "PT30M", 30, "minute", "after",
         "the vote began"),
        ("Less than an hour before the vote, the Hungarian envoy left the room.", "Less than an hour", "PT1H", -1, "hour", "before",
         "the vote"),
        ("The Georgian delegation walked out half an hour after the vote began.", "half an hour", "PT30M", 30, "minute", "after",
         "the vote began"),
        ("Four days after Trump revealed plans for a summit, Zelensky flew to Washington.", "Four days", "P4D", 4, "day", "after",
         "Trump revealed plans for a summit"),
    ],
)
def test_temporal_event_offsets_counted_hours_and_minutes_carry_an_anchor(text, extent, value, amount, unit, signal, clause):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.anchored_to) == ("DURATION", value, "event"), tx.derivation
    assert (tx.anchor.amount, tx.anchor.unit, tx.anchor.signal) == (amount, unit, signal)
    assert _clause(text, tx) == clause


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Hours after the ceasefire took effect, shelling resumed in Kherson.", "Hours", "PTXH"),
        ("Minutes after the vote, the Russian envoy walked out.", "Minutes", "PTXM"),
        ("Days after Kyiv announced the offensive, Moscow recalled its ambassador.", "Days", "PXD"),
        ("A few hours after the ceasefire took effect, shelling resumed in Kherson.", "A few hours", "PTXH"),
    ],
)
def test_temporal_event_offsets_vague_ones_are_durations_with_the_event_named(text, extent, value):
    """The packaged rules leave vague offsets unanchored (``vague_event_anchor: false``) until the event layer
    reads them; the derivation still names the event."""
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.anchored_to, tx.anchor, tx.earliest) == ("DURATION", value, "none", None, None)
    assert "the event '" in tx.derivation


def _anchoring_tagger():
    """The packaged engine with vague event anchors switched on, as the rule file allows."""
    rules = default_engine().rules
    changed = tuple(replace(r, resolve={**r.resolve, "vague_event_anchor": True}) if r.resolve and "vague_event_anchor" in r.resolve
                    else r for r in rules.rules)
    engine = Engine(replace(rules, rules=changed))
    return lambda text, dct: tag(engine, text, dct)


@pytest.mark.parametrize(
    "text,extent,amount,unit,signal,clause",
    [
        ("Hours after the ceasefire took effect, shelling resumed in Kherson.", "Hours", 1, "hour", "after",
         "the ceasefire took effect"),
        ("Just hours after the summit in Alaska ended, Russia launched drones at Kyiv.", "hours", 1, "hour", "after",
         "the summit in Alaska ended"),
        ("Only days before the vote in Chisinau, Moscow recalled its ambassador.", "days", -2, "day", "before",
         "the vote in Chisinau"),
        ("The envoy resigned weeks after the accord was signed in Doha.", "weeks", 2, "week", "after",
         "the accord was signed in Doha"),
        ("Several days before the vote in Tbilisi, the EU froze its funds.", "Several days", -2, "day", "before",
         "the vote in Tbilisi"),
    ],
)
def test_temporal_event_offsets_vague_anchor_when_switched_on(text, extent, amount, unit, signal, clause):
    tx = _one(text, extent, tagger=_anchoring_tagger())
    assert tx.anchored_to == "event", tx.derivation
    assert (tx.anchor.amount, tx.anchor.unit, tx.anchor.signal) == (amount, unit, signal)
    assert _clause(text, tx) == clause
    least, _most = vague_offset_span(unit)
    assert abs(tx.anchor.amount) == least


def test_temporal_event_offsets_vague_span_comes_from_the_lexicon():
    assert vague_offset_span("hour") == (1, 23)
    assert vague_offset_span("day") == (2, 13)
    assert vague_offset_span("fortnight") is None


@pytest.mark.parametrize(
    "text,extent,amount,clause",
    [
        # counted from the occasion's first day: day 2 is one day after it
        ("On the second day of the summit, the leaders signed the communique.", "the second day", 1, "the summit"),
        ("On day two of the summit in Astana, Xi met Modi.", "day two", 1, "the summit in Astana"),
        ("Russian forces shelled Kharkiv on day 1,000 of the war.", "day 1,000", 999, "the war"),
        ("On day one of the talks, the delegations exchanged lists of prisoners.", "day one", 0, "the talks"),
    ],
)
def test_temporal_event_offsets_numbered_day_of_an_occasion(text, extent, amount, clause):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.anchored_to) == ("DATE", "XXXX-XX-XX", "event"), tx.derivation
    assert (tx.anchor.amount, tx.anchor.unit, tx.anchor.signal) == (amount, "day", "day of")
    assert _clause(text, tx) == clause
    assert f"of {clause}'" in tx.derivation


def test_temporal_event_offsets_day_needs_a_number():
    assert not any(t.text.startswith("day") for t in tag_text("On day several of the siege, the town ran out of food.", TUE))


@pytest.mark.parametrize(
    "text,extent,earliest,latest",
    [
        # from the clock time told: Saturday 24:00 plus two hours is Sunday
        ("The talks in Riyadh ended on Saturday. Russia struck Kyiv two hours after midnight.", "two hours",
         date(2025, 10, 19), date(2025, 10, 19)),
        ("The talks ended at 11 p.m. on Saturday. Two hours later, Russian drones struck Kyiv.", "Two hours",
         date(2025, 10, 19), date(2025, 10, 19)),
        ("The vote was held on October 3, 2025, and the envoy left 30 minutes after 11 p.m.", "30 minutes",
         date(2025, 10, 3), date(2025, 10, 3)),
        # from a day without a clock time: that day or the next (or the one before)
        ("The talks ended on Saturday. Two hours later, Russian drones struck Kyiv.", "Two hours",
         date(2025, 10, 18), date(2025, 10, 19)),
        ("The summit in Brussels opened on Monday. Three hours earlier, the envoys met.", "Three hours",
         date(2025, 10, 19), date(2025, 10, 20)),
        ("Talks began on Monday, March 3, 2025, and 36 hours later the truce collapsed.", "36 hours",
         date(2025, 3, 4), date(2025, 3, 5)),
    ],
)
def test_temporal_event_offsets_hours_from_a_time_told(text, extent, earliest, latest):
    tx = _one(text, extent)
    assert (tx.earliest, tx.latest) == (earliest, latest), tx.derivation
    assert tx.anchored_to.startswith("timex:")
