"""Where a meeting took place and so its CONSULT mode, when its own clause names no known place: where one of its
parties last travelled ("flew to Beijing ... He met Xi at a guesthouse"), the gathering on whose sidelines it was held,
the meeting whose "formal talks" these are; a call when two leaders "spoke" with no place at all; and who travelled
when one party belongs to no state. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


def _placed(text: str, trigger: str) -> tuple[str | None, str | None]:
    event = the_event(events_of(text), "CONSULT", trigger, how="prefix")
    return event.location, event.mode


@pytest.mark.parametrize(
    ("text", "trigger", "location", "mode"),
    [
        ("Hungarian Prime Minister Viktor Orban flew to Beijing on Monday. He met Chinese President Xi Jinping at a "
         "state guesthouse hours later.", "met", "Beijing", "visit"),
        ("Chancellor Olaf Scholz flew to Washington on Thursday. He returned to Berlin on Friday. On Saturday he met "
         "French President Emmanuel Macron at the chancellery.", "met", "Berlin", "host"),
        ("Brazilian President Lula da Silva arrived in Paris on Tuesday.\n\nOn Wednesday, Lula met French President "
         "Emmanuel Macron at a private dinner.", "met", "Paris", "visit"),
        # the same doer's meeting just before, in the same sentence
        ("President Donald Trump received Israeli Prime Minister Benjamin Netanyahu in the Oval Office on Tuesday and "
         "held a separate meeting with the Emirati foreign minister, Abdullah bin Zayed.", "held a separate meeting",
         "Washington", "host"),  # (the Oval Office: a seat in the capital)
        # the same doer's gathering told just before, for a meeting that took place
        ("President Donald Trump attended a summit of Arab leaders in Riyadh on Sunday. Earlier on Sunday, Trump met "
         "Egyptian President Abdel Fattah el-Sisi.", "met", "Riyadh", "third-party"),
        # a trip told before the meeting but made after it
        ("Secretary of State Antony Blinken arrived in Beijing on Sunday. Before leaving for London on Monday, "
         "Blinken met Chinese President Xi Jinping at the Great Hall of the People.", "met", "Beijing", "visit"),
    ],
)
def test_events_meeting_is_where_its_party_last_travelled(text, trigger, location, mode):
    assert _placed(text, trigger) == (location, mode)


@pytest.mark.parametrize(
    "text",
    [
        ("French President Emmanuel Macron flew to Kyiv on Monday. Hours later German Chancellor Olaf Scholz met "
         "Polish President Andrzej Duda at a state guesthouse."),
        # the same doer, but at another time
        ("President Donald Trump attended a summit of Arab leaders in Riyadh on Sunday. Last year, Trump met Egyptian "
         "President Abdel Fattah el-Sisi."),
    ],
)
def test_events_meeting_is_not_placed_by_another_trip(text):
    assert _placed(text, "met") == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger", "location", "mode"),
    [
        ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit "
         "in Rome on Sunday.", "met", "Rome", "third-party"),
        ("Leaders of the alliance gathered for a summit in Vilnius on Tuesday. President Joe Biden met Turkish "
         "President Recep Tayyip Erdogan on the margins of the summit on Wednesday.", "met", "Vilnius", "third-party"),
    ],
)
def test_events_meeting_on_the_sidelines_is_where_the_gathering_is(text, trigger, location, mode):
    event = next(e for e in events_of(text) if e.type == "CONSULT" and e.target_actor is not None)
    assert (event.location, event.mode) == (location, mode)


def test_events_formal_talks_are_held_where_the_pair_met():
    text = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday. The formal talks "
            "were held on Tuesday.")
    event = the_event(events_of(text), "CONSULT", "talks", how="prefix")
    assert (event.source_actor, event.target_actor, event.location, event.mode) == (
        "Xi Jinping", "Vladimir Putin", "Moscow", "visit")


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("President Joe Biden spoke with Chinese President Xi Jinping on Tuesday.", "spoke", "phone"),
        ("Chancellor Olaf Scholz talked with French President Emmanuel Macron for an hour on Friday.", "talked",
         "phone"),
        ("Chinese officials said Xi may speak with Zelenskiy at some point.", "speak", "phone"),
    ],
)
def test_events_leaders_who_spoke_with_no_place_spoke_by_phone(text, trigger, mode):
    event = next(e for e in events_of(text) if e.type == "CONSULT")
    assert event.mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden spoke with Chinese President Xi Jinping at a summit in Bali on Monday.",
        "President Joe Biden spoke with Chinese President Xi Jinping in the Oval Office on Monday.",
        "Japanese Prime Minister Fumio Kishida arrived on Tuesday and held talks with Ukrainian President Volodymyr "
        "Zelenskiy.",
    ],
)
def test_events_leaders_who_spoke_somewhere_did_not_call(text):
    event = next(e for e in events_of(text) if e.type == "CONSULT")
    assert event.mode != "phone"


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        # a party of no state: the other, away from home, travelled
        ("CIA director William Burns met the Taliban leader Abdul Ghani Baradar in Kabul on Monday.", "met", "visit"),
        ("Indian Foreign Minister S. Jaishankar met the leaders of the Organisation of Islamic Cooperation in Riyadh "
         "on Friday.", "met", "visit"),
    ],
)
def test_events_party_of_a_state_away_from_home_is_visiting(text, trigger, mode):
    assert _placed(text, trigger)[1] == mode


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("President Joe Biden met Chancellor Olaf Scholz in Berlin on Friday. Biden later called President Emmanuel "
         "Macron.", "called"),
        ("President Joe Biden flew to Tokyo on Monday. On Tuesday he spoke with President Emmanuel Macron by phone.",
         "spoke"),
    ],
)
def test_events_call_is_not_placed_by_the_trip_around_it(text, trigger):
    """A phone call is made from wherever the caller was, not at the meeting or the destination the text told just
    before: no place unless its own clause names one."""
    assert _placed(text, trigger) == (None, "phone")
