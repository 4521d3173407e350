"""A fronted occasion with its day dates the main clause: "In an interview on Monday evening, Putin repeated his denial
and dismissed ...", "At a news conference on Tuesday, Erdogan ... condemned ...", "During talks on Wednesday, Qatar
... urged ...": the acts after the comma happen at that occasion, on its day (the date went to the occasion's noun,
the nearer word). What a saying there reports ("said that Sweden had supported ...") keeps its own time. Short texts
in our own words, through the whole pipeline; each case states the date an analyst would give."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "day"),
    [
        ("In an interview with Fox News on Monday evening, Putin repeated his denial and dismissed the report as "
         "nonsense.", "REJECT", "dismissed", date(2025, 3, 3)),
        ("At a news conference in Ankara on Tuesday, Erdogan repeated his demands and condemned Sweden's support for "
         "Kurdish militants.", "DISAPPROVE", "condemned", date(2025, 3, 4)),
        # the first verb and the one coordinated with it
        ("During talks in Doha on Wednesday, Qatar's prime minister pressed the Hamas delegation and urged Hamas to "
         "accept the proposal.", "DEMAND", "pressed", date(2025, 3, 5)),
        ("During talks in Doha on Wednesday, Qatar's prime minister pressed the Hamas delegation and urged Hamas to "
         "accept the proposal.", "DEMAND", "urged", date(2025, 3, 5)),
    ],
)
def test_events_dating_fronted_occasion_dates_the_main_clause(text, type_, trigger, day):
    event = the_event(events_of(text, DCT), type_, trigger)
    assert (event.date_start, event.date_end) == (day, day)


def test_events_dating_fronted_occasion_does_not_date_what_is_said_there():
    """"At a news conference on Tuesday, Erdogan said that Sweden had supported ...": the saying is Tuesday's, what it
    reports is earlier."""
    events = events_of("At a news conference in Ankara on Tuesday, Erdogan said that Sweden had supported Kurdish "
                       "militants for years.", DCT)
    said = the_event(events, "STATEMENT", "said")
    supported = the_event(events, "SUPPORT", "supported")
    assert (said.date_start, said.date_end) == (date(2025, 3, 4), date(2025, 3, 4))
    assert supported.date_start < date(2025, 3, 4)


def test_events_dating_fronted_answer_is_no_occasion(monkeypatch):
    """"In response to the strikes on Monday, ...": what the main clause answers, not an occasion it is part of; the
    fronted-occasion reading dates nothing in it (whatever else may)."""
    from timeline.events import extract

    dated = []
    real = extract._Context._date_from_fronted_occasion

    def spy(self, cands, by_sent):
        before = {id(c): c.timex for c in cands}
        real(self, cands, by_sent)
        dated.extend(c.text for c in cands if c.timex is not before[id(c)])

    monkeypatch.setattr(extract._Context, "_date_from_fronted_occasion", spy)
    events_of("In response to the strikes on Monday, Iran fired missiles at Israeli bases.", DCT)
    events_of("In an interview with Fox News on Monday evening, Putin dismissed the report as nonsense.", DCT)
    assert dated == ["dismissed"]  # (the interview is an occasion; the response is not)
