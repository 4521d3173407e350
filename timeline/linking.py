"""Cross-document linking: events of different articles that tell one real-world event.

Twenty articles about one peace process tell the same phone call, summit or signing many times.
``link_reports`` puts the reports of one event into a *report group*, after date propagation:

- every event keeps its id, its own evidence and its analyst's decisions; linking adds
  ``report_group`` (a stable id), ``reports`` (how many documents tell it) and ``linked_events``
  (the other reports' ids);
- reports whose dates overlap are all dated by the most precise date every one allows (their
  overlap: usually the best report's date), the derivation naming the report that gave it ("per
  <article>: ..."); each report's own date stays in ``report_date`` (unlinking gives it back);
- a report dated from tense alone never founds a group, but joins the one group that dates it
  precisely and recently enough (``joining_bases``, ``join_days``);
- the criteria are data (``timeline/resources/linking/linking.yaml``, explained there): same type
  (or a compatible one), same participants (order-free for symmetric types), compatible CONSULT
  modes, dates that overlap or lie within a small window, no conflicting place, no ambiguity;
- linked reports that disagree (disjoint dates, held vs cancelled) are flagged on every member,
  naming the documents and what each says, and warned about: disagreement is never hidden;
- near-linear: events are bucketed by type family and participants; only a bucket's events are
  compared with each other.

A group's id is ``stable_id`` of its first report (earliest publication date, then document and
offset): running the batch again, or adding an unrelated document, or a later report of the same
event, keeps it. An event alone is a group of one (its own id hashed the same way), so a later
report joining it keeps that id too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from operator import attrgetter
from importlib import resources
from typing import Any

from timeline.errors import ResourceError
from timeline.model import Document, Event, ReportDate, period_precision, stable_id

__all__ = ["LINK_FLAG", "LinkRules", "group_id", "link_reports", "load_link_rules", "unlink_reports"]

#: prefix of the flags this module writes (and rewrites on every run)
LINK_FLAG = "reports_disagree:"

_RESOURCE = "linking.yaml"


@dataclass(frozen=True, slots=True)
class LinkRules:
    """The linking criteria (see the resource file for what each means)."""

    window_days: int
    max_span_days: int
    symmetric_types: frozenset[str]
    family: Mapping[str, str]  # type -> the family it links within
    unlinked_types: frozenset[str]
    unlinked_statuses: frozenset[str]
    undated_bases: frozenset[str]
    joining_bases: frozenset[str]  # bases of reports that may join a group dated otherwise, never found one
    join_days: int  # such a report joins a group dated to fewer days, ending at most so many days before its publication
    mode_class: Mapping[str, str]  # CONSULT mode -> its class
    status_class: Mapping[str, str]  # status -> its conflict class


def _fail(name: str, line: int, what: str, fix: str) -> ResourceError:
    return ResourceError(f"{name}:{line}: {what}", fix)


def _words(data: Any, key: str, name: str, line: int) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(name, line, f"'{key}' must be a list of words", f"write e.g. {key}: [CONSULT, AGREE]")
    return [v.strip() for v in value]


def parse_link_rules(text: str, name: str = _RESOURCE) -> LinkRules:
    """The rules in ``text`` (YAML); a bad file raises ``ResourceError('name:line: what')``."""
    from timeline.actors._yaml import line_of, read_yaml

    data = read_yaml(text, name)
    if not isinstance(data, dict):
        raise _fail(name, 1, "expected a mapping of settings", "start from the shipped linking.yaml")
    line = line_of(data, 1)
    known = {"window_days", "max_span_days", "symmetric_types", "compatible_types", "unlinked_types",
             "unlinked_statuses", "undated_bases", "mode_classes", "status_conflicts", "joining_bases", "join_days"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(name, line, f"unknown setting '{unknown[0]}'", f"use only: {', '.join(sorted(known))}")
    missing = sorted(known - set(data))
    if missing:
        raise _fail(name, line, f"setting '{missing[0]}' is missing", "every setting of the shipped file is required")
    numbers = {}
    for key in ("window_days", "max_span_days", "join_days"):
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _fail(name, line, f"'{key}' must be a whole number of days, 0 or more", f"write e.g. {key}: 1")
        numbers[key] = value
    family: dict[str, str] = {}
    families = data["compatible_types"]
    if not isinstance(families, list):
        raise _fail(name, line, "'compatible_types' must be a list of lists of types", "write e.g. [[CONSULT, MEDIATE]]")
    for group in families:
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(t, str) for t in group):
            raise _fail(name, line, f"compatible_types entry {group!r} is not a list of two or more types",
                        "write e.g. [CONSULT, MEDIATE]")
        for t in group:
            if t in family:
                raise _fail(name, line, f"type {t} is in two compatible_types lines", "keep it in one")
            family[t] = "+".join(sorted(group))

    def classes(key: str) -> dict[str, str]:
        value = data[key]
        if not isinstance(value, dict):
            raise _fail(name, line, f"'{key}' must map class names to lists", f"see the shipped {_RESOURCE}")
        out: dict[str, str] = {}
        for cls, members in value.items():
            where = line_of(value, line)
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                raise _fail(name, where, f"{key}.{cls} must be a list of words", "write e.g. [visit, host]")
            for m in members:
                if m in out:
                    raise _fail(name, where, f"'{m}' is in two {key} classes", "keep it in one")
                out[m] = str(cls)
        return out

    return LinkRules(
        window_days=numbers["window_days"], max_span_days=numbers["max_span_days"],
        symmetric_types=frozenset(_words(data, "symmetric_types", name, line)),
        family=family,
        unlinked_types=frozenset(_words(data, "unlinked_types", name, line)),
        unlinked_statuses=frozenset(_words(data, "unlinked_statuses", name, line)),
        undated_bases=frozenset(_words(data, "undated_bases", name, line)),
        joining_bases=frozenset(_words(data, "joining_bases", name, line)),
        join_days=numbers["join_days"],
        mode_class=classes("mode_classes"), status_class=classes("status_conflicts"),
    )


@lru_cache(maxsize=1)
def load_link_rules() -> LinkRules:
    """The shipped rules (read once)."""
    text = resources.files("timeline.resources").joinpath("linking", _RESOURCE).read_text("utf-8")
    return parse_link_rules(text, f"timeline/resources/linking/{_RESOURCE}")


def group_id(first_report_id: str) -> str:
    """The id of the report group whose first report is ``first_report_id``."""
    return stable_id("report-group", first_report_id, prefix="g")


# --- linking ---------------------------------------------------------------------------------


def _participants(e: Event, rules: LinkRules) -> tuple | None:
    """Who takes part, as a bucket key: the two sides as a set for symmetric types, (source,
    target) otherwise; for a symmetric event without both sides, the set of its actors. None for
    an event with fewer than two distinct participants."""
    if e.type in rules.symmetric_types:
        if e.source_actor and e.target_actor and e.source_actor != e.target_actor:
            return ("set", tuple(sorted((e.source_actor, e.target_actor))))
        names = _names(e)
        return ("set", tuple(sorted(names))) if len(names) >= 2 else None
    if e.source_actor and e.target_actor and e.source_actor != e.target_actor:
        return ("pair", e.source_actor, e.target_actor)
    return None


def _names(e: Event) -> frozenset[str]:
    return frozenset(n for n in (*e.actors, e.source_actor, e.target_actor) if n)


def _linkable(e: Event, rules: LinkRules) -> str | None:
    """"found" for a report that may found a group or join one, "join" for one that may only join a
    group founded by others (dated from tense alone), None for one that never links."""
    if e.type in rules.unlinked_types or e.status in rules.unlinked_statuses:
        return None
    if e.date_start is None or e.date_end is None or e.date_end < e.date_start:
        return None
    if e.date_basis in rules.joining_bases:
        return "join"
    if e.date_basis in rules.undated_bases:
        return None
    return "found" if (e.date_end - e.date_start).days < rules.max_span_days else None


def _gap(a: Event, b: Event) -> int:
    """Days between two ranges: 0 or less when they overlap."""
    return (max(a.date_start, b.date_start) - min(a.date_end, b.date_end)).days  # type: ignore[operator]


def _fits(a: Event, b: Event, rules: LinkRules, names: Mapping[int, frozenset[str]] | None = None) -> int | None:
    """How far apart two reports are (0: their dates overlap) when they may tell one event; None
    when they may not. ``names``: each event's ``_names`` by ``id(event)``, when the caller made them once."""
    if a.doc == b.doc:
        return None
    names_a, names_b = (names[id(a)], names[id(b)]) if names is not None else (_names(a), _names(b))
    if not (names_a <= names_b or names_b <= names_a):  # a third party in each, not the same one
        return None
    if a.mode and b.mode and a.mode != b.mode:
        if rules.mode_class.get(a.mode, a.mode) != rules.mode_class.get(b.mode, b.mode):
            return None
    if a.location and b.location and a.location.casefold() != b.location.casefold():
        return None
    gap = max(_gap(a, b), 0)
    if gap > (rules.window_days if a.status == b.status else 0):
        return None
    return gap


