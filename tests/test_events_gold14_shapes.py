"""Shapes the gold14 wave showed (sentences written for these tests): reductions told with a name set off by
commas or with a phrasal verb ("called its envoy, Jane Doe, home", "pulled all its diplomats out of"), quitting a
forum, freezing trade; "the first visit ... in 41 years" is a span in a future clause too; a day of a month just
told with its year ("in early March 2016 ... on March 5") takes that year."""

from __future__ import annotations

from datetime import date

from event_helpers import events_of, the_event

from timeline.temporal import tag_text


def test_recalled_home_with_the_envoys_name_between_commas():
    events = events_of("Peru called its ambassador, Maria Fuentes, home for consultations on Tuesday.\n")
    assert the_event(events, "SANCTION", "called").date_start == date(2025, 3, 4)


def test_a_name_between_commas_makes_no_object_of_its_own():
    events = events_of("The minister called his predecessor, Jan Novak, a friend of the country on Tuesday.\n")
    assert not [e for e in events if e.type == "SANCTION"]


def test_pulling_diplomats_out_reduces_relations():
    events = events_of("Chile pulled all its remaining diplomats out of Caracas on Monday.\n")
    assert the_event(events, "SANCTION", "pulled").date_start == date(2025, 3, 3)


def test_quitting_a_forum_is_a_retreat():
    events = events_of("Estonia quit the regional cooperation forum that Beijing had founded on Monday.\n")
    assert the_event(events, "RETREAT", "quit")


def test_freezing_trade_reduces_relations_and_freezing_a_plan_does_not():
    events = events_of("Riyadh froze all new trade and investment with Ottawa on Monday.\n")
    assert the_event(events, "SANCTION", "froze")
    events = events_of("The council froze the hiring plan on Monday.\n")
    assert not [e for e in events if e.type == "SANCTION"]


def test_first_visit_in_decades_is_no_date_ahead():
    events = events_of("In Madrid, on the first visit by a Brazilian president to Spain in 41 years, Lula is due "
                       "to hold talks with Pedro Sanchez.\n", date(2025, 3, 5))
    talks = the_event(events, "CONSULT", "talks")
    assert talks.status == "planned"
    assert talks.date_start is None or talks.date_start.year < 2030
    assert tag_text("It will be the largest drill in a decade.", date(2025, 3, 5))[0].type == "DURATION"
    assert tag_text("The first review will be held in two years.", date(2025, 3, 5))[0].value == "2027"


def test_a_day_of_the_month_just_told_takes_its_year():
    events = events_of("The quarrel began in early March 2016, when Oslo criticised the verdict.\n\nMinsk reacted "
                       "on March 5 by expelling the Norwegian ambassador.\n", date(2023, 5, 25))
    expelled = the_event(events, "SANCTION", "expelling")
    assert expelled.date_start == date(2016, 3, 5)


def test_a_month_naming_a_thing_lends_no_year_to_a_day():
    events = events_of("The deal followed the March 2016 ceasefire. Minsk expelled the Norwegian ambassador on "
                       "March 5.\n", date(2023, 5, 25))
    expelled = the_event(events, "SANCTION", "expelled")
    assert expelled.date_start == date(2023, 3, 5)


def test_a_verb_after_and_and_an_aside_shares_the_subject():
    events = events_of("Peru expelled the Bolivian ambassador on Monday. It closed its border with Bolivia and, in "
                       "the following days, suspended all flights to La Paz.\n")
    suspended = the_event(events, "SANCTION", "suspended")
    assert suspended.source_actor == "Peru"


def test_filing_a_complaint_or_bringing_a_case_is_disapproval():
    events = events_of("Chile filed a complaint against Argentina at the World Trade Organization on Monday.\n")
    filed = the_event(events, "DISAPPROVE", "filed")
    assert (filed.source_actor, filed.target_actor) == ("Chile", "Argentina")
    events = events_of("Peru brought a case against Chile at the International Court of Justice on Tuesday.\n")
    assert the_event(events, "DISAPPROVE", "brought").date_start == date(2025, 3, 4)
    events = events_of("The lawyer filed the papers with the court on Monday.\n")
    assert not [e for e in events if e.type == "DISAPPROVE"]


def test_an_open_question_tells_no_act_and_a_why_question_keeps_its_own():
    events = events_of("Who is backing Lithuania?\n\nWill Biden meet Xi next week?\n\nBiden met Xi on Monday.\n")
    assert [e.trigger for e in events] == ["met"]
    events = events_of("Why did Riyadh expel the Canadian ambassador on Monday?\n")
    assert the_event(events, "SANCTION", "expel")


def test_a_gerund_subject_names_a_kind_of_act_not_one_done():
    events = events_of("The deputy minister Anna Nowak said on Monday that putting pressure on Poland in "
                       "international forums and filing complaints with international bodies were not the right way "
                       "to settle differences.\n")
    assert not [e for e in events if e.type in ("DEMAND", "DISAPPROVE")]
    events = events_of("The minister said on Monday that Kyiv was putting pressure on Warsaw.\n")
    assert the_event(events, "DEMAND", "pressure")


def test_awarding_an_order_honours_and_awarding_a_contract_does_not():
    events = events_of("Macron awarded Lula the Order of Merit on Tuesday.\n")
    assert the_event(events, "SUPPORT", "awarded").date_start == date(2025, 3, 4)
    events = events_of("The ministry awarded the contract to a French firm on Monday.\n")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_the_day_before_that_counts_from_the_date_just_told():
    events = events_of("Lima summoned the Ecuadorian envoy on Wednesday.\n\nThe row flared on Tuesday, when Quito "
                       "criticised Lima. The day before that, Peru had recalled its ambassador from Quito.\n",
                       date(2025, 3, 6))
    assert the_event(events, "SANCTION", "recalled").date_start == date(2025, 3, 3)


def test_calls_counted_after_in_take_the_parties_of_their_clause():
    events = events_of("Joly discussed the normalisation with her Saudi counterpart, Prince Faisal bin Farhan, in "
                       "several calls in March.\n", date(2023, 5, 25))
    calls = the_event(events, "CONSULT", "calls")
    assert {"Mélanie Joly", "Faisal bin Farhan"} <= set(calls.actors)
    assert calls.mode == "phone"
