"""A saying typed by what its words say (events/said_types.py, cues.yaml ``said_threat_words``,
``disapproval_words``, ``schedule_excluded_verbs``): a harm the speaker's words lay in store ("would not hesitate to",
"would bear full responsibility", "would respond in kind") is a threat; words that judge the news a mistake or
baseless condemn it; a step set for a day the words name, told with "will"/"would" and no act of its own, is an
announcement. Plain statements stay statements. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, types_of


def _said_type(text: str) -> str:
    got = [e.type for e in events_of(text) if any(w in e.trigger.lower() for w in ("said", "told", "called"))]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said on Monday it would not hesitate to use force.",
        "China said on Tuesday it would take resolute measures to defend its sovereignty.",
        "Moscow said on Monday that Washington would bear full responsibility for the consequences.",
        "Lavrov said on Monday that Moscow would respond if NATO deployed troops.",
        "Russia said on Wednesday it would respond accordingly to the expulsions.",
        "Iran said on Monday it reserved the right to respond.",
        "The Kremlin said on Monday that the deployment would not go unanswered.",
        "Moscow said on Friday it would consider the supplies a legitimate target.",
    ],
)
def test_events_saying_that_lays_a_harm_in_store_is_a_threat(text):
    assert _said_type(text) == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Macron said on Monday the invasion was a grave mistake.",
        "Egypt said on Tuesday that the accusations were baseless.",
        "Zelensky called it a huge disappointment on Tuesday.",
        "Beijing said on Monday the remarks were gross interference in its internal affairs.",
        'Lavrov told reporters on Monday: "Any such deployment would be a provocation."',
    ],
)
def test_events_saying_whose_words_condemn_is_a_disapproval(text):
    assert _said_type(text) == "DISAPPROVE"


@pytest.mark.parametrize(
    "text",
    [
        "Colombia said on Tuesday the ceasefire would expire on October 31.",
        "Biden said on Thursday that the military mission will end on August 31.",
        "Qatar said on Monday that the summit would be held in Doha on Friday.",
    ],
)
def test_events_saying_that_sets_a_step_for_a_named_day_is_an_announcement(text):
    assert _said_type(text) == "ANNOUNCE"


@pytest.mark.parametrize(
    "text",
    [
        # no harm laid in store: "would respond" to a letter, a past response
        "Iran said on Monday it would respond to the letter from the agency.",
        "Qatar said on Monday that the proposal would be met with a warm welcome.",
        "Iran said on Monday it did not reserve the right to respond.",
        # no condemnation: an admission "by mistake", a plain account
        "Brazil said on Monday that the talks had been productive.",
        "Iran said on Saturday that it had shot down the airliner by mistake.",
        # no step set: a judgement, a wish, a refusal, another party's act (a forecast), no day named
        "Russia said on Monday the talks would be difficult on Friday.",
        "Peru said on Monday that its president would like to visit Chile in May.",
        "Spain said on Monday that it would not attend the summit on Friday.",
        "Britain said on Monday that Russia would attack Ukraine on Wednesday.",
        "Colombia said on Tuesday that the ceasefire would hold.",
        'Lavrov told reporters on Monday: "The talks were useful."',
    ],
)
def test_events_plain_sayings_stay_statements(text):
    assert _said_type(text) == "STATEMENT"


def test_events_act_said_with_a_day_stays_its_own_event_and_the_saying_no_announcement():
    types = types_of("Russia said on Thursday it would expel 60 American diplomats next week.")
    assert "SANCTION" in types and "ANNOUNCE" not in types


def test_events_saying_of_own_side_committed_to_a_party_is_a_support_aimed_at_it():
    e = next(e for e in events_of("Blinken said on Monday the United States remained committed to Ukraine's sovereignty.")
             if "said" in e.trigger.lower())
    assert (e.type, e.target_actor) == ("SUPPORT", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Britain said on Monday that Russia remained committed to the war.",  # another party's stance, told
        "Germany said on Monday it was committed to the talks.",  # a stance, no party supported
        "Biden said on Monday the United States remains committed to the \"one China\" policy.",  # a policy named
        "Spain said on Monday it remained committed to peace and would use only words in the future.",  # no day set
    ],
)
def test_events_commitment_without_a_party_supported_stays_a_statement(text):
    assert _said_type(text) == "STATEMENT"


def test_events_quote_after_a_colon_is_what_the_saying_says():
    assert _said_type('The Chinese foreign ministry said on Tuesday: "The United States must stop arming Taiwan."') \
        == "DEMAND"
