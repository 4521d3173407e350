"""A length in days before a visit noun, dated by a day, with a verb of ending before it: "ended a three-day visit to
Japan on Saturday" ran from Thursday to Saturday (the day given is the last); a verb of starting ("began a three-day
visit on Monday", "started a two-day visit on Tuesday") or no verb of either kind ("made a three-day visit on
Saturday") counts forward from the day. Sentences in our own words, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of, the_event

DCT = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # verbs of ending: the day given is the length's last day
        ("Dutch Prime Minister Mark Rutte ended a three-day visit to Japan on Wednesday.",
         date(2025, 3, 3), date(2025, 3, 5)),
        ("German Chancellor Olaf Scholz concluded his two-day visit to India on Thursday.",
         date(2025, 3, 5), date(2025, 3, 6)),
        ("Brazilian President Lula wrapped up a four-day state visit to Angola on Thursday.",
         date(2025, 3, 3), date(2025, 3, 6)),
        # verbs of starting: from the day given
        ("Spanish Prime Minister Pedro Sanchez began a three-day visit to Brazil on Monday.",
         date(2025, 3, 3), date(2025, 3, 5)),
        ("Chilean President Gabriel Boric started a two-day visit to Peru on Tuesday.",
         date(2025, 3, 4), date(2025, 3, 5)),
        # neither: unchanged, from the day given
        ("Italian Prime Minister Giorgia Meloni made a three-day visit to Egypt on Monday.",
         date(2025, 3, 3), date(2025, 3, 5)),
    ],
)
def test_events_dating_visit_length_counts_back_from_a_verb_of_ending(text, start, end):
    visit = the_event(events_of(text, DCT), "CONSULT", "visit")
    assert (visit.date_start, visit.date_end) == (start, end)
