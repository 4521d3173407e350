"""CONSULT events the extractor used to miss in shapes general to news prose: a verb that needs an actor after it
("went to", "telephoned") before a name the gazetteer knows that follows "the" ("went to the United States"), but
not before a name that only qualifies the noun after it ("departing for the G20 summit"); "saw" and "informed" with
the party right after them ("saw Lavrov in Ankara", not "saw Mexico as an equal partner"). Sentences of our own."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _consults(text: str) -> list:
    return [e for e in events_of(text) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("The Syrian president went to the United Arab Emirates in March.", "went to", "United Arab Emirates"),
        ("Erdogan visited Oman in February and went to the United States in April.", "went to", "United States"),
        ("Macron went to the Netherlands on Tuesday.", "went to", "Netherlands"),
    ],
)
def test_a_visit_to_a_name_after_the(text, trigger, target):
    found = [e for e in _consults(text) if trigger in e.trigger]
    assert len(found) == 1, [(e.trigger, e.target_actor) for e in _consults(text)]
    assert found[0].target_actor == target
    assert found[0].mode == "visit"


@pytest.mark.parametrize(
    "text",
    [
        "Scholz left on Saturday, departing for the G20 summit in Rio de Janeiro.",
        "The minister went to the Chinese market on Tuesday.",
    ],
)
def test_no_visit_when_the_name_only_qualifies_a_noun(text):
    assert not [e for e in _consults(text) if e.trigger.startswith(("went", "depart"))], \
        [(e.trigger, e.target_actor) for e in _consults(text)]


@pytest.mark.parametrize(
    "text, trigger, target, status",
    [
        ("The foreign minister saw Lavrov in Ankara on Thursday.", "saw", "Sergey Lavrov", "occurred"),
        ("He will see Palestinian President Mahmoud Abbas in Bethlehem on Tuesday.", "see", "Mahmoud Abbas", "planned"),
        ("Scholz informed Zelensky of his plan on Friday.", "informed", "Volodymyr Zelensky", "occurred"),
    ],
)
def test_seeing_or_informing_a_named_party(text, trigger, target, status):
    events = _consults(text)
    found = [e for e in events if any(m.trigger == trigger for m in e.mentions)]
    assert len(found) == 1, [(e.trigger, e.target_actor) for e in events]
    assert found[0].target_actor == target and found[0].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The United States saw Mexico as an equal partner, Biden said on Friday.",  # (an opinion: "as")
        "Washington saw Russia's hand in the attack on Friday.",  # (a possessive: the thing seen)
        "Markets saw a sharp rise on Friday.",  # (no one seen)
        "The White House had been kept informed by Riyadh about the talks.",  # (a passive of no party)
    ],
)
def test_no_consultation_when_no_party_is_seen_or_informed(text):
    assert not [e for e in _consults(text) if any(m.trigger in ("saw", "informed") for m in e.mentions)], \
        [(e.trigger, e.target_actor) for e in _consults(text)]
