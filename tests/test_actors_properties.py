"""Properties of find_actor_mentions on generated text: offsets point at the mention's text,
mentions are sorted and never overlap, every actor is a known kind."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import find_actor_mentions, load_gazetteer

GAZETTEER = load_gazetteer()
FORMS = sorted({form for entry in GAZETTEER.entries.values() for form, _ in entry.forms})
FILLER = ["the", "The", "said", "on", "Tuesday", ",", ".", "and", "his", "counterpart", "President",
          "Foreign Minister", "Deputy", "leader", "spokesperson", "'s", "’s", "-", "officials", "\n",
          "Mr.", "of", "Smith", "Jones", "official", "diplomat", "envoy", "Sergey", "Jr."]
WORDS = st.lists(st.one_of(st.sampled_from(FORMS), st.sampled_from(FILLER)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(WORDS, st.sampled_from([None, date(2019, 6, 1), date(2025, 10, 21)]))
def test_actors_mentions_well_formed(words, dct):
    text = " ".join(words)
    mentions = find_actor_mentions(text, GAZETTEER, dct=dct)
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end
        previous_end = m.end
        assert m.actor.kind in ("state", "igo", "group", "government", "organization", "person", "territory")
        assert m.via in ("name", "alias", "surname", "adjective", "demonym", "metonym", "title", "description")
