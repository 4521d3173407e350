"""A "had" act reported by a dated saying: the two word orders of one report ("On Monday, Iran said it had expelled
the ambassador" and "Iran said on Monday that it had expelled the ambassador") tell the same thing and are dated
alike. Reported by "said"/"told", the act came no later than the saying, and the text gives no day of its own: a
range ending on the saying's day (the gold conventions: "said in June that he had received" is bounded on one side
only). An announcement of one's own act ("announced that it had expelled") and a decision reported with what was
decided ("said it had decided to expel") take the day of the announcement, in either order."""

from datetime import date

import pytest

from event_helpers import events_of, the_event

FRIDAY = date(2025, 3, 7)
MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize("text", [
    "On Monday, Iran said it had expelled the British ambassador.",
    "On Monday, Iran said that it had expelled the British ambassador.",
    "Iran said on Monday that it had expelled the British ambassador.",
    "Iran said on Monday it had expelled the British ambassador.",
    "Iran said Monday it had expelled the British ambassador.",
    "On Monday, Iran's foreign minister told reporters that Tehran had expelled the British ambassador.",
    "Iran's foreign minister told reporters on Monday that Tehran had expelled the British ambassador.",
    "On March 3, Iran said it had expelled the British ambassador.",
    "Iran said on March 3 that it had expelled the British ambassador.",
])
def test_events_had_act_said_on_a_day_ends_on_that_day(text):
    e = the_event(events_of(text, FRIDAY), None, "expelled")
    assert e.date_end == MONDAY and e.date_start < MONDAY, (e.date_start, e.date_end, e.date_derivation)


@pytest.mark.parametrize("text", [
    "On Monday, Iran said it had expelled the British ambassador and had recalled its envoy from London.",
    "Iran said on Monday that it had expelled the British ambassador and had recalled its envoy from London.",
    "Iran said on Monday it had expelled the British ambassador and had recalled its envoy from London.",
    "On Monday, Iran said that it had expelled the British ambassador and had recalled its envoy from London.",
])
def test_events_joined_had_acts_said_on_a_day_both_end_on_that_day(text):
    evs = events_of(text, FRIDAY)
    for trigger in ("expelled", "recalled"):
        e = the_event(evs, None, trigger)
        assert e.date_end == MONDAY and e.date_start < MONDAY, (trigger, e.date_start, e.date_end, e.date_derivation)


@pytest.mark.parametrize("text, trigger", [
    ("Late on Monday, Iran announced that it had expelled the British ambassador.", "expelled"),
    ("Iran announced late on Monday that it had expelled the British ambassador.", "expelled"),
    ("On Monday, Ghana's presidency said it had decided to expel the French ambassador.", "expel"),
    ("Ghana's presidency said on Monday it had decided to expel the French ambassador.", "expel"),
])
def test_events_had_act_announced_on_a_day_takes_that_day(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text, trigger", [
    # the speaker's side's own stance, reported as done with "had": done in saying it, on the saying's day, in every order
    ("On Monday, Iran's foreign ministry said it had summoned the British ambassador to protest.", "summoned"),
    ("Iran's foreign ministry said on Monday that it had summoned the British ambassador to protest.", "summoned"),
    ("Iran's foreign ministry said on Monday it had summoned the British ambassador to protest.", "summoned"),
    ("On Monday, China said that it had lodged a protest with Japan.", "lodged"),
    ("China said on Monday it had lodged a protest with Japan.", "lodged"),
])
def test_events_own_stance_with_had_in_a_dated_saying_takes_its_day_in_either_order(text, trigger):
    e = the_event(events_of(text, FRIDAY), None, trigger)
    assert (e.date_start, e.date_end) == (MONDAY, MONDAY), e.date_derivation


@pytest.mark.parametrize("text", [
    # another side's stance: what the saying tells of it came no later than the saying, no day of its own
    "On Monday, China said Japan had lodged a protest with Beijing.",
    "China said on Monday that Japan had lodged a protest with Beijing.",
    # the day opens a clause of its own before the saying: not the saying's fronted day
    "On Monday, when talks broke down, China said it had lodged a protest with Japan.",
])
def test_events_others_stance_or_unfronted_day_keeps_the_bound(text):
    e = the_event(events_of(text, FRIDAY), None, "lodged")
    assert e.date_start < MONDAY, (e.date_start, e.date_end, e.date_derivation)


@pytest.mark.parametrize("text", [
    "On Monday, Iran said it had already expelled the British ambassador.",
    "Iran said on Monday that it had already expelled the British ambassador.",
])
def test_events_had_act_with_an_adverb_said_on_a_day_ends_on_that_day(text):
    e = the_event(events_of(text, FRIDAY), None, "expelled")
    assert e.date_end == MONDAY and e.date_start < MONDAY, (e.date_start, e.date_end, e.date_derivation)
