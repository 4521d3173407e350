"""Phrases of diplomatic news the engine resolves the TimeML way: parts of the day in focus, relative
days, vague offsets, days after a coarse date, spans ending in a month, days of an occasion."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag_text

TUE = date(2025, 10, 21)  # a Tuesday


def _one(text: str, extent: str, dct: date = TUE):
    found = {t.text: t for t in tag_text(text, dct)}
    assert extent in found, f"{extent!r} not tagged in {text!r}: {list(found)}"
    return found[extent]


# --- 1. parts of the day in focus -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,typ,value,anchored",
    [
        # the day told just before, not the publication date
        ("Putin met Erdogan in Sochi on Monday. Earlier in the day, he spoke to Macron by phone.", "Earlier in the day", "DATE", "2025-10-20", "timex"),
        ("The ministers met in Geneva on Thursday. Later in the day, they issued a joint statement.", "Later in the day", "DATE", "2025-10-16", "timex"),
        ("Russia struck Kyiv on Sunday. In the morning, air raid sirens sounded across the city.", "the morning", "TIME", "2025-10-19TMO", "timex"),
        ("Talks in Doha resumed on Saturday. Hamas envoys arrived in the evening.", "the evening", "TIME", "2025-10-18TEV", "timex"),
        # "agreed late on Saturday ... told reporters shortly before midnight": Saturday's midnight
        ("Negotiators agreed late on Saturday, and Lavrov told reporters shortly before midnight that the deal held.",
         "midnight", "TIME", "2025-10-18T24:00", "timex"),
        ("The envoys reached Doha on Saturday and talked late at night.", "late at night", "TIME", "2025-10-18TNI", "timex"),
        # no day told: the publication date (future clause: that day itself)
        ("Blinken will fly to Kyiv later in the day.", "later in the day", "DATE", "2025-10-21", "dct"),
        ("The Security Council will meet in the afternoon in New York.", "the afternoon", "TIME", "2025-10-21TAF", "dct"),
        # "overnight": the night before the day in focus; ahead in a future clause
        ("Russia attacked Kyiv with drones overnight, officials said.", "overnight", "TIME", "2025-10-20TNI", "dct"),
        ("Markets fell in Moscow on Friday. Shares were hit by overnight losses in New York.", "overnight", "TIME", "2025-10-16TNI", "timex"),
        ("Negotiators in Geneva will keep talking overnight.", "overnight", "TIME", "2025-10-21TNI", "dct"),
        # clock times said with a part of day
        ("The drone attack on Odesa began at 4 in the morning, the governor said.", "4 in the morning", "TIME", "2025-10-21T04:00", "dct"),
        ("The vote in the Rada will take place at 3 in the afternoon.", "3 in the afternoon", "TIME", "2025-10-21T15:00", "dct"),
        ("The talks in Doha ended on Saturday at 11 o'clock at night.", "11 o'clock at night", "TIME", "2025-10-18T23:00", "timex"),
    ],
)
def test_temporal_news_phrases_part_of_day_in_focus(text, extent, typ, value, anchored):
    tx = _one(text, extent)
    assert (tx.type, tx.value) == (typ, value), tx.derivation
    assert tx.anchored_to.startswith(anchored)
    assert tx.earliest == tx.latest == date.fromisoformat(value[:10])
    assert ("the day in focus" in tx.derivation) == (anchored == "timex")


def test_temporal_news_phrases_focus_is_not_a_day_told_long_before():
    text = ("Putin met Erdogan in Sochi on Monday. The Kremlin gave no details. Turkey said nothing. "
            "Ankara stayed silent. Russian drones struck Odesa overnight, officials said.")
    assert _one(text, "overnight").value == "2025-10-20TNI"  # the night before publication, not Sunday's


@pytest.mark.parametrize(
    "text,extent,typ,value",
    [
        ("The vote in Tbilisi was held on Monday. The night before, protesters gathered outside parliament.", "The night before", "TIME", "2025-10-19TNI"),
        ("The vote in Tbilisi was held on Monday. The morning after, protesters gathered again.", "The morning after", "TIME", "2025-10-21TMO"),
        ("The ceasefire began on May 2, 2024, and talks had failed the day before.", "the day before", "DATE", "2024-05-01"),
    ],
)
def test_temporal_news_phrases_part_of_day_before_after(text, extent, typ, value):
    tx = _one(text, extent)
    assert (tx.type, tx.value) == (typ, value), tx.derivation


def test_temporal_news_phrases_overnight_into_a_weekday():
    found = {t.text: t for t in tag_text("Russia attacked Kyiv with drones overnight into Sunday, officials said.", TUE)}
    assert (found["overnight"].value, found["Sunday"].value) == ("2025-10-18TNI", "2025-10-19")


def test_temporal_news_phrases_focus_is_the_last_day_told():
    # a coarser date told in between ("by the end of the year") does not move the day in focus
    text = ("Biden hosted the leaders of Japan and South Korea at Camp David on Friday. It was their first "
            "stand-alone summit. They pledged to hold exercises by the end of the year. At a joint news "
            "conference in the afternoon, Biden praised both leaders.")
    tx = _one(text, "the afternoon", date(2023, 8, 19))
    assert (tx.value, tx.anchored_to) == ("2023-08-18TAF", f"timex:{text.index('Friday')}"), tx.derivation


def test_temporal_news_phrases_focus_keeps_to_the_tense():
    # a future day just told is no focus for a past clause
    text = "Talks will resume in Geneva on Friday. Drones struck Kharkiv in the morning, the mayor said."
    tx = _one(text, "the morning")
    assert (tx.value, tx.anchored_to) == ("2025-10-21TMO", "dct")


@pytest.mark.parametrize(
    "text",
    [
        "The central bank left the overnight rate unchanged.",
        "He reads the summit coverage in the morning papers.",
        "Lavrov met Blinken on the sidelines of the G20 summit.",
    ],
)
def test_temporal_news_phrases_no_time_tagged(text):
    assert tag_text(text, TUE) == ()


def test_temporal_news_phrases_earlier_in_the_day_mod():
    assert _one("Putin met Erdogan on Monday. Earlier in the day, he spoke to Macron.", "Earlier in the day").mod == "START"
    assert _one("Blinken will fly to Kyiv later in the day.", "later in the day").mod == "END"


# --- 2. relative days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest",
    [
        ("The summit will open in Doha the day after tomorrow.", "the day after tomorrow", "2025-10-23", "2025-10-23", "2025-10-23"),
        ("The envoy arrived in Geneva the day before yesterday.", "the day before yesterday", "2025-10-19", "2025-10-19", "2025-10-19"),
        ("The next round in Istanbul is planned for the week after next.", "the week after next", "2025-W45", "2025-11-03", "2025-11-09"),
        ("The ceasefire in Gaza collapsed the weekend before last.", "the weekend before last", "2025-W41-WE", "2025-10-11", "2025-10-12"),
        ("Parliament in Kyiv voted on it the year before last.", "the year before last", "2023", "2023-01-01", "2023-12-31"),
        ("Talks in Geneva will resume a week from Monday.", "a week from Monday", "2025-11-03", "2025-11-03", "2025-11-03"),
        ("The vote in Moscow is due two weeks from tomorrow.", "two weeks from tomorrow", "2025-11-05", "2025-11-05", "2025-11-05"),
    ],
)
def test_temporal_news_phrases_relative_days(text, extent, value, earliest, latest):
    tx = _one(text, extent)
    assert (tx.type, tx.value) == ("DATE", value), tx.derivation
    assert (tx.earliest, tx.latest) == (date.fromisoformat(earliest), date.fromisoformat(latest))
    assert tx.anchored_to == "dct"


def test_temporal_news_phrases_after_next_is_not_an_adjective():
    found = [t.text for t in tag_text("They met the week after next Monday's vote.", TUE)]
    assert "the week after next" not in found


# --- 3. vague offsets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest",
    [
        # "months ago": within 2 to 12 months before publication (TimeML: the duration PXM)
        ("The EU imposed the sanctions on Moscow months ago.", "months ago", "PXM", "2024-10-21", "2025-08-21"),
        ("Lavrov left Geneva weeks ago.", "weeks ago", "PXW", "2025-08-26", "2025-10-07"),
        ("The two sides first met in Oslo years ago.", "years ago", "PXY", "2005-10-21", "2023-10-21"),
        ("The prisoner swap was agreed just days ago in Abu Dhabi.", "days ago", "PXD", "2025-10-08", "2025-10-19"),
        ("Elections in Ukraine could be held months from now.", "months from now", "PXM", "2025-12-21", "2026-10-21"),
        ("A missile struck Kharkiv hours ago.", "hours ago", "PTXH", "2025-10-20", "2025-10-21"),
    ],
)
def test_temporal_news_phrases_vague_offsets(text, extent, value, earliest, latest):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.anchored_to) == ("DURATION", value, "dct"), tx.derivation
    assert (tx.earliest, tx.latest) == (date.fromisoformat(earliest), date.fromisoformat(latest))
    assert tx.precision == "unknown"
    assert "unstated number" in tx.derivation


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest",
    [
        # from the date just told, within the same spans as "weeks ago"
        ("The accord was signed in Doha on March 3, 2024. Weeks later, the truce collapsed.", "Weeks", "PXW", "2024-03-17", "2024-04-28"),
        ("Russia withdrew from the deal on October 1. Days later, it returned.", "Days", "PXD", "2025-10-03", "2025-10-14"),
        ("The envoy resigned in 2019. Years earlier, he had served in Kyiv.", "Years", "PXY", "1999-01-01", "2017-12-31"),
        # told in the past tense: not after the publication date
        ("The accord was signed in mid-May. Months later, it collapsed.", "Months", "PXM", "2025-07-11", "2025-10-21"),
    ],
)
def test_temporal_news_phrases_vague_offsets_from_the_date_told(text, extent, value, earliest, latest):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.precision) == ("DURATION", value, "unknown"), tx.derivation
    assert (tx.earliest, tx.latest) == (date.fromisoformat(earliest), date.fromisoformat(latest))
    assert tx.anchored_to.startswith("timex:")


def test_temporal_news_phrases_vague_offset_from_an_event_is_left_to_it():
    tx = _one("Kyiv closed the border days after the attack on Odesa.", "days")
    assert (tx.value, tx.earliest, tx.anchored_to) == ("PXD", None, "none")


def test_temporal_news_phrases_vague_offset_is_no_reference():
    # "months ago" is too vague to count "the next day" from
    text = "The sanctions were imposed months ago. The next day, Moscow retaliated."
    assert not _one(text, "The next day").anchored_to.startswith("timex:")


def test_temporal_news_phrases_numbered_offsets_unchanged():
    assert _one("They split several years ago.", "several years ago").value == "PAST_REF"
    assert _one("The war began two years ago.", "two years ago").value == "2023"


# --- 4. a day after a coarse date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,value,earliest,latest,precision",
    [
        ("The accord was signed in Doha in mid-May. The next day, Russia withdrew its envoy.",
         "The next day", "2025-05-XX", "2025-05-12", "2025-05-21", "month"),
        ("The accord was signed in Geneva last week. The following day, Russia withdrew its envoy.",
         "The following day", "2025-10-XX", "2025-10-14", "2025-10-20", "week"),
        ("The envoys met in Riyadh in late May. The next day, Kyiv rejected the plan.",
         "The next day", "2025-XX-XX", "2025-05-22", "2025-06-01", "month"),
        ("The truce was agreed in mid-May. A day later, Hamas freed two hostages.",
         "A day", "P1D", "2025-05-12", "2025-05-21", "month"),
        # after a day: the next day itself
        ("The accord was signed on May 14. The next day, Russia withdrew its envoy.",
         "The next day", "2025-05-15", "2025-05-15", "2025-05-15", "day"),
    ],
)
def test_temporal_news_phrases_day_after_coarse_date(text, extent, value, earliest, latest, precision):
    tx = _one(text, extent)
    assert tx.value == value, tx.derivation
    assert (tx.earliest, tx.latest, tx.precision) == (date.fromisoformat(earliest), date.fromisoformat(latest), precision)
    assert tx.anchored_to.startswith("timex:")
    assert tx.anchor is not None and tx.anchor.amount in (1, -1) and tx.anchor.unit == "day"
    if precision != "day":
        assert "unknown" in tx.derivation


def test_temporal_news_phrases_day_later_than_planned_is_no_offset():
    tx = _one("The truce began last week, a day later than first planned.", "a day")
    assert tx.earliest is None


def test_temporal_news_phrases_day_after_a_year_stays_unknown():
    tx = _one("The accord was signed in 2020. The following day, Russia withdrew its envoy.", "The following day")
    assert (tx.value, tx.earliest, tx.latest) == ("XXXX-XX-XX", None, None)


# --- 5. spans ending in a month ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("The truce in Gaza will last through January.", "2026-01"),
        ("The grain corridor stays open through January.", "2026-01"),
        ("The sanctions on Minsk remain in force until March.", "2026-03"),
        ("Kyiv expects a decision from Brussels by June.", "2026-06"),
        ("The mission in Mali was extended through January.", "2026-01"),
        ("The border with Belarus has been closed since March.", "2025-03"),
        ("Talks in Geneva continued through January, officials said.", "2025-01"),
        # a span in the subject, its past verb right after it
        ("Gas exports through September fell by a third, Gazprom said.", "2025-09"),
    ],
)
def test_temporal_news_phrases_month_spans(text, value):
    month = next(t for t in tag_text(text, TUE) if t.rule == "date_month")
    assert (month.value, month.mod) == (value, None), month.derivation


# --- 6. days of an occasion -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,amount,occasion",
    [
        ("On the first day of the talks, both sides exchanged proposals.", "the first day", 0, "the talks"),
        ("The second day of the summit in Doha was devoted to trade.", "The second day", 1, "the summit in Doha"),
        ("On the eve of the summit, Zelensky met Biden in Geneva.", "the eve", -1, "the summit"),
        ("Zelensky met Biden in Geneva on the eve of the NATO summit in Vilnius.", "the eve", -1, "the NATO summit in Vilnius"),
    ],
)
def test_temporal_news_phrases_occasion_days(text, extent, amount, occasion):
    tx = _one(text, extent)
    assert (tx.type, tx.value, tx.anchored_to) == ("DATE", "XXXX-XX-XX", "event"), tx.derivation
    assert (tx.anchor.amount, tx.anchor.unit) == (amount, "day")
    assert text[tx.anchor.clause_start:tx.anchor.clause_end] == occasion
    assert tx.anchor.signal == ("eve" if extent == "the eve" else "day of")


@pytest.mark.parametrize(
    "text,extent,value",
    [
        ("Lavrov met Rubio in Riyadh on October 20, 2025, the eve of the ceasefire talks.", "the eve", "2025-10-20"),
        ("Lavrov met Rubio on the eve of October 3, 2025.", "the eve", "2025-10-02"),
        ("The envoys met on Monday, the second day of the talks in Doha.", "the second day", "2025-10-20"),
        ("It is the second day of the Russian offensive near Pokrovsk.", "the second day", "2025-10-21"),
        ("Today is the eve of the Pope's visit to Kyiv.", "the eve", "2025-10-21"),
    ],
)
def test_temporal_news_phrases_occasion_days_with_dates(text, extent, value):
    tx = _one(text, extent)
    assert tx.value == value, tx.derivation
    assert tx.earliest == tx.latest == date.fromisoformat(value)


def test_temporal_news_phrases_last_day_of_occasion_has_no_offset():
    tx = _one("Fighting resumed on the last day of the truce.", "the last day")
    assert (tx.value, tx.anchor) == ("XXXX-XX-XX", None)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Talks in Istanbul are set for Friday.", "2025-10-24"),
        ("The next round in Geneva is set for March.", "2026-03"),
        # a modal makes "last" a verb, not "last week"'s past marker
        ("The truce will last until Friday.", "2025-10-24"),
    ],
)
def test_temporal_news_phrases_scheduled_future(text, value):
    tx = next(t for t in tag_text(text, TUE) if t.rule in ("date_weekday", "date_month"))
    assert tx.value == value, tx.derivation


# --- a clock time on the day told right after it ------------------------------------------------------


@pytest.mark.parametrize(
    "text,extent,value",
    [
        # not the day in focus told before ("New Year's Day"), nor the publication date: the day right after it
        ("On New Year's Day the leaders spoke. The vote is at 3:30 p.m. ET on the 21st.", "3:30 p.m. ET", "2025-10-21T15:30"),
        ("The deal will be signed at noon on October 24, 2025.", "noon", "2025-10-24T12:00"),
        ("The deadline expires at midnight, on October 24.", "midnight", "2025-10-24T24:00"),
        # a day that is not right after it does not move it
        ("Talks ended at noon; on October 24 the envoys return.", "noon", "2025-10-21T12:00"),
    ],
)
def test_clock_time_on_the_day_told_after_it(text, extent, value):
    t = _one(text, extent)
    assert t.value == value, t.derivation
