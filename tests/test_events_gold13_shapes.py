"""Shapes the gold13 wave showed (sentences written for these tests): a host who "received him" or "received
both ministers" meets them, as one who "received Netanyahu" does."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event


def test_received_him_is_a_reception():
    events = events_of("The envoy flew to Lisbon on Tuesday. President Rebelo de Sousa received him at the palace.\n")
    received = the_event(events, "CONSULT", "received")
    assert received.mode == "host"
    assert received.date_start == date(2025, 3, 4)


def test_received_both_ministers_is_a_reception():
    events = events_of("The two foreign ministers signed the accord on Thursday. Later, Chancellor Olaf Scholz "
                       "received both ministers at his office.\n")
    assert the_event(events, "CONSULT", "received").mode == "host"


def test_received_a_letter_or_praise_is_no_reception():
    events = events_of("The minister received a letter from Ankara on Thursday.\n"
                       "The plan received broad praise on Wednesday.\n")
    assert not [e for e in events if e.type == "CONSULT" and e.trigger.lower() == "received"]


def test_received_a_quotation_is_no_reception():
    events = events_of('The president said on Thursday that he had received "very good news" from the talks.\n')
    assert not [e for e in events if e.type == "CONSULT"]
    events = events_of('The spokesman said the two leaders would probably meet "in the near future".\n')
    assert the_event(events, "CONSULT", "meet").status == "planned"


def test_months_later_after_a_month_is_that_whole_month():
    events = events_of("In February 2019 the court ruled against the government. Three months later the General "
                       "Assembly passed a resolution demanding that Britain withdraw.\n", date(2024, 10, 4))
    passed = the_event(events, None, "passed")
    assert (passed.date_start, passed.date_end) == (date(2019, 5, 1), date(2019, 5, 31))


def test_that_month_after_the_verb_dates_its_clause():
    events = events_of("The chancellor travelled to Moscow in February 2022 and spoke with Putin by phone that "
                       "December.\n", date(2024, 11, 16))
    spoke = the_event(events, "CONSULT", "spoke")
    assert (spoke.date_start, spoke.date_end) == (date(2022, 12, 1), date(2022, 12, 31))
    travel = the_event(events, "CONSULT", "travelled")
    assert travel.date_start == date(2022, 2, 1)


def test_that_before_a_possessive_day_still_opens_a_clause():
    events = events_of("Erdogan met Putin on Tuesday and said that Friday's talks would go ahead.\n", date(2024, 11, 16))
    assert the_event(events, "CONSULT", "met").date_start == date(2024, 11, 12)



def test_called_the_deal_the_end_of_something_is_a_saying():
    events = events_of("Prime Minister Keir Starmer called the agreement the end of a long dispute on Thursday.\n",
                       date(2024, 10, 4))
    called = the_event(events, None, "called")
    assert called.type != "CONSULT" and called.date_start == date(2024, 10, 3)


def test_called_someone_the_next_day_is_still_a_call():
    events = events_of("Prime Minister Keir Starmer called the French president the next day.\n", date(2024, 10, 4))
    assert the_event(events, None, "called").type == "CONSULT"


def test_a_pope_is_named_by_his_papal_name_after_the_full_title():
    text = ("Pope Francis arrived in Baghdad on Friday.\n\n"
            "Francis signed a declaration with the Grand Imam of Al-Azhar in Abu Dhabi in February 2019.\n")
    signed = the_event(events_of(text, date(2021, 3, 7)), "AGREE", "signed")
    assert signed.source_actor == "Pope Francis"
    assert signed.date_start == date(2019, 2, 1)


def test_a_papal_name_alone_without_the_title_names_no_pope():
    events = events_of("Francis Ngannou signed a contract in Riyadh on Thursday.\n", date(2021, 3, 7))
    assert all(e.source_actor != "Pope Francis" for e in events)
