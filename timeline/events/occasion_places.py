"""Where the acts of an occasion happened (a mixin of the event extractor's context, run on the built events).

"MEXICO CITY — Biden, Trudeau and López Obrador agreed on Tuesday ... Biden told a joint news conference ...
López Obrador asked for investment": a summit, a round of talks or a visit is an occasion, and what its parties
said, agreed, urged or warned on its day happened where it was, though their sentences name no place. So:

- a dateline city ("SEOUL —", "OHRID, North Macedonia —") places the lead paragraph's acts that took place and
  name no place of their own (the story's occasion; a consultation of the lead is placed there by merging already);
- an act that names no place (and is not told as before or after the occasion: "a day after the talks"), of a type done where its doers meet (cues.yaml ``occasion_act_types``: words,
  meetings, deals; not strikes or sanctions), that took place on one day, takes the place of an occasion placed on
  that day (or within the days of a placed visit) in which its doer took part: the nearest told before it, else one
  told after it in its paragraph.

Never placed this way: calls and letters (no one travelled), acts in quotes, planned acts, acts of someone the
occasion does not name (a statement from a capital far away), acts of another day.
"""

from __future__ import annotations

from bisect import bisect_right

from timeline.events.common import _Cand, _Cluster
from timeline.model import ActorMention, Event

#: the most days a placed occasion may span for the acts of its days to take its place (a visit of a few days)
_OCCASION_DAYS = 7


class OccasionPlaceMixin:
    """Places of the acts of a placed occasion (see the module docstring)."""

    def _occasion_places(self, clusters: list[_Cluster], events: list[Event], constraints=()) -> list[Event]:
        kinds = self.w.occasion_act_types
        if not kinds or not events:
            return events
        apart = {frozenset((x.source, x.target)) for x in constraints  # "a day after the talks", "hours before he
                 if x.kind not in ("same_day", "during") and not (x.lo_days == x.hi_days == 0)}  # arrived": not at it
        fit = [self._occasion_act(cl, e, kinds) for cl, e in zip(clusters, events)]
        events = list(events)
        for k, (cl, e) in enumerate(zip(clusters, events)):  # the dateline places the lead's acts
            if fit[k] and not e.location and e.type != "CONSULT":
                source, target = self._occasion_sides(cl)
                at = self._dateline_place(cl.lead, source, target, {"date_end": e.date_end,
                                                                     "date_basis": e.date_basis})
                if at is not None and self._in_lede(cl.lead):
                    events[k] = e.with_(location=at[0])
        occasions = [(k, self._occasion_parties(cl)) for k, (cl, e) in enumerate(zip(clusters, events))
                     if fit[k] and e.location and not self._names_a_state(e.location) and e.date_start is not None and e.date_end is not None
                     and 0 <= (e.date_end - e.date_start).days < _OCCASION_DAYS]
        if not occasions:
            return events
        paras = self._paragraph_of
        placed = list(events)
        for k, (cl, e) in enumerate(zip(clusters, events)):
            if not fit[k] or e.location or e.date_start is None or e.date_start != e.date_end:
                continue
            doer = self._occasion_sides(cl)[0]
            if doer is None:
                continue
            before, after = None, None
            for j, parties in occasions:
                o = events[j]
                if j == k or not (o.date_start <= e.date_start <= o.date_end) or not self._takes_part(doer, parties) \
                        or frozenset((o.id, e.id)) in apart:
                    continue
                if o.start < e.start:
                    before = j  # (occasions in text order: the last one before wins)
                elif after is None and paras(o.start) == paras(e.start):
                    after = j
            j = before if before is not None else after
            if j is not None:
                placed[k] = e.with_(location=events[j].location)
        return placed

    def _occasion_act(self, cl: _Cluster, e: Event, kinds) -> bool:
        """Is the event an act that took place in person, of a type done where its doers meet, told outside quotes?"""
        if e.type not in kinds or e.status != "occurred" or e.mode == "phone":
            return False
        if any(c.medium in ("phone", "writing") or c.entry.mode == "phone" for c in cl.cands):
            return False
        return not all(c.quoted for c in cl.cands)

    @staticmethod
    def _occasion_sides(cl: _Cluster) -> tuple[ActorMention | None, ActorMention | None]:
        """The doer and the one acted upon, as merging picks them (``_event``)."""
        lead = cl.lead
        source = lead.source or next((c.source for c in cl.cands if c.source), None)
        target = lead.target or next((c.target for c in cl.cands if c.target and (
            source is None or c.target.actor.id != source.actor.id)), None)
        return source, target

    @staticmethod
    def _occasion_parties(cl: _Cluster) -> tuple[frozenset[str], frozenset[str]]:
        """The actors an occasion names (ids), and the states they are of or are (ids)."""
        ids, states = set(), set()
        for c in cl.cands:
            for m in (*c.actors, c.source, c.target):
                if m is None:
                    continue
                ids.add(m.actor.id)
                if m.actor.kind == "state":
                    states.add(m.actor.id)
                elif m.actor.kind == "person" and m.actor.country:
                    states.add(m.actor.country)
        return frozenset(ids), frozenset(states)

    @staticmethod
    def _takes_part(doer: ActorMention, parties: tuple[frozenset[str], frozenset[str]]) -> bool:
        """Did the doer take part in the occasion: named there, or a person of a state named there, or a state whose
        person is named there ("Serbia and Kosovo agreed ... Vucic told journalists")?"""
        ids, states = parties
        if doer.actor.id in ids:
            return True
        if doer.actor.kind == "person":
            return doer.actor.country is not None and doer.actor.country in ids
        return doer.actor.kind == "state" and doer.actor.id in states

    def _names_a_state(self, place: str) -> bool:
        """Is ``place`` a state's name or alias as the text writes it ("Vietnam", "the North")? A visit placed only in
        the state visited tells no city its days were spent in."""
        got = getattr(self, "_state_names", None)  # (every name once: asked for every event of a long page)
        if got is None or got[0] is not self.mentions:
            got = self._state_names = (self.mentions, {t for m in self.mentions if m.actor.kind == "state"
                                                       and m.via in ("name", "alias") for t in (m.text, m.text[4:])})
        return place in got[1]

    def _in_lede(self, c: _Cand) -> bool:
        """Is the mention in the lead paragraph (the first sentence's paragraph, or the dateline's after a headline)?"""
        line = self.__dict__.get("_dateline_end", 0)
        first = next((e for _, e in self.sentences if e > line), None) if line else None
        para_end = self.text.find("\n", first if first is not None else self.sentences[0][1] if self.sentences else 0)
        return c.start < (para_end if para_end >= 0 else len(self.text))

    def _paragraph_of(self, offset: int) -> int:
        """The index of the paragraph (lines parted by a blank line) holding ``offset``: how many blank-line breaks
        ("\n\n", counted without overlap, as ``str.count`` does) end before it (found once per document)."""
        breaks = self.__dict__.get("_paragraph_breaks")
        if breaks is None:
            breaks, k = [], self.text.find("\n\n")
            while k >= 0:
                breaks.append(k + 2)
                k = self.text.find("\n\n", k + 2)
            self._paragraph_breaks = breaks
        return bisect_right(breaks, offset)
