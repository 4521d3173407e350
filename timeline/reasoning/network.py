"""A simple temporal network (STN) over events, on networkx.

Every date is a day number (``date.toordinal()``). Nodes are event ids, ``dct:<doc>`` nodes when
creation dates are given, and one zero node ``Z`` (day 0). Edges ``u -> v`` of weight ``w`` say
``v - u <= w``:

* an event dated (basis expression, tense or analyst) ``[start, end]`` gives ``Z -> e`` weight
  ``end`` and ``e -> Z`` weight ``-start``;
* a :class:`~timeline.model.Constraint` ``target - source in [lo, hi]`` gives ``source -> target``
  weight ``hi`` and ``target -> source`` weight ``-lo`` (an unbounded side gives no edge).

Shortest paths from ``Z`` give each event's latest day, shortest paths to ``Z`` its earliest day.
A negative cycle means the constraints contradict: every event on it is flagged, the constraints on
it are set aside (not one of them silently preferred), and the rest is propagated.
Work is done per connected component of the constraint graph, so hundreds of events stay cheap.

Running twice changes nothing (``propagate(propagate(x)) == propagate(x)``): an event with a date of
its own (expression or tense) that other events narrow keeps its basis, and its derivation records
the range it had ("narrowed by other events from 2025-10-17..2025-10-21 (precision: week): ..."); every
run first restores that own range, so the network always starts from the extractor's dates. Only
events without a date of their own get the basis "constraint", and those are re-derived every run.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from timeline.errors import ReviewError
from timeline.model import period_precision
from timeline.model import Constraint, Event

__all__ = ["propagate", "preview_change", "restore_own_date", "is_narrowed", "DATED_BASES", "CONTRADICTION_FLAG"]

#: the flag of an event the extractor dated from tense alone
_TENSE_FLAG = "date_from_tense"

#: date bases whose range is a fact for the network (unary constraints)
DATED_BASES = frozenset({"expression", "tense", "analyst"})
#: prefix of the flags this module writes (and rewrites on every run)
CONTRADICTION_FLAG = "contradiction:"

_Z = "\x00zero"
#: cycles longer than this are explained as found, not shrunk to a smaller contradiction
_SHRINK_LIMIT = 200


@dataclass(frozen=True, slots=True)
class _Edge:
    weight: int
    constraint: int | None  # index into the constraint list; None for a unary bound
    side: str  # "hi" (source -> target) or "lo" (target -> source); "upper"/"lower" for unary bounds


def _day(d: date) -> int:
    return d.toordinal()


def _date(n: int) -> date | None:
    try:
        return date.fromordinal(n)
    except (ValueError, OverflowError):
        return None


def _days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def _label(event: Event | None, node: str) -> str:
    if event is None:
        return "the publication date" if node.startswith("dct:") else node
    text = (event.summary or "").strip()
    if not text or len(text) > 70:
        text = event.trigger
    return text


def _short(text: str, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


_QUOTED = re.compile(r"""^\s*['"\u2018\u201c]([^'"\u2019\u201d]{1,60})['"\u2019\u201d]""")


def _evidence(text: str) -> str:
    """The words of a constraint's evidence: its leading quoted phrase if any ("'four days': <sentence>")."""
    m = _QUOTED.match(text or "")
    return m.group(1) if m else _short(text, 60)


def _pred_cycle(pred: Mapping[str, str]) -> list[str] | None:
    """A cycle of the predecessor links as [x, ..., x] in edge order (u -> pred-of-u reversed)."""
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    for start in pred:
        if state.get(start):
            continue
        walk = []
        node: str | None = start
        while node is not None and not state.get(node):
            state[node] = 1
            walk.append(node)
            node = pred.get(node)
        if node is not None and state[node] == 1:  # closed a loop on this walk
            loop = walk[walk.index(node):]  # node, pred(node), pred(pred(node)), ...
            loop.reverse()  # edge order: ... -> pred(node) -> node
            return [node, *loop[:-1], node] if loop[-1] == node else [*loop, loop[0]]
        for n in walk:
            state[n] = 2
    return None


