"""Generic and habitual statements give no event: what a kind of occasion tends to do, and a standing position in the
simple present against anything of a kind; the same verbs told as acts on a day stay events."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event

_LEAD = "PARIS, March 7, 2025 — France and Morocco signed a water accord on Thursday. "


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Summits between the two neighbours tend to produce warm words and little else.", "CONSULT"),
        ("Meetings between the two ministers tend to run late.", "CONSULT"),
        ("Both governments deny any arms trade across the border.", "REJECT"),
        ("Algeria opposes any change to the status of the territory by force.", "DISAPPROVE"),
        ("The minister restated the position that Spain opposes any change to the border.", "DISAPPROVE"),
        # a stance in the present perfect in a relative clause with no date: what the party has held all along
        ("Spain, which has backed Morocco throughout the dispute, urged calm.", "SUPPORT"),
        ("Algeria, which has refused to reopen the border with Morocco, stayed away.", "REJECT"),
    ],
)
def test_habit_or_standing_position_gives_no_event(sentence, absent):
    events = events_of(_LEAD + sentence)
    assert not [e for e in events if e.type == absent], [(e.type, e.trigger) for e in events]
    the_event(events, "AGREE", "accord")  # (the dated act of the lead stays)


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # an answer to a dated accusation, told of one claim: a denial, not a standing position
        ("Algeria accused Morocco of spying on Wednesday. Morocco denies the claim.", "REJECT", "denies"),
        # a dated denial of anything of a kind is an act on that day
        ("Morocco on Thursday denied any role in the attack.", "REJECT", "denied"),
        ("On Thursday Algeria condemned any change to the border by force.", "DISAPPROVE", "condemned"),
        # quoted present speech is the speaker's denial, made when quoted (told as the telling that carries it)
        ('"We deny any role in the attack," the Moroccan foreign minister told reporters on Thursday.', "REJECT",
         "told"),
        # the same relative with a date of its own, or a main clause, is an act
        ("Spain, which has backed the plan since Wednesday, urged calm.", "SUPPORT", "backed"),
        ("Spain has backed the plan, its foreign minister said on Thursday.", "SUPPORT", "backed"),
        # a verb that only follows "tend" in another sense is no habit phrase
        ("Algeria condemned the raid on Thursday, saying both sides tend the wounded.", "DISAPPROVE", "condemned"),
    ],
)
def test_dated_or_particular_stances_stay_events(sentence, type_, trigger):
    the_event(events_of(_LEAD + sentence), type_, trigger)


def test_headline_present_of_standing_shape_stays_news():
    text = "Morocco denies any role in border attack\n\n" + _LEAD + "Algeria blamed Morocco for the attack on Thursday."
    the_event(events_of(text), "REJECT", "denies")
