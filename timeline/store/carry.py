"""Which newly extracted event an event that no longer extracts has become, after an edit of its
article: an event's id hashes its trigger's offset, so a line added above it (an "UPDATE:", a
correction) gives it a new id. The analyst's decision must follow it.

Matching stays inside one document and is one-to-one; it never guesses:

1. same type, same trigger, same sentence (whitespace normalised): one old and one new event
   match; as many old as new events with that content match in text order (the same ordinal);
   any other count is a tie;
2. otherwise same type and trigger and a sentence with small edits (similarity at least
   ``SIMILAR``): the old and the new event must be each other's single best candidate, clear of
   the next one by ``MARGIN``; two candidates that score alike are a tie.

A tie is reported, never resolved: the old event keeps what the analyst entered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
import re
from difflib import SequenceMatcher

#: How alike two sentences must be (difflib ratio over their words and punctuation, 0..1) for an
#: event to follow a small edit: one word in ten changed, or a short aside added.
SIMILAR = 0.8
#: How far the best candidate must lead the next one for the match not to be a tie.
MARGIN = 0.02


@dataclass(frozen=True, slots=True)
class CarryCandidate:
    """The part of an event matching compares."""

    id: str
    doc: str  # the document as this run knows it (old ids already mapped to the new one)
    type: str
    trigger: str
    sentence: str
    start: int
    #: an old event: the run it vanished in; a new one: the run since which it has been extracted.
    #: A new event extracted already before the old one vanished was not what it became.
    since: int = 0


@dataclass(slots=True)
class CarryPlan:
    """What matching found: ``pairs`` (old id, new id, how) and ``ties`` (old id -> the new ids
    it could not be told apart between)."""

    pairs: list[tuple[str, str, str]] = field(default_factory=list)
    ties: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _exact_key(c: CarryCandidate) -> tuple[str, str, str, str]:
    return (c.doc, c.type, _norm(c.trigger).casefold(), _norm(c.sentence))


def _loose_key(c: CarryCandidate) -> tuple[str, str, str]:
    return (c.doc, c.type, _norm(c.trigger).casefold())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text or "")


def _similarity(a: CarryCandidate, b: CarryCandidate) -> float:
    """How alike two sentences are, word by word: one word changed is one edit, whichever word
    it becomes ("Monday" to "Sunday" is no closer than to "Tuesday")."""
    return SequenceMatcher(None, _words(a.sentence), _words(b.sentence), autojunk=False).ratio()


def plan_carry(old: Iterable[CarryCandidate], new: Iterable[CarryCandidate]) -> CarryPlan:
    """Match events that no longer extract (``old``) to events extracted now that carry no
    decision yet (``new``). Both sides must already name documents alike."""
    plan = CarryPlan()
    olds = sorted(old, key=lambda c: (c.doc, c.start, c.id))
    news = sorted(new, key=lambda c: (c.doc, c.start, c.id))
    # 1. same content
    by_key_old: dict[tuple, list[CarryCandidate]] = {}
    by_key_new: dict[tuple, list[CarryCandidate]] = {}
    for c in olds:
        by_key_old.setdefault(_exact_key(c), []).append(c)
    for c in news:
        by_key_new.setdefault(_exact_key(c), []).append(c)
    settled_old: set[str] = set()
    settled_new: set[str] = set()
    for key, group in by_key_old.items():
        found = by_key_new.get(key, [])
        admissible = {o.id: [n for n in found if n.since >= o.since] for o in group}
        if not any(admissible.values()):
            continue
        if len(group) == len(found) and all(len(a) == len(found) for a in admissible.values()):
            how = "same sentence" if len(group) == 1 else "same sentence, same order"
            plan.pairs.extend((o.id, n.id, how) for o, n in zip(group, found))
            settled_old.update(o.id for o in group)
            settled_new.update(n.id for n in found)
            continue
        claims: dict[str, int] = {}
        for a in admissible.values():
            for n in a:
                claims[n.id] = claims.get(n.id, 0) + 1
        for o in group:
            a = admissible[o.id]
            if len(a) == 1 and claims[a[0].id] == 1:
                plan.pairs.append((o.id, a[0].id, "same sentence"))
            elif a:  # one sentence now told twice, or two told once: which is which cannot be known
                plan.ties[o.id] = tuple(n.id for n in a)
            else:
                continue
            settled_old.add(o.id)
            settled_new.update(n.id for n in a)
    # 2. small edits of the sentence
    rest_old = [c for c in olds if c.id not in settled_old]
    rest_new = [c for c in news if c.id not in settled_new]
    scores: dict[tuple[str, str], float] = {}
    loose_new: dict[tuple, list[CarryCandidate]] = {}
    for c in rest_new:
        loose_new.setdefault(_loose_key(c), []).append(c)
    for o in rest_old:
        for n in loose_new.get(_loose_key(o), []):
            if n.since < o.since:
                continue
            s = _similarity(o, n)
            if s >= SIMILAR:
                scores[(o.id, n.id)] = s
    per_old: dict[str, list[tuple[float, str]]] = {}
    per_new: dict[str, list[tuple[float, str]]] = {}
    for (o, n), s in scores.items():
        per_old.setdefault(o, []).append((s, n))
        per_new.setdefault(n, []).append((s, o))
    for ranked in (*per_old.values(), *per_new.values()):
        ranked.sort(key=lambda t: (-t[0], t[1]))
    for o in rest_old:
        ranked = per_old.get(o.id)
        if not ranked:
            continue
        best, n = ranked[0]
        alike = [m for s, m in ranked if best - s < MARGIN]
        rivals = per_new[n]
        if len(alike) == 1 and rivals[0][1] == o.id and (len(rivals) == 1 or best - rivals[1][0] >= MARGIN):
            plan.pairs.append((o.id, n, f"edited sentence ({best:.2f} alike)"))
        else:  # two new events alike for it, or its best one as alike (or more) to another old event
            plan.ties[o.id] = tuple(alike)
    return plan


def old_doc_names(
    old_docs: Mapping[str, str | None], new_docs: Mapping[str, str | None],
) -> dict[str, str]:
    """Old document id -> the document of this run it is: the same id, or else the one document of
    this run read from the same path (an article whose text changed may get a new id). An old
    document two of this run's could be is left out: matching never crosses documents on a guess."""
    out: dict[str, str] = {}
    by_path: dict[str, list[str]] = {}
    for doc_id, path in new_docs.items():
        if path and path != "-":
            by_path.setdefault(path, []).append(doc_id)
    for doc_id, path in old_docs.items():
        if doc_id in new_docs:
            out[doc_id] = doc_id
        elif path and len(by_path.get(path, ())) == 1:
            out[doc_id] = by_path[path][0]
    return out


__all__ = ["MARGIN", "SIMILAR", "CarryCandidate", "CarryPlan", "old_doc_names", "plan_carry"]
