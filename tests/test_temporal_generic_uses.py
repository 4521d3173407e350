"""Temporal words that do not refer to a time (titles, generic and discourse uses, rates), and the
vague spans and reported quarters TimeML values in a fixed way. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

DCT = date(2025, 10, 21)  # a Tuesday


def _found(text: str, dct: date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


@pytest.mark.parametrize(
    "text,word",
    [
        ("The talks stalled in the spring. Now, the envoy says, the truce is holding.", "Now"),
        ("Currently, the mission has 300 observers on the ground.", "Currently"),
        ("The crisis shaped the outlook of today's youth.", "today"),
        ("It reflects the views of many of today's young voters.", "today"),
        ("He said the academy trains the diplomats of tomorrow.", "tomorrow"),
        ("The minister spoke on ABC's \"This Week\" about the sanctions.", "This Week"),
        ("The poll was published by USA Today.", "Today"),
        ("Police guard the embassy 24 hours a day.", "a day"),
        ("The ministry expects exports to grow 9% annually.", "annually"),
        ("Average daily output fell to 2 million barrels.", "daily"),
        ("The ceasefire soon collapsed.", "soon"),
        ("The envoy was soon recalled.", "soon"),
        ("Maria Lopez, currently deputy foreign minister, will lead the delegation.", "currently"),
        ("Jan Novak, formerly the bank's chief executive, joined the board.", "formerly"),
        ("Three envoys were expelled, most recently in Lisbon.", "recently"),
        ("The troops will stay in the region for the foreseeable future.", "the foreseeable future"),
    ],
)
def test_temporal_non_temporal_use_untagged(text, word):
    assert word not in _found(text)


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("The ceasefire is now holding, and now, officials say, aid is arriving.", "now", "PRESENT_REF"),
        ("Tomorrow's vote in parliament is expected to be close.", "Tomorrow", "2025-10-22"),
        ("The new tariffs apply as of tomorrow.", "tomorrow", "2025-10-22"),
        ("The results of tomorrow's vote will be known on Thursday.", "tomorrow", "2025-10-22"),
        ("This week the envoy met both sides.", "This week", "2025-W43"),
        ("A decision on the sanctions is expected soon.", "soon", "FUTURE_REF"),
        ("The two leaders speak daily.", "daily", "P1D"),
        ("The shares, currently valued at $4 million, were sold.", "currently", "PRESENT_REF"),
    ],
)
def test_temporal_temporal_use_still_tagged(text, extent, value):
    assert _found(text)[extent][1] == value


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Shelling has intensified in recent weeks.", "recent weeks", "PXW"),
        ("The economy has grown in recent years.", "recent years", "PXY"),
        ("The capital will have to live without power for a while.", "a while", "PXX"),
        ("The peacekeepers are there to stay for a fairly lengthy period.", "a fairly lengthy period", "PXX"),
        ("Over the years, the alliance took in new members.", "the years", "PXY"),
        ("In the years that followed, the rebels regrouped.", "the years", "PXY"),
        ("Exports rose for the first time in years.", "years", "PXY"),
    ],
)
def test_temporal_vague_span_is_duration(text, extent, value):
    assert _found(text)[extent] == ("DURATION", value)


def test_temporal_the_quarter_is_the_quarter_reported():
    """A company reporting its fiscal first quarter: "the quarter" further on is that quarter, even
    after other dates came between; "the 2024 period" is the same quarter a year before."""
    text = ("Orbit Systems said it earned $5 million in the fiscal first quarter. Sales rose to $500 million "
            "for the quarter ended Sept. 29, up from $400 million a year earlier. In the 2024 period, the company "
            "earned $20 million. Earlier this month, the company said it expected to break even for the quarter.")
    found = tag_text(text, date(2025, 10, 26))
    reported = next(t for t in found if t.text == "the fiscal first quarter").value
    quarters = [t.value for t in found if t.text == "the quarter"]
    assert len(quarters) == 2 and set(quarters) == {reported}
    assert next(t for t in found if t.text == "the 2024 period").value == "2024" + reported[4:]


@pytest.mark.parametrize(
    "text,extent,typ,value",
    [
        ("The referendum will be held in three weeks.", "three weeks", "DATE", "2025-W46"),
        ("The ministers will meet again in two days.", "two days", "DATE", "2025-10-23"),
        ("The loan would be repaid in five years.", "five years", "DATE", "2030"),
        ("It was the third attack in two weeks.", "two weeks", "DURATION", "P2W"),
        ("The ceasefire must be agreed within two weeks.", "two weeks", "DURATION", "P2W"),
        ("Inflation rose at the fastest pace in a year.", "a year", "DURATION", "P1Y"),
    ],
)
def test_temporal_in_units_ahead_is_a_date(text, extent, typ, value):
    """"in three weeks" in a clause about the future is that many weeks after the publication date."""
    assert _found(text)[extent] == (typ, value)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The leaders meet at the summit on July 9 and 10.", {"July 9": "2025-07-09", "10": "2025-07-10"}),
        ("Talks are set for Nov. 3-4 in Geneva.", {"Nov. 3": "2025-11-03", "4": "2025-11-04"}),
        ("The exhibition ran from March 5 to 7.", {"March 5": "2025-03-05", "7": "2025-03-07"}),
        ("On March 3 and 4 people were hurt.", {"March 3": "2025-03-03"}),
        ("The court ruled 7-2 on May 5.", {"May 5": "2025-05-05"}),
    ],
)
def test_temporal_second_day_of_a_pair(text, expected):
    """"July 9 and 10": the second day is a date of the same month; a count after a date is not."""
    assert {k: v for k, (_t, v) in _found(text).items()} == expected
