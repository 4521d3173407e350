"""Which reports of different articles are one real-world event (``timeline.linking``): the
criteria on hand-made events, so each rule is seen on its own. A missed link costs an analyst less
than a false one: every case where two reports could tell different events stays apart."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import ResourceError
from timeline.linking import LINK_FLAG, group_id, link_reports, load_link_rules, parse_link_rules
from timeline.model import Document, Event


def _event(eid: str, doc: str, day: str, *, end: str | None = None, type: str = "CONSULT", mode: str | None = None,
           source: str | None = "Japan", target: str | None = "India", actors: tuple[str, ...] | None = None,
           status: str = "occurred", location: str | None = None, basis: str = "expression", text: str | None = None) -> Event:
    d0 = date.fromisoformat(day)
    d1 = date.fromisoformat(end) if end else d0
    names = actors if actors is not None else tuple(n for n in (source, target) if n)
    return Event(id=eid, doc=doc, type=type, trigger="met", start=0, end=3, sentence=f"{eid} met.", sentence_start=0,
                 sentence_end=7, summary=f"{type} {eid}", status=status, mode=mode, actors=names, source_actor=source,
                 target_actor=target, location=location, date_start=d0, date_end=d1, precision="day",
                 date_text=text, date_basis=basis)


def _docs(*ids: str) -> tuple[Document, ...]:
    return tuple(Document(id=d, text="", dct=date(2025, 10, 22) + timedelta(days=i), outlet=f"Outlet {d.upper()}",
                          title=f"Story {d}") for i, d in enumerate(ids))


def _groups(events) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in events:
        out.setdefault(e.report_group, set()).add(e.id)
    return out


def _linked(a: Event, b: Event) -> bool:
    events, _ = link_reports([a, b], _docs(a.doc, b.doc) if a.doc != b.doc else _docs(a.doc))
    return events[0].report_group == events[1].report_group


@pytest.mark.parametrize("a, b, same", [
    # symmetric types: the order of the participants is free
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21", source="India", target="Japan"), True),
    (_event("a", "x", "2025-10-21", type="AGREE"), _event("b", "y", "2025-10-21", type="AGREE", source="India", target="Japan"), True),
    # directed types: who did it to whom matters
    (_event("a", "x", "2025-10-21", type="SANCTION"), _event("b", "y", "2025-10-21", type="SANCTION"), True),
    (_event("a", "x", "2025-10-21", type="SANCTION"), _event("b", "y", "2025-10-21", type="SANCTION", source="India", target="Japan"), False),
    # a further actor in one report (the other names fewer): linked; a different one in each: apart
    (_event("a", "x", "2025-10-21", actors=("Japan", "India", "United States")), _event("b", "y", "2025-10-21"), True),
    (_event("a", "x", "2025-10-21", actors=("Japan", "India", "United States")),
     _event("b", "y", "2025-10-21", actors=("Japan", "India", "China")), False),
    (_event("a", "x", "2025-10-21", type="SANCTION", actors=("Japan", "India", "China")),
     _event("b", "y", "2025-10-21", type="SANCTION", actors=("Japan", "India", "Chile")), False),
    # another type, another participant, one actor alone
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21", type="AGREE"), False),
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21", target="China"), False),
    (_event("a", "x", "2025-10-21", type="MOBILIZE", target=None), _event("b", "y", "2025-10-21", type="MOBILIZE", target=None), False),
    # a visit and its hosting are one meeting; a phone call is not a meeting
    (_event("a", "x", "2025-10-21", mode="visit"), _event("b", "y", "2025-10-21", mode="host", source="India", target="Japan"), True),
    (_event("a", "x", "2025-10-21", mode="phone"), _event("b", "y", "2025-10-21", mode="visit"), False),
    (_event("a", "x", "2025-10-21", mode="phone"), _event("b", "y", "2025-10-21"), True),
    # places: the same, or one unsaid; two different places are two events
    (_event("a", "x", "2025-10-21", location="Tokyo"), _event("b", "y", "2025-10-21", location="tokyo"), True),
    (_event("a", "x", "2025-10-21", location="Tokyo"), _event("b", "y", "2025-10-21"), True),
    (_event("a", "x", "2025-10-21", location="Tokyo"), _event("b", "y", "2025-10-21", location="New Delhi"), False),
    # dates: the same day, a day apart (linked, and flagged), a week or a month apart (two events)
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-22"), True),
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-28"), False),
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-11-21"), False),
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-01", end="2025-10-31"), True),  # "in October"
    # a date from tense alone, or a year, cannot tell which meeting it was: a tense-only report
    # joins a dated report published within a week before it (when it is the one meeting there is:
    # see test_linking_tense_report_joins_only_one_group), two tense-only reports never link
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2024-10-24", end="2025-10-24", basis="tense"), True),
    (_event("a", "x", "2025-10-01"), _event("b", "y", "2024-10-23", end="2025-10-23", basis="tense"), False),  # 3 weeks
    (_event("a", "x", "2025-10-01", end="2025-10-31"), _event("b", "y", "2024-10-23", end="2025-10-23", basis="tense"), False),  # a month: too vague
    (_event("a", "x", "2024-10-24", end="2025-10-24", basis="tense"), _event("b", "y", "2024-10-24", end="2025-10-24", basis="tense"), False),
    (_event("a", "x", "2025-10-21"), _event("b", "y", "2025-01-01", end="2025-12-31"), False),
    # a planned meeting is the meeting held only when their dates agree
    (_event("a", "x", "2025-10-21", status="planned"), _event("b", "y", "2025-10-21"), True),
    (_event("a", "x", "2025-10-21", status="planned"), _event("b", "y", "2025-10-22"), False),
    (_event("a", "x", "2025-10-21", status="hypothetical"), _event("b", "y", "2025-10-21"), False),
    # sayings are too many and too alike to link
    (_event("a", "x", "2025-10-21", type="STATEMENT"), _event("b", "y", "2025-10-21", type="STATEMENT"), False),
    # two events of one article are the event layer's to merge, never linked as two reports
    (_event("a", "x", "2025-10-21"), _event("b", "x", "2025-10-21"), False),
])
def test_linking_criteria(a, b, same):
    assert _linked(a, b) is same


def test_linking_fields_name_the_group_the_count_and_the_other_reports():
    events, warnings = link_reports(
        [_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21"), _event("c", "z", "2025-10-21"),
         _event("d", "z", "2025-12-01")], _docs("x", "y", "z"))
    a, b, c, d = events
    assert a.report_group == b.report_group == c.report_group == group_id("a")  # the first published report
    assert (a.reports, b.reports, c.reports) == (3, 3, 3)
    assert (a.linked_events, b.linked_events, c.linked_events) == (("b", "c"), ("a", "c"), ("a", "b"))
    assert (d.report_group, d.reports, d.linked_events) == (group_id("d"), 1, ())  # alone: a group of one
    assert warnings == () and not any(e.flags for e in events)


def test_linking_date_disagreement_is_flagged_on_every_report_naming_documents_and_dates():
    events, warnings = link_reports(
        [_event("a", "x", "2025-10-21", text="Tuesday"), _event("b", "y", "2025-10-22", text="Wednesday")], _docs("x", "y"))
    for e in events:
        (flag,) = e.flags
        assert flag.startswith(LINK_FLAG)
        assert "Outlet X, 'Story x' (published 2025-10-22) says 2025-10-21 ('Tuesday')" in flag
        assert "Outlet Y, 'Story y' (published 2025-10-23) says 2025-10-22 ('Wednesday')" in flag
    assert len(warnings) == 1 and "disagree on the date" in warnings[0]


@pytest.mark.parametrize("other, flagged", [("cancelled", True), ("denied", True), ("occurred", False), ("ongoing", False)])
def test_linking_held_against_called_off_is_flagged(other, flagged):
    events, warnings = link_reports([_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21", status=other)], _docs("x", "y"))
    assert events[0].report_group == events[1].report_group
    assert all(bool(e.flags) is flagged for e in events)
    assert bool(warnings) is flagged
    if flagged:
        assert "disagree on the status" in warnings[0] and f"2025-10-21, {other}" in warnings[0]


def test_linking_a_vague_report_between_two_meetings_stays_apart():
    # two meetings in October; a third article says only "in October": which one is unknown
    events, _ = link_reports([_event("a", "x", "2025-10-03"), _event("b", "y", "2025-10-03"),
                              _event("c", "x", "2025-10-20"), _event("d", "y", "2025-10-20"),
                              _event("e", "z", "2025-10-01", end="2025-10-31")], _docs("x", "y", "z"))
    groups = _groups(events)
    assert {"a", "b"} in groups.values() and {"c", "d"} in groups.values() and {"e"} in groups.values()


def test_linking_joins_a_report_only_if_it_fits_every_member():
    # 21 and 22 fit, 22 and 23 fit, 21 and 23 do not: no chain of near misses
    events, _ = link_reports([_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-22"), _event("c", "z", "2025-10-23")],
                             _docs("x", "y", "z"))
    assert max(e.reports for e in events) == 2


def test_linking_excluded_events_stand_alone_and_linking_again_changes_nothing():
    events = [_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-22"), _event("c", "z", "2025-10-21")]
    once, _ = link_reports(events, _docs("x", "y", "z"))
    assert _groups(link_reports(once, _docs("x", "y", "z"))[0]) == _groups(once)
    assert link_reports(once, _docs("x", "y", "z"))[0] == once
    split, _ = link_reports(once, _docs("x", "y", "z"), exclude={"b"})
    assert split[1].reports == 1 and not split[1].flags and split[1].report_group == group_id("b")
    assert split[0].linked_events == ("c",) and not split[0].flags  # the disagreeing report left: no flag


def test_linking_group_ids_do_not_depend_on_input_order_or_unrelated_events():
    events = [_event("a", "x", "2025-10-21"), _event("b", "y", "2025-10-21"), _event("c", "z", "2025-11-21")]
    docs = _docs("x", "y", "z")
    first = {e.id: e.report_group for e in link_reports(events, docs)[0]}
    unrelated = _event("u", "w", "2025-10-21", source="Chile", target="Peru")
    again = {e.id: e.report_group for e in link_reports([unrelated, *reversed(events)], docs + _docs("w"))[0]}
    assert {k: again[k] for k in first} == first


def test_linking_is_near_linear():
    # 4,000 events of 200 pairs over a year: bucketed, never all pairs of all events
    events = [_event(f"e{i}", f"d{i % 37}", (date(2025, 1, 1) + timedelta(days=i % 300)).isoformat(),
                     source=f"State {i % 200}", target="Japan") for i in range(4000)]
    t0 = time.perf_counter()
    linked, _ = link_reports(events, ())
    assert time.perf_counter() - t0 < 2.0
    assert len(linked) == 4000
    # one pair told every day for a year by a few outlets: compared only with reports near in time
    daily = [_event(f"d{i}", f"doc{i % 5}", (date(2025, 1, 1) + timedelta(days=i // 5)).isoformat()) for i in range(3000)]
    t0 = time.perf_counter()
    linked, _ = link_reports(daily, ())
    assert time.perf_counter() - t0 < 2.0
    assert max(e.reports for e in linked) == 5  # each day's five reports, never a chain across days


def _shipped(old: str, new: str) -> str:
    from importlib import resources

    text = resources.files("timeline.resources").joinpath("linking", "linking.yaml").read_text("utf-8")
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize("text, message", [
    (_shipped("window_days: 1", "window_days: -1"), "must be a whole number"),
    (_shipped("symmetric_types: [CONSULT,", "symmetric_types: [[CONSULT],"), "must be a list of words"),
    (_shipped("  phone: [phone]", "  phone: [visit]"), "'visit' is in two mode_classes classes"),
    ("[1, 2]\n", "expected a mapping"),
    ("window_days: 1\nsurprise: 2\n", "unknown setting 'surprise'"),
    ("window_days: 1\n", "is missing"),
])
def test_linking_bad_rules_file_names_the_line(text, message):
    with pytest.raises(ResourceError, match=message) as err:
        parse_link_rules(text, "linking.yaml")
    assert err.value.what.startswith("linking.yaml:")


def test_linking_shipped_rules_load():
    rules = load_link_rules()
    assert "CONSULT" in rules.symmetric_types and rules.mode_class["visit"] == rules.mode_class["host"]


_PAIRS = (("Japan", "India"), ("India", "Japan"), ("Chile", "Peru"))


@st.composite
def _batches(draw):
    n = draw(st.integers(min_value=0, max_value=14))
    events = []
    for i in range(n):
        source, target = draw(st.sampled_from(_PAIRS))
        day = (date(2025, 10, 1) + timedelta(days=draw(st.integers(0, 12)))).isoformat()
        width = draw(st.sampled_from((0, 0, 0, 6, 30)))
        end = (date.fromisoformat(day) + timedelta(days=width)).isoformat()
        events.append(_event(f"e{i}", draw(st.sampled_from("wxyz")), day, end=end, source=source, target=target,
                             type=draw(st.sampled_from(("CONSULT", "SANCTION"))),
                             status=draw(st.sampled_from(("occurred", "occurred", "planned", "cancelled")))))
    order = draw(st.permutations(range(n)))
    return events, [events[i] for i in order]


@settings(max_examples=60, deadline=None)
@given(_batches())
def test_linking_groups_are_sound_and_do_not_depend_on_input_order(batch):
    events, shuffled = batch
    docs = _docs("w", "x", "y", "z")
    linked, _ = link_reports(events, docs)
    again, _ = link_reports(shuffled, docs)
    assert {e.id: (e.report_group, e.reports, e.linked_events, e.flags) for e in linked} == {
        e.id: (e.report_group, e.reports, e.linked_events, e.flags) for e in again}
    by_id = {e.id: e for e in linked}
    for e in linked:
        members = [e, *(by_id[i] for i in e.linked_events)]
        assert len({m.doc for m in members}) == len(members) == e.reports  # one report per document
        assert all(by_id[i].report_group == e.report_group for i in e.linked_events)
        assert all(m.type == e.type for m in members)
        if e.type == "CONSULT":
            assert all({m.source_actor, m.target_actor} == {e.source_actor, e.target_actor} for m in members)
        else:
            assert all((m.source_actor, m.target_actor) == (e.source_actor, e.target_actor) for m in members)
        for m in members:  # every two reports fit: overlapping dates, or a day apart with the same status
            gap = (max(m.date_start, e.date_start) - min(m.date_end, e.date_end)).days
            assert gap <= (1 if m.status == e.status else 0)
