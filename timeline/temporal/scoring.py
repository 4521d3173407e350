"""TempEval-3 scoring of temporal expressions (TIMEX3), as the official TE3 script does it.

Conventions of the official script (``evaluate_entities.py`` of the TempEval-3 toolkit):

* gold and system expressions are aligned one to one; a pair is a **relaxed** match when their
  extents overlap, a **strict** match when the extents are identical;
* precision = matches / system expressions, recall = matches / gold expressions, F1 their
  harmonic mean; figures are micro-averaged over the whole corpus (counts summed first);
* **type** and **value** are compared (exact string equality) over the relaxed-matched pairs:
  attribute accuracy = correct / relaxed matches, attribute F1 = relaxed F1 x accuracy;
* the creation time (``tid="t0"``, functionInDocument CREATION_TIME) and empty TIMEX3s are not scored.

Pure functions over anything with ``start``, ``end``, ``text``, ``type`` and ``value``: gold
:class:`~timeline.temporal.timeml.GoldTimex` and system :class:`~timeline.model.Timex` alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from timeline.errors import TimelineError

__all__ = [
    "Span", "Counts", "DocumentScore", "CorpusScore", "WrongAttribute",
    "align_timexes", "score_document", "score_corpus", "evaluate_timeml", "prf",
]


class Span(Protocol):
    start: int
    end: int
    text: str
    type: str
    value: str


def prf(matches: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0.0 where undefined)."""
    p = matches / system if system else 0.0
    r = matches / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True, slots=True)
