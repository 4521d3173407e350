"""A saying typed by what its words do (events/said_types.py, constructions._warnings_without_threat): a threat in
an infinitive or after "would", a decision of the speaker's own side announced, a concession said, a warning that
names a risk or condemns; and the readings each rule must leave alone."""

from __future__ import annotations

from event_helpers import events_of


def _said(text: str, trigger: str) -> str:
    """The type of the one event whose trigger is ``trigger`` in ``text``."""
    found = [e for e in events_of(text) if e.trigger.lower() == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events_of(text)]
    return found[0].type


# --- threats -------------------------------------------------------------------------------------------------

def test_would_respond_to_any_attack_is_a_threat():
    assert _said("Iran said on Tuesday it would respond to any attack.", "said") == "THREATEN"


def test_would_respond_to_a_letter_on_a_day_is_no_threat():
    assert _said("Seoul said on Thursday it would respond to the letter next week.", "said") != "THREATEN"


def test_promised_to_respond_at_a_time_of_its_choosing_is_a_threat():
    assert _said("Hamas promised on Monday to respond at a time and place of its choosing.", "promised") == "THREATEN"


def test_promised_that_rights_would_be_guaranteed_is_no_threat():
    text = "Aliyev promised on Monday that the rights of Armenians would be guaranteed."
    assert _said(text, "promised") == "STATEMENT"


def test_sacrifice_not_in_vain_is_a_threat():
    text = "Russia said on Monday that the sacrifice of its soldiers would not be in vain."
    assert _said(text, "said") == "THREATEN"


# --- decisions announced ---------------------------------------------------------------------------------------

def test_own_side_would_launch_a_step_is_an_announcement():
    text = "Japan said on Friday it would launch a dialogue on maritime security with South Korea."
    assert _said(text, "said") == "ANNOUNCE"


def test_own_capital_named_as_the_subject_announces_too():
    assert _said("Japan said on Friday Tokyo would send a delegation to Seoul.", "said") == "ANNOUNCE"


def test_an_addressee_before_the_words_is_skipped():
    text = "Japan told reporters on Friday that it would launch a dialogue on maritime security with South Korea."
    assert _said(text, "told") == "ANNOUNCE"


def test_a_step_refused_is_no_announcement():
    text = "Japan said on Friday it would not launch a dialogue on maritime security with South Korea."
    assert all(e.type != "ANNOUNCE" for e in events_of(text))


def test_another_party_s_step_is_a_forecast_not_an_announcement():
    text = "Japan said on Friday Russia would send more troops to the border."
    assert all(not (e.type == "ANNOUNCE" and e.trigger == "said") for e in events_of(text))


def test_would_hold_talks_is_the_talks_own_event_not_a_threat_nor_an_announcement():
    events = events_of("Japan said on Friday it would hold talks with South Korea.")
    said = [e for e in events if e.trigger == "said"]
    assert all(e.type not in ("THREATEN", "ANNOUNCE") for e in said)
    assert any(e.type == "CONSULT" and e.status == "planned" for e in events)


def test_a_step_the_words_do_not_list_is_no_announcement():
    assert _said("Japan said on Friday it would consider the request.", "said") == "STATEMENT"


# --- concessions said ----------------------------------------------------------------------------------------------

def test_said_it_would_compensate_is_a_concession():
    assert _said("Serbia said on Tuesday it would compensate the families.", "said") == "CONCEDE"


def test_said_it_was_ready_to_compensate_is_a_concession():
    assert _said("Serbia said on Tuesday it was ready to compensate the families.", "said") == "CONCEDE"


def test_ready_to_help_gives_nothing_up():
    assert _said("Serbia said on Tuesday it was ready to help Kosovo.", "said") != "CONCEDE"


def test_a_concession_told_by_its_own_verb_stays_that_event():
    events = events_of("China said on Tuesday it would lift anti-dumping duties on Australian barley.")
    assert any(e.type == "CONCEDE" and e.trigger.startswith("lift") for e in events)
    assert all(not (e.type == "CONCEDE" and e.trigger == "said") for e in events)


# --- warnings --------------------------------------------------------------------------------------------------------

def test_warning_of_playing_with_fire_is_a_threat():
    assert _said("China warned on Monday that Washington was playing with fire.", "warned") == "THREATEN"


def test_warning_of_grave_risks_is_a_threat():
    text = "Russia warned on Monday that the deliveries carried grave risks for the West."
    assert _said(text, "warned") == "THREATEN"


def test_warning_that_condemns_is_a_disapproval():
    assert _said("China warned on Monday that the deployment was a provocation.", "warned") == "DISAPPROVE"


def test_warning_with_nothing_done_nor_condemned_stays_a_statement():
    text = "China warned on Monday that there was no room for compromise on Taiwan."
    assert _said(text, "warned") == "STATEMENT"