def _report_order(e: Event, dcts: Mapping[str, date]) -> tuple:
    return (dcts.get(e.doc) or date.max, e.doc, e.start, e.id)


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_EVENT_VALUES = attrgetter(*_EVENT_FIELDS)
_AT = {name: i for i, name in enumerate(_EVENT_FIELDS)}


def _with_reports(e: Event, group: str | None, reports: int, linked: tuple[str, ...], flags: tuple[str, ...]) -> Event:
    """``e.with_(report_group=..., reports=..., linked_events=..., flags=...)``, built directly:
    linking touches every event of the batch, and ``dataclasses.replace`` (which re-checks every
    field) would be most of its time."""
    values = list(_EVENT_VALUES(e))
    values[_AT["report_group"]], values[_AT["reports"]], values[_AT["linked_events"]], values[_AT["flags"]] = (
        group, reports, linked, flags)
    return Event(*values)


def unlink_reports(event: Event) -> Event:
    """``event`` as before linking: no group, one report, no linking flags."""
    if event.report_group is None and event.reports == 1 and not event.linked_events and event.report_date is None \
            and not any(f.startswith(LINK_FLAG) for f in event.flags):
        return event
    if event.report_date is not None:
        own = event.report_date
        event = event.with_(date_start=own.date_start, date_end=own.date_end, precision=own.precision, timex=own.timex,
                            date_text=own.date_text, date_start_offset=own.date_start_offset,
                            date_end_offset=own.date_end_offset, date_derivation=own.date_derivation,
                            date_basis=own.date_basis, report_date=None)
    return _with_reports(event, None, 1, (), tuple(f for f in event.flags if not f.startswith(LINK_FLAG)))