class _DiGraph:
    """The part of ``networkx.DiGraph`` the network uses, with the same orders (nodes as first added, each node's
    edges as added; an edge added again keeps its place, one removed and added again goes last): networkx is not
    imported to propagate (its import is a large part of the start-up; speed only)."""

    __slots__ = ("_succ", "_pred")

    def __init__(self) -> None:
        self._succ: dict[str, dict[str, dict]] = {}
        self._pred: dict[str, dict[str, dict]] = {}

    def add_node(self, node: str) -> None:
        if node not in self._succ:
            self._succ[node] = {}
            self._pred[node] = {}

    def add_nodes_from(self, nodes: Iterable[str]) -> None:
        for node in nodes:
            self.add_node(node)

    def add_edge(self, u: str, v: str, **attr) -> None:
        succ, pred = self._succ, self._pred
        if u not in succ:
            succ[u] = {}
            pred[u] = {}
        if v not in succ:
            succ[v] = {}
            pred[v] = {}
        out = succ[u]
        data = out.get(v)
        if data is None:
            data = out[v] = attr
        else:
            data.update(attr)
        pred[v][u] = data

    def has_edge(self, u: str, v: str) -> bool:
        return u in self._succ and v in self._succ[u]

    def remove_edge(self, u: str, v: str) -> None:
        del self._succ[u][v]
        del self._pred[v][u]

    def __getitem__(self, u: str) -> dict[str, dict]:
        return self._succ[u]

    def __len__(self) -> int:
        return len(self._succ)

    @property
    def nodes(self) -> list[str]:
        return list(self._succ)

    @property
    def succ(self) -> dict[str, dict[str, dict]]:
        return self._succ

    def edges(self, data: bool = False) -> list[tuple]:
        if data:
            return [(u, v, d) for u, nbrs in self._succ.items() for v, d in nbrs.items()]
        return [(u, v) for u, nbrs in self._succ.items() for v in nbrs]


def _components(edges: Iterable[tuple[str, str]]) -> list[set[str]]:
    """``networkx.connected_components`` of the undirected graph of ``edges``, in the same order (by each
    component's first node, nodes ordered as first met in ``edges``)."""
    adj: dict[str, list[str]] = {}
    for u, v in edges:
        adj.setdefault(u, []).append(v)
        adj.setdefault(v, []).append(u)
    seen: set[str] = set()
    out: list[set[str]] = []
    for start in adj:
        if start in seen:
            continue
        component = {start}
        todo = [start]
        while todo:
            for w in adj[todo.pop()]:
                if w not in component:
                    component.add(w)
                    todo.append(w)
        seen |= component
        out.append(component)
    return out


def _unbounded() -> Exception:
    import networkx as nx  # (only here: a negative cycle the caller failed to set aside)

    return nx.NetworkXUnbounded("Negative cycle detected.")


