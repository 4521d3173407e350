"""Recall round 14, government readouts, roundups and wire copy: the words they use for statements, concerns,
publications and fighting (lexicon); verbs a title, a number or a group noun hid ("the secretary-general urged",
"the two declared", "European Union states"); acts told in constructions the extractor missed (a participle set off
after its subjects, a fronted date before an event noun, "used his speech to call on", "and was received by", "spoke
today with", "asked X to"); and non-events it kept ("press secretary", "press on", "a warrant for his arrest")."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of
from timeline.model import Event

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _one(text: str, type_: str, trigger: str) -> Event:
    found = [e for e in _events(text) if e.type == type_ and (trigger in e.trigger.lower()
                                                              or any(trigger in m.trigger.lower() for m in e.mentions))]
    assert len(found) == 1, [(e.type, e.trigger, [m.trigger for m in e.mentions]) for e in _events(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        ("Militants ambushed an army convoy near the border on Sunday.", "ASSAULT", "ambushed", date(2025, 3, 2)),
        ("Soldiers from the two armies brawled on the disputed frontier on Monday.", "FIGHT", "brawled",
         date(2025, 3, 3)),
        ("Beijing published a position paper on the crisis on Friday.", "ANNOUNCE", "published", date(2025, 3, 7)),
        ("Macron underscored on Monday that the alliance remained firm.", "STATEMENT", "underscored",
         date(2025, 3, 3)),
        ("During the call on Monday, Biden raised concerns about the detention of journalists.", "DISAPPROVE",
         "raised concerns", date(2025, 3, 3)),
        ("Macron attended a state dinner at Windsor Castle on Tuesday evening.", "CONSULT", "state dinner",
         date(2025, 3, 4)),
        ("Direct flights between Russia and Georgia were restored on Monday.", "COOPERATE", "restored",
         date(2025, 3, 3)),
        ("The International Court of Justice ruled on Friday that Israel must halt the offensive.", "ANNOUNCE",
         "ruled", date(2025, 3, 7)),
        ("Twelve Russian intelligence officers were indicted on Friday.", "INVESTIGATE", "indicted",
         date(2025, 3, 7)),
    ],
)
def test_events_recall_readout_words_are_events(text, type_, trigger, day):
    event = _one(text, type_, trigger)
    assert event.status == "occurred"
    assert event.date_start == day


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        ("Zelenskiy is due to speak at a peace conference in Geneva on Sunday.", "STATEMENT", "speak at",
         date(2025, 3, 9)),
        ("On Monday he is scheduled to reopen Eritrea's embassy in Addis Ababa.", "COOPERATE", "reopen",
         date(2025, 3, 10)),
    ],
)
def test_events_recall_scheduled_acts_are_planned(text, type_, trigger, day):
    event = _one(text, type_, trigger)
    assert event.status == "planned"
    assert event.date_start == day


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # releasing a text announces it; releasing people concedes
        ("The Chinese foreign ministry released a statement on Tuesday.", "ANNOUNCE", "released"),
        ("Hamas released seven hostages on Monday.", "CONCEDE", "released"),
        # declaring a partnership is an agreement between the two just named
        ("Putin and Xi met in Beijing in February, and the two declared a partnership with no limits.", "AGREE",
         "declared"),
        # answering an agency's questions is cooperation with it
        ("Iran agreed to answer the agency's outstanding questions by the end of the year.", "COOPERATE", "answer"),
    ],
)
def test_events_recall_object_decides_the_type(text, type_, trigger):
    _one(text, type_, trigger)


def test_events_recall_joint_declaration_is_the_release():
    event = _one("China and the United States released a joint declaration on climate in Glasgow on Wednesday.",
                 "ANNOUNCE", "joint declaration")
    assert {m.trigger for m in event.mentions} == {"released", "joint declaration"}
    assert event.date_start == date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("White House press secretary Karine Jean-Pierre said on Monday that the talks would continue.", "press"),
        ("The rebels rejected the truce on Thursday and said they would press on with the offensive.", "press"),
        ("On Monday, fourteen European Union states, among them Germany and Poland, expelled Russian diplomats.",
         "states"),
    ],
)
def test_events_recall_nouns_and_phrasal_verbs_are_no_events(text, trigger):
    events = _events(text)
    assert not any(e.trigger.lower() == trigger for e in events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The International Criminal Court issued a warrant for the arrest of Vladimir Putin on Friday.",
        "Putin met Xi on Monday, days after the International Criminal Court issued a warrant for his arrest on Friday.",
    ],
)
def test_events_recall_an_arrest_sought_by_a_warrant_is_no_arrest(text):
    events = _events(text)
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.trigger) for e in events]


def test_events_recall_fourteen_states_still_expel():
    event = _one("On Monday, fourteen European Union states, among them Germany and Poland, expelled Russian "
                 "diplomats.", "SANCTION", "expelled")
    assert event.date_start == date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        # a consultation set off by commas after the subjects it shares with the main clause
        ("Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan, meeting in Istanbul on "
         "Wednesday, called on the warring parties in Libya to lay down their arms.", "CONSULT", "meeting",
         "Vladimir Putin", "Recep Tayyip Erdoğan"),
        # what a speech was used for was done
        ("Abiy Ahmed used his inaugural speech to call on Eritrea to end the dispute.", "DEMAND", "call on",
         "Abiy Ahmed", "Eritrea"),
        # a request with the one asked and what is asked: news without a date of its own
        ("Orban asked Zelenskiy to consider a quick ceasefire.", "DEMAND", "asked", "Viktor Orbán",
         "Volodymyr Zelensky"),
    ],
)
def test_events_recall_constructions_give_the_parties(text, type_, trigger, source, target):
    event = _one(text, type_, trigger)
    assert event.status == "occurred"
    assert (event.source_actor, event.target_actor) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Orban asked about the ceasefire.",
        "Reporters asked whether the talks would resume.",
    ],
)
def test_events_recall_asking_without_a_request_is_no_demand(text):
    assert not [e for e in _events(text) if e.type == "DEMAND"]


def test_events_recall_purpose_after_a_wish_stays_planned():
    event = _one("Abiy Ahmed wants to call on Eritrea to end the dispute.", "DEMAND", "call on")
    assert event.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea's foreign minister, Osman Saleh, arrived in Addis Ababa on Tuesday and was received by Abiy Ahmed.",
        "His foreign minister, Osman Saleh, arrived in Addis Ababa on Tuesday and was received by Abiy Ahmed.",
    ],
)
def test_events_recall_coordinated_passive_reception_is_hosting(text):
    event = _one(text, "CONSULT", "received")
    assert event.source_actor == "Abiy Ahmed"
    assert event.date_start == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The two countries fell out over their border, and in May 1998 fighting broke out around the town.",
         date(1998, 5, 1)),
        ("In May 1998 fighting broke out around the town.", date(1998, 5, 1)),
    ],
)
def test_events_recall_fighting_after_a_fronted_date_is_an_event(text, day):
    event = _one(text, "FIGHT", "fighting")
    assert (event.date_start, event.date_end) == (day, date(1998, 5, 31))


@pytest.mark.parametrize(
    "text",
    [
        "President Joseph R. Biden, Jr. spoke today with President Xi Jinping of the People's Republic of China.",
        "The UN secretary-general urged India and China on Tuesday to exercise restraint.",
    ],
)
def test_events_recall_a_date_or_a_title_before_the_verb_hides_no_event(text):
    events = _events(text)
    assert len(events) == 1 and events[0].type in ("CONSULT", "DEMAND"), [(e.type, e.trigger) for e in events]


def test_events_recall_body_act_in_new_words_is_not_the_headline_event():
    text = ("Russia expels 60 U.S. diplomats as spy row deepens\n\nRussia expelled 60 American diplomats on "
            "Thursday. The ministry gave no reason for the timing. Officials said more steps were possible. The "
            "diplomats have a week to leave. Russia also recalled its ambassador in Washington.")
    sanctions = [e for e in _events(text) if e.type == "SANCTION"]
    assert len(sanctions) == 2, [(e.trigger, [m.trigger for m in e.mentions]) for e in sanctions]
    expelled = next(e for e in sanctions if e.trigger.lower().startswith("expel"))
    assert {m.trigger for m in expelled.mentions} == {"expels", "expelled"}


def test_events_recall_a_dated_occasion_named_later_is_not_the_undated_talks():
    text = ("In talks with President Volodymyr Zelenskiy in Kyiv, Orban asked him to consider a ceasefire. The two men "
            "spoke for three hours. Officials from both sides described the tone as frank. A joint statement was not "
            "issued. Reporters were kept outside the building. Last month, Orban attended the peace conference "
            "on Ukraine that Switzerland hosted at a mountain resort.")
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    conference = next(e for e in consults if any("peace conference" in m.trigger for m in e.mentions))
    assert not {"talks", "spoke"} & {m.trigger for m in conference.mentions}
    assert (conference.date_start, conference.date_end) == (date(2025, 2, 1), date(2025, 2, 28))


def test_events_recall_talks_with_a_new_party_are_not_the_summit_attended():
    text = ("On Tuesday, while attending the Group of 20 summit in New Delhi, Biden wrote on social media that he "
            "hoped to see Lula soon. Officials said the schedule was tight. The rooms were small. Biden and Lula then "
            "sat down at the palace, a building on the main square, for talks that lasted about an hour.")
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    talks = next(e for e in consults if any(m.trigger == "talks" for m in e.mentions))
    assert "summit" not in {m.trigger for m in talks.mentions}
    assert talks.target_actor == "Luiz Inácio Lula da Silva"
    assert len(consults) == 2, [(e.trigger, [m.trigger for m in e.mentions]) for e in consults]


def test_events_recall_a_greeting_is_not_the_talks():
    text = ("King Salman greeted Macron on the tarmac in Riyadh on Saturday. The two leaders then held talks at the "
            "palace.")
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    assert sorted(tuple(m.trigger for m in e.mentions) for e in consults) == [("greeted",), ("held talks",)]
    assert all(e.date_start == date(2025, 3, 1) for e in consults)


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("The summit was set for June 27.", "summit", date(2025, 6, 27)),
        ("Talks between the two ministers are scheduled for Thursday in Geneva.", "talks", date(2025, 3, 13)),
        ("A meeting between Putin and Erdogan was set for next Tuesday.", "meeting", date(2025, 3, 11)),
    ],
)
def test_events_recall_an_event_set_for_a_date_is_planned(text, trigger, day):
    event = _one(text, "CONSULT", trigger)
    assert event.status == "planned"
    assert event.date_start == day


def test_events_recall_agreements_told_paragraphs_apart_are_two():
    text = ("Biden and Xi spoke by video link on Monday. Sullivan said afterwards that the two leaders had agreed that "
            "their teams would begin talks on arms control. The call lasted three hours. Officials described the tone "
            "as candid. Trade was discussed at length. Human rights took up the second hour. Separately, the United "
            "States and China agreed to set up a working group on climate.")
    agreements = [e for e in _events(text) if e.type == "AGREE"]
    assert len(agreements) == 2, [(e.trigger, [m.trigger for m in e.mentions]) for e in agreements]
    assert {(e.source_actor, e.target_actor) for e in agreements} == {("Joe Biden", "Xi Jinping"),
                                                                      ("United States", "China")}


def test_events_recall_the_same_leaders_agreement_told_again_is_one():
    text = ("Trump and Kim agreed on Sunday to restart nuclear negotiations. The meeting lasted an hour. Officials "
            "described the tone as warm. Reporters were kept behind a rope. The leaders posed for photographs. On "
            "Monday, state media reported that Kim and Trump had agreed to resume talks.")
    agreements = [e for e in _events(text) if e.type == "AGREE"]
    assert len(agreements) == 1, [(e.trigger, [m.trigger for m in e.mentions]) for e in agreements]


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "day"),
    [
        ("A US fighter jet shot the balloon down off the coast on Saturday.", "ASSAULT", "shot", "United States",
         date(2025, 3, 1)),
        ("On Thursday evening, Trump and King Salman opened a new centre for combating extremist ideology.",
         "COOPERATE", "opened", "Donald Trump", date(2025, 3, 6)),
    ],
)
def test_events_recall_acts_read_from_their_objects(text, type_, trigger, source, day):
    event = _one(text, type_, trigger)
    assert (event.source_actor, event.date_start) == (source, day)


def test_events_recall_these_sanctions_are_the_sanctions_just_imposed():
    events = _events("The EU imposed sanctions on Belarus on Monday. These sanctions took effect on Tuesday.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 1, [(e.trigger, [m.trigger for m in e.mentions]) for e in sanctions]
    assert sanctions[0].date_start == date(2025, 3, 3)


def test_events_recall_a_key_date_entry_is_the_agreement_told_in_the_body():
    text = ("Israel and Jordan signed a peace agreement in Algiers in October 1994. The ceremony was attended by "
            "thousands. Officials from both sides praised it. Trade has grown slowly since. Tourism has not.\n\n"
            "Key dates\n\n- October 1994: the Algiers agreement ends the state of war.\n- May 1995: embassies open.")
    agreements = [e for e in _events(text) if e.type == "AGREE"]
    assert len(agreements) == 1, [(e.trigger, e.source_actor, [m.trigger for m in e.mentions]) for e in agreements]
    assert (agreements[0].source_actor, agreements[0].target_actor) == ("Israel", "Jordan")
    assert len(agreements[0].mentions) == 3


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Merkel said on Tuesday that the annexation was contrary to international law.", "DISAPPROVE"),
        ("Blinken said on Monday that the drills were a dangerous provocation.", "DISAPPROVE"),
        ("Scholz said on Tuesday that the talks had been useful.", "STATEMENT"),
    ],
)
def test_events_recall_a_statement_that_condemns_is_a_disapproval(text, type_):
    events = _events(text)
    assert [e.type for e in events] == [type_], [(e.type, e.trigger) for e in events]
    assert events[0].trigger == "said"


def test_events_recall_an_undated_condemnation_by_a_named_speaker_is_listed():
    events = _events("Albanese said the attack was a violation of Australian sovereignty.")
    assert [(e.type, e.trigger, e.source_actor) for e in events] == [("DISAPPROVE", "said", "Anthony Albanese")]


def test_events_recall_a_trip_confirmed_is_a_trip():
    events = _events("The Kremlin confirmed Orban's trip to Moscow on Friday morning.")
    assert sorted(e.type for e in events) == ["ANNOUNCE", "CONSULT"], [(e.type, e.trigger) for e in events]
    trip = next(e for e in events if e.type == "CONSULT")
    assert trip.trigger == "trip" and trip.date_start == date(2025, 3, 7)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Putin also said he had accepted an invitation from Xi to visit China this year.", "visit"),
        ("Lula accepted an invitation to attend the summit in Kazan.", "attend the summit"),
    ],
)
def test_events_recall_the_act_invited_to_is_planned(text, trigger):
    event = _one(text, "CONSULT", trigger)
    assert event.status == "planned"
    assert event.date_end is not None and event.date_end >= DCT  # (what is planned does not end before publication)


def test_events_recall_what_a_standing_accusation_holds_is_no_attack():
    events = _events("The two presidents agreed on Wednesday to begin consultations on cybersecurity, an issue on which "
                     "Washington accuses Moscow of sheltering the criminal groups behind a wave of ransomware attacks.")
    assert not [e for e in events if e.type in ("ASSAULT", "DISAPPROVE")], [(e.type, e.trigger) for e in events]


def test_events_recall_a_news_conference_and_its_saying_are_one_statement():
    events = _events("Putin spoke to reporters first. Biden, who held his own news conference an hour later, said he "
                     "had pressed the Russian leader on cyberattacks.")
    biden = [e for e in events if e.type == "STATEMENT" and e.source_actor == "Joe Biden"]
    assert len(biden) == 1, [(e.type, e.trigger, e.source_actor, [m.trigger for m in e.mentions]) for e in events]
    assert {m.trigger for m in biden[0].mentions} == {"news conference", "said"}
