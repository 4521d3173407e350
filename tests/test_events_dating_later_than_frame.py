"""A past week or month named in a paragraph's opening sentence frames the sentences after it, but not one that tells
its acts as coming later ("Since then", "later", "subsequently", ``later_adverbs`` in cues.yaml): those lie between
the start of that period and the publication date."""

from datetime import date

import pytest

from event_helpers import FRIDAY, events_of, the_event


@pytest.mark.parametrize("text, trigger, start", [
    ("Relations soured in January. Since then, Russia expelled two Estonian diplomats.", "expelled",
     date(2025, 1, 1)),
    ("The crisis began last month. Russia later expelled two Estonian diplomats.", "expelled", date(2025, 2, 1)),
    ("Tensions rose in January. Subsequently, Lithuania closed its border with Belarus.", "closed", date(2025, 1, 1)),
])
def test_dating_later_than_frame_runs_to_publication(text, trigger, start):
    e = the_event(events_of(text), None, trigger)
    assert (e.date_start, e.date_end) == (start, FRIDAY), e.date_derivation


def test_dating_later_than_frame_still_frames_without_the_cue():
    # (the counterpart: the frame holds when nothing tells the act as later)
    e = the_event(events_of("Japan entered the row in February. Tokyo imposed sanctions on three Chinese shipping "
                            "firms."), None, "imposed")
    assert (e.date_start, e.date_end) == (date(2025, 2, 1), date(2025, 2, 28)), e.date_derivation
