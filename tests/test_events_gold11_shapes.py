"""Shapes the gold11 wave found (sentences written for these tests): a report that names, with "after the meeting",
talks told before whose mention was since dropped (it crashed the sequence constraints); a passive gerund after
"without" ("without being blocked"), an act that did not happen; "sign" as a noun of indication ("the clearest sign
yet", "a sign of"); a "had" inside the words of a complaint, which does not make the complaint background."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

THURSDAY = date(2025, 3, 6)

STATE_VISIT = (
    "Monday's talks in the Chancellery ran far beyond the plan. The two leaders had opened the day with a welcome "
    "ceremony in the courtyard, with a band and a guard of honour, and closed it at a state banquet for some two hundred "
    "guests in the palace. The banquet offered Rhine fish and cheeses, and a string quartet played for the guests.\n\n"
    "The joint statement issued after the meeting restated the two countries' firm support for Ukraine. Macron also "
    "told reporters that he was ready to speak to Vladimir Putin if the Russian leader showed he wanted peace.\n\n"
    "Macron was also the guest of honour at the first state visit of Olaf Scholz's term, in May 2022, when the two "
    "leaders planted a tree in the garden.\n")


def test_after_the_meeting_naming_a_dropped_mention_does_not_crash():
    events = events_of(STATE_VISIT)
    assert any(e.type == "CONSULT" for e in events)


def test_passive_gerund_after_without_is_no_event():
    events = events_of("A Philippine boat reached the outpost without being blocked by the Chinese coast guard on "
                       "Thursday.\n")
    assert not [e for e in events if e.type == "REJECT"]
    events = events_of("Vietnam signed the accord on Thursday without having been consulted by China.\n")
    assert not [e for e in events if "consult" in (e.trigger or "").lower()]
    blocked = events_of("The Chinese coast guard blocked a Philippine boat near the outpost on Thursday.\n")
    assert [e for e in blocked if e.type == "REJECT"] or [e for e in blocked if "block" in (e.trigger or "").lower()]


def test_sign_as_a_noun_of_indication_is_no_agreement():
    events = events_of("Lee Hsien Loong met Anthony Albanese in Singapore on Thursday, the clearest sign yet that "
                       "relations had warmed.\n")
    assert not [e for e in events if e.type == "AGREE"]
    assert the_event(events, "CONSULT", "met").date_start == THURSDAY
    signed = events_of("Lee Hsien Loong and Anthony Albanese signed a trade pact in Singapore on Thursday.\n")
    assert [e for e in signed if e.type == "AGREE"]



def test_two_names_right_after_a_plural_title_are_two_people():
    events = events_of("Deputy foreign ministers Anna Berglund and Jonas Lindqvist held talks in Oslo on Thursday and "
                       "agreed to open a hotline.\n")
    talks = the_event(events, "CONSULT", "held talks")
    assert {"Anna Berglund", "Jonas Lindqvist"} <= set(talks.actors)
    assert talks.date_start == THURSDAY
