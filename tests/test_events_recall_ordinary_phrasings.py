"""Recall round 4: ordinary ways news tells an act that the lexicon lacked (sentences of our own): a courtesy call, a
meal together, upgrading ties, relaxing rules, coordinating a response, an extradition, declining an invitation, a
proclamation, a congratulatory message, firing on a patrol, demonstrating outside an embassy; and a past refusal told
as "did not accept the offer"."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("The new Japanese ambassador paid a courtesy call on the Mongolian president in Ulaanbaatar on Monday.",
         "CONSULT", "courtesy call"),
        ("Meloni had lunch with Starmer in Rome on Thursday.", "CONSULT", "had lunch"),
        ("Vietnam and Australia upgraded their relations to a comprehensive partnership on Tuesday.", "AGREE", "upgraded"),
        ("Japan relaxed visa requirements for Indian students on Wednesday.", "CONCEDE", "relaxed"),
        ("Sweden and Finland coordinated their response to the airspace violations on Friday.", "COOPERATE",
         "coordinated"),
        ("Peru extradited a former president to Lima from the United States on Monday.", "COOPERATE", "extradited"),
        ("Mexico declined an invitation to the summit in Caracas on Tuesday.", "REJECT", "declined"),
        ("Niger proclaimed on Thursday that it would leave the regional bloc.", "ANNOUNCE",
         "proclaimed"),
        ("Lula sent a congratulatory message to the new Argentine president on Monday.", "SUPPORT",
         "congratulatory message"),
        ("Indian troops fired on a Pakistani border post on Sunday.", "ASSAULT", "fired on"),
        ("Hundreds of Turkish students demonstrated outside the Israeli embassy in Ankara on Friday.", "PROTEST",
         "demonstrated"),
        # a past negation of accepting, with an object: a rejection that happened
        ("The Kremlin did not accept the Turkish offer on Monday.", "REJECT", "accept"),
    ],
)
def test_extract_ordinary_phrasings_are_events(text, type_, trigger):
    assert the_event(events_of(text), type_, trigger).status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # the same words where they tell no act
        "Moldova has not accepted the offer yet.",
        "The decline in trade worried both governments.",
        "Oil prices declined on Monday.",
    ],
)
def test_extract_ordinary_phrasings_need_their_act(text):
    assert [e.type for e in events_of(text) if e.type in ("REJECT", "AGREE")] == []
