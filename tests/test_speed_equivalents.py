"""The speed pass's shortcuts give exactly what the plain computations they replace give: linking's
one-pass fit of a report against a group (``_worst_fit``) and date disagreement (``_dates_disjoint``),
``Event.with_``, and the pipeline's garbage-collector settings, which are restored after a run."""

from __future__ import annotations

import gc
import itertools
from dataclasses import fields, replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.linking import _dates_disjoint, _fit_facts, _fits, _gap, _names, _worst_fit, load_link_rules
from timeline.model import Document, Event
from timeline.pipeline import _fewer_collections, build_timeline

_DAY0 = date(2025, 10, 1)


def _event(n: int, doc: str, start: int, length: int, *, mode: str | None, location: str | None, status: str,
           actors: tuple[str, ...]) -> Event:
    return Event(id=f"e{n}", doc=doc, type="CONSULT", trigger="met", start=0, end=3, sentence="They met.",
                 sentence_start=0, sentence_end=9, summary="met", status=status, mode=mode, actors=actors,
                 source_actor=actors[0] if actors else None, target_actor=actors[1] if len(actors) > 1 else None,
                 location=location, date_start=_DAY0 + timedelta(days=start),
                 date_end=_DAY0 + timedelta(days=start + length), precision="day", date_basis="expression")


_EVENTS = st.builds(
    lambda docs: docs,
    st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 20), st.integers(0, 6),
                       st.sampled_from([None, "phone", "visit", "host", ""]),
                       st.sampled_from([None, "Paris", "paris", "Rome", ""]),
                       st.sampled_from(["occurred", "planned", "cancelled"]),
                       st.sampled_from([("Japan", "India"), ("India", "Japan"), ("Japan", "India", "China"),
                                        ("Japan", "India", "Chile")])),
             min_size=1, max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(_EVENTS)
def test_worst_fit_is_the_largest_fit_or_none_when_one_member_does_not_fit(specs):
    rules = load_link_rules()
    events = [_event(k, *spec[:3], mode=spec[3], location=spec[4], status=spec[5], actors=spec[6])
              for k, spec in enumerate(specs)]
    names = {id(e): _names(e) for e in events}
    e, members = events[0], events[1:] or events[:1]
    gaps = [_fits(e, m, rules, names) for m in members]
    expected = None if any(g is None for g in gaps) else max(gaps)
    got = _worst_fit(_fit_facts(e, rules, names), [_fit_facts(m, rules, names) for m in members], rules.window_days)
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), min_size=0, max_size=7))
def test_dates_disjoint_is_some_pair_with_a_gap(spans):
    group = [_event(k, f"d{k}", a, n, mode=None, location=None, status="occurred", actors=("Japan", "India"))
             for k, (a, n) in enumerate(spans)]
    expected = any(_gap(a, b) > 0 for a, b in itertools.combinations(group, 2))
    assert _dates_disjoint(group) == expected


def test_dates_disjoint_reads_a_malformed_range_pairwise():
    good = _event(1, "x", 5, 2, mode=None, location=None, status="occurred", actors=("Japan", "India"))
    bad = replace(good, id="e2", doc="y", date_start=_DAY0 + timedelta(days=9), date_end=_DAY0 + timedelta(days=3))
    assert _dates_disjoint([good, bad]) == (_gap(good, bad) > 0)


def test_event_with_changes_what_replace_changes():
    e = _event(1, "x", 3, 1, mode="phone", location="Paris", status="occurred", actors=("Japan", "India"))
    changes = {"status": "planned", "flags": ("f",), "reports": 3, "date_end": None, "linked_events": ("e9",)}
    assert e.with_(**changes) == replace(e, **changes)
    assert e.with_() == e
    for f in fields(Event):  # every field, one at a time
        value = getattr(e, f.name)
        assert e.with_(**{f.name: value}) == e
    with pytest.raises(TypeError):
        e.with_(no_such_field=1)


def test_collector_settings_are_restored_after_a_run():
    before = gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()
    doc = Document(id="d", text="Japan and India met in Tokyo on Monday.", dct=date(2025, 10, 22))
    build_timeline([doc])
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before
    with _fewer_collections():
        with _fewer_collections():  # (nested: the outer one restores)
            pass
        assert gc.get_threshold()[0] >= before[0][0]
    assert (gc.get_threshold(), gc.get_freeze_count()) == before[:2]


def test_objects_a_caller_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()  # (objects freed meanwhile leave the count: it may only fall by a few)
        with _fewer_collections():
            assert frozen - 100 <= gc.get_freeze_count() <= frozen  # not frozen again with everything since
        assert frozen - 100 <= gc.get_freeze_count() <= frozen  # nor unfrozen when the run ends
    finally:
        gc.unfreeze()
