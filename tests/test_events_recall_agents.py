"""Recall round 13: an act whose subject is a body or person the gazetteer does not know ("a grand jury", "a suicide
bomber", "the presidential office", "unarmed men") is still an event, told with that description; a noun phrase that
is no subject of its clause makes none (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _at(text: str, word: str):
    events = events_of(text, DCT)
    found = [e for e in events if any(word in m.trigger for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "word", "type_", "day"),
    [
        ("A federal grand jury indicted four officers on Tuesday on charges of espionage.", "indicted", "INVESTIGATE",
         date(2025, 3, 4)),
        ("On Monday a suicide bomber rammed a truck into a police checkpoint near the border.", "rammed", "ASSAULT",
         date(2025, 3, 3)),
        ("The presidential office announced the appointment late on Wednesday.", "announced", "ANNOUNCE",
         date(2025, 3, 5)),
        ("On Thursday, armed men seized the port authority's headquarters.", "seized", "COERCE", date(2025, 3, 6)),
        ("A military court sentenced the opposition leader on Monday.", "sentenced", "COERCE", date(2025, 3, 3)),
    ],
)
def test_events_unnamed_agent_makes_the_event(text, word, type_, day):
    events = events_of(text, DCT)
    found = [e for e in events if any(word in m.trigger for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    assert found[0].type == type_ and found[0].date_start == day


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("The sanctions the commission imposed on Monday were lifted.", "commission"),
        ("Analysts at the ministry said on Monday that the talks were difficult.", "ministry"),
    ],
)
def test_events_unnamed_agent_needs_a_subject_opening_its_clause(text, description):
    # "the commission" inside a relative clause, "the ministry" after a preposition: neither acts here
    assert not any(description in e.summary.lower() for e in events_of(text, DCT))


def test_events_unnamed_agent_may_be_owned_by_a_group():
    event = _at("The junta's foreign ministry ordered the ambassador on Friday to leave the country.", "ordered")
    assert event.type == "SANCTION" and event.date_start == date(2025, 3, 7)


def test_events_unnamed_agent_gives_the_summary_its_description():
    event = _at("A federal grand jury indicted four officers on Tuesday.", "indicted")
    assert "grand jury" in event.summary.lower()


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("At an emergency summit on Monday, East African leaders ordered the deployment of a regional force.",
         "ordered", "MOBILIZE"),
        ("On Tuesday, Nordic governments condemned the strike on the power plant.", "condemned", "DISAPPROVE"),
    ],
)
def test_events_group_named_by_a_proper_modifier_acts(text, word, type_):
    event = _at(text, word)
    assert event.type == type_ and event.source_actor is None


@pytest.mark.parametrize(
    "text",
    [
        "Leaders criticized the plan on Monday.",
        "Several leaders criticized the plan on Monday.",
    ],
)
def test_events_leaders_alone_are_no_group(text):
    # "leaders" with no count and no proper modifier may be anyone's
    assert [e for e in events_of(text, DCT) if e.type == "DISAPPROVE"] == []


def test_events_summit_takes_the_group_that_acted_at_it():
    events = events_of("At an emergency summit on Monday, East African leaders ordered the deployment of a regional "
                       "force.", DCT)
    summit = _at("At an emergency summit on Monday, East African leaders ordered the deployment of a regional force.",
                 "summit")
    assert summit.type == "CONSULT" and summit.date_start == date(2025, 3, 3) and len(events) == 2


def test_events_dated_noun_with_a_party_leads_when_its_verb_makes_no_event():
    # the verb "kills" has the strike as its subject and no party of its own: the strike (named party, date) is the event
    text = "Key dates:\n\nMarch 3: A Turkish drone strike kills two fighters near the border.\n\nMarch 4: Ankara recalls its ambassador."
    events = events_of(text, DCT)
    strikes = [e for e in events if e.type == "ASSAULT"]
    assert len(strikes) == 1 and strikes[0].date_start == date(2025, 3, 3)
    assert strikes[0].source_actor == "Türkiye"
    # and a month name opening a line is a date, no "march"
    assert sorted(e.type for e in events) == ["ASSAULT", "SANCTION"]


@pytest.mark.parametrize(
    ("text", "word", "type_", "day"),
    [
        ("Thousands of supporters of the president rallied outside the parliament in Bucharest on Sunday.", "rallied",
         "PROTEST", date(2025, 3, 2)),
        ("On Thursday, hundreds of residents of the border town protested against the new checkpoint.", "protested",
         "PROTEST", date(2025, 3, 6)),
    ],
)
def test_events_group_before_of_is_the_subject(text, word, type_, day):
    event = _at(text, word)
    assert (event.type, event.date_start) == (type_, day)
    assert event.summary.split(" of ")[0].lower() in ("thousands", "hundreds")
    assert " rally " in event.summary or " protest" in event.summary  # a plural group takes a plural verb


def test_events_group_before_of_must_open_its_clause():
    # "members of the council" after a preposition is no subject: no group of theirs acts
    events = events_of("The sanctions imposed by members of the council were lifted on Monday.", DCT)
    assert all("council" not in e.summary.lower() for e in events)


def test_events_each_side_is_a_group_of_its_own():
    event = _at("Fighting resumed on Tuesday. Each side accused the other of breaking the truce.", "accused")
    assert event.type == "DISAPPROVE" and event.summary.startswith("Each side")


def test_events_weak_noun_told_with_a_statement_still_joins_the_statement_before():
    # "in an address" (a weak noun) named with "calling ..." is the address in which the president defended the pullout
    text = ("Key dates:\n\nMarch 3: Biden defends the pullout in an address from the White House, calling the airlift "
            "an extraordinary success.")
    statements = [e for e in events_of(text, DCT) if e.type == "STATEMENT"]
    assert any(m.trigger == "address" for e in statements for m in e.mentions)
    assert len([e for e in statements if any(m.trigger in ("address", "calling") for m in e.mentions)]) == 1


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Tehran did not comment. Its state media has repeatedly condemned the naval patrols.", "condemned",
         "DISAPPROVE"),
        ("On Monday the separatist authorities swiftly rejected the plan.", "rejected", "REJECT"),
    ],
)
def test_events_unnamed_subject_before_a_manner_adverb(text, word, type_):
    assert _at(text, word).type == type_


@pytest.mark.parametrize(
    ("text", "word", "type_", "group"),
    [
        ("On Thursday, Gulf leaders meeting in Doha for an emergency summit called on both sides to stop the shelling.",
         "called on", "DEMAND", "Gulf leaders"),
        ("On Monday, European ministers meeting in Brussels agreed to extend the sanctions.", "agreed", "AGREE",
         "European ministers"),
    ],
)
def test_events_group_subject_before_a_participle_phrase(text, word, type_, group):
    event = _at(text, word)
    assert event.type == type_ and event.summary.startswith(group)
