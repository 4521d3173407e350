"""Precision round 3: words that only attribute, frame or continue another act are no events of their own (a trailing
"X told parliament", "what the two leaders said", a sitting of parliament, "speaking to German television", "keep
talking", a second saying joined by "but"); the events they would hide stay (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, types_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a saying that closes its sentence after a comma only attributes the act told before it
        ("Spain closed its embassy in Kabul, Foreign Minister Jose Manuel Albares told parliament.", ["SANCTION"]),
        ("Norway suspended all defence cooperation with Moscow, Prime Minister Jonas Gahr Store told lawmakers.",
         ["SANCTION"]),
        # ... also when it tells a plan: the saying is part of the planned act, as the guidelines say
        ("Spain will close its embassy in Kabul, Albares said on Monday.", ["SANCTION"]),
        ("Canada will reopen its consulate in Erbil, Foreign Minister Melanie Joly said on Tuesday.", ["COOPERATE"]),
        # a free relative names the words, no saying happens in it
        ("A month on, the question in Kyiv is what the two leaders said.", []),
        ("What Putin said mattered less than what he did not say.", []),
        # a sitting of a legislature is no consultation between parties: addressing it is a statement to it
        ("Lula addressed a joint session of parliament on Monday.", ["STATEMENT"]),
        ("The bill was read at a session of the lower house on Tuesday.", []),
        # speaking to the press is no consultation, whatever adjective the outlet has
        ("Scholz, speaking to German television, said the talks had failed.", ["STATEMENT"]),
        # continuing an activity is no new event
        ("Blinken urged Israel and Hamas on Tuesday to keep talking.", ["DEMAND"]),
    ],
)
def test_extract_attributing_words_are_noevents_of(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Macron told reporters on Monday that the talks had been useful.", ["STATEMENT"]),
        ("Erdogan phoned Putin on Tuesday and urged him to keep talking to Kyiv.", ["CONSULT", "DEMAND"]),
        ("Modi, speaking to Putin by phone on Monday, said India wanted peace.", ["CONSULT"]),
    ],
)
def test_extract_acts_beside_attributions_stay(text, types):
    assert types_of(text) == types


def test_extract_saying_joined_by_but_is_one_statement():
    events = events_of("Macron called the plan a first step but said France would not block it.")
    statements = [e for e in events if e.type == "STATEMENT"]
    assert len(statements) == 1
    assert {m.trigger for m in statements[0].mentions} == {"called", "said"}
    assert statements[0].source_actor == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a relative clause in the simple present tells a standing position or habit, not an act on a day
        ("Manila accused Beijing on Monday of ramming its vessel, a charge Beijing denies.", ["DISAPPROVE"]),
        ("Qatar, which hosts the largest American base in the region, condemned the strike on Tuesday.", ["DISAPPROVE"]),
        # the condition of another act is no event of its own
        ("Tehran warned on Monday that it would retaliate if Israel struck its nuclear sites.", ["THREATEN"]),
        ("NATO agreed on Friday to act together whenever Russia threatens one of its members.", ["AGREE"]),
        ("Zelensky said on Monday that Kyiv would hold no talks unless Russia withdrew its troops.", ["STATEMENT"]),
        ("The EU will release the funds once auditors confirm that Budapest has complied.", ["CONCEDE"]),
        ("Macron once criticized Trump for the tariffs.", ["DISAPPROVE"]),
        # meeting a requirement is no meeting with anyone
        ("The EU will release the funds once auditors confirm that Budapest has met the conditions.", ["CONCEDE"]),
        ("Blinken met the Saudi crown prince on Monday.", ["CONSULT"]),
        # a relative clause in the past tense still tells an act
        ("Israel struck Iranian nuclear sites on Friday, and Tehran, which condemned the strikes, vowed to retaliate.",
         ["ASSAULT", "DISAPPROVE", "THREATEN"]),
    ],
)
def test_extract_stances_and_conditions_are_noevents_of(text, types):
    assert types_of(text) == types


def test_extract_statement_noun_framing_a_saying_is_one_statement():
    events = events_of("Modi and Albanese met in Delhi on Monday. In a joint statement released after the talks, the two "
                     "governments said they would deepen defence ties.")
    framed = [e for e in events if any(m.trigger == "joint statement" for m in e.mentions)]
    assert len(framed) == 1
    assert {m.trigger for m in framed[0].mentions} == {"joint statement", "said"}
