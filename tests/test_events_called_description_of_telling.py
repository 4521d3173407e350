"""A predicative statement ("called it a grave precedent") joined by "and" to a criticism or praise of the same
speaker gives the words of that telling, one event; a demand or a measure joined the same way stays an act of its
own."""

from event_helpers import events_of, the_event


def test_condemned_and_called_it_is_one_disapproval():
    events = events_of("Chile's foreign ministry condemned the raid on Thursday and called it a grave precedent.")
    assert [e.type for e in events] == ["DISAPPROVE"], [(e.type, e.trigger) for e in events]
    assert str(the_event(events, "DISAPPROVE", "condemned").date_start) == "2025-03-06"


def test_condemned_and_urged_stay_two_acts():
    events = events_of("Chile's foreign ministry condemned the raid on Thursday and urged restraint.")
    assert sorted(e.type for e in events) == ["DEMAND", "DISAPPROVE"], [(e.type, e.trigger) for e in events]


def test_expelled_and_called_stay_two_acts():
    events = events_of("Russia expelled 60 diplomats on Thursday and called the British measures provocative.")
    assert len(events) == 2, [(e.type, e.trigger) for e in events]
    the_event(events, "SANCTION", "expelled")
