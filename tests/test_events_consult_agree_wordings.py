"""Wordings of meetings, visits and agreements the lexicon lacked: a welcoming ceremony, a stop or a stopover on the
way, views exchanged, a negotiation, flying on to the next capital, a landing, an inauguration or a funeral attended,
playing host; a deal hammered out, forged or finalised, terms come to, a compromise found or arrived at, a dispute or a
text settled, instruments of ratification exchanged, a proposal consented to, a treaty initialled. And the words that
only look like them: a deadline met, a tour of duty, compromise language, a drone that landed,
a university attended, a handshake at a signing. Sentences of our own."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _of_type(text: str, type_: str):
    return [e for e in events_of(text) if e.type == type_]


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        ("Xi held a welcoming ceremony for Putin in Beijing on Tuesday.", "welcoming ceremony", "Xi Jinping", None),
        ("Blinken stopped in Amman on Tuesday before flying to Doha.", "stopped in", "Antony Blinken", "Jordan"),
        ("Modi made a surprise stop in Lahore on Friday.", "surprise stop", "Narendra Modi", None),
        ("Lavrov and Fidan exchanged views on Syria by phone on Friday.", "exchanged views", "Sergey Lavrov",
         "Hakan Fidan"),
        ("Wang flew on to Kiribati on Friday.", "flew on to", None, "Kiribati"),
        ("Biden landed on Sunday at the new airport north of the capital.", "landed", "Joe Biden", None),
        ("Kishida and Yoon landed in the morning on Friday.", "landed", "Fumio Kishida", None),
        ("Sharif attended Modi's swearing-in in New Delhi in May 2014.", "attended", None, None),
        ("Erdogan played host to Putin in Ankara on Monday.", "played host to", "Recep Tayyip Erdoğan",
         "Vladimir Putin"),
        ("The national security advisers of India and Pakistan met quietly in Bangkok on Sunday.", "met", None, None),
    ],
)
def test_more_wordings_of_a_meeting_or_a_visit(text, trigger, source, target):
    found = [e for e in _of_type(text, "CONSULT") if trigger in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.source_actor, e.target_actor) for e in events_of(text)]
    assert source is None or found[0].source_actor == source, found[0].source_actor
    assert target is None or found[0].target_actor == target, found[0].target_actor


def test_a_negotiation_told_in_the_singular():
    text = "A negotiation between Japan and the Philippines began on Monday."
    found = [e for e in _of_type(text, "CONSULT") if e.trigger.lower() == "negotiation"]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text)]
    assert (found[0].source_actor, found[0].target_actor) == ("Japan", "Philippines")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Israel and Hamas hammered out a deal.", "hammered out"),
        ("Britain and the EU came to terms on fishing rights on Monday.", "came to terms"),
        ("Britain and the EU came to an agreement on fishing rights on Monday.", "came to an agreement"),
        ("Britain and the EU reached a compromise on fishing rights on Monday.", "reached a compromise"),
        ("Britain and the EU found a compromise on fishing rights on Monday.", "found a compromise"),
        ("Britain and the EU arrived at a compromise on fishing rights on Monday.", "arrived at a compromise"),
        ("Spain and Morocco forged an agreement on migration.", "forged"),
        ("Japan and the Philippines finalised the text of the agreement.", "finalised"),
        ("Britain and the EU settled their dispute over fishing rights on Monday.", "settled"),
        ("India and Bangladesh exchanged the instruments of ratification of the land boundary agreement.",
         "instruments of ratification"),
        ("Israel consented to the proposal on Wednesday.", "consented to"),
        ("Armenia and Azerbaijan initialled a peace treaty.", "initialled"),
    ],
)


def test_more_wordings_of_an_agreement(text, trigger):
    found = [e for e in _of_type(text, "AGREE") if trigger in e.trigger.lower()]
    assert len(found) == 1 and found[0].status == "occurred", \
        [(e.type, e.trigger, e.status) for e in events_of(text)]


def test_a_text_settled_in_a_passive_is_an_agreement():
    text = "Israel and Lebanon negotiated for months. The text had been settled on Monday."
    assert [e.trigger for e in _of_type(text, "AGREE")] == ["settled"]


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would meet the deadline on Friday.",
        "The tour of duty of the peacekeepers ended in May.",
        "Indian negotiators found compromise language on Ukraine on Saturday.",
        "The drone landed on the roof of a building.",
        "She attended Oxford University in the 1990s.",
        "The guests settled into their seats on Friday.",
        "Prices stopped rising in May.",
        "Kim toured the waterfront on Monday evening.",
        "The two leaders shook hands at the signing on Wednesday.",
        "Negotiation skills are essential, the minister said on Friday.",
    ],
)
def test_no_meeting_or_agreement_in_words_that_only_look_like_one(text):
    found = [e for e in events_of(text) if e.type in ("CONSULT", "AGREE")]
    assert found == [], [(e.type, e.trigger) for e in found]
