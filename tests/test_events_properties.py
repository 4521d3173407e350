"""Properties of every extraction, on texts assembled from news sentences in any order."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.actors import load_gazetteer
from timeline.events import extract_events
from timeline.model import EVENT_STATUSES, Document
from timeline.temporal import tag_text

SENTENCES = (
    "Macron met Scholz in Berlin on Monday.",
    "Two days later, Macron called Putin.",
    "The White House announced on Tuesday that there are no plans for a summit in Budapest.",
    "Russia rejects a pause in hostilities.",
    "NATO condemned the attack.",
    "Erdogan will host talks between Russia and Ukraine in Istanbul next week.",
    "Lavrov said on Friday that Russia had attacked the port.",
    "The summit was cancelled.",
    '"We will never agree to this," a spokesman said.',
    "Sign up for our newsletter.",
    "Ukraine was invaded by Russia in February 2022.",
    "Israel struck Iranian nuclear sites four days after the talks.",
)
GAZETTEER = load_gazetteer()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.sampled_from(["\n", " "]),
    st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))),
)
def test_events_property_offsets_dates_and_ids_are_consistent(sentences, joiner, dct):
    text = joiner.join(sentences)
    doc = Document(id="p", text=text, dct=dct)
    extraction = extract_events(doc, tag_text(text, dct, narrative=dct is None), GAZETTEER)
    ids = [e.id for e in extraction.events]
    assert len(ids) == len(set(ids))
    for event in extraction.events:
        assert text[event.start:event.end] == event.trigger
        assert text[event.sentence_start:event.sentence_end] == event.sentence
        assert event.sentence_start <= event.start < event.end <= event.sentence_end
        assert event.status in EVENT_STATUSES
        assert event.mentions and all(text[m.start:m.end] == m.trigger for m in event.mentions)
        if event.date_start and event.date_end:
            assert event.date_start <= event.date_end
        if dct is None:
            assert event.date_basis in ("expression", "constraint", "none")
        if event.date_start_offset is not None:
            assert text[event.date_start_offset:event.date_end_offset] == event.date_text
        assert 0 < event.confidence <= 1
    known = set(ids)
    for constraint in extraction.constraints:
        assert constraint.source in known and constraint.target in known
        assert constraint.source != constraint.target
        if constraint.lo_days is not None and constraint.hi_days is not None:
            assert constraint.lo_days <= constraint.hi_days
