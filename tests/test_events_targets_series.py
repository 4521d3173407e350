"""Who does the later acts of a series of verb phrases ("He arrived by train on Tuesday, held talks with Zelensky and
pledged further aid"): the subject that opens the sentence, unless another subject stands between. Short texts in our
own words, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_helpers import events_of, the_event


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "source", "target"),
    [
        ("Kishida made a trip to Kyiv. He arrived by train on Tuesday, held talks with President Zelensky and "
         "pledged further aid.", "CONSULT", "talks", "Fumio Kishida", "Volodymyr Zelensky"),
        ("Kishida made a trip to Kyiv. He arrived by train on Tuesday, held talks with President Zelensky and "
         "pledged further aid.", "AID", "pledged", "Fumio Kishida", "Ukraine"),  # (aid to the state of the one met)
        # another subject between: the nearer one
        # (a pledge of cooperation is a commitment to the one welcomed)
        ("Kishida arrived in Kyiv on Tuesday, Zelensky welcomed him and pledged further cooperation.",
         None, "pledged", "Volodymyr Zelensky", "Fumio Kishida"),
    ],
)
def test_events_series_of_verb_phrases_shares_the_opening_subject(text, type_, trigger, source, target):
    event = the_event(events_of(text), type_, trigger, how="prefix")
    assert (event.source_actor, event.target_actor) == (source, target)
