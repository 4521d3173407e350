"""One huge "sentence" (a scraped list or table with no full stops) must not make clustering, dating or placing
compare every mention with every other: the results stay those of the rules, the work near-linear."""

from __future__ import annotations

from types import SimpleNamespace

from event_helpers import extracted_of

from timeline.events.merging import MergingMixin
from timeline.events.occasion_places import OccasionPlaceMixin

_PAIRS = (("Iran", "Oman"), ("France", "Germany"), ("Japan", "India"), ("Egypt", "Qatar"), ("Brazil", "Argentina"))


def _met_list(n: int) -> str:
    return ", ".join(f"{a} and {b} met on March {k + 1}, 2024" for k in range(n)
                     for a, b in [_PAIRS[k % len(_PAIRS)]]) + "."


def test_meetings_of_one_sentence_stay_apart():
    events = [e for e in extracted_of(_met_list(6)) if e.type == "CONSULT"]
    assert len(events) == 6
    assert sorted(e.date_start.day for e in events) == [1, 2, 3, 4, 5, 6]


def _same_day_list(n: int, act: str) -> str:
    return ", ".join(f"{a} {act} {b} on Monday" for k in range(n) for a, b in [_PAIRS[k % len(_PAIRS)]]) + "."


def test_verbs_of_one_sentence_are_not_compared_pair_by_pair(monkeypatch):
    calls = []
    real = MergingMixin._compatible

    def counting(self, c, cl):
        calls.append(1)
        return real(self, c, cl)

    monkeypatch.setattr(MergingMixin, "_compatible", counting)
    for act, type_ in (("met with", "CONSULT"), ("condemned", "DISAPPROVE"), ("held talks with", "CONSULT")):
        calls.clear()
        events = [e for e in extracted_of(_same_day_list(40, act)) if e.type == type_]
        assert len(events) == 40  # forty acts told in one sentence: forty events, one day
        assert len(calls) < 40  # (each verb against every earlier act of its sentence would be 780 calls)


def _mention(actor_id: str, text: str, kind: str = "state", via: str = "name", country: str | None = None):
    return SimpleNamespace(actor=SimpleNamespace(id=actor_id, kind=kind, country=country), via=via, text=text)


def test_state_names_come_from_the_text_mentions():
    ctx = SimpleNamespace(mentions=[_mention("VNM", "Vietnam"), _mention("PRK", "the North", via="alias"),
                                    _mention("IND", "New Delhi", via="capital"), _mention("xi", "Xi", kind="person")])
    assert OccasionPlaceMixin._names_a_state(ctx, "Vietnam")
    assert OccasionPlaceMixin._names_a_state(ctx, "North")  # ("the North" written without its article)
    assert not OccasionPlaceMixin._names_a_state(ctx, "New Delhi")  # a capital is a city
    assert not OccasionPlaceMixin._names_a_state(ctx, "Xi")
    assert MergingMixin._names_state_of(ctx, "North", _mention("PRK", "Pyongyang"))
    assert MergingMixin._names_state_of(ctx, "Vietnam", _mention("to", "To Lam", kind="person", country="VNM"))
    assert not MergingMixin._names_state_of(ctx, "India", _mention("IND", "India"))  # (never written so)
    assert not MergingMixin._names_state_of(ctx, "Vietnam", None)
    ctx.mentions = [_mention("IND", "India")]  # another text: its own names, none kept from the one before
    assert OccasionPlaceMixin._names_a_state(ctx, "India")
    assert not OccasionPlaceMixin._names_a_state(ctx, "Vietnam")
    assert MergingMixin._names_state_of(ctx, "India", _mention("IND", "New Delhi"))