def link_reports(
    events: Iterable[Event],
    documents: Iterable[Document] = (),
    *,
    exclude: Collection[str] = (),
    rules: LinkRules | None = None,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """``events`` (in their order) with ``report_group``, ``reports`` and ``linked_events`` set,
    disagreeing reports flagged; and one warning per disagreeing group.

    ``documents`` name the articles in flags and warnings (outlet, title, publication date) and
    order the reports (the earliest published first). ``exclude``: ids of events that stand alone
    whatever they tell (an analyst split them off, or rejected them). Linking flags and groups from
    an earlier run are dropped first, so linking twice gives the same result as linking once."""
    rules = rules or load_link_rules()
    base = [unlink_reports(e) for e in events]
    docs = {d.id: d for d in documents}
    dcts = {d.id: d.dct for d in docs.values() if d.dct}
    excluded = set(exclude)

    buckets: dict[tuple, list[Event]] = {}
    joiners: set[str] = set()
    for e in base:
        role = None if e.id in excluded else _linkable(e, rules)
        if role is None:
            continue
        if role == "join":
            joiners.add(e.id)
        who = _participants(e, rules)
        if who is not None:
            buckets.setdefault((rules.family.get(e.type, e.type), who), []).append(e)

    groups: list[list[Event]] = []
    for key in sorted(buckets, key=repr):
        members = buckets[key]
        if len({e.doc for e in members}) < 2:
            continue
        groups.extend(_cluster(members, rules, dcts, joiners))

    group_of: dict[str, list[Event]] = {}
    for group in groups:
        if len(group) > 1:
            for e in group:
                group_of[e.id] = group
    warnings: list[str] = []
    flags_of: dict[str, list[str]] = {}
    pooled: dict[str, Event] = {}
    for group in groups:
        if len(group) < 2:
            continue
        pooled.update(_pooled_dates(group, docs, dcts))
        message = _disagreement(group, docs, rules)
        if message:
            warnings.append(f"{_subject(group[0])}: {message}")
            for e in group:
                flags_of.setdefault(e.id, []).append(f"{LINK_FLAG} {message}")
    out = []
    told: dict[int, tuple[str, int, tuple[str, ...]]] = {}  # per group: its id, its articles, its reports in order
    for e in base:
        group = group_of.get(e.id)
        e = pooled.get(e.id, e)
        if group is None:
            out.append(_with_reports(e, group_id(e.id), 1, (), e.flags))
            continue
        if id(group) not in told:
            ordered = sorted(group, key=lambda m: _report_order(m, dcts))
            told[id(group)] = (group_id(ordered[0].id), len({m.doc for m in group}), tuple(m.id for m in ordered))
        gid, articles, ids = told[id(group)]
        out.append(_with_reports(e, gid, articles, tuple(i for i in ids if i != e.id),
                                 e.flags + tuple(flags_of.get(e.id, ()))))
    return tuple(out), tuple(warnings)


def _cluster(members: list[Event], rules: LinkRules, dcts: Mapping[str, date],
             joiners: Collection[str] = ()) -> list[list[Event]]:
    """Reports of one bucket in groups. The most precisely dated reports are placed first (then
    the earliest published), so a vague report ("in October") joins a group only when exactly one
    fits it best; a report joins a group only if it fits every member (no chains of near misses).
    Groups are indexed by the weeks their members' dates (widened by the window) touch, so a report
    is compared only with groups near it in time: a year of daily reports of one pair stays fast.
    ``joiners`` (reports dated from tense alone) come last and join a group only when exactly one
    group overlaps them and is dated (to at most ``join_days``) at most ``join_days`` before they were published; they found
    none (two undated reports never make a group)."""
    order = sorted(members, key=lambda e: (e.id in joiners, (e.date_end - e.date_start).days, *_report_order(e, dcts)))  # type: ignore[operator]
    groups: list[list[Event]] = []
    by_week: dict[int, set[int]] = {}
    names = {id(e): _names(e) for e in members}
    facts: list[list[tuple]] = []  # per group, its members' ``_fit_facts``

    def weeks(e: Event) -> range:
        return range((e.date_start.toordinal() - rules.window_days) // 7,  # type: ignore[union-attr]
                     (e.date_end.toordinal() + rules.window_days) // 7 + 1)  # type: ignore[union-attr]

    for e in order:
        best: list[tuple[int, int]] = []
        told = _fit_facts(e, rules, names)
        if e.id in joiners:
            index = _join(e, told, groups, facts, by_week, rules, dcts.get(e.doc))
            if index is None:
                groups.append([e])  # alone (not indexed: nothing joins it)
                facts.append([told])
            else:
                groups[index].append(e)
                facts[index].append(told)
            continue
        near = sorted({i for w in weeks(e) for i in by_week.get(w, ())})
        for i in near:
            worst = _worst_fit(told, facts[i], rules.window_days)  # (= _fits with every member; None if one fails)
            if worst is None:
                continue
            best.append((worst, i))
        best.sort()
        if best and (len(best) == 1 or best[0][0] < best[1][0]):
            index = best[0][1]
            groups[index].append(e)
            facts[index].append(told)
        else:
            index = len(groups)
            groups.append([e])
            facts.append([told])
        for w in weeks(e):
            by_week.setdefault(w, set()).add(index)
    return groups


def _join(e: Event, told: tuple, groups: list[list[Event]], facts: list[list[tuple]],
          by_week: Mapping[int, set[int]], rules: LinkRules, dct: date | None) -> int | None:
    """The one group a report dated from tense alone joins: its range overlaps every member's, the
    group's date (the days every member allows) spans at most ``join_days`` and ends at most
    ``join_days`` before the report was published (a recent event, told precisely by the others),
    and no other group fits so; None otherwise."""
    published = (dct or e.date_end).toordinal()  # type: ignore[union-attr]
    near = {i for w in range((published - rules.join_days) // 7, published // 7 + 1) for i in by_week.get(w, ())}
    fits = []
    for i in sorted(near):
        first = max(m.date_start.toordinal() for m in groups[i])  # type: ignore[union-attr]
        last = min(m.date_end.toordinal() for m in groups[i])  # type: ignore[union-attr]
        if last - first >= rules.join_days or published - last > rules.join_days:
            continue
        if _worst_fit(told, facts[i], 0) == 0:
            fits.append(i)
    return fits[0] if len(fits) == 1 else None


def _fit_facts(e: Event, rules: LinkRules, names: Mapping[int, frozenset[str]]) -> tuple:
    """What ``_fits`` reads of a report, read once: document, names, mode class, folded place, dates as ordinals,
    status (a batch of many copies of one story compares each report with every member of its group)."""
    return (e.doc, names[id(e)], rules.mode_class.get(e.mode, e.mode) if e.mode else None,
            e.location.casefold() if e.location else None, e.date_start.toordinal(),  # type: ignore[union-attr]
            e.date_end.toordinal(), e.status)  # type: ignore[union-attr]


def _worst_fit(told: tuple, members: list[tuple], window: int) -> int | None:
    """``max(_fits(e, m) for m in members)`` from ``_fit_facts``, or None as soon as one member does not fit."""
    doc, names, mode, place, start, end, status = told
    worst = 0
    for m_doc, m_names, m_mode, m_place, m_start, m_end, m_status in members:
        if m_doc == doc or not (names <= m_names or m_names <= names):
            return None
        if (mode is not None and m_mode is not None and mode != m_mode) or (
                place is not None and m_place is not None and place != m_place):
            return None
        gap = (start if start > m_start else m_start) - (end if end < m_end else m_end)
        if gap < 0:
            gap = 0  # (overlapping dates)
        if gap > (window if status == m_status else 0):
            return None
        if gap > worst:
            worst = gap
    return worst


def _pooled_dates(group: list[Event], docs: Mapping[str, Document], dcts: Mapping[str, date]) -> dict[str, Event]:
    """The reports of one group dated by the most precise date every report allows (the overlap of
    their dates), by id, for each report whose date (or derivation) that changes: its derivation says
    which report gave the date ("per <article>: ..."), its own date is kept (``report_date``). Nothing
    when the reports agree already, or when their dates are disjoint (a disagreement, flagged, never
    settled here)."""
    lo = max(e.date_start for e in group)  # type: ignore[type-var]
    hi = min(e.date_end for e in group)  # type: ignore[type-var]
    if lo > hi or all((e.date_start, e.date_end) == (lo, hi) for e in group):
        return {}
    ordered = sorted(group, key=lambda m: _report_order(m, dcts))
    giver = next((e for e in ordered if (e.date_start, e.date_end) == (lo, hi)), None)
    if giver is not None:
        how = f"per {_doc_words(giver.doc, docs)}: {giver.date_derivation or _date_words(giver)}"
        fields_of = {"precision": giver.precision, "timex": giver.timex, "date_text": giver.date_text,
                     "date_basis": giver.date_basis}
    else:  # no report gives both ends: the first gives the start, the other the end
        first = next(e for e in ordered if e.date_start == lo)
        last = next(e for e in ordered if e.date_end == hi)
        how = (f"the overlap of its reports: from {lo.isoformat()} per {_doc_words(first.doc, docs)} ({_date_words(first)}), "
               f"until {hi.isoformat()} per {_doc_words(last.doc, docs)} ({_date_words(last)})")
        fields_of = {"precision": period_precision(lo, hi), "timex": None, "date_text": None,
                     "date_basis": first.date_basis}
    out: dict[str, Event] = {}
    for e in group:
        if e is not giver and (e.date_start, e.date_end) == (lo, hi):
            continue  # (dated so by its own text)
        own = ReportDate(date_start=e.date_start, date_end=e.date_end, precision=e.precision, timex=e.timex,
                         date_text=e.date_text, date_start_offset=e.date_start_offset, date_end_offset=e.date_end_offset,
                         date_derivation=e.date_derivation, date_basis=e.date_basis)
        if e is giver:
            out[e.id] = e.with_(date_derivation=how, report_date=own)
            continue
        alone = f"{_date_words(e)}" + (f": {e.date_derivation}" if e.date_derivation else "")
        out[e.id] = e.with_(date_start=lo, date_end=hi, date_start_offset=None, date_end_offset=None,
                            date_derivation=f"{how}; this report alone: {alone}", report_date=own, **fields_of)
    return out


def _subject(e: Event) -> str:
    return e.summary or f"{e.type} ({e.trigger})"


def _doc_words(doc_id: str, docs: Mapping[str, Document]) -> str:
    """"Harbor Post, 'Lavrov and Rubio ...' (published 2025-10-22)", else the document id."""
    doc = docs.get(doc_id)
    if doc is None:
        return doc_id
    parts = [doc.outlet] if doc.outlet else []
    if doc.title:
        parts.append(f"'{doc.title}'")
    words = ", ".join(parts) or (doc.path or doc.id)
    if doc.dct:
        words += f" (published {doc.dct.isoformat()})"
    return words


def _date_words(e: Event) -> str:
    if e.date_start is None:
        return "no date"
    span = e.date_start.isoformat() if e.date_start == e.date_end else f"{e.date_start.isoformat()}..{e.date_end.isoformat()}"  # type: ignore[union-attr]
    return f"{span} ('{e.date_text}')" if e.date_text else span


def _dates_disjoint(group: list[Event]) -> bool:
    """``any(_gap(a, b) > 0 for two members a, b)``: with every range well formed (start <= end, as linkable
    events are), some two are disjoint exactly when the latest start is after the earliest end (made in one
    pass: a batch of many copies of one story makes large groups)."""
    if len(group) < 2:
        return False
    if all(e.date_start <= e.date_end for e in group):  # type: ignore[operator]
        return max(e.date_start for e in group) > min(e.date_end for e in group)  # type: ignore[type-var]
    return any(_gap(a, b) > 0 for i, a in enumerate(group) for b in group[i + 1:])


def _disagreement(group: list[Event], docs: Mapping[str, Document], rules: LinkRules) -> str:
    """In words, how the reports of one group disagree (dates disjoint, statuses in conflict);
    empty when they agree."""
    dates = _dates_disjoint(group)
    classes = {rules.status_class[e.status] for e in group if e.status in rules.status_class}
    if not dates and len(classes) < 2:
        return ""
    what = " and ".join(w for w, on in (("date", dates), ("status", len(classes) > 1)) if on)
    told = "; ".join(
        f"{_doc_words(e.doc, docs)} says {_date_words(e)}" + (f", {e.status}" if len(classes) > 1 else "")
        for e in sorted(group, key=lambda m: (docs[m.doc].dct if m.doc in docs and docs[m.doc].dct else date.max, m.doc, m.start))
    )
    return f"{len({e.doc for e in group})} reports of one event disagree on the {what}: {told}"
