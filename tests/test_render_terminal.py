"""``timeline events --format table``: readable in a 100-column terminal."""

from __future__ import annotations

from rich.console import Console

from test_render_sample import sample_timeline
from timeline.render import events_table


def _render(width: int = 100) -> str:
    console = Console(width=width, record=True, color_system=None, file=open("/dev/null", "w"))
    records = [e.to_record() | {"date_basis": e.date_basis} for e in sample_timeline().events]
    console.print(events_table(records), crop=False)
    return console.export_text()


def test_render_terminal_table_fits_100_columns():
    lines = _render().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 100
    # no summary is cut: every word of every summary is in the table
    text = " ".join(lines)
    for event in sample_timeline().events:
        for word in event.summary.split():
            if len(word) < 20:  # a longer word folds across lines
                assert word in text


def test_render_terminal_table_shows_every_event_with_its_date():
    text = _render()
    assert "2022-07-22" in text  # an exact day
    assert "2023-04" in text  # a month
    assert "2023-Q1" in text  # a quarter
    assert "undated" in text
    assert "tense?" in text  # a date guessed from tense is marked as such


def test_render_terminal_actor_names_wrap_between_words_not_inside_them():
    """In an 80-column terminal (and when piped) wide dates used to squeeze the actors to six
    characters: "Benjam / in / Netany / ahu". Names wrap between words."""
    text = " ".join(_render(80).splitlines())
    for event in sample_timeline().events:
        for actor in event.actors:
            for word in actor.split():
                if len(word) <= 12:
                    assert word in text, word
