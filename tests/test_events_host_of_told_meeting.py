"""A host verb whose object is a definite noun naming a meeting told before ("North Macedonia hosted the talks")
names that meeting's host, not a second meeting; a host verb with a meeting of its own stays one."""

from event_helpers import events_of


def test_hosting_the_talks_told_before_is_that_meeting():
    events = events_of("Kurti and Vucic held talks in Ohrid on Saturday. North Macedonia hosted the talks.")
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger) for e in events]


def test_hosting_a_summit_of_its_own_stays_apart():
    events = events_of("Kurti and Vucic held talks in Ohrid on Saturday. On Tuesday, Albania hosted a summit of "
                       "Balkan leaders in Tirana.")
    assert [e.type for e in events] == ["CONSULT", "CONSULT"], [(e.type, e.trigger) for e in events]
