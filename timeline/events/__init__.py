"""Events: triggers -> typed, dated, sourced events with status and constraints.

``extract_events(doc, timexes, gazetteer) -> Extraction``; the lexicon is data under
``timeline/resources/events/`` (triggers.yaml, cues.yaml, dating.yaml).
"""

from timeline.events.extract import extract_events, extract_with_mentions
from timeline.events.lexicon import EVENT_TYPES, load_lexicon

__all__ = ["EVENT_TYPES", "extract_events", "extract_with_mentions", "load_lexicon"]
