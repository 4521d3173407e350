"""Status round 4: acts under way at publication ("are under way", "is on a three-day visit", "have been fighting
since"), acts only weighed ("is considering sanctions") and acts tied to a condition ("would impose ... if") are not
told as done or planned (sentences of our own)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # in progress at publication
        ("Negotiations between Qatar and the Taliban are under way in Doha.", "negotiations", "ongoing"),
        ("Talks with the IMF are continuing in Washington.", "talks", "ongoing"),
        ("The Brazilian president is on a two-day visit to Nigeria.", "visit", "ongoing"),
        ("Sudanese troops have been fighting the paramilitary forces in Khartoum since April.", "fighting", "ongoing"),
        # only weighed
        ("The European Union is considering sanctions on Iranian drone makers.", "sanctions", "hypothetical"),
        # tied to a condition
        ("Mexico would impose tariffs on US steel if Washington raised its duties.", "tariffs", "hypothetical"),
        # a plan without a condition stays planned, a past act stays done
        ("Mexico will impose tariffs on US steel next month.", "tariffs", "planned"),
        ("Negotiations between Qatar and the Taliban ended in Doha on Monday.", "negotiations", "occurred"),
    ],
)
def test_extract_status_present_and_conditional(text, trigger, status):
    assert the_event(events_of(text), None, trigger).status == status



@pytest.mark.parametrize(
    "text",
    [
        # a past counterfactual did not happen; "any" names no act in particular
        "China vetoed a Security Council resolution on Friday that would have imposed sanctions on Myanmar.",
        "Slovakia said on Monday it would block any new sanctions on Moscow.",
        "Hungary will veto any fresh sanctions package, its foreign minister said.",
    ],
)
def test_extract_unreal_acts_are_no_events(text):
    assert "SANCTION" not in [e.type for e in events_of(text)]
