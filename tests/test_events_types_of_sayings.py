"""The type of an event told by saying it: a denial of what a clause tells is a statement (a denial of a report or an
accusation rejects it); an announcement of sanctions, tariffs or expulsions is the sanction; a promise to retaliate is a
threat, a promise of help is aid; dismissing a ruling or a warning rejects it; a saying whose words condemn, in the
clause it governs or in a quote that opens the sentence, is a disapproval, and a reaction in the speaker's own quoted
words ("We condemn ...") is what the saying does. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _type_of(text: str, trigger: str) -> str:
    return the_event(events_of(text), None, trigger).type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Beijing denied on Tuesday that its coast guard had rammed a Philippine vessel.", "denied", "STATEMENT"),
        ("The Kremlin on Thursday denied that Vladimir Putin had spoken by phone with the US president.", "denied",
         "STATEMENT"),
        ("Moscow denied the accusation on Monday.", "denied", "REJECT"),
        ("Iran denied Western accusations on Sunday.", "denied", "REJECT"),
    ],
)
def test_events_denial_of_a_clause_is_a_statement_of_an_object_a_rejection(text, trigger, type_):
    assert _type_of(text, trigger) == type_


def test_events_denial_of_a_clause_is_aimed_at_the_other_side_and_happened():
    e = the_event(events_of("Beijing denied on Tuesday that its coast guard had rammed a Philippine vessel."), None,
                  "denied")
    assert (e.type, e.target_actor, e.status) == ("STATEMENT", "Philippines", "occurred")


def test_events_denial_followed_by_its_own_saying_is_no_denied_event_and_keeps_the_day_told():
    text = ("Putin signed a treaty in the Kremlin on Tuesday. In the same speech Putin denied that Moscow wanted to "
            "divide Ukraine and said Russia did not need other parts of the country.")
    e = the_event(events_of(text), None, "denied")
    assert (e.type, e.status, e.date_start.isoformat()) == ("STATEMENT", "occurred", "2025-03-04")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Canada announced tariffs on Chinese electric vehicles on Tuesday.", "tariffs", "SANCTION"),
        ("The Netherlands announced the expulsion of two Russian diplomats on Wednesday.", "expulsion", "SANCTION"),
        ("Seoul announced export controls on chip equipment on Thursday.", "export controls", "SANCTION"),
        ("The ministry announced on Friday that the minister would travel to Paris.", "announced", "ANNOUNCE"),
        ("Washington announced sanctions relief for Syria on Tuesday.", "announced", "CONCEDE"),
    ],
)
def test_events_announcing_a_measure_is_the_measure(text, trigger, type_):
    assert _type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hamas promised on Tuesday to retaliate for the killing of its commander.", "THREATEN"),
        ("Pakistan promised swift retaliation on Tuesday.", "THREATEN"),
        ("Turkey promised help with rebuilding the country on Saturday.", "AID"),
        ("Aliyev promised on Monday that the rights of Armenians would be guaranteed.", "STATEMENT"),
    ],
)
def test_events_promise_takes_the_type_of_what_is_promised(text, type_):
    assert _type_of(text, "promised") == type_


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("China dismissed the tribunal's ruling on Tuesday as illegitimate.", "REJECT"),
        ("Pyongyang dismissed the warning on Wednesday.", "REJECT"),
        ("Tehran dismissed the summit on Sunday as a show.", "DISAPPROVE"),
    ],
)
def test_events_dismissing_a_ruling_or_a_warning_rejects_it(text, type_):
    assert _type_of(text, "dismissed") == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # the Commission's own saying later in the sentence is not the chancellor's words
        ("Merkel said on Tuesday that the annexation was contrary to international law, and the European Commission "
         "said in a statement that the Union would not recognise it.", "said", "DISAPPROVE"),
        ('"The referendum is illegal," the French foreign ministry said on Monday.', "said", "DISAPPROVE"),
        ('"We consider this step an unfriendly act," a Russian foreign ministry spokesman said on Saturday.', "said",
         "DISAPPROVE"),
        ("The Chinese spokesman told reporters on Tuesday that Indian troops had provoked the clash.", "told",
         "DISAPPROVE"),
        # what must stay a statement
        ('"The talks were constructive," the French foreign ministry said on Monday.', "said", "STATEMENT"),
        ("France said on Monday that the vote was not illegal.", "said", "STATEMENT"),
    ],
)
def test_events_saying_whose_words_condemn_is_a_disapproval(text, trigger, type_):
    assert _type_of(text, trigger) == type_


def test_events_condemnation_then_saying_is_one_condemnation():
    events = events_of("Macron condemned the strike on Monday and said it was illegal.")
    assert [e.type for e in events] == ["DISAPPROVE"]
    assert the_event(events, None, "condemned").type == "DISAPPROVE"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ('"We condemn this attack," the French foreign ministry said on Monday.', "DISAPPROVE"),
        ('"We strongly support Ukraine\'s sovereignty," the German chancellor said on Monday.', "SUPPORT"),
        ('"We reject these accusations," the Chinese foreign ministry spokesman said on Tuesday.', "REJECT"),
        ('"We will never accept this annexation," the Ukrainian president said on Tuesday.', "REJECT"),
        # someone else's act told in the quote: the saying stays a statement
        ('"They condemned the strike," the French foreign ministry said on Monday.', "STATEMENT"),
    ],
)
def test_events_reaction_in_the_speakers_own_quoted_words_is_the_sayings_type(text, type_):
    events = events_of(text)
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    assert events[0].type == type_