class _Network:
    """The distance graph of one connected component."""

    def __init__(self, nodes: Sequence[str], bounds: Mapping[str, tuple[int | None, int | None]],
                 constraints: Sequence[tuple[int, Constraint]]) -> None:
        self.graph = _DiGraph()
        self._options: dict[tuple[str, str], list[_Edge]] = {}  # every edge u -> v, in the order added
        self._pairs: dict[int, list[tuple[str, str]]] = {}  # constraint index -> its (u, v) pairs
        self.graph.add_nodes_from(nodes)
        self.graph.add_node(_Z)
        for node in nodes:
            lo, hi = bounds.get(node, (None, None))
            if hi is not None:
                self._add(_Z, node, _Edge(hi, None, "upper"))
            if lo is not None:
                self._add(node, _Z, _Edge(-lo, None, "lower"))
        for index, c in constraints:
            if c.hi_days is not None:
                self._add(c.source, c.target, _Edge(c.hi_days, index, "hi"))
            if c.lo_days is not None:
                self._add(c.target, c.source, _Edge(-c.lo_days, index, "lo"))

    def _add(self, u: str, v: str, edge: _Edge) -> None:
        self._options.setdefault((u, v), []).append(edge)
        if edge.constraint is not None:
            self._pairs.setdefault(edge.constraint, []).append((u, v))
        if self.graph.has_edge(u, v) and self.graph[u][v]["edge"].weight <= edge.weight:
            return  # the tightest edge stands for all (the first of equals)
        self.graph.add_edge(u, v, weight=edge.weight, edge=edge)

    def drop(self, constraints: set[int]) -> None:
        """Set the given constraints aside: the graph becomes the one built without them."""
        for index in constraints:
            for u, v in self._pairs.pop(index, ()):
                left = [e for e in self._options.get((u, v), ()) if e.constraint != index]
                self._options[(u, v)] = left
                if not left:
                    if self.graph.has_edge(u, v):
                        self.graph.remove_edge(u, v)
                    continue
                best = min(left, key=lambda e: e.weight)
                self.graph.add_edge(u, v, weight=best.weight, edge=best)

    def edge(self, u: str, v: str) -> _Edge:
        return self.graph[u][v]["edge"]

    def negative_cycle(self) -> list[str] | None:
        """A negative cycle as [x, ..., x] in edge order, or None.

        Bellman-Ford from a virtual source joined to every node, with predecessors (networkx's
        ``find_negative_cycle`` can report "detected but not found" on some graphs).
        """
        nodes = list(self.graph.nodes)
        edges = [(u, v, d["weight"]) for u, v, d in self.graph.edges(data=True)]
        dist = dict.fromkeys(nodes, 0)
        pred: dict[str, str] = {}
        for _ in range(len(nodes)):
            changed = False
            for u, v, w in edges:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    pred[v] = u
                    changed = True
            if not changed:
                return None
            # a cycle among the predecessor links is a negative cycle: find it early
            cycle = _pred_cycle(pred)
            if cycle is not None:
                return self._shrink(cycle)
        cycle = _pred_cycle(pred)  # pragma: no cover - found above at the latest in the last round
        return self._shrink(cycle) if cycle else None  # pragma: no cover

    def _shrink(self, cycle: list[str]) -> list[str]:
        """The smallest negative cycle made of part of ``cycle`` and one edge across it.

        Bellman-Ford may find a cycle through two separate contradictions and the sound constraints
        between them; the analyst should see each contradiction on its own, and the sound constraints
        must not be set aside. A long cycle is kept as found (cost: its length squared).
        """
        nodes = cycle[:-1]
        while 2 < len(nodes) <= _SHRINK_LIMIT:
            k = len(nodes)
            ahead = [0]  # ahead[i]: weight of the cycle's path nodes[0] -> ... -> nodes[i]
            for i in range(k - 1):
                ahead.append(ahead[-1] + self.graph[nodes[i]][nodes[i + 1]]["weight"])
            total = ahead[-1] + self.graph[nodes[-1]][nodes[0]]["weight"]
            best: tuple[int, int, int] | None = None  # (length, i, j): nodes[j] ... nodes[i], then i -> j
            for i, u in enumerate(nodes):
                successors = self.graph.succ[u]
                for j, v in enumerate(nodes):
                    if j == i or j == (i + 1) % k or v not in successors:
                        continue
                    along = ahead[i] - ahead[j] if j < i else total - (ahead[j] - ahead[i])  # path j -> i
                    length = (i - j) % k + 1
                    if along + successors[v]["weight"] < 0 and (best is None or length < best[0]):
                        best = (length, i, j)
            if best is None:
                break
            _, i, j = best
            nodes = nodes[j:i + 1] if j < i else nodes[j:] + nodes[:i + 1]
        return [*nodes, nodes[0]]

    def bounds(self) -> tuple[dict[str, int], dict[str, list[str]], dict[str, int], dict[str, list[str]]]:
        """(latest, paths Z->v) and (minus earliest, paths v->Z as found on the reversed graph)."""
        n = len(self.graph)
        upper, up_paths = _bellman_ford(self.graph._succ, n, _Z)
        lower, low_paths = _bellman_ford(self.graph._pred, n, _Z)  # (the reversed graph)
        return upper, up_paths, lower, low_paths


def _bellman_ford(adj: Mapping[str, Mapping[str, Mapping]], n: int, source: str) -> tuple[dict[str, int], dict[str, list[str]]]:
    """``nx.single_source_bellman_ford(G, source)`` on ``G``'s adjacency (``G._succ``, or ``G._pred`` for the
    reversed graph; ``n`` nodes): the same distances and the same paths, ties broken alike, without networkx's
    dispatch, views and weight callbacks (speed only). The SPFA variant with networkx's negative-cycle heuristic,
    step for step (``networkx.algorithms.shortest_paths.weighted._inner_bellman_ford``); the caller has set aside
    every negative cycle first."""
    pred: dict[str, list[str]] = {source: []}
    dist: dict[str, int] = {source: 0}
    pred_edge: dict[str, str | None] = {source: None}
    recent_update: dict[str, tuple] = {source: (None, None)}
    count: dict[str, int] = {}
    q = deque([source])
    in_q = {source}
    inf = float("inf")
    while q:
        u = q.popleft()
        in_q.remove(u)
        if all(p not in in_q for p in pred[u]):  # (skip when a predecessor of u waits in the queue)
            dist_u = dist[u]
            for v, e in adj[u].items():
                dist_v = dist_u + e.get("weight", 1)
                if dist_v < dist.get(v, inf):
                    if v in recent_update[u]:
                        raise _unbounded()
                    if v in pred_edge and pred_edge[v] == u:
                        recent_update[v] = recent_update[u]
                    else:
                        recent_update[v] = (u, v)
                    if v not in in_q:
                        q.append(v)
                        in_q.add(v)
                        count_v = count.get(v, 0) + 1
                        if count_v == n:
                            raise _unbounded()
                        count[v] = count_v
                    dist[v] = dist_v
                    pred[v] = [u]
                    pred_edge[v] = u
                elif dist.get(v) is not None and dist_v == dist.get(v):
                    pred[v].append(u)
    paths = {dst: _first_path(source, dst, pred) for dst in pred}
    return dist, paths


