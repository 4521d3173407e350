"""An act told as an answer ("in response", "in retaliation") comes on or after the act it answers, even when both have
dates of their own: two dates that break that order are flagged on both events, with the explanation, and neither is
moved. Dates in the right order, or the same day, are no contradiction. Publication date: Wednesday 2025-03-12."""

from datetime import date

import pytest

from event_helpers import events_of
from timeline.reasoning import CONTRADICTION_FLAG

WEDNESDAY = date(2025, 3, 12)


def _named(events, text: str, words: str):
    """The one event with a mention at the first place ``words`` occurs in ``text``."""
    at = text.index(words)
    found = [e for e in events if any(m.start == at for m in e.mentions) or e.start == at]
    assert len(found) == 1, [(e.trigger, e.start) for e in events]
    return found[0]


def _flagged(e) -> list[str]:
    return [f for f in e.flags if f.startswith(CONTRADICTION_FLAG)]


@pytest.mark.parametrize("text, act, act_day, answer, answer_day", [
    ("Russia attacked Kharkiv on Tuesday. Ukraine struck Belgorod on Monday in response.",
     "attacked", date(2025, 3, 11), "struck", date(2025, 3, 10)),
    ("China expelled two Canadian diplomats on Friday. Canada expelled three Chinese diplomats on Thursday in "
     "retaliation.", "expelled two", date(2025, 3, 7), "expelled three", date(2025, 3, 6)),
    ("Iran seized a British tanker on March 5, and Britain imposed sanctions on Iran on March 3 in response.",
     "seized", date(2025, 3, 5), "imposed", date(2025, 3, 3)),
])
def test_events_dating_response_before_its_act_is_flagged(text, act, act_day, answer, answer_day):
    events = events_of(text, WEDNESDAY)
    first, second = _named(events, text, act), _named(events, text, answer)
    # neither date is moved to fit the other
    assert (first.date_start, first.date_end) == (act_day, act_day), first.date_derivation
    assert (second.date_start, second.date_end) == (answer_day, answer_day), second.date_derivation
    for e in (first, second):
        assert _flagged(e), (e.trigger, e.flags)
        assert "in response" in _flagged(e)[0] or "answer" in _flagged(e)[0]


@pytest.mark.parametrize("text, act, answer", [
    ("Russia attacked Kharkiv on Monday. Ukraine struck Belgorod on Tuesday in response.", "attacked", "struck"),
    ("China expelled two Canadian diplomats on Friday. Canada expelled three Chinese diplomats on Friday in "
     "retaliation.", "expelled two", "expelled three"),
    # no response phrase: two acts in any order are no contradiction
    ("Russia attacked Kharkiv on Tuesday. Ukraine struck Belgorod on Monday.", "attacked", "struck"),
])
def test_events_dating_response_in_order_is_no_contradiction(text, act, answer):
    events = events_of(text, WEDNESDAY)
    for trigger in (act, answer):
        e = _named(events, text, trigger)
        assert not _flagged(e), (e.trigger, e.flags)


@pytest.mark.parametrize("text", [
    # "in response to <what>" names what it answers, not the act told just before (Tuesday's saying)
    "Russia's foreign minister said on Tuesday that talks were possible. Ukraine struck Belgorod on Monday in "
    "response to the shelling of Kharkiv.",
    "Hungary vetoed the aid package on Tuesday. Ukraine struck Belgorod on Monday in retaliation for the shelling of "
    "Kharkiv.",
])
def test_events_dating_named_answer_is_not_tied_to_the_act_before(text):
    events = events_of(text, WEDNESDAY)
    assert not [e.summary for e in events if _flagged(e)]
