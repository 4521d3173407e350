"""Properties of propagation on random networks built from a hidden true calendar."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.model import Constraint, Event
from timeline.reasoning import CONTRADICTION_FLAG, propagate

BASE = date(2025, 1, 1)


def _event(i: int, truth: int, dated: str | None, slack: tuple[int, int]) -> Event:
    kw = {}
    if dated:
        kw = dict(date_start=BASE + timedelta(days=truth - slack[0]), date_end=BASE + timedelta(days=truth + slack[1]),
                  precision="day" if slack == (0, 0) else "month", date_basis=dated)
    return Event(id=f"e{i}", doc="d", type="CONSULT", trigger="met", start=0, end=3, sentence="They met.",
                 sentence_start=0, sentence_end=9, summary=f"meeting {i}", **kw)


@st.composite
def networks(draw):
    n = draw(st.integers(2, 8))
    truth = [draw(st.integers(0, 60)) for _ in range(n)]
    events = []
    for i in range(n):
        dated = draw(st.sampled_from([None, None, "expression", "tense", "analyst"]))
        slack = (0, 0) if dated == "expression" else (draw(st.integers(0, 10)), draw(st.integers(0, 10)))
        events.append(_event(i, truth[i], dated, slack))
    constraints = []
    for _ in range(draw(st.integers(0, 12))):
        a, b = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
        diff = truth[b] - truth[a]
        lo = diff - draw(st.integers(0, 3)) if draw(st.booleans()) else None
        hi = diff + draw(st.integers(0, 3)) if draw(st.booleans()) else None
        constraints.append(Constraint(f"e{a}", f"e{b}", lo, hi, "offset", "random", "d"))
    return truth, tuple(events), tuple(constraints)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_reasoning_consistent_network_keeps_every_true_date_in_range(network):
    truth, events, constraints = network
    out, warnings = propagate(events, constraints)
    assert warnings == ()
    for e, t in zip(out, truth):
        day = BASE + timedelta(days=t)
        assert not any(f.startswith(CONTRADICTION_FLAG) for f in e.flags)
        if e.date_start is not None:
            assert e.date_start <= day
        if e.date_end is not None:
            assert day <= e.date_end
        if e.date_start is not None and e.date_end is not None:
            assert e.date_start <= e.date_end
            assert (e.precision == "day") == (e.date_start == e.date_end) or e.date_basis != "constraint"


@settings(max_examples=100, deadline=None)
@given(networks(), st.integers(1, 5))
def test_reasoning_injected_contradiction_is_always_flagged(network, error):
    truth, events, constraints = network
    # pin two events to their true days, then claim a wrong exact offset between them
    pinned = tuple(
        e.with_(date_start=BASE + timedelta(days=t), date_end=BASE + timedelta(days=t), precision="day",
                date_basis="expression") if i < 2 else e
        for i, (e, t) in enumerate(zip(events, truth))
    )
    wrong = truth[1] - truth[0] + error
    bad = Constraint("e0", "e1", wrong, wrong, "offset", "a wrong offset", "d")
    out, warnings = propagate(pinned, constraints + (bad,))
    assert warnings
    assert any(f.startswith(CONTRADICTION_FLAG) for f in out[0].flags)
    assert any(f.startswith(CONTRADICTION_FLAG) for f in out[1].flags)
    # flagged events keep their own dates
    assert (out[0].date_start, out[1].date_start) == (pinned[0].date_start, pinned[1].date_start)