def _first_path(source: str, target: str, pred: Mapping[str, list[str]]) -> list[str]:
    """The first path ``networkx``'s ``_build_paths_from_predecessors({source}, target, pred)`` yields: a depth-first
    walk back along the predecessor lists, in their order, never through a node twice."""
    seen = {target}
    stack = [[target, 0]]
    top = 0
    while top >= 0:
        node, i = stack[top]
        if node == source:
            return [p for p, _n in reversed(stack[: top + 1])]
        if len(pred[node]) > i:
            stack[top][1] = i + 1
            nxt = pred[node][i]
            if nxt in seen:
                continue
            seen.add(nxt)
            top += 1
            if top == len(stack):
                stack.append([nxt, 0])
            else:
                stack[top][:] = [nxt, 0]
        else:
            seen.discard(node)
            top -= 1
    raise StopIteration  # pragma: no cover - every node in ``pred`` was reached from the source


def propagate(
    events: tuple[Event, ...],
    constraints: tuple[Constraint, ...],
    *,
    dcts: Mapping[str, date] | None = None,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """Events with date ranges tightened by the constraints; contradictions flagged.

    ``dcts`` (document id -> creation date) lets constraints refer to ``dct:<doc>`` nodes; a
    constraint whose endpoint is unknown is ignored. Returns (events in the same order, warnings).
    """
    events = tuple(restore_own_date(e) for e in events)
    by_id: dict[str, Event] = {}
    for e in events:
        by_id.setdefault(e.id, e)
    dct_days = {f"dct:{doc}": _day(d) for doc, d in (dcts or {}).items() if d is not None}
    known = set(by_id) | set(dct_days)

    # own bounds (unary constraints)
    bounds: dict[str, tuple[int | None, int | None]] = {n: (d, d) for n, d in dct_days.items()}
    for eid, e in by_id.items():
        if e.date_basis in DATED_BASES:
            lo = _day(e.date_start) if e.date_start else None
            hi = _day(e.date_end) if e.date_end else (lo if e.date_start and e.precision == "day" else None)
            if lo is not None and hi is not None and hi < lo:
                continue  # a malformed range says nothing reliable
            bounds[eid] = (lo, hi)

    usable = [(i, c) for i, c in enumerate(constraints) if c.source in known and c.target in known]
    # an analyst's date wins over the own date of an event said to be the same day (a merged
    # duplicate, another mention of the same event) when the two disagree: one event, one date, not a
    # contradiction. When they overlap both stand (the own date still narrows, and still contradicts
    # any other constraint that misplaces it)
    own = dict(bounds)
    for _, c in usable:
        if c.lo_days == 0 and c.hi_days == 0:
            for mine, other in ((c.source, c.target), (c.target, c.source)):
                if _basis(by_id, mine) == "analyst" and _basis(by_id, other) in ("expression", "tense") \
                        and not _overlap(own.get(mine), own.get(other)):
                    bounds.pop(other, None)

    # components of the constraint graph
    results: dict[str, Event] = {}
    warnings: list[str] = []
    # nodes in input order (events, then creation dates): the same input gives the same result in
    # every process, whatever the order of set iteration
    rank = {node: k for k, node in enumerate([*by_id, *sorted(dct_days)])}
    components = [sorted(c, key=rank.__getitem__) for c in _components((c.source, c.target) for _, c in usable)]
    where = {node: k for k, component in enumerate(components) for node in component}
    grouped: list[list[tuple[int, Constraint]]] = [[] for _ in components]
    for i, c in usable:
        grouped[where[c.source]].append((i, c))
    for component, comp_constraints in zip(components, grouped):
        comp_bounds = bounds
        derived, flags, comp_warnings = _solve_component(component, comp_constraints, bounds, by_id)
        guessed = [n for n in flags if _basis(by_id, n) == "tense" and n in bounds]
        if comp_warnings and guessed:
            # a range guessed from tense alone ("within the year before publication") is a default, not a
            # fact: when it is what contradicts the constraints the text states, the text wins
            softer = {n: bounds[n] for n in component if n in bounds and n not in guessed}  # (only the component's
            # nodes are ever looked up: not every bound of the timeline again for each component)
            derived2, flags2, warnings2 = _solve_component(component, comp_constraints, softer, by_id)
            if len(warnings2) < len(comp_warnings):
                comp_bounds, derived, flags, comp_warnings = softer, derived2, flags2, warnings2
        warnings.extend(comp_warnings)
        for eid in component:
            e = by_id.get(eid)
            if e is None:
                continue
            results[eid] = _apply(e, derived.get(eid), flags.get(eid, ()), own=eid in comp_bounds)

    out = tuple(results[e.id] if e.id in results and by_id[e.id] is e else _clear(e) for e in events)
    return out, tuple(warnings)


def _overlap(a: tuple[int | None, int | None] | None, b: tuple[int | None, int | None] | None) -> bool:
    """Whether two own ranges (open sides allowed) share a day; a missing range shares nothing."""
    if a is None or b is None:
        return False
    lo = max((x for x in (a[0], b[0]) if x is not None), default=None)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _basis(by_id: Mapping[str, Event], node: str) -> str | None:
    e = by_id.get(node)
    return e.date_basis if e is not None else None


def _clear(e: Event) -> Event:
    """An event outside any constraint: old contradiction flags dropped; a previously derived date
    with nothing left to derive it from is removed."""
    flags = tuple(f for f in e.flags if not f.startswith(CONTRADICTION_FLAG))
    if e.date_basis == "constraint":
        return e.with_(date_start=None, date_end=None, precision="unknown", date_basis="none",
                       date_derivation="", flags=flags)
    return e.with_(flags=flags) if flags != e.flags else e


@dataclass(frozen=True, slots=True)
class _Derived:
    earliest: int | None
    latest: int | None
    derivation: str
    confidence: float | None  # None: only creation dates behind it; the event keeps its own confidence


def _solve_component(
    component: list[str],
    constraints: list[tuple[int, Constraint]],
    bounds: Mapping[str, tuple[int | None, int | None]],
    by_id: Mapping[str, Event],
) -> tuple[dict[str, _Derived], dict[str, list[str]], list[str]]:
    flags: dict[str, list[str]] = {}
    warnings: list[str] = []
    active = list(constraints)
    net = _Network(component, bounds, active)
    while True:  # each round sets aside at least one constraint
        cycle = net.negative_cycle()
        if cycle is None:
            break
        message, on_cycle, used = _explain_cycle(net, cycle, active, bounds, by_id)
        for node in on_cycle:
            if node in by_id:
                flags.setdefault(node, []).append(message)
        warnings.append(_warning(message, on_cycle, used, active, by_id))
        if not used:  # only unary bounds in conflict (cannot happen: malformed ranges are skipped)
            return {}, flags, warnings
        active = [(i, c) for i, c in active if i not in used]
        net.drop(used)
    upper, up_paths, lower, low_paths = net.bounds()
    constraint_of = dict(active)
    derived: dict[str, _Derived] = {}
    for node in component:
        if node not in by_id:
            continue
        latest = upper.get(node)
        earliest = -lower[node] if node in lower else None
        if latest is None and earliest is None:
            continue
        up_text = _describe_path(net, up_paths.get(node), "upper", by_id, constraint_of, upper) if latest is not None else ""
        low_path = low_paths.get(node)  # [Z, b, ..., node] on the reversed graph
        low_text = _describe_path(net, low_path, "lower", by_id, constraint_of, lower) if earliest is not None else ""
        if earliest is not None and latest is not None and earliest == latest:
            text = up_text or low_text
        else:  # a bound with no text is the event's own date (explained by its own derivation)
            parts = []
            if earliest is not None and low_text:
                parts.append(f"no earlier than {_date(earliest)}: {low_text}")
            if latest is not None and up_text:
                parts.append(f"no later than {_date(latest)}: {up_text}")
            text = "; ".join(parts)
        # the confidence of a derived date rests on the dated events it comes from (the anchors, whose
        # confidence no run changes), never on dates derived in an earlier run: that keeps reruns stable
        sources = _path_events(up_paths.get(node)) + _path_events(low_path)
        anchors = [by_id[s].confidence for s in sources if s != node and s in by_id and s in bounds]
        conf = round(0.9 * min(anchors), 3) if anchors else None
        derived[node] = _Derived(earliest, latest, text, conf)
    return derived, flags, warnings


def _path_events(path: list[str] | None) -> list[str]:
    return [n for n in (path or []) if n != _Z]


#: a derivation names at most this many steps of a chain (the first and the last ones)
_MAX_STEPS = 4


def _describe_path(
    net: _Network,
    path: list[str] | None,
    kind: str,
    by_id: Mapping[str, Event],
    constraint_of: Mapping[int, Constraint],
    dist: Mapping[str, int],
) -> str:
    """In words, how the bound of the path's last node follows from the date of its first.

    ``kind`` "upper": path Z -> a -> ... -> v, each edge u -> w meaning w <= u + weight; ``dist``
    gives each node's latest day. ``kind`` "lower": path [Z, b, ..., v] found on the reversed
    graph (G edges go v -> ... -> b -> Z), meaning v >= b - weights; ``dist`` gives minus each
    node's earliest day. Long chains name their first step and last steps only.
    """
    if not path or len(path) < 3:
        return ""
    nodes = path[1:]
    n_steps = len(nodes) - 1
    shown = list(range(n_steps)) if n_steps <= _MAX_STEPS else [0, *range(n_steps - _MAX_STEPS + 1, n_steps)]
    anchor_event = by_id.get(nodes[0])
    phrases = []
    for k in shown:
        if phrases and k != shown[shown.index(k) - 1] + 1:
            phrases.append(f"... {k - shown[shown.index(k) - 1] - 1} more steps ...")
        u, w = nodes[k], nodes[k + 1]
        if kind == "upper":
            edge = net.edge(u, w)
            offset, value = edge.weight, dist[u]
        else:
            edge = net.edge(w, u)
            offset, value = -edge.weight, -dist[u]
        c = constraint_of.get(edge.constraint) if edge.constraint is not None else None
        exact = c is not None and c.lo_days == c.hi_days
        if offset == 0:
            rel = "the same day as" if exact else ("no later than" if kind == "upper" else "no earlier than")
        elif exact:
            rel = f"{_days(abs(offset))} {'after' if offset > 0 else 'before'}"
        elif kind == "upper":
            rel = f"at most {_days(offset)} after" if offset > 0 else f"at least {_days(-offset)} before"
        else:
            rel = f"at least {_days(offset)} after" if offset > 0 else f"at most {_days(-offset)} before"
        evidence = f", per '{_evidence(c.evidence)}'" if c and c.evidence else ""
        basis = ""
        if k == 0 and anchor_event is not None:
            basis = "; set by an analyst" if anchor_event.date_basis == "analyst" else f"; {anchor_event.date_basis} date"
        phrases.append(f"{rel} '{_label(by_id.get(u), u)}' ({_date(value)}{basis}{evidence})")
    end = dist[nodes[-1]] if kind == "upper" else -dist[nodes[-1]]
    return "; ".join(phrases) + f" -> {_date(end)}"


def _explain_cycle(
    net: _Network,
    cycle: list[str],
    active: Sequence[tuple[int, Constraint]],
    bounds: Mapping[str, tuple[int | None, int | None]],
    by_id: Mapping[str, Event],
) -> tuple[str, list[str], set[int]]:
    """A sentence for the analyst, the nodes on the cycle, and the constraints on it."""
    nodes = cycle[:-1] if len(cycle) > 1 and cycle[0] == cycle[-1] else list(cycle)
    if _Z in nodes:
        k = nodes.index(_Z)
        nodes = nodes[k:] + nodes[:k]
    closed = nodes + [nodes[0]]
    edges = [(u, v, net.edge(u, v)) for u, v in zip(closed, closed[1:])]
    constraint_of = dict(active)
    used = {e.constraint for _, _, e in edges if e.constraint is not None}
    on_cycle = [n for n in nodes if n != _Z]
    evidence = [
        _evidence(constraint_of[i].evidence) or f"{constraint_of[i].kind} constraint"
        for i in sorted(used)
    ]
    quoted = " and ".join(f"'{e}'" for e in evidence) or "the constraints"
    if nodes[0] == _Z and len(nodes) >= 3:
        first, last = nodes[1], nodes[-1]
        start_value = net.edge(_Z, first).weight  # first's own latest day
        path_weight = sum(e.weight for u, v, e in edges[1:-1])
        implied = _date(start_value + path_weight)
        exact = all(
            constraint_of[e.constraint].lo_days == constraint_of[e.constraint].hi_days
            for _, _, e in edges[1:-1] if e.constraint is not None
        ) and bounds.get(first, (None, None))[0] == bounds.get(first, (None, None))[1]
        last_event = by_id.get(last)
        own_lo, own_hi = bounds.get(last, (None, None))
        says = _date(own_lo) if own_lo == own_hi else f"{_date(own_lo)} or later"
        source_text = (last_event.date_text if last_event and last_event.date_text else
                       ("its publication date" if last.startswith("dct:") else "its own date"))
        verb = "puts" if exact else "puts no later than"
        where = "on" if exact else ""
        target = _label(last_event, last)
        message = (
            f"{CONTRADICTION_FLAG} {quoted} {verb} '{target}' {where + ' ' if where else ''}{implied} "
            f"(from '{_label(by_id.get(first), first)}' on {_date(start_value)}) but '{source_text}' says {says}"
        )
    else:
        labels = ", ".join(f"'{_label(by_id.get(n), n)}'" for n in on_cycle)
        message = f"{CONTRADICTION_FLAG} {quoted} cannot all hold for {labels}"
    return " ".join(message.split()), on_cycle, used


def _warning(message: str, on_cycle: Sequence[str], used: set[int], active: Sequence[tuple[int, Constraint]],
             by_id: Mapping[str, Event]) -> str:
    docs = sorted({by_id[n].doc for n in on_cycle if n in by_id} | {c.doc for i, c in active if i in used and c.doc})
    sentences = []
    for n in on_cycle:
        e = by_id.get(n)
        if e is not None and e.sentence and _short(e.sentence, 120) not in sentences:
            sentences.append(_short(e.sentence, 120))
    shown = " / ".join(f'"{s}"' for s in sentences)
    where = ", ".join(docs) or "unknown document"
    body = message[len(CONTRADICTION_FLAG):].strip()
    return f"{where}: contradictory dates, not resolved: {body}" + (f"; sentences: {shown}" if shown else "")


def _precision_of(earliest: int, latest: int) -> str:
    """A derived range is a named period only when it is one exactly (see ``period_precision``)."""
    return period_precision(date.fromordinal(earliest), date.fromordinal(latest))


def _apply(e: Event, derived: _Derived | None, new_flags: Iterable[str], *, own: bool) -> Event:
    """``e`` with its derived range; ``own``: its own date took part as a bound."""
    flags = tuple(f for f in e.flags if not f.startswith(CONTRADICTION_FLAG))
    for f in new_flags:
        if f not in flags:
            flags += (f,)
    contradicted = any(f.startswith(CONTRADICTION_FLAG) for f in flags)
    if e.date_basis == "analyst" or derived is None:
        if e.date_basis == "constraint" and derived is None:
            return e.with_(date_start=None, date_end=None, precision="unknown", date_basis="none",
                           date_derivation="", flags=flags)
        return e.with_(flags=flags)
    own = own and e.date_basis in DATED_BASES
    if own and contradicted:
        return e.with_(flags=flags)  # keeps its own date; the analyst decides
    lo = _date(derived.earliest) if derived.earliest is not None else None
    hi = _date(derived.latest) if derived.latest is not None else None
    if own:
        cur_lo, cur_hi = e.date_start, e.date_end or (e.date_start if e.precision == "day" else None)
        tighter = (lo is not None and (cur_lo is None or lo > cur_lo)) or (hi is not None and (cur_hi is None or hi < cur_hi))
        if not tighter:
            return e.with_(flags=flags)
        lo = max(x for x in (lo, cur_lo) if x is not None) if (lo or cur_lo) else None
        hi = min(x for x in (hi, cur_hi) if x is not None) if (hi or cur_hi) else None
        derivation = _narrowed_derivation(e, derived.derivation)
    else:
        derivation = derived.derivation
        if e.date_basis == "tense":  # the tense estimate gave way to what the text states; kept for a rerun
            derivation = _set_aside_derivation(e, flags, derivation)
            flags = tuple(f for f in flags if f != _TENSE_FLAG)
    precision = _precision_of(derived.earliest, derived.latest) if lo is not None and hi is not None and lo == hi else (
        _precision_of(_day(lo), _day(hi)) if lo is not None and hi is not None else "unknown")
    if own and lo is not None and hi is not None and lo != hi and e.precision != "unknown":
        precision = e.precision if _precision_rank(e.precision) <= _precision_rank(precision) else precision
    return e.with_(
        date_start=lo, date_end=hi, precision=precision, date_basis=e.date_basis if own else "constraint",
        date_derivation=derivation,
        confidence=e.confidence if own or derived.confidence is None else derived.confidence,
        flags=flags,
    )


# --- an own date narrowed by other events, and how a rerun gets it back -------------------------

_DAY = r"\d{4}-\d{2}-\d{2}"
_NARROWED = re.compile(
    rf"(?:^|; )narrowed by other events from (open|{_DAY})(?:\.\.(open|{_DAY}))? \(precision: ([^()]*)\)(?:: |$)"
)


def _range_text(start: date | None, end: date | None) -> str:
    if start is not None and start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else 'open'}..{end.isoformat() if end else 'open'}"


