"""Target actors of acts two subjects do together on an object named as theirs ("Colombia and Venezuela reopened
their shared border"): the first party is the source, the second the target, and the summary tells the pair's act
with its object; an act of two subjects alike on an object not named as theirs has no target."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Colombia and Venezuela reopened their shared border to cargo traffic on Monday.", "reopened", "Colombia",
     "Venezuela"),
    ("Egypt and Sudan suspended their mutual defence pact on Tuesday.", "suspended", "Egypt", "Sudan"),
    ("Armenia and Azerbaijan reopened their common border on Thursday.", "reopened", "Armenia", "Azerbaijan"),
])
def test_events_pair_acting_on_their_joint_object_is_the_first_with_the_second(text, trigger, source, target):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


def test_events_pair_acting_on_their_joint_object_is_summarised_as_the_pair_with_its_object():
    event = the_event(events_of("Colombia and Venezuela reopened their shared border on Monday."), None, "reopened")
    assert event.summary.startswith("Colombia and Venezuela reopen their shared border")


@pytest.mark.parametrize("text, trigger, source", [
    # the joint word is not in the verb's object phrase
    ("Spain and Portugal condemned the attack with a common voice on Tuesday.", "condemned", "Spain"),
    # no joint word at all
    ("Colombia and Ecuador reopened the border on Monday.", "reopened", "Colombia"),
])
def test_events_pair_acting_alike_on_an_object_not_theirs_has_no_target(text, trigger, source):
    event = the_event(events_of(text), None, trigger)
    assert (event.source_actor, event.target_actor) == (source, None)


def test_events_one_subject_acting_on_a_shared_object_has_no_partner():
    event = the_event(events_of("Colombia reopened its shared border with Venezuela on Monday."), None, "reopened")
    assert event.source_actor == "Colombia"
    assert event.target_actor != "Colombia"