class WrongAttribute:
    """A relaxed-matched pair whose type or value differs."""

    gold: Any
    system: Any


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0  # pairs with identical extents
    relaxed: int = 0  # pairs with overlapping extents
    type_correct: int = 0  # among relaxed pairs
    value_correct: int = 0  # among relaxed pairs

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(self._tuple(), other._tuple())))

    def _tuple(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.strict, self.relaxed, self.type_correct, self.value_correct)

    # --- figures ---
    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return prf(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_prf[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_prf[2] * self.value_accuracy

    def figures(self) -> dict[str, float | int]:
        sp, sr, sf = self.strict_prf
        rp, rr, rf = self.relaxed_prf
        return {
            "gold": self.gold, "system": self.system, "strict_matches": self.strict,
            "relaxed_matches": self.relaxed,
            "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
            "type_accuracy": self.type_accuracy, "value_accuracy": self.value_accuracy,
            "type_f1": self.type_f1, "value_f1": self.value_f1,
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    name: str
    counts: Counts
    misses: tuple[Any, ...] = ()  # gold expressions with no overlapping system expression
    spurious: tuple[Any, ...] = ()  # system expressions with no overlapping gold expression
    wrong_values: tuple[WrongAttribute, ...] = ()
    wrong_types: tuple[WrongAttribute, ...] = ()
    extent_mismatches: tuple[WrongAttribute, ...] = ()  # relaxed but not strict matches
    words: int = 0
    text: str = ""


@dataclass(frozen=True, slots=True)
class CorpusScore:
    documents: tuple[DocumentScore, ...]
    counts: Counts
    seconds: float = 0.0  # time spent tagging (not reading, not scoring)
    words: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    def errors_by_rule(self) -> list[dict[str, Any]]:
        """Per system rule: expressions, spurious ones, wrong values, extent mismatches (worst first).
        Misses have no rule: they are counted per gold type under ``missed:<TYPE>``."""
        table: dict[str, dict[str, Any]] = {}

        def row(rule: str) -> dict[str, Any]:
            return table.setdefault(rule, {"rule": rule, "spurious": 0, "wrong_value": 0, "wrong_type": 0,
                                           "extent": 0, "missed": 0})

        for d in self.documents:
            for s in d.spurious:
                row(getattr(s, "rule", "") or "?")["spurious"] += 1
            for w in d.wrong_values:
                row(getattr(w.system, "rule", "") or "?")["wrong_value"] += 1
            for w in d.wrong_types:
                row(getattr(w.system, "rule", "") or "?")["wrong_type"] += 1
            for w in d.extent_mismatches:
                row(getattr(w.system, "rule", "") or "?")["extent"] += 1
            for g in d.misses:
                row(f"missed:{g.type}")["missed"] += 1
        for r in table.values():
            r["total"] = r["spurious"] + r["wrong_value"] + r["extent"] + r["missed"]
        return sorted(table.values(), key=lambda r: (-r["total"], r["rule"]))

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": len(self.documents),
            **_rounded(self.counts.figures()),
            "words": self.words,
            "seconds": round(self.seconds, 4),
            "words_per_second": round(self.words / self.seconds) if self.seconds else None,
            "per_document": [
                {"doc": d.name, **_rounded(d.counts.figures())} for d in self.documents
            ],
        }
        if errors:
            out["misses"] = [_span_dict(d.name, g) for d in self.documents for g in d.misses]
            out["spurious"] = [_span_dict(d.name, s) for d in self.documents for s in d.spurious]
            out["wrong_values"] = [
                {"doc": d.name, "gold": _span_dict(None, w.gold), "system": _span_dict(None, w.system)}
                for d in self.documents for w in d.wrong_values
            ]
            out["wrong_types"] = [
                {"doc": d.name, "gold": _span_dict(None, w.gold), "system": _span_dict(None, w.system)}
                for d in self.documents for w in d.wrong_types
            ]
            out["errors_by_rule"] = self.errors_by_rule()
            out["extent_mismatches"] = [
                {"doc": d.name, "gold": _span_dict(None, w.gold), "system": _span_dict(None, w.system)}
                for d in self.documents for w in d.extent_mismatches
            ]
        return out


def _rounded(figures: dict[str, float | int]) -> dict[str, float | int]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}


def _span_dict(doc: str | None, span: Any) -> dict[str, Any]:
    out: dict[str, Any] = {} if doc is None else {"doc": doc}
    out.update(start=span.start, end=span.end, text=span.text, type=span.type, value=span.value)
    for extra in ("rule", "derivation"):
        if getattr(span, extra, None):
            out[extra] = getattr(span, extra)
    return out


def _trimmed(span: Any) -> tuple[int, int]:
    """The extent without surrounding whitespace (the official script compares token strings)."""
    text = span.text or ""
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return span.start + lead, span.end - trail


def align_timexes(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping gold and system expressions.

    Identical extents pair first; then each remaining gold expression takes the unpaired system
    expression it overlaps most (ties: the earlier one).
    """
    gold_spans = [_trimmed(g) for g in gold]
    sys_spans = [_trimmed(s) for s in system]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for j, sp in enumerate(sys_spans):
        by_span.setdefault(sp, []).append(j)
    for i, gp in enumerate(gold_spans):
        for j in by_span.get(gp, ()):
            if j not in used:
                pairs[i] = j
                used.add(j)
                break
    for i, (gs, ge) in enumerate(gold_spans):
        if i in pairs:
            continue
        best, best_overlap = None, 0
        for j, (ss, se) in enumerate(sys_spans):  # documents hold tens of expressions: quadratic is fine
            if j in used:
                continue
            overlap = min(ge, se) - max(gs, ss)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            pairs[i] = best
            used.add(best)
    return [(gold[i], system[j]) for i, j in sorted(pairs.items())]


def score_document(name: str, gold: Sequence[Span], system: Sequence[Span], *, text: str = "") -> DocumentScore:
    """Score one document's system expressions against its gold ones."""
    gold = [g for g in gold if (g.text or "").strip()]
    system = [s for s in system if (s.text or "").strip()]
    pairs = align_timexes(gold, system)
    matched_gold = {id(g) for g, _ in pairs}
    matched_sys = {id(s) for _, s in pairs}
    strict = type_ok = value_ok = 0
    wrong_values: list[WrongAttribute] = []
    wrong_types: list[WrongAttribute] = []
    extents: list[WrongAttribute] = []
    for g, s in pairs:
        if _trimmed(g) == _trimmed(s):
            strict += 1
        else:
            extents.append(WrongAttribute(g, s))
        if g.type == s.type:
            type_ok += 1
        else:
            wrong_types.append(WrongAttribute(g, s))
        if g.value == s.value:
            value_ok += 1
        else:
            wrong_values.append(WrongAttribute(g, s))
    counts = Counts(
        gold=len(gold), system=len(system), strict=strict, relaxed=len(pairs),
        type_correct=type_ok, value_correct=value_ok,
    )
    return DocumentScore(
        name=name,
        counts=counts,
        misses=tuple(g for g in gold if id(g) not in matched_gold),
        spurious=tuple(s for s in system if id(s) not in matched_sys),
        wrong_values=tuple(wrong_values),
        wrong_types=tuple(wrong_types),
        extent_mismatches=tuple(extents),
        words=len(text.split()),
        text=text,
    )


def score_corpus(documents: Iterable[DocumentScore], *, seconds: float = 0.0) -> CorpusScore:
    """Micro-averaged corpus figures from per-document scores."""
    docs = tuple(documents)
    total = Counts()
    for d in docs:
        total = total + d.counts
    return CorpusScore(documents=docs, counts=total, seconds=seconds, words=sum(d.words for d in docs))


Tagger = Callable[..., Sequence[Span]]


def evaluate_timeml(
    paths: Iterable[str | Path],
    tagger: Tagger | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> CorpusScore:
    """Read each TimeML file, run ``tagger(raw_text, dct)`` on its text, score it.

    ``tagger`` defaults to :func:`timeline.temporal.tag_text`. A document without a creation time
    is tagged as narrative. Reading errors (InputError) propagate with the file name.
    """
    from timeline.temporal.timeml import read_timeml

    if tagger is None:
        from timeline.temporal import tag_text as tagger  # type: ignore[no-redef]
        from timeline.temporal.engine import default_engine, tag

        # compile the rules (and load what resolution reads lazily) before the clock starts:
        # the speed reported is that of tagging, not of a one-off start-up
        tag(default_engine(), "Talks began on Monday, four days after the vote of March 3, 2024.", None)

    scores: list[DocumentScore] = []
    seconds = 0.0
    for path in paths:
        doc = read_timeml(path)
        if progress:
            progress(doc.name)
        t0 = time.perf_counter()
        try:
            system = tagger(doc.text, doc.dct, narrative=doc.dct is None)
        except TimelineError as err:
            raise type(err)(f"{doc.path or doc.name}: {err.what}", err.fix) from None
        seconds += time.perf_counter() - t0
        scores.append(score_document(doc.name, doc.timexes, tuple(system), text=doc.text))
    return score_corpus(scores, seconds=seconds)