def _narrowed_derivation(e: Event, how: str) -> str:
    """``e``'s own derivation, then the range it had and how other events narrow it."""
    text = f"narrowed by other events from {_range_text(e.date_start, e.date_end)} (precision: {e.precision})"
    text = f"{text}: {how}" if how else text
    return f"{e.date_derivation}; {text}" if e.date_derivation else text


_SET_ASIDE = re.compile(
    rf"(?:^|; )tense estimate set aside, the text says otherwise: (open|{_DAY})(?:\.\.(open|{_DAY}))? "
    rf"\(precision: ([^(),]*)(?:, confidence (\d(?:\.\d+)?))?(, flagged)?\)(?:: (.*))?$", re.S)


def _set_aside_derivation(e: Event, flags: tuple[str, ...], how: str) -> str:
    """How the constraints date ``e``, then the tense estimate they set aside (its range, precision, the
    extractor's confidence, flag and derivation), so that a rerun starts again from the extractor's estimate."""
    flagged = ", flagged" if _TENSE_FLAG in flags else ""
    text = (f"tense estimate set aside, the text says otherwise: {_range_text(e.date_start, e.date_end)} "
            f"(precision: {e.precision}, confidence {round(e.confidence, 3)}{flagged})")
    text = f"{text}: {e.date_derivation}" if e.date_derivation else text
    return f"{how}; {text}" if how else text


