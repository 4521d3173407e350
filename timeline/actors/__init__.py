"""Actors: the shipped gazetteer (states, organizations, people, media) and the resolver that finds
and resolves every actor mention in a document.

    gazetteer = load_gazetteer()              # cached; load_gazetteer(Path("my_actors.yaml")) extends it
    mentions = find_actor_mentions(text, gazetteer, dct=date(2025, 10, 21))
    short_name(mentions[0].actor, gazetteer)  # "Wang" for Wang Yi, "Kim" for Kim Jong Un, "OSCE"
"""

from timeline.actors.gazetteer import Entry, Gazetteer, Office, load_gazetteer, short_name, slugify
from timeline.actors.resolve import find_actor_mentions

__all__ = ["Entry", "Gazetteer", "Office", "find_actor_mentions", "load_gazetteer", "short_name", "slugify"]
