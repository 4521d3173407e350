"""The ``occasions`` rules of dating.yaml (``Occasions``): how an undated event is tied to the occasion the text
dates ("before the ceremony", "during her visit", "days after"). Parsed and validated once per process.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.events.common import _TOKEN


@dataclass(frozen=True, slots=True)
class Occasions:
    """How an undated event is tied to the occasion the text dates (dating.yaml, section ``occasions``)."""

    cues: frozenset[str]  # "before the ceremony", "after a phone call"
    lasting_types: frozenset[str]  # events of days or years: no one-day occasion
    within: tuple[tuple[str, ...], ...]  # "during her visit": on or after its first day
    lead_paragraphs: int  # how far the lead sentence's occasion may run
    first: frozenset[str]  # "the first agreement": the earliest event the noun names
    deadlines: frozenset[str]  # "by January 1": no later than that date
    at_most: tuple[tuple[str, ...], ...] = ()  # "less than three weeks later": an upper bound only
    at_least: tuple[tuple[str, ...], ...] = ()  # "more than a month after": a lower bound only
    until: frozenset[str] = frozenset()  # "lasted until Wednesday": where the event ends
    day_range_joiners: frozenset[str] = frozenset()  # "January 26-27", "from Monday to Wednesday": a span of days
    range_days: int = 0  # how many days such a span may run at most
    attributive_date_preps: frozenset[str] = frozenset()  # "an agreement from 1998": the date of the noun before
    next_day: tuple[str, ...] = ()  # "ran past midnight", "into the early hours": it ends the next day
    unchanged_past: frozenset[str] = frozenset()  # "Riyadh cut ties": verbs whose past is their base form
    unstated: tuple[tuple[str, int, int], ...] = ()  # "days after", "weeks later": (unit, least, most) of an unstated count
    overnight: frozenset[str] = frozenset()  # "exchanged fire overnight": the night runs from its evening into the next day
    ends: frozenset[str] = frozenset()  # "opened on Tuesday and ends on Thursday": verbs that say on what day it ends
    reporting: frozenset[str] = frozenset()  # "acknowledged that": more words that report what was done
    past_plans: tuple[tuple[str, ...], ...] = ()  # "had been due to take place in early February": a plan told in the past
    arrivals: frozenset[str] = frozenset()  # "landed in Beijing on Sunday": a visit that lasts while the text dates its meetings
    stay_days: int = 0  # how many days after the arrival such a visit may run
    at_occasion: frozenset[str] = frozenset()  # "attend the summit", "boycott the session": done at that event
    follow_frames: tuple[tuple[str, ...], ...] = ()
    answer_frames: frozenset[str] = frozenset()  # "The reaction in Washington on Monday was swift.": its answers' day
    under_frames: frozenset[str] = frozenset()  # "Under the memorandum, ...": what the agreement told before holds  # "At the news conference that followed, ...": the scene just told


def parse_occasions(raw, name: str = "dating.yaml") -> Occasions:
    """The ``occasions`` section of dating.yaml, validated (``ResourceError`` with ``file:line``)."""
    from timeline.errors import ResourceError
    from timeline.events.lexicon import EVENT_TYPES

    def fail(line: int, what: str) -> ResourceError:
        return ResourceError(f"{name}:{line}: {what}", f"edit timeline/resources/events/{name}")

    section = raw.get("occasions") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise fail(raw.get("__line__", 1) if isinstance(raw, dict) else 1, "expected an 'occasions' mapping")
    line = section.get("__line__", 1)

    def words(key: str) -> list[str]:
        value = section.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
            raise fail(line, f"occasions: '{key}' must be a non-empty list of words")
        return [x.strip().lower() for x in value]

    types = {w.upper() for w in words("lasting_types")}
    if types - set(EVENT_TYPES):
        raise fail(line, f"occasions: unknown event type(s) in lasting_types: {', '.join(sorted(types - set(EVENT_TYPES)))}")
    paragraphs = section.get("lead_paragraphs")
    if not isinstance(paragraphs, int) or isinstance(paragraphs, bool) or paragraphs < 0:
        raise fail(line, "occasions: 'lead_paragraphs' must be a non-negative integer")
    unstated = section.get("unstated", {})
    spans = []
    for unit, span in (unstated.items() if isinstance(unstated, dict) else ()):
        if unit == "__line__":
            continue
        if not isinstance(span, list) or len(span) != 2 or not all(isinstance(n, int) and not isinstance(n, bool)
                                                                   for n in span) or not 1 <= span[0] <= span[1]:
            raise fail(line, f"occasions: unstated '{unit}' must be [least, most] with 1 <= least <= most")
        spans.append((str(unit), span[0], span[1]))
    if not isinstance(unstated, dict):
        raise fail(line, "occasions: 'unstated' must map units to [least, most]")
    return Occasions(
        unstated=tuple(spans),
        cues=frozenset(words("cues")), lasting_types=frozenset(types),
        within=tuple(tuple(_TOKEN.findall(w)) for w in words("within")), lead_paragraphs=paragraphs,
        first=frozenset(words("first")), deadlines=frozenset(words("deadlines")),
        at_most=tuple(tuple(_TOKEN.findall(w)) for w in words("at_most")),
        at_least=tuple(tuple(_TOKEN.findall(w)) for w in words("at_least")),
        until=frozenset(words("until")),
        day_range_joiners=frozenset(words("day_range_joiners")) if "day_range_joiners" in section else frozenset(),
        range_days=_stay_days(section, fail, line, "range_days"),
        attributive_date_preps=frozenset(words("attributive_date_preps")) if "attributive_date_preps" in section
        else frozenset(),
        next_day=tuple(" ".join(_TOKEN.findall(w)) for w in words("next_day")) if "next_day" in section else (),
        unchanged_past=frozenset(words("unchanged_past")) if "unchanged_past" in section else frozenset(),
        overnight=frozenset(words("overnight")) if "overnight" in section else frozenset(),
        ends=frozenset(words("ends")) if "ends" in section else frozenset(),
        at_occasion=frozenset(words("at_occasion")) if "at_occasion" in section else frozenset(),
        arrivals=frozenset(words("arrivals")) if "arrivals" in section else frozenset(),
        reporting=frozenset(words("reporting")) if "reporting" in section else frozenset(),
        stay_days=_stay_days(section, fail, line),
        past_plans=tuple(tuple(_TOKEN.findall(w)) for w in words("past_plans")) if "past_plans" in section else (),
        under_frames=frozenset(words("under_frames")) if "under_frames" in section else frozenset(),
        answer_frames=frozenset(words("answer_frames")) if "answer_frames" in section else frozenset(),
        follow_frames=tuple(tuple(_TOKEN.findall(w)) for w in words("follow_frames")) if "follow_frames" in section else (),
    )


def _stay_days(section: dict, fail, line: int, key: str = "stay_days") -> int:
    days = section.get(key, 0)
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise fail(line, f"occasions: '{key}' must be a non-negative integer")
    return days


def load_occasions() -> Occasions:
    """The shipped ``occasions`` rules, compiled once per process."""
    global _OCCASIONS
    if _OCCASIONS is None:
        from timeline.events.lexicon import _read

        _OCCASIONS = parse_occasions(_read("dating.yaml"))
    return _OCCASIONS


_OCCASIONS: Occasions | None = None