def is_narrowed(e: Event) -> bool:
    """True when :func:`propagate` narrowed ``e``'s own date (expression or tense) with other events:
    a tense-based date so narrowed rests on the constraints, not on the tense alone."""
    return restore_own_date(e) is not e


def restore_own_date(e: Event) -> Event:
    """``e`` as it was before :func:`propagate` narrowed its own date (expression or tense basis):
    the range, precision and derivation recorded in its derivation. Any other event is returned as is."""
    if e.date_basis == "constraint" and "tense estimate set aside, " in e.date_derivation:
        m = _SET_ASIDE.search(e.date_derivation)
        if m is not None:
            first, last, precision, confidence, flagged, how = m.groups()
            start = None if first == "open" else date.fromisoformat(first)
            end = start if last is None else (None if last == "open" else date.fromisoformat(last))
            flags = e.flags + (_TENSE_FLAG,) if flagged and _TENSE_FLAG not in e.flags else e.flags
            # a marker written before the confidence was recorded keeps the event's current confidence
            return e.with_(date_start=start, date_end=end, precision=precision, date_basis="tense",
                           date_derivation=how or "", flags=flags,
                           confidence=e.confidence if confidence is None else float(confidence))
    if e.date_basis not in ("expression", "tense") or "narrowed by other events from " not in e.date_derivation:
        return e
    m = _NARROWED.search(e.date_derivation)
    if m is None:
        return e
    first, last, precision = m.groups()
    try:
        start = None if first == "open" else date.fromisoformat(first)
        end = start if last is None else (None if last == "open" else date.fromisoformat(last))
    except ValueError:  # not a day: not written by this module
        return e
    return e.with_(date_start=start, date_end=end, precision=precision,
                   date_derivation=e.date_derivation[: m.start()])


