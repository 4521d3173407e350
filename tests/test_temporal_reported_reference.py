"""Which date an expression counts from on fresh news: a bare month said in a later sentence than a historic year
(the publication date's, by tense, unless the story of that year goes on), "a day earlier" after a day and a month
named in passing, an offset whose event is told with its day ("two days after the clash on June 15"), and a weekday
to come in what a dated saying reports ("announced on Friday that it would act from Saturday")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

SUN = date(2019, 2, 3)  # a Sunday
WED = date(2023, 7, 12)  # a Wednesday
TUE = date(2020, 6, 23)  # a Tuesday


def _one(text: str, extent: str, dct: date):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        # a saying of the news, in a later sentence: the month before the publication date
        ("The treaty was signed in 1987 by the two leaders. The president first said in October that he would leave it.",
         "October", SUN, "2018-10"),
        ("The accord was reached in 2015. Washington announced in May that it would withdraw from it.",
         "May", date(2018, 7, 3), "2018-05"),
        ("Moscow annexed Crimea in 2014. The Kremlin said again in March that the matter was closed.",
         "March", date(2025, 10, 21), "2025-03"),
        # the story of that year goes on (a fronted month, or an act that is no saying): the year told
        ("In 2022, Russia invaded Ukraine. In September, it annexed four regions.", "September", date(2025, 10, 21),
         "2022-09"),
        ("Russia annexed Crimea in March 2014. Fighting broke out in the Donbas in April.", "April", date(2025, 10, 21),
         "2014-04"),
        ("The treaty was signed in 1987. In December, the two leaders said it would enter into force.", "December", SUN,
         "1987-12"),
        # in the sentence of the year itself: that year
        ("The treaty was signed in 1987, and Gorbachev said in December that it was historic.", "December", SUN,
         "1987-12"),
    ],
)
def test_temporal_bare_month_of_a_later_saying_counts_from_the_publication_date(text, extent, dct, value):
    assert _one(text, extent, dct).value == value


@pytest.mark.parametrize(
    "text,extent,dct,day",
    [
        ("Erdogan met Biden on Tuesday, their first meeting since his re-election in May. The White House said a day "
         "earlier that the sale would go ahead.", "a day", WED, date(2023, 7, 10)),
        ("The ministers met on Friday, their first talks since March. Two days later, the envoys signed the accord.",
         "Two days", WED, date(2023, 7, 9)),
        ("Kyiv was hit on Monday, the worst strike since 2022. A day later, the allies pledged more air defence.",
         "A day", WED, date(2023, 7, 11)),
    ],
)
def test_temporal_day_offset_counts_from_the_day_told_not_a_month_in_passing(text, extent, dct, day):
    tx = _one(text, extent, dct)
    assert (tx.earliest, tx.latest) == (day, day), tx.derivation


def test_temporal_day_offset_after_a_month_alone_claims_no_day():
    tx = _one("Prices rose in May. A day later, the bank acted.", "A day", WED)
    assert (tx.earliest, tx.latest) != (date(2023, 5, 2), date(2023, 5, 2))
    assert tx.earliest is None or tx.earliest != tx.latest


@pytest.mark.parametrize(
    "text,extent,dct,day",
    [
        ("Two days after the clash on June 15, the minister called his counterpart.", "Two days", TUE, date(2020, 6, 17)),
        ("A week after Russia's missile strike on Kyiv on Oct. 10, the ministers met.", "A week", date(2022, 10, 30),
         date(2022, 10, 17)),
        ("The envoys met three days after the vote on March 3.", "three days", date(2022, 10, 30), date(2022, 3, 6)),
    ],
)
def test_temporal_offset_counts_from_the_day_told_for_its_event(text, extent, dct, day):
    tx = _one(text, extent, dct)
    assert (tx.earliest, tx.latest) == (day, day), tx.derivation


@pytest.mark.parametrize(
    "text",
    [
        # the day set off by commas is the main clause's own, not the clash's
        "Two days after the clash, on June 15, the ministers met.",
        # the day belongs to a plan inside the anchoring clause
        "Two days after the talks that had been planned for June 15 collapsed, they met.",
    ],
)
def test_temporal_offset_keeps_its_event_when_the_day_is_not_that_event_s(text):
    tx = _one(text, "Two days", TUE)
    assert tx.anchored_to == "event" and tx.earliest is None


@pytest.mark.parametrize(
    "text,extent,dct,value",
    [
        ("Pompeo announced on Friday that Washington would suspend its obligations from Saturday.", "Saturday", SUN,
         "2019-02-02"),
        ("The ministry said on Monday that talks would resume on Tuesday.", "Tuesday", date(2025, 10, 22), "2025-10-21"),
        ("The ministry said late on Monday that the talks will resume on Thursday.", "Thursday", date(2025, 10, 22),
         "2025-10-23"),
        # no saying with a day before it: the publication date's coming one
        ("The ministry spoke on Monday. Talks will resume on Tuesday.", "Tuesday", date(2025, 10, 22), "2025-10-28"),
        ("The minister will travel to Paris on Friday.", "Friday", date(2025, 10, 22), "2025-10-24"),
    ],
)
def test_temporal_weekday_to_come_in_a_dated_saying_counts_from_its_day(text, extent, dct, value):
    assert _one(text, extent, dct).value == value
