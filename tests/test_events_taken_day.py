"""A day the sentence names, taken by one act, shared (or not) by another act of the same sentence: a plan
coordinated with a dated plan or told at a dated occasion to come, and an act a dated saying reports under way
when the day opens the sentence; never a plan after a dated act, a plan of another subject, nor what "before"
sets after the day."""

from datetime import date

from event_helpers import events_of, the_event


def _day(ev) -> date | None:
    return ev.date_start if ev.date_start == ev.date_end else None


def test_a_plan_coordinated_under_one_modal_shares_the_first_plans_day():
    evs = events_of("Russia said on Thursday it would expel 60 American diplomats and close the United States consulate.")
    expel, close = the_event(evs, None, "expel"), the_event(evs, None, "close")
    assert _day(expel) == date(2025, 3, 6)
    assert _day(close) == date(2025, 3, 6) and close.date_basis == "expression"


def test_a_plan_told_at_an_occasion_to_come_shares_its_day():
    ev = the_event(events_of("Modi is expected to meet Putin at a summit in Kazan on Tuesday."), "CONSULT", "meet")
    assert ev.status == "planned" and _day(ev) == date(2025, 3, 11)


def test_two_coordinated_plans_share_the_day_between_them():
    evs = events_of("Macron and Scholz will meet at a ceremony in Paris on Monday and sign the accord.")
    assert _day(the_event(evs, "CONSULT", "meet")) == date(2025, 3, 10)
    assert _day(the_event(evs, "AGREE", "sign")) == date(2025, 3, 10)


def test_a_plan_agreed_on_a_past_day_is_not_held_that_day():
    evs = events_of("The British and French governments agreed on Monday to hold talks in Geneva.")
    talks = the_event(evs, "CONSULT", "talks")
    assert talks.status == "planned" and _day(talks) is None and talks.date_basis == "tense"


def test_a_plan_after_before_is_not_held_on_the_first_plans_day():
    evs = events_of("Kishida will meet Yoon on Sunday before travelling to Washington.")
    assert _day(the_event(evs, "CONSULT", "meet")) == date(2025, 3, 9)
    assert _day(the_event(evs, "CONSULT", "travelling")) is None


def test_a_plan_of_a_new_subject_keeps_its_own_date():
    evs = events_of("Kishida will meet Yoon on Sunday, and Biden will visit Seoul next month.")
    visit = the_event(evs, "CONSULT", "visit")
    assert (visit.date_start, visit.date_end) == (date(2025, 4, 1), date(2025, 4, 30))


def test_a_day_opening_the_sentence_dates_what_the_saying_tells_under_way():
    ev = the_event(events_of("On Monday, Iran said it was suspending cooperation with the IAEA."), None, "suspending")
    assert _day(ev) == date(2025, 3, 3) and ev.date_basis == "expression"
    ev = the_event(events_of("On Monday, the Iranian foreign ministry said that it was suspending cooperation with the IAEA."),
                   None, "suspending")
    assert _day(ev) == date(2025, 3, 3)


def test_a_day_opening_the_sentence_does_not_date_another_actors_act_nor_one_done_before():
    ev = the_event(events_of("On Monday, Iran said Russia was massing troops on the border."), None, "massing")
    assert _day(ev) is None
    ev = the_event(events_of("On Monday, Iran said it had suspended cooperation with the IAEA."), None, "suspended")
    assert _day(ev) is None


def test_a_fronted_occasion_dates_the_main_clause_past_a_relative_clause_on_it():
    text = ("At a meeting in Brussels on Monday, which lasted five hours, EU foreign ministers agreed on new sanctions "
            "against Russia and condemned the attack.")
    evs = events_of(text)
    assert _day(the_event(evs, "AGREE", "agreed")) == date(2025, 3, 3)
    assert _day(the_event(evs, "DISAPPROVE", "condemned")) == date(2025, 3, 3)


def test_a_fronted_sequence_or_a_relative_that_does_not_close_dates_no_main_clause():
    text = "After talks in Brussels on Monday, which lasted five hours, EU foreign ministers agreed on new sanctions against Russia."
    assert _day(the_event(events_of(text), "AGREE", "agreed")) is None
    text = ("At a meeting in Brussels on Monday, which followed weeks of talks that had failed, EU foreign ministers agreed "
            "on new sanctions against Russia.")
    assert _day(the_event(events_of(text), "AGREE", "agreed")) is None


def test_a_plan_told_at_an_occasion_whose_day_is_to_come_shares_that_day():
    ev = the_event(events_of("EU leaders are set to approve the sanctions at a summit in Brussels on Thursday."), "AGREE",
                   "approve")
    assert ev.status == "planned" and _day(ev) == date(2025, 3, 13) and ev.date_basis == "expression"


def test_a_plan_before_or_after_an_occasion_does_not_share_its_day():
    for cue in ("before a summit", "ahead of a summit", "after talks"):
        text = f"EU leaders will approve the sanctions {cue} in Brussels on Thursday."
        assert _day(the_event(events_of(text), "AGREE", "approve")) is None, cue
