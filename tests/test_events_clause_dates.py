"""Each act takes the date of its own clause (timeline/events/clauses.py): the date line's day dates no event; a year
that modifies a noun or ends a relative clause dates that noun or clause, not the main verb; two coordinated verbs each
keep the day of their own clause; the day told for an offset's event dates that event and the offset counts from it;
and a dated sentence dates its other clauses when nothing else dates them (a day that opens it, a dated saying that
tells what its speaker's side does or is doing)."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

MON = date(2021, 4, 19)
TUE = date(2020, 6, 23)
WED = date(2023, 7, 12)
THU = date(2016, 7, 14)
FRI = date(2023, 6, 23)
SUN = date(2019, 2, 3)


def _days(e) -> tuple[date, date]:
    return e.date_start, e.date_end


@pytest.mark.parametrize(
    "text,dct,trigger,latest",
    [
        ("PRAGUE, April 19, 2021 (Wire) - Russia ordered 20 Czech diplomats to leave, its foreign ministry said on "
         "Sunday.", MON, "ordered", date(2021, 4, 18)),
        ("NEW DELHI, June 23, 2020 (Wire) - India and China agreed to pull back troops from the border, the Indian army "
         "said on Monday.", TUE, "agreed", date(2020, 6, 22)),
        ("BRUSSELS, March 3, 2022 (Wire) - The European Union imposed sanctions on Belarus, officials said on "
         "Wednesday.", date(2022, 3, 3), "imposed", date(2022, 3, 2)),
    ],
)
def test_events_dateline_day_dates_no_event(text, dct, trigger, latest):
    e = the_event(events_of(text, dct), None, trigger)
    assert e.date_end <= latest, (e.date_start, e.date_end, e.date_derivation)


def test_events_dateline_near_miss_a_chronology_entry_still_dates_its_line():
    e = the_event(events_of("June 6, 2020: India and China held talks in Moldo.", TUE), "CONSULT", "talks")
    assert _days(e) == (date(2020, 6, 6), date(2020, 6, 6))


@pytest.mark.parametrize(
    "text,dct,trigger,day",
    [
        ("Russia expelled 20 Czech diplomats on Sunday, a day after Prague expelled 18 Russian embassy staff it said "
         "were linked to explosions at an ammunition depot in 2014.", MON, "prague", date(2021, 4, 17)),
        ("Britain summoned the Iranian ambassador on Tuesday, a day after Tehran arrested two aid workers it said were "
         "involved in protests in 2019.", date(2023, 3, 2), "arrested", date(2023, 2, 27)),
    ],
)
def test_events_year_of_a_relative_clause_does_not_date_the_verb(text, dct, trigger, day):
    events = events_of(text, dct)
    e = next(e for e in events if trigger in (e.trigger + " " + e.summary).lower() and e.date_basis != "none"
             and e.mentions[0].start > 40)
    assert _days(e) == (day, day), (e.summary, e.date_start, e.date_end, e.date_derivation)
    assert not any(f.startswith("contradiction") for ev in events for f in ev.flags)


@pytest.mark.parametrize(
    "text",
    [
        "Prague expelled 18 Russian diplomats in 2014.",
        "Russia was expelled from the council in 2014.",
    ],
)
def test_events_year_of_a_relative_clause_near_miss_its_own_verb_keeps_it(text):
    e = the_event(events_of(text, MON), None, "expelled")
    assert (e.date_start, e.date_end) == (date(2014, 1, 1), date(2014, 12, 31))


@pytest.mark.parametrize(
    "text,dct",
    [
        ("Czechs and Russia trade expulsions over 2014 depot blasts.", MON),
        ("Moscow expelled the envoys over the 2018 poisoning.", MON),
    ],
)
def test_events_year_modifying_a_noun_does_not_date_the_verb(text, dct):
    for e in events_of(text, dct):
        if e.type == "SANCTION":
            assert e.date_end.year == dct.year or e.date_start.year != e.date_end.year, (e.summary, e.date_start)


@pytest.mark.parametrize(
    "text,dct,first,day1,second,day2",
    [
        ("Taiwan rejected the ruling on Tuesday and sent a frigate to the area on Wednesday.", THU,
         "rejected", date(2016, 7, 12), "sent", date(2016, 7, 13)),
        ("Japan condemned the launch on Monday and imposed sanctions on the North on Tuesday.", THU,
         "condemned", date(2016, 7, 11), "imposed", date(2016, 7, 12)),
    ],
)
def test_events_coordinated_verbs_keep_their_own_days(text, dct, first, day1, second, day2):
    events = events_of(text, dct)
    assert _days(the_event(events, None, first)) == (day1, day1)
    assert _days(the_event(events, None, second)) == (day2, day2)


def test_events_coordinated_verbs_near_miss_one_day_dates_both():
    events = events_of("Taiwan rejected the ruling on Tuesday and sent a frigate to the area.", THU)
    assert _days(the_event(events, None, "rejected")) == (date(2016, 7, 12), date(2016, 7, 12))


@pytest.mark.parametrize(
    "text,dct,trigger,day",
    [
        ("Two days after the clash on June 15, Jaishankar told Wang Yi that the attack had been planned.", TUE,
         "told", date(2020, 6, 17)),
        ("A week after the strike on Kyiv on October 10, the allies pledged more air defence.", date(2022, 10, 30),
         "pledged", date(2022, 10, 17)),
    ],
)
def test_events_offset_counts_from_the_day_of_its_event(text, dct, trigger, day):
    e = the_event(events_of(text, dct), None, trigger)
    assert _days(e) == (day, day), e.date_derivation


@pytest.mark.parametrize(
    "text,dct,trigger,day",
    [
        ("On Wednesday, the leaders held a meeting with Zelensky, who then met President Joe Biden.", WED,
         "met", date(2023, 7, 12)),
        ("Biden welcomed Modi on Thursday. A day earlier, India had signed the accords, and the two space agencies "
         "agreed to mount a joint mission next year.", FRI, "agreed", date(2023, 6, 21)),
        ("On Monday, Macron received Scholz at the Elysee and signed a defence pact with him.", date(2023, 1, 25),
         "signed", date(2023, 1, 23)),
    ],
)
def test_events_opening_day_dates_the_other_clauses(text, dct, trigger, day):
    e = the_event(events_of(text, dct), None, trigger)
    assert _days(e) == (day, day), e.date_derivation


@pytest.mark.parametrize(
    "text,dct,trigger",
    [
        # what a saying reports keeps its own time
        ("On Monday, the minister said Russia had shelled the city.", date(2023, 1, 25), "shelled"),
        # another past date in the sentence may be the clause's
        ("On Monday, Iran said it freed the prisoners in May.", date(2023, 7, 25), "freed"),
    ],
)
def test_events_opening_day_near_miss_reported_acts_keep_their_time(text, dct, trigger):
    e = the_event(events_of(text, dct), None, trigger)
    assert (e.date_start, e.date_end) != (date(2023, 1, 23), date(2023, 1, 23)) and e.date_start != date(2023, 7, 24)


@pytest.mark.parametrize(
    "text,dct,trigger,day",
    [
        ("NATO allies said in a statement on Friday that they fully supported the US action.", SUN, "supported",
         date(2019, 2, 1)),
        ("Putin said on Saturday that Russia was suspending the treaty.", SUN, "suspending", date(2019, 2, 2)),
        ("The Kremlin said on Friday that Russia was withdrawing its troops from the border.", SUN, "withdrawing",
         date(2019, 2, 1)),
    ],
)
def test_events_dated_saying_dates_its_side_s_stance_and_act_under_way(text, dct, trigger, day):
    e = the_event(events_of(text, dct), None, trigger)
    assert _days(e) == (day, day), e.date_derivation


def test_events_dated_saying_near_miss_another_side_s_past_act_is_only_bounded():
    e = the_event(events_of("Ukraine said on Friday that Russia had shelled Kharkiv.", SUN), None, "shelled")
    assert e.date_end <= date(2019, 2, 1) and e.date_start < date(2019, 2, 1)


def test_events_saying_day_counts_the_day_to_come_and_the_offset_before_it():
    events = events_of("Putin said on Saturday that Russia was suspending the treaty, a day after the United States "
                       "announced it would pull out.", SUN)
    assert _days(the_event(events, "ANNOUNCE", "announced")) == (date(2019, 2, 1), date(2019, 2, 1))
    events = events_of("Pompeo announced on Friday that Washington would suspend its obligations under the treaty "
                       "from Saturday.", SUN)
    assert _days(the_event(events, "SANCTION", "suspend")) == (date(2019, 2, 2), date(2019, 2, 2))
    assert _days(the_event(events, None, "announced")) == (date(2019, 2, 1), date(2019, 2, 1))


@pytest.mark.parametrize(
    "text,dct,checks,day",
    [
        ("Two days after the clash on June 15, Jaishankar told Wang Yi in a telephone call that the attack had been "
         "planned. Wang urged India to punish those responsible.", TUE,
         (("CONSULT", "call"), ("DEMAND", "urged"), (None, "told")), date(2020, 6, 17)),
        ("A day after the vote on March 3, Blinken spoke with Kuleba by phone. Kuleba urged the allies to send "
         "more air defence.", date(2022, 3, 10), (("CONSULT", "spoke"), ("DEMAND", "urged")), date(2022, 3, 4)),
    ],
)
def test_events_offset_day_dates_its_setting_and_the_next_sentence(text, dct, checks, day):
    events = events_of(text, dct)
    for type_, trigger in checks:
        e = the_event(events, type_, trigger)
        assert _days(e) == (day, day), (e.summary, e.date_start, e.date_end, e.date_derivation)


def test_events_offset_of_an_undated_event_places_its_setting_and_the_next_sentence_alike():
    events = events_of("India and China agreed to pull back, a week after the deadliest clash in decades. Two days after "
                       "the clash, Jaishankar told Wang Yi in a telephone call that the attack had been planned. Wang "
                       "urged India to punish those responsible.", TUE)
    told = the_event(events, None, "told")
    for type_, trigger in (("CONSULT", "call"), ("DEMAND", "urged")):
        e = the_event(events, type_, trigger)
        assert _days(e) == _days(told), (e.summary, e.date_start, e.date_end)
        assert e.date_start >= date(2020, 6, 17), e.date_derivation  # (two days after a clash a week before June 23)


@pytest.mark.parametrize(
    "second",
    [
        "Pashinyan accused Russia of failing to protect the Armenians.",
        "The European Union condemned the escalation.",
    ],
)
def test_events_offset_day_near_miss_an_answer_in_the_next_sentence_is_not_that_day(second):
    events = events_of("Two days after the vote on March 3, Blinken spoke with Kuleba by phone. " + second,
                       date(2022, 3, 10))
    e = next(e for e in events if e.type in ("DISAPPROVE", "STATEMENT") and e.mentions[0].start > 70)
    assert _days(e) != (date(2022, 3, 5), date(2022, 3, 5)), e.date_derivation


@pytest.mark.parametrize(
    "text,dct,type_,trigger,day",
    [
        ("NATO leaders said on Tuesday that Ukraine would be invited to join.\n\nIn their communique, the 31 allies also "
         "agreed to drop the requirement for a membership action plan.", WED, "AGREE", "agreed", date(2023, 7, 11)),
        ("Iran said on Monday it was ready to talk.\n\nIn its statement, the ministry also rejected the sanctions.", WED,
         "REJECT", "rejected", date(2023, 7, 10)),
        ("The EU foreign ministers said on Monday that the talks had failed. In their declaration, the ministers agreed "
         "to extend the sanctions.", WED, "AGREE", "agreed", date(2023, 7, 10)),
    ],
)
def test_events_sentence_opening_on_the_setting_of_a_saying_takes_its_day(text, dct, type_, trigger, day):
    e = the_event(events_of(text, dct), type_, trigger)
    assert _days(e) == (day, day), e.date_derivation


def test_events_setting_near_miss_a_meeting_before_is_no_saying():
    e = the_event(events_of("The ministers met on Tuesday.\n\nIn their statement, the ministers condemned the attack.",
                            WED), "DISAPPROVE", "condemned")
    assert e.date_start != e.date_end, e.date_derivation


def test_events_dated_saying_near_miss_another_side_s_act_under_way_is_not_that_day():
    e = the_event(events_of("Ukraine said on Friday that Russia was massing troops on the border.", SUN), None, "massing")
    assert _days(e) != (date(2019, 2, 1), date(2019, 2, 1)), e.date_derivation