_RANK = ("minute", "hour", "part_of_day", "day", "week", "weekend", "month", "quarter", "half", "season",
         "year", "decade", "century", "unknown")


def _precision_rank(p: str) -> int:
    return _RANK.index(p) if p in _RANK else len(_RANK)


def preview_change(
    events: Sequence[Event],
    constraints: Sequence[Constraint],
    event_id: str,
    new_start: date | None,
    new_end: date | None,
    *,
    dcts: Mapping[str, date] | None = None,
) -> list[tuple[str, tuple[date | None, date | None], tuple[date | None, date | None]]]:
    """What moves if an analyst dates ``event_id`` to ``[new_start, new_end]``.

    Returns (event id, (old start, old end), (new start, new end)) for every event whose range
    changes, the edited event first, then in input order. Nothing is saved.
    """
    events = tuple(events)
    if not any(e.id == event_id for e in events):
        raise ReviewError(f"unknown event {event_id!r}", "reload the session: the event may have been merged or removed")
    if new_start and new_end and new_end < new_start:
        raise ReviewError(f"end {new_end} is before start {new_start}", "give the start date first")
    before, _ = propagate(events, tuple(constraints), dcts=dcts)
    edited = tuple(
        e.with_(date_start=new_start, date_end=new_end or new_start,
                date_basis="analyst" if new_start or new_end else "none",
                precision="day" if new_start and (new_end is None or new_end == new_start) else e.precision)
        if e.id == event_id else e
        for e in events
    )
    after, _ = propagate(edited, tuple(constraints), dcts=dcts)
    moved = []
    for old, new in zip(before, after):
        o, n = (old.date_start, old.date_end), (new.date_start, new.date_end)
        if o != n:
            moved.append((new.id, o, n))
    moved.sort(key=lambda item: item[0] != event_id)
    return moved

