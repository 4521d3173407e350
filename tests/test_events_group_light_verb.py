"""A plural subject that names no one ("they", a bare "the three") before the light verb of an event noun, or before a
verb, stands for the parties of the last joint act told ("A and B met on Monday. They issued a joint statement on
Tuesday"); a generic "they", a pair never told acting together, or a count that does not fit makes no such event."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of

DCT = date(2024, 3, 10)


def _agree(text: str):
    return [e for e in events_of(text, DCT) if e.type == "AGREE" and e.date_start == date(2024, 3, 5)]


def test_they_before_a_light_verb_are_the_pair_that_met():
    found = _agree("Foreign ministers of Japan and South Korea met in Tokyo on Monday. "
                   "They issued a joint statement on Tuesday.")
    assert len(found) == 1, [(e.type, e.summary) for e in events_of("x", DCT)]
    assert set(found[0].actors) == {"Japan", "South Korea"}, found[0].actors


def test_they_after_a_one_sided_act_are_no_pair():
    # "Japan criticised China": one acted on the other, the text does not make them a pair acting together
    found = _agree("Japan criticised China on Monday. They issued a joint statement on Tuesday.")
    assert found == [], [(e.summary, e.actors) for e in found]


def test_generic_they_makes_no_parties():
    found = _agree("Protesters gathered in the capital on Monday. They issued a joint statement on Tuesday.")
    assert all(not e.source_actor and not e.target_actor for e in found), [(e.summary, e.actors) for e in found]


def test_the_three_are_the_three_parties_that_met():
    text = "Leaders of Japan, South Korea and China met in Tokyo on Monday. The three then signed a trade pact on Tuesday."
    found = _agree(text)
    assert len(found) == 1, [(e.type, e.summary) for e in events_of(text, DCT)]
    assert set(found[0].actors) == {"Japan", "South Korea", "China"}, found[0].actors


def test_the_three_after_a_pair_is_no_party():
    found = _agree("Japan and South Korea held talks in Tokyo on Monday. "
                   "The three then adopted a joint declaration on Tuesday.")
    assert found == [], [(e.summary, e.actors) for e in found]
