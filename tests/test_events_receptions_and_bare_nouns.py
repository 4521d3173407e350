""""Was received by" after a subject and a relative clause about it ("Scholz, who flew in with ..., was received by
Xi") is the host's reception of that subject; "lifted relations to" a new level lifts no sanction; "restated" is a
statement; "North Korea's firm support" is a noun, no act."""

from event_helpers import events_of, the_event, types_of


def test_events_received_by_after_a_relative_clause_is_a_reception():
    e = the_event(events_of("Modi, who flew in from Cairo, was received by Biden at the White House on Thursday."),
                  "CONSULT", "received")
    assert (e.source_actor, e.target_actor, e.mode) == ("Joe Biden", "Narendra Modi", "host")


def test_events_received_by_after_a_relative_clause_about_a_thing_is_no_reception():
    assert types_of("The letter, which arrived late, was received by the ministry on Monday.") == []


def test_events_lifting_relations_to_a_level_is_no_concession():
    assert "CONCEDE" not in types_of("Putin and Kim lifted relations to the level of an alliance on Wednesday.")
    assert "CONCEDE" in types_of("Washington lifted sanctions on Caracas on Wednesday.")


def test_events_restated_is_a_statement():
    e = the_event(events_of("Biden restated on Wednesday the American position on Taiwan."), "STATEMENT", "restated")
    assert e.date_start == e.date_end


def test_events_bare_form_after_a_possessive_and_a_modifier_is_a_noun():
    assert types_of("Putin thanked Kim on Wednesday for North Korea's firm support for Russia's policy.") == ["SUPPORT"]
    assert "SUPPORT" in types_of("Russia's allies support the plan, Lavrov said on Friday.")
    assert "STATEMENT" in types_of("Erdogan's office said on Tuesday that Turkey had got what it wanted.")
