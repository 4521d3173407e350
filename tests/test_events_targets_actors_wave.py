"""Who is acted upon, in shapes the target rules used to miss: a person named after a state's possessive ("talks with
Bangladesh's Sheikh Hasina": the person), a title with "-elect" ("Indonesian President-elect Prabowo Subianto"), the
one a saying is about or sent to ("said of Finland's decision", "said in a letter to Ishiba"), a visit's host
("the visit by X to Riyadh", "landed in Beijing with von der Leyen": the state visited, the companion is no target;
"MOSCOW - ... a state visit": the dateline's state), others acting on a state ("Ukraine's allies urged Kyiv"),
parties a group subject stands for ("They signed ...": the first, no target) and drills "around" a state. Short texts
in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

from timeline.actors import find_actor_mentions, load_gazetteer


def _pair(text: str, type_: str | None, trigger: str, dct: date | None = None) -> tuple[str | None, str | None]:
    events = events_of(text, dct) if dct is not None else events_of(text)
    event = the_event(events, type_, trigger, how="prefix")
    return event.source_actor, event.target_actor


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Modi also held talks on Friday with Bangladesh's Sheikh Hasina.", "CONSULT", "talks",
         "Narendra Modi", "Sheikh Hasina"),
        ("Macron held talks on Monday with Russia's Vladimir Putin in Moscow.", "CONSULT", "talks",
         "Emmanuel Macron", "Vladimir Putin"),
    ],
)
def test_events_person_after_a_state_possessive_is_the_target(text, type_, trigger, source, target):
    assert _pair(text, type_, trigger) == (source, target)


def test_events_elect_title_names_the_person():
    text = "Chinese President Xi Jinping sent a congratulatory message to Indonesian President-elect Prabowo Subianto."
    assert _pair(text, "SUPPORT", "sent", date(2024, 3, 1)) == ("Xi Jinping", "Prabowo Subianto")
    mentions = find_actor_mentions("The Indonesian President-elect Prabowo Subianto said.", load_gazetteer(),
                                   dct=date(2024, 3, 1))
    assert [m.actor.name for m in mentions] == ["Prabowo Subianto"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A Russian Foreign Ministry spokesman said on Saturday of Finland's decision that it was an unfriendly act.",
         "Russia", "Finland"),
        ("Canadian Prime Minister Mark Carney said in a letter to Japanese Prime Minister Shigeru Ishiba on Monday "
         "that the talks would resume.", "Mark Carney", "Shigeru Ishiba"),
        ("Erdogan said in a brief message to Putin on Monday that the talks would resume.", "Recep Tayyip Erdoğan",
         "Vladimir Putin"),
    ],
)
def test_events_saying_of_or_to_a_party_targets_it(text, source, target):
    assert _pair(text, None, "said") == (source, target)  # (a statement, or the reproach it makes)


def test_events_saying_of_own_side_or_a_matter_has_no_such_target():
    text = "Lavrov said on Saturday of Russia's position that nothing had changed."
    assert _pair(text, "STATEMENT", "said") == ("Sergey Lavrov", None)
    text = "Lavrov said on Saturday of the situation that nothing had changed."
    assert _pair(text, "STATEMENT", "said") == ("Sergey Lavrov", None)


def test_events_visit_by_an_agent_to_a_place_targets_the_host():
    text = "The visit by the German foreign minister to Riyadh on Thursday focused on the war in Gaza."
    assert _pair(text, "CONSULT", "visit") == ("Germany", "Saudi Arabia")


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Macron landed in Beijing with European Commission President Ursula von der Leyen on Wednesday.",
         "landed", "Emmanuel Macron", "China"),
        ("Blinken arrived in Kyiv on Tuesday with British Foreign Secretary David Lammy.", "arrived", "Antony Blinken",
         "Ukraine"),
    ],
)
def test_events_companion_of_a_trip_is_no_target(text, trigger, source, target):
    event = the_event(events_of(text), "CONSULT", trigger, how="prefix")
    assert (event.source_actor, event.target_actor) == (source, target)
    assert len(event.actors) == 3  # (the companion still takes part)


def test_events_met_with_is_still_the_target():
    text = "Blinken met on Tuesday in Kyiv with British Foreign Secretary David Lammy."
    assert _pair(text, "CONSULT", "met") == ("Antony Blinken", "David Lammy")


def test_events_dateline_state_hosts_an_unplaced_visit():
    text = ("MOSCOW - Chinese President Xi Jinping flew home on Wednesday at the end of a three-day state visit, "
            "the Kremlin said.")
    event = the_event(events_of(text, date(2023, 3, 22)), "CONSULT", "visit", how="mention")
    assert (event.source_actor, event.target_actor) == ("Xi Jinping", "Russia")


def test_events_others_of_a_state_act_on_it():
    assert _pair("Ukraine's allies urged Kyiv on Monday to hold elections.", "DEMAND", "urged") == (None, "Ukraine")
    assert _pair("Russia urged Ukraine's allies on Monday to stop arming Kyiv.", "DEMAND", "urged")[0] == "Russia"


def test_events_group_subject_of_a_joint_act_has_no_target():
    text = "Putin met Xi in Moscow on Monday. They also agreed to revive a security accord."
    assert _pair(text, "AGREE", "agreed") == ("Vladimir Putin", None)
    text = "Putin and Xi agreed on Monday to revive a security accord."
    assert _pair(text, "AGREE", "agreed") == ("Vladimir Putin", "Xi Jinping")


def test_events_drills_around_a_state_are_aimed_at_it():
    assert _pair("China began large-scale military drills around Taiwan on Monday.", "MOBILIZE", "began") \
        == ("China", "Taiwan")


@pytest.mark.parametrize(
    ("name", "country", "role"),
    [("Sheikh Hasina", "BGD", "Prime Minister"), ("Pravind Jugnauth", "MUS", "Prime Minister"),
     ("Évariste Ndayishimiye", "BDI", "President"), ("Emmerson Mnangagwa", "ZWE", "President"),
     ("Mohamed Muizzu", "MDV", "President"), ("Peter Pellegrini", "SVK", "President")],
)
def test_gazetteer_knows_recent_leaders(name, country, role):
    mentions = find_actor_mentions(f"{name} said on Monday that talks would resume.", load_gazetteer(),
                                   dct=date(2024, 3, 1))
    assert mentions and mentions[0].actor.name == name
    assert (mentions[0].actor.country, mentions[0].actor.role) == (country, role)


def test_events_calling_off_a_trip_is_aimed_at_its_host():
    text = "Australian Prime Minister Anthony Albanese called off a trip to Jakarta planned for Tuesday."
    event = the_event(events_of(text), "REJECT", "called off", how="prefix")
    assert (event.source_actor, event.target_actor) == ("Anthony Albanese", "Indonesia")
    assert event.summary == "Albanese calls off a trip"  # (the trip names where it went: no "(on Jakarta)")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Indian External Affairs Minister Subrahmanyam Jaishankar said on Sunday that relations with China could not "
         "be normal while troops remained on the border.", "China"),
        ("Wang Yi said on Monday that ties with India had improved.", "India"),
        ("Wang Yi said on Monday that ties with Beijing's neighbours had improved.", None),  # (its own side: no target)
    ],
)
def test_events_saying_about_relations_with_a_party_targets_it(text, target):
    assert _pair(text, "STATEMENT", "said")[1] == target


def test_events_city_country_dateline_is_no_actor():
    text = "HIROSHIMA, Japan - Ukrainian President Volodymyr Zelensky met US President Joe Biden on Sunday."
    assert _pair(text, "CONSULT", "met", date(2023, 5, 21)) == ("Volodymyr Zelensky", "Joe Biden")
    text = "TOKYO - Japan met US envoys on Sunday."  # (the dateline's city only: Japan after it acts)
    assert _pair(text, "CONSULT", "met", date(2023, 5, 21))[0] == "Japan"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Vice President Kamala Harris and Secretary of State Antony Blinken hosted Prime Minister Narendra Modi of "
         "India for a luncheon today.", "Kamala Harris", "Narendra Modi"),
        ("Macron and Scholz hosted Zelensky in Paris on Monday.", "Emmanuel Macron", "Volodymyr Zelensky"),
    ],
)
def test_events_joint_hosts_receive_their_guest(text, source, target):
    assert _pair(text, "CONSULT", "hosted") == (source, target)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "target"),
    [
        ("Turkey relaxed visa requirements for Chinese business travellers on Thursday.", "CONCEDE", "relaxed", "China"),
        ("China lifted tariffs on Australian wine on Friday.", "CONCEDE", "lifted", "Australia"),
        ("Turkey relaxed visa requirements for Turkish business travellers on Thursday.", "CONCEDE", "relaxed", None),
    ],
)
def test_events_measure_on_or_for_a_states_goods_or_people_targets_it(text, type_, trigger, target):
    assert _pair(text, type_, trigger)[1] == target
