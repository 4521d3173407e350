"""The network's own Bellman-Ford (``timeline.reasoning.network._bellman_ford``) gives what networkx's
``single_source_bellman_ford`` gives: the same distances and the same paths, ties between equally short paths
broken alike (the derivations name the path's events, so a different tie would change what the analyst reads)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from timeline.reasoning.network import _bellman_ford


def _graph(seed: int) -> nx.DiGraph:
    """A random distance graph without negative cycles: negative weights only forward along a fixed node order,
    small non-negative weights both ways (many equal sums: ties), a zero node joined to some nodes."""
    rng = random.Random(seed)
    n = rng.randint(2, 14)
    nodes = ["Z", *(f"e{k}" for k in range(n))]
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for _ in range(rng.randint(1, 4 * n)):
        a, b = rng.sample(range(len(nodes)), 2)
        forward = a < b
        w = rng.choice([-2, -1, 0, 0, 1, 1, 2, 3]) if forward else rng.choice([0, 1, 2, 5])
        if not forward and w < 0:
            w = 0
        g.add_edge(nodes[a], nodes[b], weight=w)
    if rng.random() < 0.3 and g.number_of_edges():  # an edge removed and added again: a new place in the order
        u, v = next(iter(g.edges))
        w = g[u][v]["weight"]
        g.remove_edge(u, v)
        g.add_edge(u, v, weight=w)
    return g


@pytest.mark.parametrize("seed", range(300))
def test_same_distances_and_paths_as_networkx(seed: int) -> None:
    g = _graph(seed)
    for adj, view in ((g._succ, g), (g._pred, g.reverse(copy=False))):  # (latest days; earliest, on the reversed graph)
        try:
            want = nx.single_source_bellman_ford(view, "Z", weight="weight")
        except nx.NetworkXUnbounded:
            with pytest.raises(nx.NetworkXUnbounded):
                _bellman_ford(adj, len(g), "Z")
            continue
        assert _bellman_ford(adj, len(g), "Z") == want


def test_equal_paths_keep_the_first_predecessor() -> None:
    # Z -> a -> c and Z -> b -> c are both 2 days: networkx keeps the path through the predecessor found first
    g = nx.DiGraph()
    g.add_edge("Z", "a", weight=1)
    g.add_edge("Z", "b", weight=1)
    g.add_edge("a", "c", weight=1)
    g.add_edge("b", "c", weight=1)
    dist, paths = _bellman_ford(g._succ, len(g), "Z")
    assert dist == {"Z": 0, "a": 1, "b": 1, "c": 2}
    assert paths["c"] == ["Z", "a", "c"]
    assert paths["Z"] == ["Z"]


def test_a_negative_cycle_is_refused() -> None:
    g = nx.DiGraph()
    g.add_edge("Z", "a", weight=0)
    g.add_edge("a", "b", weight=-1)
    g.add_edge("b", "a", weight=0)
    with pytest.raises(nx.NetworkXUnbounded):
        _bellman_ford(g._succ, len(g), "Z")
