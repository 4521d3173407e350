"""A verb joined by "and" to a verb whose subject is a group description ("the envoys had exchanged views ... and
agreed to continue negotiations") has the same group as its doer: an event, not a verb with no one behind it."""

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2022, 1, 14)


def test_coordinated_verb_shares_the_group_subject():
    text = ("Special envoys from Turkey and Armenia met in Moscow on Friday.\n\n"
            "The ministries said the envoys had exchanged views on the process and agreed to continue negotiations.")
    e = the_event(events_of(text, DCT), "AGREE", "agreed")
    assert e.status == "occurred"


def test_a_new_clause_after_a_comma_does_not_inherit_the_group():
    text = ("Special envoys from Turkey and Armenia met in Moscow on Friday.\n\n"
            "The ministries said the envoys had exchanged views on the process, and agreed to continue negotiations.")
    assert not [e for e in events_of(text, DCT) if e.type == "AGREE" and e.trigger == "agreed" and not e.actors]


def test_the_two_envoys_are_the_pair_told_before():
    text = ("Special envoys from Turkey and Armenia met in Moscow on Friday.\n\n"
            "The two envoys agreed to continue negotiations.")
    e = the_event(events_of(text, DCT), "AGREE", "agreed")
    assert {e.source_actor, e.target_actor} == {"Türkiye", "Armenia"}, (e.source_actor, e.target_actor)
