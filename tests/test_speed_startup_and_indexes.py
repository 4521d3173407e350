"""Speed-only changes that must change no result: propagation without networkx (its own small directed graph and
connected components, in networkx's orders), the events lexicons read with libyaml (the same data), and the token
indexes that let a pass read only the tokens it looks for (the same places, in order)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest
import yaml

from timeline.actors import load_gazetteer
from timeline.actors.resolve import _Resolver
from timeline.events.common import _Tokens
from timeline.events.lexicon import _LineLoader, _construct_mapping
from timeline.events.said_types import SaidTypeMixin
from timeline.reasoning.network import _components, _DiGraph

ROOT = Path(__file__).resolve().parents[1]


def test_the_pipeline_does_not_import_networkx():
    # (networkx's import was a large part of the start-up; propagation has its own graph now)
    code = ("import sys, datetime; from timeline.model import Document; from timeline.pipeline import build_timeline; "
            "build_timeline([Document(id='a', text='Russia and Ukraine held talks in Istanbul on Monday.', "
            "dct=datetime.date(2022, 3, 30))]); print('networkx' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"


def _random_ops(seed: int) -> list[tuple]:
    rng = random.Random(seed)
    nodes = [f"n{k}" for k in range(rng.randint(2, 9))]
    ops: list[tuple] = [("nodes", rng.sample(nodes, rng.randint(0, len(nodes))))]
    for _ in range(rng.randint(1, 30)):
        u, v = rng.choice(nodes), rng.choice(nodes)
        if rng.random() < 0.2:
            ops.append(("remove", u, v))
        else:
            ops.append(("add", u, v, rng.randint(-3, 5)))
    return ops


@pytest.mark.parametrize("seed", range(60))
def test_the_small_digraph_keeps_networkx_orders(seed: int):
    ours, theirs = _DiGraph(), nx.DiGraph()
    for op in _random_ops(seed):
        if op[0] == "nodes":
            ours.add_nodes_from(op[1])
            theirs.add_nodes_from(op[1])
        elif op[0] == "remove":
            assert ours.has_edge(op[1], op[2]) == theirs.has_edge(op[1], op[2])
            if theirs.has_edge(op[1], op[2]):
                ours.remove_edge(op[1], op[2])
                theirs.remove_edge(op[1], op[2])
        else:
            ours.add_edge(op[1], op[2], weight=op[3], edge=("e", op[3]))
            theirs.add_edge(op[1], op[2], weight=op[3], edge=("e", op[3]))
    assert ours.nodes == list(theirs.nodes)
    assert len(ours) == len(theirs)
    assert ours.edges(data=True) == list(theirs.edges(data=True))
    assert ours._succ == theirs._succ and ours._pred == theirs._pred
    assert [list(ours.succ[n]) for n in ours.nodes] == [list(theirs.succ[n]) for n in theirs.nodes]
    for u, v, d in theirs.edges(data=True):
        assert ours[u][v] == d


@pytest.mark.parametrize("seed", range(60))
def test_components_in_networkx_order(seed: int):
    rng = random.Random(seed)
    nodes = [f"e{k}" for k in range(rng.randint(1, 12))]
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(0, 14))]
    graph = nx.Graph()
    graph.add_edges_from(edges)
    assert _components(edges) == list(nx.connected_components(graph))


def test_components_of_a_chain_and_a_pair():
    assert _components([("a", "b"), ("c", "d"), ("b", "e"), ("e", "a")]) == [{"a", "b", "e"}, {"c", "d"}]


class _PurePythonLoader(yaml.SafeLoader):
    pass


_PurePythonLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@pytest.mark.parametrize("name", ["cues.yaml", "dating.yaml", "triggers.yaml"])
def test_the_events_lexicons_read_the_same_with_libyaml(name: str):
    raw = resources.files("timeline.resources").joinpath("events", name).read_text("utf-8")
    ours = yaml.load(raw, Loader=_LineLoader)  # noqa: S506 (SafeLoader subclasses)
    assert ours == yaml.load(raw, Loader=_PurePythonLoader)  # noqa: S506
    assert repr(ours) == repr(yaml.load(raw, Loader=_PurePythonLoader))  # (the same order, the same __line__s)  # noqa: S506


def test_line_numbers_of_mappings():
    assert yaml.load("a:\n  b: 1\nc:\n  - d: 2\n", Loader=_LineLoader) == {  # noqa: S506
        "a": {"b": 1, "__line__": 2}, "c": [{"d": 2, "__line__": 4}], "__line__": 1}


class _Said(SaidTypeMixin):
    def __init__(self, words: list[str], sents: list[int]) -> None:
        self.tokens = _Tokens(list(range(len(words))), list(range(1, len(words) + 1)), words, sents, [0] * len(words))


def _naive_phrase_at(low: list[str], sent: list[int], k: int, phrases) -> int:
    best = 0
    for p in phrases:
        words = p.split()
        if len(words) > best and low[k:k + len(words)] == words and all(sent[k + i] == sent[k] for i in range(len(words))):
            best = len(words)
    return best


def test_grammar_phrase_at_finds_the_longest_phrase_in_the_sentence():
    phrases = frozenset({"must", "ought to", "has to", "have to", "need to", "needs to", "should", ""})
    words = "the council said moscow ought to withdraw and kyiv needs to . to talk has to".split()
    sents = [0] * 12 + [1] * 4
    said = _Said(words, sents)
    got = [said._grammar_phrase_at(k, phrases) for k in range(len(words) + 2)]
    assert got == [_naive_phrase_at(words, sents, k, phrases) for k in range(len(words) + 2)]
    assert got[4] == 2 and got[8] == 0 and got[9] == 2 and got[12] == 0 and got[14] == 2
    said_split = _Said(["he", "ought", "to"], [0, 0, 1])  # ("ought" ends a sentence: no phrase across it)
    assert said_split._grammar_phrase_at(1, phrases) == 0


def test_resolver_token_index_gives_the_places_in_order():
    text = ("The summit opened on Monday, the ministers said, and the bloc, which met in Brussels, agreed. "
            "Its leaders, who head the EU, left; THE END, the end.")
    r = _Resolver(text, load_gazetteer(), None)
    for words in ({"the"}, ("its", ","), frozenset({"the", "end", "who", "nowhere"}), {","}):
        assert r._where(words) == [k for k, w in enumerate(r.lower) if w in words]
        assert r._where(words, lower=False) == [k for k, w in enumerate(r.keys) if w in words]
    many = frozenset(r.lower) | {f"w{k}" for k in range(500)}  # (more words than the text has)
    assert r._where(many) == list(range(len(r.lower)))
    assert r._where(()) == []
