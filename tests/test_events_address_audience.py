"""'address' (a speech, STATEMENT) needs its audience or venue as the object: leaders, a summit, an assembly, an
expo are one; an issue or concerns are not."""

from event_helpers import events_of


def test_addressing_leaders_or_a_gathering_is_a_speech():
    evs = events_of("Zelensky addressed Arab leaders in Jeddah on Friday.")
    assert [(e.trigger, e.type) for e in evs] == [("addressed", "STATEMENT")]
    evs = events_of("On Sunday Albanese addressed the China International Import Expo in Shanghai.")
    assert [(e.trigger, e.type) for e in evs] == [("addressed", "STATEMENT")]


def test_addressing_an_issue_is_no_speech():
    evs = events_of("The minister addressed the issue of migration at the summit on Monday.")
    assert not any(e.trigger == "addressed" for e in evs)
