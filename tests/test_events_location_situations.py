"""Where an act happened, not where its topic is: a country or region named by "in" right after a situation noun
("on human rights in Xinjiang", "on the war in Ukraine") places that situation; a city there still places the act,
and so does a place told right after the act. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events_of

DCT = date(2023, 11, 16)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Biden pressed Xi on human rights in Xinjiang on Wednesday.", None),
        ("Blinken held talks on the war in Ukraine with Wang Yi on Monday.", None),
        ("Blinken held talks on the war in Tigray with Abiy on Monday.", None),
        # near misses: a city after the situation, or a place told after the act itself
        ("Blinken held talks on the war in Doha with Al Thani on Monday.", "Doha"),
        ("Blinken held talks on Gaza in Cairo with Sisi on Monday.", "Cairo"),
        ("Israel struck targets in the Gaza Strip on Monday.", "Gaza Strip"),
        ("Blinken met Lavrov in Geneva on Monday.", "Geneva"),
    ],
)
def test_location_is_the_act_s_not_its_topic_s(text, location):
    events = events_of(text, DCT)
    assert len(events) == 1 and events[0].location == location
