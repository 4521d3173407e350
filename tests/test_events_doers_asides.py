"""Who did it when the words before a verb are not its subject: a relative aside set off by commas ("Taiwan, whose
claims mirror China's, rejected") leaves the verb to its head; a place after "in <region word>" stays a place
("Jihadists in northern Mali freed"); "of X" after an act that hits someone is its target ("the invasion of Ukraine
that Moscow launched"); a guest addressing a sitting of a state's body speaks to it ("Modi addressed a joint meeting of
Congress": one STATEMENT aimed at Congress, the sitting no meeting of its own); a subordinate clause with an unnamed subject of its own ("after an international tribunal ruled that
Beijing ...") has no named doer. Short texts in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event
from timeline.actors import find_actor_mentions, load_gazetteer

DCT = date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Taiwan, whose claims mirror China's, rejected the ruling on Tuesday.", "rejected", "Taiwan"),
        ("Japan, whose ties with China have soured, protested on Monday.", "protested", "Japan"),
        ("Poland, which borders Ukraine, condemned the strike on Monday.", "condemned", "Poland"),
        ("Biden, who met Xi, Modi and Lula in Bali, criticised Russia on Monday.", "criticised", "Joe Biden"),
        ("The interim president, Maria Varga, who took office after lawmakers removed President Emmanuel Macron in "
         "May, received Scholz on Thursday.", "received", "Maria Varga"),
        # near miss: the verb inside the "whose" clause, after an apposition of its own, is the owned person's act
        ("The United Arab Emirates, whose crown prince, Mohammed bin Zayed, visited Addis Ababa on Monday, has backed "
         "the deal.", "visited", "Mohamed bin Zayed Al Nahyan"),
    ],
)
def test_doers_relative_aside_leaves_the_verb_to_its_head(text, trigger, source):
    event = the_event(events_of(text, DCT), None, trigger)
    assert event.source_actor == source


def test_doers_relative_aside_with_an_unknown_head_names_no_one_inside_it():
    text = ("The new commander, who was appointed after the army ousted President Emmanuel Macron in August, "
            "received the envoy on Thursday.")
    assert all(e.source_actor != "Emmanuel Macron" for e in events_of(text, DCT) if "received" in e.trigger)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The interim president, Maria Varga, received the envoy on Thursday. Varga said talks went well.",
         "Maria Varga", "President"),
        ("The acting prime minister, Jonas Petraitis, met the envoy on Friday.", "Jonas Petraitis", "Prime Minister"),
    ],
)
def test_actors_title_apposition_makes_the_person(text, name, role):
    found = [m for m in find_actor_mentions(text, load_gazetteer(), dct=DCT) if m.actor.name == name]
    assert len(found) >= 2  # the description and the name (and the surname after)
    assert all(m.actor.kind == "person" and m.actor.role == role for m in found)


def test_actors_title_apposition_keeps_a_known_name():
    text = "The president, Emmanuel Macron, met the envoy on Friday."
    names = {m.actor.id for m in find_actor_mentions(text, load_gazetteer(), dct=DCT)}
    assert "emmanuel-macron" in names and "the-president" not in names


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Jihadists in northern Mali freed the French aid worker on Thursday.", "CONCEDE", "freed", None, "France"),
        ("Russian troops in eastern Ukraine shelled Kharkiv on Thursday.", "ASSAULT", "shelled", "Russia", "Ukraine"),
        # near misses: a region word after another preposition keeps the state as the one hit
        ("Two rockets were fired from the Gaza Strip at southern Israel on Tuesday.", "ASSAULT", "fired", None, "Israel"),
        ("Russia attacked eastern Ukraine on Thursday.", "ASSAULT", "attacked", "Russia", "Ukraine"),
    ],
)
def test_doers_place_after_a_region_word_is_no_doer(text, type_, trigger, source, target):
    event = the_event(events_of(text, DCT), type_, trigger)
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("New Delhi has refused to condemn the invasion of Ukraine that Moscow launched in February of last year.",
         "Russia", "Ukraine"),
        ("The invasion of Iraq that the United States began in 2003 was condemned by France.", "United States", "Iraq"),
        ("Kyiv marked the anniversary of the invasion of Ukraine by Russia on Monday.", "Russia", "Ukraine"),
        ("Russia's invasion of Ukraine began in February 2022.", "Russia", "Ukraine"),
    ],
)
def test_doers_of_phrase_after_an_invasion_is_its_target(text, source, target):
    event = the_event(events_of(text, DCT), None, "invasion")
    assert (event.source_actor, event.target_actor) == (source, target)


def test_doers_of_phrase_with_an_adjective_army_is_the_doer():
    event = the_event(events_of("The offensive of the Ukrainian army began on Monday.", DCT), None, "offensive")
    assert event.source_actor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Modi addressed a joint meeting of Congress on Thursday afternoon.", "Narendra Modi", "United States Congress"),
        ("Netanyahu addressed a joint meeting of Congress on Wednesday.", "Benjamin Netanyahu", "United States Congress"),
    ],
)
def test_doers_guest_addressing_a_sitting_of_a_body_speaks_to_it(text, source, target):
    events = events_of(text, DCT)
    assert [e.type for e in events] == ["STATEMENT"]  # the sitting is where he spoke, not a meeting of its own
    assert (events[0].source_actor, events[0].target_actor) == (source, target)


def test_doers_a_body_s_own_sitting_is_its_meeting():
    # near miss: no guest named, the body's own sitting
    event = the_event(events_of("A joint meeting of Congress took place on Thursday.", DCT), "CONSULT", "", how="in")
    assert (event.source_actor, event.target_actor) == ("United States Congress", None)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Macron addressed the nation on Sunday evening.", ["STATEMENT"]),
        # near misses: "address" as "deal with" names no audience; taking part in a summit stays a meeting
        ("The new government addressed concerns about inflation on Monday.", []),
        ("Rubio addressed the issue of migration on Monday.", []),
        ("Addressing the summit of the African Union in Addis Ababa on Sunday, Ruto said the war must end.",
         ["CONSULT", "STATEMENT"]),
    ],
)
def test_doers_address_is_a_statement_only_to_an_audience(text, types):
    assert sorted(e.type for e in events_of(text, DCT)) == types


@pytest.mark.parametrize(
    "text",
    [
        "China said on Thursday it would take all necessary measures, two days after an international tribunal in The "
        "Hague ruled that Beijing had no historic rights.",
        "Moscow protested on Friday, a day after an arbitration panel in Geneva ruled that Russia owed Ukraine $5 billion.",
    ],
)
def test_doers_unnamed_subject_of_a_subordinate_clause_lends_no_doer(text):
    assert not [e for e in events_of(text, DCT) if "ruled" in e.trigger and e.source_actor in ("China", "Russia")]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Putin spoke to Xi on Monday, a day after the two leaders met in Beijing.", "met", "Vladimir Putin"),
        ("Macron called Putin on Monday after the French president met Scholz.", "met", "Emmanuel Macron"),
    ],
)
def test_doers_named_subject_of_a_subordinate_clause_keeps_its_doer(text, trigger, source):
    event = the_event(events_of(text, DCT), "CONSULT", trigger)
    assert event.source_actor == source


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Opposition leader Moussa Diarra was freed on Thursday. Diarra, who came second in the 2018 election, was "
         "seized on March 25 while campaigning in the north.", "seized", "Moussa Diarra"),
        ("Opposition leader Moussa Diarra was freed on Thursday. Diarra, whose party won the vote, was arrested on "
         "March 25.", "arrested", "Moussa Diarra"),
    ],
)
def test_doers_passive_subject_past_a_relative_aside_is_the_one_done_to(text, trigger, target):
    event = the_event(events_of(text, DCT), "COERCE", trigger)
    assert (event.source_actor, event.target_actor) == (None, target)


def test_doers_unnamed_body_subject_is_the_event_group():
    text = ("China said on Thursday it would take all necessary measures, two days after an international tribunal in "
            "The Hague ruled that Beijing had no historic rights.")
    event = the_event(events_of(text, date(2016, 7, 14)), None, "ruled")
    assert (event.source_actor, event.date_start) == (None, date(2016, 7, 12))
    assert event.summary.startswith("An international tribunal rules")


@pytest.mark.parametrize(
    "text",
    [
        "The hostage landed near Paris on Friday, a day after jihadists in northern Mali freed her.",
        "The hostage landed in Rome on Friday, a day after militants in southern Libya freed her.",
    ],
)
def test_doers_group_placed_in_a_region_is_the_group_not_the_state(text):
    event = the_event(events_of(text, DCT), "CONCEDE", "freed")
    assert event.source_actor is None and event.summary.split()[0] in ("Jihadists", "Militants")
