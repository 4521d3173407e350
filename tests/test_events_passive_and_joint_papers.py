"""An agreement noun told by its passive verb ("The deal was struck in May") is the act of that verb too: the verb is a
mention of the noun's event, so either word names it, and it keeps the verb's date. A joint paper told
by a participle with no party named ("A joint declaration issued after the dinner ...") is an announcement of the pair
of states that last acted together. The act of an "after" clause in the lead of a same-day report
("..., after Chile and Peru opened a crossing") is of the story day, and clemency is a concession. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

TUESDAY = date(2025, 3, 4)


def test_passive_verb_of_an_agreement_noun_is_a_mention_of_its_event():
    text = "Chile and Peru ended their dispute on Tuesday.\n\nThe deal was struck in January after indirect talks.\n"
    deal = the_event(events_of(text), "AGREE", "deal")
    assert (deal.date_start, deal.date_end) == (date(2025, 1, 1), date(2025, 1, 31))
    assert "struck" in [m.trigger for m in deal.mentions]


def test_a_participle_right_after_the_noun_is_a_mention_of_its_event():
    text = "Chile and Peru ended their dispute on Tuesday, two years after an interim accord signed in Lima.\n"
    accord = the_event(events_of(text), "AGREE", "accord")
    assert "signed" in [m.trigger for m in accord.mentions]


def test_a_verb_with_its_own_object_is_no_mention_of_the_noun():
    text = "The talks reached a deadlock on Tuesday in Lima between Chile and Peru.\n"
    assert not [e for e in events_of(text) if "reached" in [m.trigger for m in e.mentions]]


def test_joint_declaration_told_by_a_participle_is_the_pairs_announcement():
    text = ("PARIS — Chancellor Olaf Scholz of Germany met President Emmanuel Macron of France on Tuesday in Paris.\n\n"
            "A joint declaration issued after the dinner set out a plan of ten points.\n")
    paper = the_event(events_of(text), "ANNOUNCE", "joint declaration")
    assert "issued" in [m.trigger for m in paper.mentions]
    assert {paper.source_actor, paper.target_actor} == {"Germany", "France"}
    assert paper.date_start == TUESDAY


def test_joint_declaration_released_is_an_announcement_not_a_concession():
    text = ("PARIS — Chancellor Olaf Scholz of Germany and President Emmanuel Macron of France held talks on Tuesday.\n\n"
            "A joint declaration released in the evening committed both governments to closer ties.\n")
    events = events_of(text)
    paper = the_event(events, "ANNOUNCE", "joint declaration")
    assert "released" in [m.trigger for m in paper.mentions]
    assert not [e for e in events if e.type == "CONCEDE"]


def test_a_declaration_no_pair_issued_stays_without_parties():
    text = "A joint declaration issued after the dinner set out a plan of ten points.\n"
    assert not [e for e in events_of(text) if e.type == "ANNOUNCE" and e.source_actor]


def test_the_act_of_an_after_clause_in_a_same_day_lead_takes_the_story_day():
    text = ("Hundreds of travellers crossed the border into Peru, after Chile and Peru opened a new crossing.\n\n"
            "The first buses left at dawn.\n")
    opened = the_event(events_of(text), None, "opened")
    assert (opened.date_start, opened.date_end) == (FRIDAY, FRIDAY)


def test_an_act_placed_after_another_event_is_still_placed_by_it():
    text = ("Hundreds of travellers crossed the border into Peru on Friday.\n\n"
            "A day after the talks ended, Chile opened a new crossing with Peru.\n")
    opened = the_event(events_of(text), None, "opened")
    assert opened.date_start != opened.date_end or opened.date_start != FRIDAY


def test_clemency_is_a_concession():
    granted = the_event(events_of("Washington granted clemency to five Iranian prisoners on Tuesday.\n"), "CONCEDE",
                        "clemency")
    assert granted.date_start == TUESDAY and granted.source_actor == "United States"
    assert not events_of("The clemency of the judge surprised the defendant.\n")


def test_an_after_clause_in_the_body_still_places_its_act_before():
    text = ("Chile expelled two Peruvian diplomats on Tuesday.\n\n"
            "It came after Lima sanctioned a Chilean mining firm.\n")
    sanctioned = the_event(events_of(text), None, "sanctioned")
    assert sanctioned.date_start < TUESDAY
