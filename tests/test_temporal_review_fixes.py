"""Fixes found by an analyst and a reviewer: spans of a century ago, years counted from the publication
date, attributions after a scheduled present, planned days in a past-tense paragraph, dated sections."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TUE = date(2025, 10, 21)  # a Tuesday
MON = date(2025, 10, 20)  # a Monday
THU = date(2025, 10, 23)  # a Thursday


def _one(text: str, dct: date | None, extent: str):
    found = [t for t in tag_text(text, dct) if t.text == extent]
    assert len(found) == 1, [(t.text, t.value) for t in tag_text(text, dct)]
    return found[0]


# --- 1. "a quarter of a century ago": a year, as "25 years ago" is --------------------------------


@pytest.mark.parametrize(
    ("text", "extent", "value", "mod"),
    [
        ("The two countries signed the border treaty a quarter of a century ago.", "a quarter of a century ago", "2000", None),
        ("The monarchy was abolished half a century ago.", "half a century ago", "1975", None),
        ("The dispute began more than half a century ago.", "more than half a century ago", "1975", "MORE_THAN"),
        ("About a quarter of a century ago, the two armies last clashed.", "About a quarter of a century ago", "2000", "APPROX"),
        ("The embassy closed a quarter-century ago.", "a quarter-century ago", "2000", None),
        ("The islands were seized a half-century ago.", "a half-century ago", "1975", None),
    ],
)
def test_temporal_century_fractions_ago_name_the_year_before_the_reference(text, extent, value, mod):
    t = _one(text, TUE, extent)
    assert (t.type, t.value, t.mod, t.anchored_to) == ("DATE", value, mod, "dct")


def test_temporal_century_fractions_ago_count_from_the_year_in_a_narrative():
    t = _one("The republic was founded in 1950. The civil war had ended a quarter of a century ago.", None,
             "a quarter of a century ago")
    assert t.value == "1925"


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The ceasefire has held for a quarter of a century.", "a quarter of a century", "P25Y"),
        ("He has ruled the country for a quarter-century.", "a quarter-century", "P25Y"),  # not "a quarter" (P1Q)
        ("It ended a half century of isolation.", "a half century", "P50Y"),
    ],
)
def test_temporal_century_fractions_without_ago_stay_durations(text, extent, value):
    t = _one(text, TUE, extent)
    assert (t.type, t.value) == ("DURATION", value)


def test_temporal_century_fractions_are_not_the_quarter_of_a_report():
    # "the quarter" of an earnings report is the quarter in focus; "the quarter-century-old" is no quarter
    assert [t.value for t in tag_text("The talks ended the quarter-century-old dispute.", TUE)] == []


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("The state was founded in 1948. Half a century later, the two sides signed a peace treaty.", "Half a century later", "1998"),
        ("The border was closed in 1990. A quarter of a century earlier, the armies had fought there.",
         "A quarter of a century earlier", "1965"),
    ],
)
def test_temporal_century_fractions_later_count_from_the_year_just_told(text, extent, value):
    t = _one(text, TUE, extent)
    assert (t.type, t.value) == ("DATE", value)
    assert t.anchored_to.startswith("timex:")


# --- 2. a month, season, holiday or day with "this / last / next year": anchored to the reference -----


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("Parliament ratified the treaty in early October this year.", date(2025, 12, 2), "early October this year", "2025-10"),
        ("The offensive began in late August last year.", date(2025, 3, 2), "late August last year", "2024-08"),
        ("Elections are due in May next year.", TUE, "May next year", "2026-05"),
        ("It was agreed in June last year.", TUE, "June last year", "2024-06"),
        ("The deal was signed on March 5 last year.", TUE, "March 5 last year", "2024-03-05"),
        ("Parliament voted on 14 October this year.", date(2025, 12, 2), "14 October this year", "2025-10-14"),
        ("The treaty takes effect on January 1 next year.", TUE, "January 1 next year", "2026-01-01"),
        ("The talks began on Monday, March 3 last year.", TUE, "Monday, March 3 last year", "2024-03-03"),
        ("Food prices soared in the summer of last year.", TUE, "the summer of last year", "2024-SU"),
        ("A referendum is planned for the spring of next year.", TUE, "the spring of next year", "2026-SP"),
        ("The president visited the troops at Christmas last year.", date(2025, 3, 10), "Christmas last year", "2024-12-25"),
        ("Talks broke down in the second half of last year.", TUE, "the second half of last year", "2024-H2"),
        ("Exports fell in the third quarter of last year.", TUE, "the third quarter of last year", "2024-Q3"),
    ],
)
def test_temporal_relative_year_after_a_period_is_anchored_to_the_publication_date(text, dct, extent, value):
    t = _one(text, dct, extent)
    assert t.value == value
    assert t.anchored_to == "dct"
    assert "publication date" in t.derivation and "fully specified" not in t.derivation


def test_temporal_relative_year_after_a_month_without_a_reference_is_unresolved():
    # a narrative with no date before it: nothing to count "last year" from
    t = _one("It was agreed in June last year.", None, "June last year")
    assert t.anchored_to == "unresolved" and t.value.startswith("XXXX")


def test_temporal_relative_year_after_a_month_in_a_narrative_counts_from_the_last_date():
    t = _one("The talks failed in 2019. They resumed in June last year.", None, "June last year")
    assert t.value == "2018-06"
    assert t.anchored_to.startswith("timex:")


# --- 3. a trailing attribution does not make a scheduled present past -------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("The conference opens on Wednesday in Geneva, the UN said.", MON, "Wednesday", "2025-10-22"),
        ("The talks resume on Monday, officials said.", THU, "Monday", "2025-10-27"),
        ("The talks resume on Monday, officials said.", MON, "Monday", "2025-10-20"),  # the day itself
        ("The summit begins Friday, the Kremlin said.", MON, "Friday", "2025-10-24"),
        ("The conference opens on Wednesday, the UN says.", THU, "Wednesday", "2025-10-29"),
        ("Officials said the talks resume on Thursday.", MON, "Thursday", "2025-10-23"),
        ("The delegations meet in Doha on Saturday, a diplomat told Reuters.", THU, "Saturday", "2025-10-25"),
        ("Negotiators return to Istanbul on November 3, the ministry said.", date(2025, 10, 30), "November 3", "2025-11-03"),
    ],
)
def test_temporal_attributed_scheduled_present_takes_the_coming_day(text, dct, extent, value):
    t = _one(text, dct, extent)
    assert t.value == value
    assert "scheduled" in t.derivation


@pytest.mark.parametrize(
    ("text", "dct", "extent", "value"),
    [
        ("The talks resumed on Monday, officials said.", THU, "Monday", "2025-10-20"),
        ("The conference opened on Wednesday in Geneva, the UN said.", MON, "Wednesday", "2025-10-15"),
        ("The talks had resumed on Monday, officials said.", THU, "Monday", "2025-10-20"),
        ("Ministers met on Wednesday, the UN said.", MON, "Wednesday", "2025-10-15"),
    ],
)
def test_temporal_attributed_past_stays_past(text, dct, extent, value):
    assert _one(text, dct, extent).value == value


# --- 4. a planned day inside a past-tense paragraph --------------------------------------------------

FRI = date(2025, 1, 17)  # a Friday

TRUCE = (
    "Israel's security cabinet met on Friday to review the ceasefire deal, after a delay that the prime "
    "minister blamed on Hamas. On Thursday, his office said Hamas had reneged on parts of the agreement "
    "reached on Wednesday in Doha.\n\n"
    "The White House said it expected the first hostages to be released on Sunday, as planned. The "
    "secretary of state said he was confident the deal would go ahead.\n\n"
    "Speaking late on Thursday, Qatar's prime minister said the truce would take effect on Sunday, January 19. "
    "He said the first phase would last six weeks.\n"
)


@pytest.mark.parametrize(
    ("extent", "value"),
    [
        ("Friday", "2025-01-17"),
        ("Thursday", "2025-01-16"),
        ("Wednesday", "2025-01-15"),
        ("Sunday", "2025-01-19"),  # expected to be released: planned, ahead, after past-tense sentences
        ("late on Thursday", "2025-01-16"),
        ("Sunday, January 19", "2025-01-19"),
    ],
)
def test_temporal_planned_day_in_a_past_tense_paragraph(extent, value):
    assert _one(TRUCE, FRI, extent).value == value


@pytest.mark.parametrize(
    "text",
    [
        "He said the truce would take effect on Sunday, January 19.",
        "Hamas had accused Israel of delays. He said the truce would take effect on Sunday, January 19.",
        "The cabinet met on January 16. He said on Thursday the truce would take effect on Sunday, January 19.",
    ],
)
def test_temporal_future_in_reported_speech_takes_the_coming_day(text):
    assert _one(text, FRI, "Sunday, January 19").value == "2025-01-19"


def test_temporal_expected_release_on_sunday_after_an_earlier_date_line_of_a_truce():
    text = ("The truce takes effect on Sunday, January 19, mediators said. Hamas had accused Israel of delays. "
            "The White House said it expected the first hostages to be released on Sunday.")
    assert _one(text, FRI, "Sunday").value == "2025-01-19"


# --- 5. dated sections: the date line is the date in focus where its section opens ------------------

CHRONOLOGY = (
    "How the talks unfolded\n\n"
    "## March 3, 2024\n\n"
    "The envoy arrived in Doha and met the emir.\n\n"
    "## March 5, 2024\n\n"
    "That day, the envoy met Egypt's foreign minister. The next day he returned to Washington.\n\n"
    "## March 8, 2024\n\n"
    "The next day, talks resumed in Cairo. Earlier that day, the envoy met the emir again.\n"
)


@pytest.mark.parametrize(
    ("nth", "extent", "value", "line"),
    [
        (0, "That day", "2024-03-05", "March 5, 2024"),  # the date line's own day
        (1, "The next day", "2024-03-09", "March 8, 2024"),  # the day after the date line, not after March 6
    ],
)
def test_temporal_sections_first_sentence_counts_from_the_date_line(nth, extent, value, line):
    timexes = tag_text(CHRONOLOGY, date(2024, 3, 12))
    t = [x for x in timexes if x.text == extent][nth]
    heading = next(x for x in timexes if x.text == line)
    assert t.value == value
    assert t.anchored_to == f"timex:{heading.start}"
    assert f"the date line '{line}'" in t.derivation


def test_temporal_sections_next_day_after_a_date_line_may_follow_it_but_not_the_publication():
    timexes = tag_text(CHRONOLOGY, date(2024, 3, 12))
    within = [x for x in timexes if x.text == "The next day"]
    assert within[0].value == "2024-03-06"  # after "That day" (March 5): before the page was published
    # published on March 8 itself: a past "next day" after the March 8 date line cannot have happened yet
    late = [x for x in tag_text(CHRONOLOGY, date(2024, 3, 8)) if x.text == "The next day"]
    assert late[1].value.startswith("XXXX") and late[1].anchored_to == "unresolved"
    assert "date line 'March 8, 2024'" in late[1].derivation
