"""Forms the held-out breakdown showed missing ("no form", "objects required but none there", "a word opens only
longer forms"): a notice served on a state, a plan presented, a dispute taken to a court,
a condemnation repeated, exception taken, a joint body set up, an embassy opened; and the same words where they
tell no diplomatic act. Sentences of our own."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize("text, type_, trigger", [
    ("Oslo notified Moscow on Tuesday that it would close its consulate in Murmansk.", "ANNOUNCE", "notified"),
    ("The foreign ministry formally notified Japan on Monday of the planned launch.", "ANNOUNCE", "notified"),
    ("The two ministers presented a joint roadmap in Vienna on Thursday.", "ANNOUNCE", "presented"),
    ("Manila took the dispute to an arbitration tribunal on Monday.", "DISAPPROVE", "took the dispute to"),
    ("Guyana took its case to the International Court of Justice in March.", "DISAPPROVE", "took its case to"),
    ("Rome repeated its condemnation of the strike on Tuesday.", "DISAPPROVE", "repeated its condemnation"),
    ("Hanoi took exception to the new map on Tuesday.", "DISAPPROVE", "took exception to"),
    ("Paris took a swipe at Brussels on Friday.", "DISAPPROVE", "took a swipe at"),
    ("Nairobi and Addis Ababa set up a border security mechanism on Tuesday.", "COOPERATE", "set up"),
    ("The two governments established a consultation mechanism in Seoul on Monday.", "COOPERATE", "established"),
    ("Rabat opened a consulate in Dakhla on Friday.", "COOPERATE", "opened"),
])
def test_missing_forms_make_an_event(text, type_, trigger):
    the_event(events_of(text), type_, trigger, how="prefix")


@pytest.mark.parametrize("text, word", [
    ("The airline notified passengers on Monday that the flight was delayed.", "notified"),  # no state after it
    ("The mayor presented the award to the team on Friday.", "presented"),  # an award is no plan
    ("The officers took the matter in hand on Monday.", "took"),  # no "to" after the matter
    ("The committee took part in the ceremony on Friday.", "took"),
    ("The firm set up a new factory in Ohio on Tuesday.", "set up"),  # a factory is no joint body
    ("Japan set up a committee to study the issue on Monday.", "set up"),  # a body of its own
    ("The museum opened a new wing on Friday.", "opened"),
    ("A new chapter opened in the two countries' relations on Monday.", "opened"),  # (intransitive)
])
def test_the_same_words_tell_nothing_here(text, word):
    assert not [e for e in events_of(text) if e.trigger.lower().startswith(word)], \
        [(e.type, e.trigger) for e in events_of(text)]
