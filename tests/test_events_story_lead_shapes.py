"""Shapes of a news report's lead and body that date its acts (gold9 wave): a deal "sealed" or "clinched"; the lead's own
act in a report of the day it is published (no date in the lead) and the answers to it; a year after a noun's past
participle ("the peace won in 1998") that dates the participle, not the verb before; a plan word inside a quotation
that is not the plan of the telling after it; a body mention dated long before the paper that is no more of the
headline's event. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_helpers import FRIDAY, events_of, the_event

THURSDAY = date(2025, 3, 6)


def test_sealed_and_clinched_deals_are_agreements():
    events = events_of("Lisbon and Rabat sealed a water-sharing accord in Faro on Thursday.\n")
    sealed = the_event(events, "AGREE", "accord", how="mention")
    assert (sealed.date_start, sealed.date_end) == (THURSDAY, THURSDAY)
    clinched = the_event(events_of("Norway and Iceland clinched a fishing pact in Bergen on Thursday.\n"), "AGREE",
                         "pact", how="mention")
    assert clinched.date_start == THURSDAY
    assert not [e for e in events_of("Customs officers sealed the crates in Faro on Thursday.\n") if e.type == "AGREE"]


def test_sealed_deal_in_a_wire_dates_the_sayings_of_its_body():
    events = events_of("Spain and Portugal seal water pact\n\nSpanish Prime Minister Pedro Sanchez and his Portuguese "
                       "counterpart Luis Montenegro sealed a water-sharing pact in Madrid on Thursday.\n\n"
                       "Sanchez told reporters that the text was fair.\n")
    told = the_event(events, "STATEMENT", "told")
    assert (told.date_start, told.date_end) == (THURSDAY, THURSDAY)


def test_same_day_report_dates_its_lead_act_to_the_paper():
    events = events_of("TALLINN - Estonia expelled a Russian diplomat accused of spying, the foreign ministry said.\n\n"
                       "The diplomat must leave within three days.\n")
    expelled = the_event(events, "SANCTION", "expelled")
    assert (expelled.date_start, expelled.date_end, expelled.precision) == (FRIDAY, FRIDAY, "day")
    assert "date_from_story_day" in expelled.flags and "names no date" in expelled.date_derivation


def test_same_day_report_dates_a_lead_told_with_a_light_verb():
    events = events_of("RIGA - Latvian Prime Minister Evika Silina and Estonian Prime Minister Kristen Michal held "
                       "their first joint cabinet session in a decade.\n\nThe two leaders also signed a memorandum "
                       "on border guards.\n")
    held = the_event(events, "CONSULT", "held their first")
    assert (held.date_start, held.date_end) == (FRIDAY, FRIDAY)


def test_lead_act_keeps_its_tense_when_the_lead_is_background_or_perfect():
    events = events_of("TALLINN - Estonia has expelled a Russian diplomat accused of spying.\n\n"
                       "The diplomat must leave within three days.\n")
    expelled = the_event(events, "SANCTION", "expelled")
    assert expelled.date_start != expelled.date_end
    events = events_of("TALLINN - Estonia previously expelled a Russian diplomat accused of spying.\n\n"
                       "The diplomat left within three days.\n")
    assert the_event(events, "SANCTION", "expelled").date_start != FRIDAY


def test_answer_in_a_same_day_report_lies_on_the_paper_day():
    events = events_of("TALLINN - Estonia expelled a Russian diplomat accused of spying, the foreign ministry said.\n\n"
                       "The diplomat must leave within three days. Latvia and Lithuania condemned the spying.\n")
    condemned = the_event(events, "DISAPPROVE", "condemned")
    assert (condemned.date_start, condemned.date_end) == (FRIDAY, FRIDAY)


def test_year_after_a_participle_of_a_plain_noun_dates_no_verb_before_it():
    events = events_of("In Washington, President Joe Biden issued a statement calling it an essential step to "
                       "preserve the peace won in 1998.\n")
    issued = the_event(events, "STATEMENT", "issued")
    assert issued.date_start is None or issued.date_start.year != 1998 or issued.date_end.year != 1998
    assert issued.date_basis != "expression"
    # (a day after it is still the news's: "requested it in a letter sent on Sunday")
    events = events_of("Ukraine requested more air defence in a letter sent on Thursday.\n")
    assert the_event(events, None, "requested").date_start == THURSDAY


def test_plan_word_inside_a_quotation_is_not_the_telling_s():
    events = events_of("Spain and Portugal seal water pact\n\nSpanish Prime Minister Pedro Sanchez and his Portuguese "
                       "counterpart Luis Montenegro sealed a water-sharing pact in Madrid on Thursday.\n\n"
                       "\"We share a river and a future,\" Sanchez told a joint news conference afterwards.\n")
    told = the_event(events, "STATEMENT", "told")
    assert told.status == "occurred"
    summit = the_event(events_of("Pedro Sanchez told reporters in Madrid about a future summit with Portugal.\n"), None,
                       "summit")
    assert summit.status == "planned"  # (a plan word outside quotation marks still tells a plan)


def test_negotiating_before_the_noun_it_qualifies_is_no_negotiation():
    events = events_of("Irish Prime Minister Leo Varadkar thanked both negotiating teams in Dublin on Thursday.\n")
    assert [e.type for e in events] == ["SUPPORT"]
    assert the_event(events_of("Israel was negotiating with Egypt on Thursday.\n"), "CONSULT", "negotiating")


def test_one_sentence_with_a_fronted_occasion_is_no_same_day_report():
    events = events_of("At the meeting, Macron asked Xi to press Russia to end the war.\n\nThe war went on.\n")
    asked = the_event(events, "DEMAND", "asked")
    assert asked.date_start != asked.date_end  # (placed by a meeting the text does not date: only the tense's range)


def test_taking_tea_or_lunch_with_a_leader_is_a_meeting():
    events = events_of("Ursula von der Leyen took tea with King Charles III at Windsor Castle on Thursday.\n")
    tea = the_event(events, "CONSULT", "took tea with")
    assert (tea.date_start, tea.target_actor) == (THURSDAY, "King Charles III")
    assert the_event(events_of("Macron took lunch with Scholz in Paris on Thursday.\n"), "CONSULT", "took lunch")
    assert not [e for e in events_of("The delegates took tea in the lobby on Thursday.\n") if e.type == "CONSULT"]


def test_welcoming_an_outcome_before_urging_leaders_is_support_not_a_reception():
    events = events_of("Kosovo and Serbia agree on EU plan\n\nKosovo and Serbia agreed on Saturday on how to carry out an "
                       "EU plan.\n\nThe State Department welcomed the outcome and urged both leaders to move quickly.\n",
                       date(2025, 3, 9))
    welcomed = the_event(events, None, "welcomed")
    assert welcomed.type == "SUPPORT" and welcomed.mode is None
    # (the leaders right after the verb are still its guests)
    assert the_event(events_of("The Swiss president welcomed the two leaders at the gate on Thursday.\n"), "CONSULT",
                     "welcomed").mode == "host"
