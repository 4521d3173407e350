"""A busy timeline made in code: 60 events from 6 documents, 20 actors (some with long names),
publication dates days apart, every date kind (narrowed tense estimates too) and status. The
browser test draws it at 1400 and 800 pixels wide; here, the pieces that keep such a page readable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.model import Actor, Document, Event, Mention, Timeline, stable_id
from timeline.render import timeline_figure
from timeline.render.figure import short_lane
from timeline.render.page import event_record, publication_label_levels, render_html

ACTORS = (
    "Russia", "Ukraine", "United States", "China", "India", "Turkey", "European Union", "United Nations",
    "Organisation for Security and Co-operation in Europe", "Special Envoy for Humanitarian Affairs in the Horn of Africa",
    "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump", "Xi Jinping", "Narendra Modi",
    "Recep Tayyip Erdoğan", "Sergey Lavrov", "Marco Rubio", "Wang Yi", "Kaja Kallas",
)
PLACES = ("Istanbul", "Geneva", "Kazan", "Riyadh", "Budapest")
DCTS = (date(2021, 6, 17), date(2023, 3, 11), date(2024, 10, 24), date(2024, 10, 27), date(2025, 5, 1), date(2025, 5, 3))
STATUSES = ("occurred", "occurred", "occurred", "planned", "cancelled", "denied", "hypothetical", "ongoing")
TYPES = ("CONSULT", "AGREE", "DISAPPROVE", "SANCTION", "AID", "REJECT")


def _dates(i: int, dct: date) -> tuple[date, date, str, str, str]:
    """(start, end, precision, basis, derivation) of event ``i``: every kind of date, in turn."""
    day = dct - timedelta(days=(i * 7) % 40)
    kind = i % 6
    if kind == 0:
        return day, day, "day", "expression", "'Tuesday' read against the publication date"
    if kind == 1:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week", "expression", "'last week': the week before the publication date"
    if kind == 2:
        first = day.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1), "month", "expression", "'in March' read against the publication date"
    if kind == 3:
        return dct - timedelta(days=365), dct, "unknown", "tense", "past tense: within the year before the publication date"
    if kind == 4:
        return (day - timedelta(days=5), day, "unknown", "tense",
                f"past tense: within the year before the publication date; narrowed by other events from "
                f"{dct - timedelta(days=365)}..{dct} (precision: unknown): no earlier than the talks -> {day - timedelta(days=5)}")
    return day - timedelta(days=3), day, "day", "expression", "'between Monday and Thursday'"


def busy_timeline() -> Timeline:
    documents, events = [], []
    for d, dct in enumerate(DCTS):
        doc_id = f"doc-{d}"
        text = ""
        for k in range(10):
            i = d * 10 + k
            a, b = ACTORS[(i * 7) % len(ACTORS)], ACTORS[(i * 3 + 5) % len(ACTORS)]
            kind = TYPES[i % len(TYPES)]
            sentence = f"{a} and {b} met in {PLACES[i % len(PLACES)]} on the matter of item {i}."
            s0 = len(text) + (1 if text else 0)
            text += (" " if text else "") + sentence
            start, end, precision, basis, derivation = _dates(i, dct)
            t0 = s0 + sentence.index("met")
            events.append(Event(
                id=stable_id(doc_id, t0, kind, prefix="ev-"), doc=doc_id, type=kind, trigger="met", start=t0, end=t0 + 3,
                sentence=sentence, sentence_start=s0, sentence_end=s0 + len(sentence), summary=f"{a} meets {b} ({i})",
                status=STATUSES[i % len(STATUSES)], actors=(a, b), source_actor=a, target_actor=b,
                location=PLACES[i % len(PLACES)], date_start=start, date_end=end, precision=precision,
                date_basis=basis, date_derivation=derivation, confidence=0.7,
                mentions=(Mention(t0, t0 + 3, "met", s0, s0 + len(sentence)),),
            ))
        documents.append(Document(id=doc_id, text=text, dct=dct, dct_source="front-matter", path=f"data/article-{d}.md",
                                  title=f"Article {d}: diplomacy desk report of {dct:%-d %B %Y}", outlet="Desk"))
    events.sort(key=lambda e: (e.date_start, e.date_end, e.doc, e.start))
    actors = tuple(Actor(id=stable_id(n, prefix="a-"), name=n, kind="state" if " " not in n else "person") for n in ACTORS)
    return Timeline(title="Busy desk", documents=tuple(documents), events=tuple(events), actors=actors)


def test_render_busy_timeline_has_what_it_promises():
    timeline = busy_timeline()
    assert len(timeline.events) == 60 and len(timeline.documents) == 6
    from timeline.render.dates import date_kind

    kinds = {date_kind(event_record(e)) for e in timeline.events}
    assert {"day", "range", "period", "estimate", "narrowed"} <= kinds


@pytest.mark.parametrize("name, shown", [
    ("Russia", "Russia"),
    ("Organisation for Security and Co-operation in Europe", "Organisation for…"),
    ("Special Envoy for Humanitarian Affairs in the Horn of Africa", "Special Envoy for…"),
    ("Abcdefghijklmnopqrstuvwxyzabcdefg", "Abcdefghijklmnopqrstuvw…"),
])
def test_render_figure_shortens_long_lane_names(name, shown):
    assert short_lane(name) == shown
    assert len(short_lane(name)) <= 24


def test_render_figure_lane_labels_keep_every_lane_distinct():
    records = [event_record(e) for e in busy_timeline().events]
    fig = timeline_figure(records)
    assert len(fig.layout.yaxis.tickvals) == len(set(fig.layout.yaxis.tickvals)) == len(fig.layout.yaxis.categoryarray)
    full = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext))
    assert full["Organisation for Security and Co-operation in Europe"] == "Organisation for…"


@pytest.mark.parametrize("days, expected", [
    # three years on the axis: 24 Oct 2024 and 1 May 2025 are close, so they take different rows
    ([date(2022, 1, 1), date(2024, 10, 24), date(2025, 5, 1)], [0, 0, 1]),
    # far apart: one row
    ([date(2022, 1, 1), date(2023, 6, 1), date(2025, 1, 1)], [0, 0, 0]),
    # four close dates: three rows, then back to the first
    ([date(2025, 1, 1), date(2025, 1, 2), date(2025, 1, 3), date(2025, 1, 4)], [0, 1, 2, 0]),
])
def test_render_page_staggers_close_publication_dates(days, expected):
    assert publication_label_levels(days, (date(2022, 1, 1), date(2025, 12, 31))) == expected


def test_render_page_publication_labels_are_staggered_and_list_their_documents():
    import json
    import re

    page = render_html(busy_timeline(), plotlyjs="cdn")
    data = json.loads(re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S).group(1))
    notes = [a for a in data["figure"]["layout"]["annotations"] if a["text"].startswith("published")]
    # close dates share a label; close labels take different rows
    assert sorted(a["text"] for a in notes) == ["published 1, 3 May 2025", "published 11 Mar 2023",
                                                "published 17 Jun 2021", "published 24, 27 Oct 2024"]
    shifts = {a["text"]: a["yshift"] for a in notes}
    assert shifts["published 24, 27 Oct 2024"] != shifts["published 1, 3 May 2025"]
    hover = next(a["hovertext"] for a in notes if a["text"] == "published 24, 27 Oct 2024")
    assert "Article 2: diplomacy desk report of 24 October 2024" in hover
    assert "Article 3: diplomacy desk report of 27 October 2024" in hover
    lines = [s for s in data["figure"]["layout"]["shapes"] if s.get("name", "").startswith("published")]
    assert len(lines) == 6  # every publication date keeps its own line
