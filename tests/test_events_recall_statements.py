"""Recall/merge round 13: what a speaker said, told once per telling. Two statements by one speaker in sentences
apart are two statements unless a date ties them; a saying goes on into the next sentence ("He said ... He said ...");
a comma after a fronted phrase joins no list ("before leaving Beijing, Blinken said"); a saying whose content is an
act ("Qureshi said Pakistan would boycott the session") is that act, not a statement of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _statements(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "STATEMENT"]


_FILLER = ("The two delegations then moved to the question of grain exports. Officials from both sides met again in "
           "the afternoon to review a draft text. A working group was set up to draft the customs annex. ")


@pytest.mark.parametrize(
    "text",
    [
        "Macron said in an interview in January that Europe must rearm. " + _FILLER
        + "At the news conference, Macron said he had raised the question of prisoners with Erdogan.",
        "Scholz said last month that Berlin would not send more tanks. " + _FILLER
        + "Scholz said on Thursday that the talks had been useful.",
    ],
)
def test_events_statements_of_one_speaker_paragraphs_apart_stay_apart(text):
    found = _statements(text)
    assert len(found) == 2, [(e.trigger, e.summary, [m.trigger for m in e.mentions]) for e in found]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # one telling told over two sentences
        ("At a news conference in Ankara on Thursday, Fidan said Turkey wanted a ceasefire. He said the sides were "
         "close to a deal on prisoners.", 2),
        # the same day named twice, sentences apart
        ("Fidan said on Thursday that Turkey wanted a ceasefire. " + _FILLER
         + "Fidan said on Thursday that the sides were close to a deal on prisoners.", 2),
    ],
)
def test_events_statement_told_over_sentences_of_one_telling_is_one_event(text, mentions):
    found = _statements(text)
    assert len(found) == 1, [(e.trigger, e.summary) for e in found]
    assert len(found[0].mentions) == mentions


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At a news conference before leaving Beijing, Blinken said the two countries had much to do.",
         "Antony Blinken"),
        ("Before leaving Ankara, Erdogan said the grain corridor had to stay open.", "Recep Tayyip Erdoğan"),
    ],
)
def test_events_statement_speaker_is_not_the_place_before_a_comma(text, speaker):
    found = _statements(text)
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert found[0].source_actor == speaker


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Qureshi said Pakistan would boycott the session in protest.", "SANCTION"),
        ("Lavrov said Moscow had cut diplomatic ties with Tbilisi.", "SANCTION"),
        ("Fidan told reporters that Turkey had closed its airspace to Israeli flights.", "SANCTION"),
    ],
)
def test_events_saying_of_an_act_is_that_act_not_a_statement(text, act):
    events = _events(text)
    assert [e.type for e in events] == [act], [(e.type, e.trigger, e.summary) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # the content names an event already told, no new act: the saying is the news
        "Lavrov told a news agency that the summit had been very useful.",
        "Trump said on Thursday that he had received good news from the two countries.",
    ],
)
def test_events_saying_about_an_event_noun_stays_a_statement(text):
    assert len(_statements(text)) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]


# --- agentless passives of attacks; negations that tell a state of affairs -----------------------------------------

@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("While the ceremony was under way, two rockets were fired from the Gaza Strip at southern Israel.", "Israel"),
        ("Several missiles were launched at Kyiv overnight.", None),
        ("A rocket was fired toward Israel shortly before the truce ended.", "Israel"),
    ],
)
def test_events_agentless_passive_attack_without_date_is_an_event(text, target):
    found = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]
    assert found[0].source_actor is None and found[0].status == "occurred"
    if target is not None:
        assert found[0].target_actor == target


@pytest.mark.parametrize(
    "text",
    [
        # the toll of an attack told elsewhere is no attack of its own
        "About 1,200 people were killed in the October attack, according to officials.",
        "Four police officers were killed by landmines near the town.",
    ],
)
def test_events_casualty_passive_without_date_is_no_attack(text):
    assert [e for e in _events(text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Blinken said the United States did not support Taiwan independence.", "SUPPORT"),
        ("The council suspended Niger, though it did not endorse the use of force.", "SUPPORT"),
        ("The Palestinian leadership, which was not consulted, has denounced both deals.", "CONSULT"),
        ("The army said the group had not delivered a list of hostages.", "AID"),
    ],
)
def test_events_plain_negation_of_a_stance_is_no_event(text, absent):
    assert [e for e in _events(text) if e.type == absent] == [], [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Qatar said it would not recognize the Taliban government.", "SUPPORT"),  # a refusal to come
        ("Iran said it would not meet the Americans in Vienna.", "CONSULT"),  # a meeting ruled out
        ("Viktor Orban did not travel to Granada on Tuesday.", "CONSULT"),  # a trip that did not take place
    ],
)
def test_events_refusals_and_trips_not_taken_stay_denied(text, type_):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1 and found[0].status == "denied", [(e.type, e.status, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # a refusal stated for the future is a stand taken when it is said: a rejection, not an agreement denied
        ("Iran will never accept the demands.", "Iran rejects the demands"),
        ("Hungary won't approve the new sanctions package.", "Hungary rejects the new sanctions package"),
        ("Serbia would not accept any change to the accord, its president said.", "Serbia rejects any change"),
    ],
)
def test_events_stated_refusal_is_a_rejection(text, summary):
    found = [e for e in _events(text) if e.type in ("REJECT", "AGREE")]
    assert [(e.type, e.status, e.summary) for e in found] == [("REJECT", "occurred", summary)]


@pytest.mark.parametrize(
    "text",
    [
        "August 26: A suicide bomber strikes a crowd at the gate of the airport.",
        "On Tuesday, gunmen attacked a police convoy near the border.",
    ],
)
def test_events_dated_attack_by_an_unknown_agent_is_an_event(text):
    found = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].status == "occurred", [(e.type, e.summary) for e in _events(text)]
    assert found[0].date_start is not None and found[0].date_start == found[0].date_end


# --- a verb of its own type before an event noun; comparisons that plan nothing ------------------------------------

@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Armenia and Azerbaijan had signed the accord on August 8 in Washington.", "signed"),
        ("The Israeli government approved the deal in an overnight cabinet meeting on Wednesday.", "approved"),
    ],
)
def test_events_verb_of_the_nouns_type_is_a_mention_of_its_event(text, verb):
    found = [e for e in _events(text) if e.type == "AGREE"]
    assert len(found) == 1, [(e.type, e.summary) for e in _events(text)]
    assert verb in [m.trigger for m in found[0].mentions]
    assert found[0].status == "occurred"


def test_events_later_than_planned_is_no_plan():
    text = ("The truce began on Friday, a day later than first planned, after the Israeli government approved the "
            "deal in an overnight cabinet meeting.")
    approved = [e for e in _events(text) if any(m.trigger == "approved" for m in e.mentions)]
    assert len(approved) == 1 and approved[0].status == "occurred", [(e.type, e.status, e.summary) for e in _events(text)]


def test_events_visiting_leader_received_is_a_hosted_consultation():
    found = [e for e in _events("Xi received the visiting Vietnamese president in Beijing on Tuesday.")
             if e.type == "CONSULT"]
    assert len(found) == 1
    assert found[0].source_actor == "Xi Jinping" and found[0].target_actor is not None
    assert found[0].mode == "host" and found[0].location == "Beijing"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Iran demanded that Washington lift all sanctions.", "CONCEDE"),
        ("Wang demanded that the United States stop interfering and lift what he called illegal sanctions.",
         "CONCEDE"),
    ],
)
def test_events_what_a_demand_asks_is_no_act(text, absent):
    events = _events(text)
    assert [e for e in events if e.type == absent] == [], [(e.type, e.summary) for e in events]
    assert [e for e in events if e.type == "SANCTION"] == []  # "all sanctions": a noun, no act of sanctioning


def test_events_signing_the_text_is_the_agreement_just_told():
    text = ("In Doha on Saturday, the United States and the Taliban signed an agreement on the withdrawal of troops. "
            "Zalmay Khalilzad and Abdul Ghani Baradar signed the text in the presence of Mike Pompeo.")
    found = [e for e in _events(text) if e.type == "AGREE"]
    assert len(found) == 1, [(e.summary, [m.trigger for m in e.mentions]) for e in found]
    assert len(found[0].mentions) >= 2


def test_events_postponing_it_is_not_the_act_told_before():
    text = ("China refused his proposal to restore military communications. "
            "Blinken postponed it on February 3, hours before his departure.")
    rejects = [e for e in _events(text) if e.type == "REJECT"]
    assert not any({"refused", "postponed"} <= {m.trigger for m in e.mentions} for e in rejects), \
        [(e.summary, [m.trigger for m in e.mentions]) for e in rejects]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan is due to hand back the pilot on Friday, a gesture Prime Minister Imran Khan said was meant to ease "
        "tensions.",
        "Macron praised the talks, which Scholz said had been useful.",
    ],
)
def test_events_saying_inside_a_noun_phrase_is_no_statement(text):
    assert _statements(text) == [], [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("In April, North Korea said it would suspend nuclear tests.", "CONCEDE"),
        ("On Monday, Qureshi said Pakistan would boycott the session in protest.", "SANCTION"),
    ],
)
def test_events_dated_saying_of_a_plan_is_the_plan_told(text, act):
    events = _events(text)
    assert [e.type for e in events] == [act], [(e.type, e.trigger, e.summary) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Macron said on Tuesday that he had spoken with Putin.",  # a past act: the saying is an event of its own
        "Macron said on Monday that he would cancel his visit to China.",  # calling off an event named after it
    ],
)
def test_events_dated_saying_of_a_past_act_or_a_cancellation_stays(text):
    assert len(_statements(text)) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]


# --- lexicon: cutting off contacts and supplies, ending missions, blocking talks; recall purposes ----------------

@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Beijing cut off military communications with Washington in August.", "SANCTION", "China", "United States"),
        ("Nigeria cut the power lines to Niger on Tuesday.", "SANCTION", "Nigeria", "Niger"),
        ("Moscow suspended all high-level contacts with Tbilisi on Monday.", "SANCTION", "Russia", "Georgia"),
        ("Turkey blocked the start of accession talks on Wednesday.", "REJECT", "Türkiye", None),
    ],
)
def test_events_lexicon_cuts_and_blocks(text, type_, source, target):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in _events(text)]
    assert found[0].source_actor == source and found[0].target_actor == target


@pytest.mark.parametrize(
    "text",
    [
        "India called its high commissioner in Islamabad home for consultations on Friday.",
        "Pakistan recalled its ambassador from New Delhi for consultations on Friday.",
    ],
)
def test_events_consultations_an_envoy_is_recalled_for_are_no_consultation(text):
    assert [e for e in _events(text) if e.type == "CONSULT"] == [], [(e.type, e.summary) for e in _events(text)]


def test_events_consultations_a_visitor_travels_for_stay():
    found = [e for e in _events("Blinken travelled to Riyadh for consultations with Saudi officials on Monday.")
             if e.type == "CONSULT"]
    assert len(found) == 1 and found[0].target_actor == "Saudi Arabia"


@pytest.mark.parametrize(
    "text",
    [
        "While the ceremony was under way, two rockets were fired from the Gaza Strip at southern Israel, and the "
        "military said one of them struck the coastal city of Ashdod.",
        "Hamas fired two rockets at Israel on Monday, and the army said one of them struck a school.",
    ],
)
def test_events_what_one_of_them_did_is_the_attack_just_told(text):
    found = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(found) == 1, [(e.summary, [m.trigger for m in e.mentions]) for e in found]
    assert found[0].source_actor != "Israel"  # not "the military" that reported it


def test_events_said_then_told_reporters_a_day_after_is_one_statement():
    text = ("WASHINGTON - President Donald Trump said on Tuesday that he had misspoken at his news conference in "
            "Helsinki.\n\n\"I don't see any reason why it wouldn't be Russia,\" Trump told reporters at the White "
            "House, a day after he appeared to side with Putin.")
    found = _statements(text)
    assert len(found) == 1, [(e.summary, [m.trigger for m in e.mentions]) for e in found]
    assert {"said", "told"} <= {m.trigger for m in found[0].mentions}


def test_events_headline_act_is_the_one_the_body_tells():
    text = ("Santos wins Nobel Peace Prize days after Colombians reject his deal with the FARC\n\n"
            "BOGOTA, October 8, 2016 - In the referendum on Sunday, 50.2 percent of voters rejected the agreement.")
    found = [e for e in _events(text) if e.type == "REJECT"]
    assert len(found) == 1, [(e.summary, [m.trigger for m in e.mentions]) for e in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Blinken said he had raised the cases of American citizens detained in China.", "Antony Blinken"),
        ("Macron raised the case of two French hostages with Pezeshkian on Monday.", "Emmanuel Macron"),
    ],
)
def test_events_raising_a_detainees_case_is_a_demand(text, source):
    found = [e for e in _events(text) if e.type == "DEMAND"]
    assert len(found) == 1 and found[0].source_actor == source, [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("France replied on Monday that the putschists had no authority to make such a demand.", "DEMAND"),
        ("Ankara said such talks were pointless.", "CONSULT"),
    ],
)
def test_events_noun_after_such_names_no_particular_event(text, absent):
    assert [e for e in _events(text) if e.type == absent] == [], [(e.type, e.summary) for e in _events(text)]


def test_events_saying_in_an_earlier_interview_is_not_the_saying_at_the_summit():
    text = ("Russia recalled its ambassador in March after Biden said in an interview that he thought Putin was a "
            "killer. " + _FILLER + "Biden said he had raised the case of the jailed opposition leader.")
    later = text.index("Biden said he had raised")
    for e in _statements(text):
        starts = [m.start for m in e.mentions]
        assert not (min(starts) < text.index("interview") and max(starts) >= later), \
            [(x.summary, [m.trigger for m in x.mentions]) for x in _statements(text)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Stoltenberg thanked Erdogan for the agreement and praised his efforts to export Ukrainian grain.", "SUPPORT"),
        ("Baerbock condemned the strike on Monday and criticized the silence of its allies.", "DISAPPROVE"),
    ],
)
def test_events_reactions_joined_by_and_are_one_reaction(text, type_):
    found = [e for e in _events(text) if e.type == type_]
    assert len(found) == 1 and len(found[0].mentions) == 2, [(e.type, e.summary) for e in _events(text)]


def test_events_stated_refusal_takes_the_day_of_its_own_saying():
    found = [e for e in _events("Hungary won't approve the new sanctions package, Orban said on Monday.")
             if e.type == "REJECT"]
    assert [(e.date_start, e.date_end) for e in found] == [(date(2025, 3, 3), date(2025, 3, 3))]
