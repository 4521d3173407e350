"""An act told in a relative clause on an event noun ("despite a truce that the two sides signed in Doha") is the
act of that noun's event, not an act of the main clause's day ("Fighting broke out on Tuesday despite ..."); an act
coordinated with the dated one ("met Aliyev on Tuesday and urged him ...") still shares its day."""

from datetime import date

import pytest

from event_helpers import events_of

THURSDAY = date(2025, 3, 13)


def _dated_by_sentence(monkeypatch, text: str) -> list[str]:
    """The mentions that the sentence-sharing reading (``_date_from_sentence``) dates in ``text``."""
    from timeline.events import extract

    dated: list[str] = []
    real = extract._Context._date_from_sentence

    def spy(self, cands, by_sent):
        before = {id(c): c.timex for c in cands}
        real(self, cands, by_sent)
        dated.extend(c.text for c in cands if c.timex is not before[id(c)])

    monkeypatch.setattr(extract._Context, "_date_from_sentence", spy)
    events_of(text, THURSDAY)
    return dated


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out in Goma on Tuesday despite a ceasefire that Armenia and Azerbaijan signed in Washington.",
    "Russia launched a missile strike on Kyiv on Tuesday despite a truce which Russia and Ukraine agreed in Istanbul.",
])
def test_dating_relative_on_event_noun_not_the_main_day(monkeypatch, text):
    assert _dated_by_sentence(monkeypatch, text) == []


def test_dating_relative_on_event_noun_coordinated_act_still_shares(monkeypatch):
    text = "On Tuesday, the American envoy met Ilham Aliyev in Baku and urged him to sign the peace agreement."
    assert _dated_by_sentence(monkeypatch, text) == ["urged"]
