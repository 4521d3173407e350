"""Acts told inside quotes: a past act in the speaker's own words ("'We have lodged protests,' the spokesman said")
is the speaker's side's act; opinions, threats, future or negated words and acts told of others stay out."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.trigger.lower()) for e in events_of(text, DCT))


def test_we_lodged_protests_is_the_speakers_states_act_dated_by_the_attribution():
    text = ('"We have lodged strong protests with the Indian side," Chinese foreign ministry spokesman '
            'Zhao Lijian told reporters on Tuesday.')
    e = the_event(events_of(text, DCT), "DISAPPROVE", "lodged")
    assert e.source_actor == "China"
    assert e.target_actor == "India"
    assert str(e.date_start) == str(e.date_end) == "2025-03-04"


def test_we_agreed_after_an_attribution_in_the_sentence_before():
    text = ('"The talks were useful," Indian Foreign Minister Subrahmanyam Jaishankar told reporters on Wednesday. '
            '"We agreed with Japan on a new security framework."')
    e = the_event(events_of(text, DCT), "AGREE", "agreed")
    assert e.source_actor == "India"


def test_i_met_is_the_speakers_own_act():
    text = '"I met Wang Yi in Moscow last week," Jaishankar said on Thursday.'
    e = the_event(events_of(text, DCT), "CONSULT", "met")
    assert e.source_actor == "Subrahmanyam Jaishankar"
    assert e.target_actor == "Wang Yi"


def test_an_act_told_of_others_inside_quotes_stays_out():
    text = '"Indian troops attacked our soldiers on Monday," Chinese spokesman Zhao Lijian said on Tuesday.'
    assert not any(e.type in ("ASSAULT", "FIGHT") for e in events_of(text, DCT))


def test_future_negated_and_habitual_first_person_words_stay_out():
    for quote in ("We will never accept sanctions", "We have not agreed to anything",
                  "We have always supported dialogue with Tokyo", "We would have agreed to a truce",
                  "Nothing changes unless we agreed with Japan on a truce"):
        text = f'"{quote}," Chinese spokesman Zhao Lijian said on Tuesday.'
        assert not any(e.type in ("AGREE", "SUPPORT") for e in events_of(text, DCT)), quote


def test_an_unattributed_quote_stays_out():
    text = 'Tensions rose on Tuesday.\n\n"We have lodged strong protests with the Indian side."'
    assert not any(e.type == "DISAPPROVE" for e in events_of(text, DCT))


def test_a_quoted_act_that_neither_the_quote_nor_its_attribution_dates_stays_out():
    text = '"We agreed to keep in touch by phone," Russian Foreign Minister Sergey Lavrov said.'
    assert not any(e.type == "AGREE" for e in events_of(text, DCT))
