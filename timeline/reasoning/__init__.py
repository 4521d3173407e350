"""Temporal reasoning: propagate date constraints between events; flag contradictions."""

from timeline.reasoning.network import CONTRADICTION_FLAG, DATED_BASES, preview_change, propagate

__all__ = ["propagate", "preview_change", "CONTRADICTION_FLAG", "DATED_BASES"]
