"""Temporal reasoning: propagate date constraints between events; flag contradictions."""

from timeline.reasoning.network import (
    CONTRADICTION_FLAG,
    DATED_BASES,
    is_narrowed,
    preview_change,
    propagate,
    restore_own_date,
)

__all__ = ["propagate", "preview_change", "restore_own_date", "is_narrowed", "CONTRADICTION_FLAG", "DATED_BASES"]
