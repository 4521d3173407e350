"""The timeline as a graph of actors, events, places, times and documents; node-link JSON and GraphML."""

from timeline.graph.build import (
    EDGE_TYPES, NODE_KINDS, build_graph, read_node_link, write_graphml, write_node_link,
)

__all__ = ["build_graph", "write_node_link", "write_graphml", "read_node_link", "NODE_KINDS", "EDGE_TYPES"]
