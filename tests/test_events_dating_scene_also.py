"""A paragraph that opens on a further act of the scene just told ("The two leaders also agreed ..."), by those who
acted at the end of the paragraph before, with no date of its own, takes that paragraph's day, even past the few
sentences a day carries over within one paragraph. Not without "also", not with "had", not a date of its own, and not
when the paragraph before told other actors."""

from datetime import date

from event_helpers import events_of, the_event

DCT = date(2025, 6, 6)  # a Friday
TUESDAY = date(2025, 6, 3)

SCENE = ("North Korea fired a ballistic missile into the sea on Thursday, Japanese officials said.\n\n"
         "Japanese Prime Minister Fumio Kishida arrived in Seoul on Tuesday. He sat down with President Yoon Suk Yeol "
         "at the presidential office. At a joint news conference, Kishida praised South Korea. Yoon thanked Kishida "
         "for his visit.\n\n")


def test_events_also_goes_on_with_the_scene():
    e = the_event(events_of(SCENE + "The two leaders also agreed to resume security talks.", DCT), "AGREE", "agreed")
    assert (e.date_start, e.date_end) == (TUESDAY, TUESDAY), e.date_derivation


def test_events_without_also_a_new_paragraph_is_not_the_scene():
    e = the_event(events_of(SCENE + "The two leaders agreed to resume security talks.", DCT), "AGREE", "agreed")
    assert e.date_start != TUESDAY or e.date_end != TUESDAY, e.date_derivation


def test_events_also_with_had_is_background():
    e = the_event(events_of(SCENE + "The two leaders had also agreed to resume security talks.", DCT), "AGREE",
                  "agreed")
    assert e.date_start != TUESDAY or e.date_end != TUESDAY, e.date_derivation


def test_events_also_with_a_date_of_its_own_keeps_it():
    e = the_event(events_of(SCENE + "The two leaders also agreed in 2019 to resume security talks.", DCT), "AGREE",
                  "agreed")
    assert e.date_start == date(2019, 1, 1), e.date_derivation


def test_events_also_of_other_actors_is_not_the_scene():
    e = the_event(events_of(SCENE + "Russia also criticised NATO.", DCT), "DISAPPROVE", "criticised")
    assert e.date_start != TUESDAY or e.date_end != TUESDAY, e.date_derivation
