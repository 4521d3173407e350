"""Events told without a named party in their own words: the talks of "the two leaders'" (the pair told before are
their parties), a place toured "with" another party (a visit made together). And the close cases that must not
change: a possessive that names no pair, touring alone or with people the tool cannot name. Sentences of our own."""

from __future__ import annotations

from event_helpers import events_of

LEAD = "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat on Monday. "


def _consult(text: str):
    return [e for e in events_of(text) if e.type == "CONSULT"]


def test_the_two_leaders_talks_are_the_pairs():
    text = LEAD + "The two leaders' talks on Wednesday lasted three hours, officials said."
    found = [e for e in _consult(text) if "talks" in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]
    assert {found[0].source_actor, found[0].target_actor} == {"Pedro Sánchez", "King Mohammed VI"}, found[0].actors


def test_both_sides_talks_with_an_adjective_between():
    text = LEAD + "Both sides' lengthy talks on Wednesday ended without a deal, officials said."
    found = [e for e in _consult(text) if "talks" in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]
    assert found[0].source_actor is not None and found[0].target_actor is not None


def test_a_possessive_that_names_no_pair_gives_no_parties():
    text = LEAD + "The officials' talks on Wednesday lasted three hours, a spokesman said."
    assert not [e for e in _consult(text) if "talks" in e.trigger.lower()], \
        [(e.type, e.trigger, e.actors) for e in events_of(text)]


def test_a_place_toured_with_another_party_is_a_meeting():
    text = "Macron toured the cathedral with Scholz on Wednesday."
    found = [e for e in _consult(text) if "toured" in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]
    assert found[0].source_actor == "Emmanuel Macron" and found[0].target_actor == "Olaf Scholz"


def test_touring_alone_or_with_unnamed_people_is_no_event():
    assert not _consult("Macron toured the cathedral on Wednesday.")
    assert not _consult("Macron toured the waterfront late at night with his hosts on Wednesday.")


def test_a_fronted_lunch_with_members_of_a_legislature_is_the_subjects_meeting():
    text = 'At a lunch with members of Congress on Wednesday, Macron called the subsidies "super aggressive".'
    found = [e for e in _consult(text) if "lunch" in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]
    assert found[0].source_actor == "Emmanuel Macron" and found[0].target_actor == "United States Congress"


def test_over_dinner_with_a_named_party_is_the_subjects_meeting():
    text = "Over dinner with Trudeau on Friday, Trump said the tariffs would stay."
    found = [e for e in _consult(text) if "dinner" in e.trigger.lower()]
    assert len(found) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]
    assert found[0].source_actor == "Donald Trump" and found[0].target_actor == "Justin Trudeau"


def test_a_fronted_dinner_with_no_one_named_is_no_meeting():
    assert not _consult("At a dinner on Wednesday, Macron said the tariffs would stay.")
    assert not _consult("Macron spoke at a rally on Wednesday.")


def test_dinner_with_the_body_of_people_of_a_party():
    found = [e for e in _consult("Macron had lunch with members of Congress on Wednesday.") if "lunch" in e.trigger]
    assert len(found) == 1 and found[0].target_actor == "United States Congress", found


def test_a_fronted_summit_with_the_party_just_met_is_that_meeting():
    text = "Biden met Xi in Woodside on Wednesday. At a summit with Xi, Biden said the two countries would resume talks."
    pairs = [e for e in _consult(text) if {e.source_actor, e.target_actor} == {"Joe Biden", "Xi Jinping"}]
    assert len(pairs) == 1, [(e.type, e.trigger, e.actors) for e in events_of(text)]


_MEAL = ("Japanese Prime Minister Fumio Kishida had dinner with South Korean President Yoon Suk Yeol at his official "
         "residence on Thursday, two days after Yoon threatened to raise tariffs on Japanese cars.\n\n"
         "Kishida flew to Seoul in the afternoon on a plane that was not on his schedule and was driven to the residence "
         "with Foreign Minister Yoko Kamikawa. The two delegations talked for two hours {when}, covering trade and "
         "North Korea.")


def test_talks_over_the_meal_are_the_meal_told_before():
    text = _MEAL.format(when="over the meal")
    consults = _consult(text)
    assert not [e for e in consults if e.trigger == "talked"], [(e.trigger, e.actors) for e in consults]
    dinner = [e for e in consults if "dinner" in e.trigger]
    assert len(dinner) == 1 and "Japan" in dinner[0].actors, [(e.trigger, e.actors) for e in consults]


def test_talks_on_another_day_stay_talks_of_their_own():
    text = _MEAL.format(when="on Friday")
    assert len([e for e in _consult(text) if e.trigger == "talked"]) == 1, [(e.trigger, e.actors) for e in _consult(text)]
