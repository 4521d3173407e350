"""Recall round 13: an event named by a noun with its own party and a date inside its phrase, as the subject of a
clause whose verb is only a reaction or a consequence ("Israel's withdrawal from Gaza on Monday was welcomed", "An
Israeli raid on Jenin on Monday killed three people"), is an event of that date (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "source", "dates"),
    [
        ("Israel's withdrawal from Gaza on Monday was welcomed.", "withdrawal", "RETREAT", "Israel",
         (date(2025, 3, 3), date(2025, 3, 3))),
        ("A Turkish raid on the border village on Tuesday killed three people.", "raid", "ASSAULT", "Türkiye",
         (date(2025, 3, 4), date(2025, 3, 4))),
        ("Russia's annexation of Crimea in 2014 was condemned by the West.", "annexation", "COERCE", "Russia",
         (date(2014, 1, 1), date(2014, 12, 31))),
        ("Moscow's mobilization of reservists in September alarmed Kyiv.", "mobilization", "MOBILIZE", "Russia",
         (date(2024, 9, 1), date(2024, 9, 30))),
        ("Beijing's condemnation of the visit on Monday drew a sharp reply.", "condemnation", "DISAPPROVE", "China",
         (date(2025, 3, 3), date(2025, 3, 3))),
        ("Israel's assassination of the commander in Beirut on Tuesday drew threats of revenge.", "assassination",
         "ASSAULT", "Israel", (date(2025, 3, 4), date(2025, 3, 4))),
        ("Iran's crackdown on protesters in September drew condemnation.", "crackdown", "COERCE", "Iran",
         (date(2024, 9, 1), date(2024, 9, 30))),
        ("France's evacuation of its citizens from Niamey on Tuesday went smoothly.", "evacuation", "RETREAT",
         "France", (date(2025, 3, 4), date(2025, 3, 4))),
    ],
)
def test_events_noun_subject_with_its_own_date_is_an_event(text, trigger, type_, source, dates):
    found = [e for e in events_of(text, DCT) if e.trigger.lower() == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text, DCT)]
    event = found[0]
    assert (event.type, event.source_actor, (event.date_start, event.date_end)) == (type_, source, dates)


@pytest.mark.parametrize(
    "text",
    [
        "Israel's withdrawal from Gaza was welcomed on Monday.",  # the date is the welcome's, not the withdrawal's
        "Critics said on Monday that Israel's withdrawal from Gaza had failed.",
        "Israel's withdrawal from Gaza on Monday would be a first step.",  # a condition, not a fact
    ],
)
def test_events_noun_subject_without_a_date_of_its_own_stays_a_mention(text):
    assert not any(e.trigger.lower() == "withdrawal" and e.date_start == date(2025, 3, 3)
                   for e in events_of(text, DCT))
