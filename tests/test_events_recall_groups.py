"""Recall round 2: events whose subject is a description rather than a known actor, occasions named as the object of
a participle of taking part, letters, meals, and the PLOVER type conventions for diplomatic protest and reduced
relations (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.errors import ResourceError
from timeline.events.lexicon import parse_triggers
from timeline.model import Event
from event_helpers import events_of

DCT = date(2025, 3, 7)  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return events_of(text, DCT)


def _at(events, word: str) -> Event:
    found = [e for e in events if any(word in m.trigger for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.trigger, e.summary) for e in events]
    return found[0]


# --- type conventions: diplomatic protest is DISAPPROVE, reduced relations SANCTION, demonstrations PROTEST -------------

@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Lithuania expelled three Belarusian diplomats on Wednesday.", "expelled", "SANCTION"),
        ("The authorities expelled hundreds of migrants across the border on Monday.", "expelled", "COERCE"),
        ("Chile recalled its ambassador to Caracas on Tuesday.", "recalled", "SANCTION"),
        ("Latvia summoned the Russian charge d'affaires on Monday.", "summoned", "DISAPPROVE"),
        ("Seoul protested the flights over its air defence zone on Thursday.", "protested", "DISAPPROVE"),
        ("Manila lodged a diplomatic protest with Beijing on Wednesday.", "protest", "DISAPPROVE"),
        ("Thousands protested outside the parliament in Bucharest on Sunday.", "protested", "PROTEST"),
        ("Ankara suspended the talks with Athens on Monday.", "suspended", "SANCTION"),
    ],
)
def test_events_type_follows_the_plover_convention(text, word, type_):
    assert _at(_events(text), word).type == type_


def test_events_suspended_talks_are_the_suspension_only():
    # suspending talks reduces relations (a SANCTION); the talks suspended are its object, no meeting of their own
    events = _events("Ankara suspended the talks with Athens on Monday.")
    suspension = _at(events, "suspended")
    assert suspension.type == "SANCTION"
    assert not [e for e in events if e.type == "CONSULT"]
    assert "talks" in {m.trigger.lower() for m in suspension.mentions}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hungary and Slovakia accepted the compromise on Tuesday.", "Hungary"),
        ("Greece and Cyprus approved the package on Monday.", "Greece"),
    ],
)
def test_events_accepting_is_no_act_between_its_subjects(text, source):
    event = _at(_events(text), "ed")
    assert event.type == "AGREE"
    assert (event.source_actor, event.target_actor) == (source, None)


def test_events_talks_after_a_light_verb_and_an_adjective_are_the_noun():
    event = _at(_events("Macron met the emir on Monday, and held separate talks with Erdogan."), "talks")
    assert event.source_actor == "Emmanuel Macron"
    assert event.target_actor == "Recep Tayyip Erdoğan"


# --- descriptive subjects --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "word", "type_", "source"),
    [
        ("Baltic governments welcomed the prisoner exchange on Thursday.", "welcomed", "SUPPORT", None),
        ("Several Western diplomats praised the agreement on Wednesday.", "praised", "SUPPORT", None),
        ("Students occupied the rector's office on Tuesday.", "occupied", "PROTEST", None),
        ("Union members held a sit-in at the ministry on Tuesday.", "sit-in", None, None),
        # the spokesman of the ministry of the state the sentence before is about
        ("Jordan condemned the raid on Monday. A foreign ministry spokesman urged both sides to show restraint.",
         "urged", "DEMAND", "Jordan"),
    ],
)
def test_events_a_descriptive_group_subject_keeps_the_event(text, word, type_, source):
    events = _events(text)
    found = [e for e in events if any(word in m.trigger for m in e.mentions)]
    if type_ is None:  # (no trigger for it: nothing invented)
        assert not found
        return
    assert len(found) == 1 and found[0].type == type_
    assert found[0].source_actor == source  # no known actor is invented for a group


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said on Monday that the talks had stalled.",
        "Residents said on Tuesday the shelling had stopped.",
        "Observers said on Wednesday that the vote was orderly.",
    ],
)
def test_events_commentators_make_no_event(text):
    assert not _events(text)


def test_events_a_singular_group_takes_a_singular_verb():
    event = _at(_events("A rebel spokesman urged both sides to show restraint on Monday."), "urged")
    assert "spokesman urges" in event.summary.lower()


# --- occasions in argument positions ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("Addressing the summit in Cairo on Sunday, Scholz said Europe would help.", "summit", "Olaf Scholz"),
        ("On Tuesday, while attending the ASEAN summit in Jakarta, Modi said India was ready.", "summit",
         "Narendra Modi"),
        ("Addressing the African Union Summit in Addis Ababa, Lula called for reform.", "Summit",
         "Luiz Inácio Lula da Silva"),
    ],
)
def test_events_the_main_subject_attends_the_occasion_a_participle_names(text, word, source):
    event = _at(_events(text), word)
    assert event.type == "CONSULT"
    assert event.source_actor == source


def test_events_a_capitalised_place_name_is_no_summit():
    assert not [e for e in _events("Modi stayed at the Summit Hotel in Delhi on Monday.") if e.type == "CONSULT"]


def test_events_a_letter_from_a_leader_is_a_consultation():
    event = _at(_events("Putin received a letter from Xi on Monday."), "letter")
    assert event.type == "CONSULT"
    assert event.source_actor in ("Vladimir Putin", "Xi Jinping")


def test_events_a_meal_after_a_summit_is_its_own_event():
    events = _events("Macron attended the G7 summit in Italy on Thursday. He flew to Rome the same evening and had "
                     "dinner with Meloni.")
    dinner = _at(events, "dinner")
    summit = _at(events, "summit")
    assert dinner.id != summit.id and dinner.type == "CONSULT"


def test_events_lexicon_rejects_an_unknown_official_type():
    raw = [{"lemma": "protest", "pos": "verb", "type": "PROTEST", "official_type": "GRUMBLE", "summary": "protests",
            "example": "Tokyo protested.", "__line__": 7}]
    with pytest.raises(ResourceError, match="triggers.yaml:7"):
        parse_triggers(raw)


# --- coordinated measures ----------------------------------------------------------------------------------------------

def test_events_two_measures_joined_by_and_are_two_events():
    events = _events("Estonia expelled two Russian diplomats on Tuesday and closed a border crossing.")
    assert sorted(e.trigger for e in events if e.type == "SANCTION") == ["closed", "expelled"]


def test_events_a_list_of_measures_is_one_package():
    events = _events("On Monday the bloc closed its borders with Mali, suspended financial transactions, froze the "
                     "country's assets and barred commercial flights.")
    assert len([e for e in events if e.type == "SANCTION"]) == 1


# --- acts named by new lexicon entries and summaries ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Erdogan shook hands with Assad in Astana on Tuesday.", "shook hands", "CONSULT"),
        ("Canada retaliated on Monday with duties on steel from the United States.", "retaliated", "SANCTION"),
        ("Tehran retaliated on Sunday with missile strikes on two bases in Iraq.", "retaliated", "ASSAULT"),
        ("Demonstrators scuffled with riot police outside the ministry on Monday.", "scuffled", "PROTEST"),
        ("Lavrov spoke to reporters in Ankara on Thursday.", "spoke to reporters", "STATEMENT"),
        ("Latvia, which closed its border crossings last year, expressed solidarity with Finland.", "solidarity",
         "SUPPORT"),
    ],
)
def test_events_recall_of_acts_in_news_shapes(text, word, type_):
    assert _at(_events(text), word).type == type_


def test_events_retaliating_names_no_act_without_a_measure():
    assert not [e for e in _events("Beijing vowed on Monday to retaliate.") if "retaliat" in e.trigger]


def test_events_summary_keeps_a_number_with_a_thousands_comma():
    event = _at(_events("Romania deployed about 12,000 troops to the border last month."), "deployed")
    assert "12,000 troops" in event.summary
    assert "month" not in event.summary


def test_events_a_call_to_a_full_name_the_gazetteer_does_not_know():
    event = _at(_events("Macron called Hu Jintao on Monday."), "called")
    assert event.type == "CONSULT" and "Hu Jintao" in event.summary


def test_events_a_visit_with_no_traveller_named_says_where():
    event = _at(_events("The former chairman travelled to Beijing in April 2005."), "travelled")
    assert event.summary == "Visit to Beijing"


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Scholz will fly on Monday to Warsaw for talks.", "fly", "CONSULT"),
        ("Blinken arrived late on Tuesday in Riyadh.", "arrived", "CONSULT"),
        ("Macron greeted Modi at the Elysee on Thursday.", "greeted", "CONSULT"),
        ("The emir presented Macron with a ceremonial sword on Monday.", "presented", "SUPPORT"),
        ("On Friday Erdogan removed the army chief from his post.", "removed", "COERCE"),
        ("Tehran dismissed the communique on Monday as propaganda.", "dismissed", "DISAPPROVE"),
        ("Moscow dismissed the allegations on Monday as nonsense.", "dismissed", "REJECT"),
        ("Several Arab officials praised the speech on Sunday.", "praised", "SUPPORT"),
    ],
)
def test_events_recall_of_verbs_with_their_arguments(text, word, type_):
    assert _at(_events(text), word).type == type_


def test_events_a_split_verb_form_keeps_the_date_outside_the_trigger():
    event = _at(_events("Scholz will fly on Monday to Warsaw for talks."), "fly")
    assert event.trigger == "fly" and event.status == "planned"
    assert (event.date_start, event.date_end) == (date(2025, 3, 10), date(2025, 3, 10))


def test_events_officials_saying_is_no_event():
    assert not _events("Officials said on Monday that the border would stay closed.")


def test_events_also_signed_is_another_signing():
    events = _events("Macron and Modi signed trade agreements on Saturday in Delhi. Macron and Modi also signed a joint "
                     "declaration on climate.")
    assert len([e for e in events if e.type == "AGREE"]) == 2
