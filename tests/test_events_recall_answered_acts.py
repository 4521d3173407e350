"""Recall round 7: an act that a reaction answers, named with its own doer ("condemned the Russian shelling of ...",
"welcomed Iran's release of ...", "the release of ... by Belarus"), is an event of its own, done by that doer and not
to the one who reacts, with no date from the reaction's clause; told without a doer, or told elsewhere with its own
verb, it stays the reaction's object only. A reaction inside a reported clause is not aimed at its reporter
(sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event, types_of


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        ("Poland condemned the Russian shelling of Kherson on Saturday.", "ASSAULT", "shelling", "Russia"),
        ("Lithuania denounced the Belarusian seizure of its trucks on Friday.", "COERCE", "seizure", "Belarus"),
        ("Berlin criticised China's detention of a German national.", "COERCE", "detention", "China"),
        ("France welcomed Iran's release of two French citizens on Wednesday.", "CONCEDE", "release", "Iran"),
        ("The European Union welcomed the release of four dissidents by Belarus on Tuesday.", "CONCEDE", "release",
         "Belarus"),
    ],
)
def test_extract_answered_act_with_named_doer_is_event(text, type_, trigger, source):
    events = events_of(text)
    record = the_event(events, type_, trigger).to_record()
    assert record["source_actor"] == source
    reactor = next(x for x in events if x.type != type_).to_record()["source_actor"]
    assert reactor not in (record["target_actor"], record["source_actor"])
    # the reaction's day is not the act's: the act came before it, undated here
    assert record["precision"] != "day"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # no doer named: the noun only tells what the reaction answers
        ("Germany condemned the raid on Thursday.", ["DISAPPROVE"]),
        ("Spain denounced the detention of two journalists on Monday.", ["DISAPPROVE"]),
        # told before with its own verb: one act, not two
        ("Russia seized the tanker on Monday. Britain condemned the Russian seizure on Tuesday.",
         ["COERCE", "DISAPPROVE"]),
        # a proposal or an offer a reaction answers is its matter, no act of its own
        ("Japan welcomed the Chinese offer to mediate on Monday.", ["SUPPORT"]),
    ],
)
def test_extract_reaction_object_without_own_doer_is_no_event(text, types):
    assert types_of(text) == types


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Ukraine said Russia had denied any violation of the truce.", "REJECT", "denied"),
        ("Kyiv said on Monday that Moscow had rejected the proposal.", "REJECT", "rejected"),
        ("Seoul said Pyongyang had rejected the offer of talks.", "REJECT", "rejected"),
    ],
)
def test_extract_reaction_in_reported_clause_not_aimed_at_reporter(text, type_, trigger):
    record = the_event(events_of(text), type_, trigger).to_record()
    assert record["target_actor"] is None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source"),
    [
        ("Canada expelled two Chinese diplomats on Monday over the detention of a Canadian businessman.", "COERCE",
         "detention", "China"),
        ("Sweden summoned the Iranian ambassador on Tuesday over the seizure of a Swedish tanker.", "COERCE",
         "seizure", "Iran"),
        ("Britain raised concerns with Iran on Monday about the detention of a British aid worker.", "COERCE",
         "detention", "Iran"),
    ],
)
def test_extract_act_a_reaction_answers_over_is_event(text, type_, trigger, source):
    record = the_event(events_of(text), type_, trigger).to_record()
    assert record["source_actor"] == source
    assert record["precision"] != "day"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # told with its own verb: the cause is that act, not a second one
        ("Iran seized a Swedish tanker on Monday. Sweden summoned the Iranian ambassador on Tuesday over the seizure "
         "of the ship.", ["COERCE", "DISAPPROVE"]),
    ],
)
def test_extract_cause_told_elsewhere_is_no_second_event(text, types):
    assert types_of(text) == types
