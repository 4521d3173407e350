"""A realistic timeline made in code, shared by the render tests and the browser test.

Twenty-odd events over a year of Black Sea grain-deal diplomacy, with every way a date can be known
(exact day, known range, week, month, quarter, year, tense only, derived from another event, none)
and every status, plus hostile text (markup, a closing script tag, quotes) in a sentence, a
summary, an actor name and a document title.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Actor, Document, DocumentError, Event, Mention, Timeline, stable_id

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_ACTOR = 'Group "Alpha" & <Partners>'

DCT = date(2023, 7, 18)

# (sentence, trigger, date words or None, start, end, precision, basis, type, status, actors, summary)
_ROWS = [
    ("Russia and Ukraine signed the Black Sea Grain Initiative in Istanbul on July 22, 2022.", "signed", "July 22, 2022",
     "2022-07-22", "2022-07-22", "day", "expression", "AGREE", "occurred", ("Russia", "Ukraine", "Turkey", "United Nations"),
     "Russia and Ukraine sign the grain deal"),
    ("A day later, Russian missiles struck the port of Odesa.", "struck", "A day later",
     "2022-07-23", "2022-07-23", "day", "constraint", "ASSAULT", "occurred", ("Russia", "Ukraine"), "Missiles strike Odesa port"),
    ("The first ships sailed between August 1 and August 5, 2022, under UN inspection.", "sailed", "between August 1 and August 5, 2022",
     "2022-08-01", "2022-08-05", "day", "expression", "COOPERATE", "occurred", ("United Nations",), "First grain ships sail"),
    ("Russia suspended its participation on October 29, 2022, after a drone attack in Sevastopol.", "suspended", "October 29, 2022",
     "2022-10-29", "2022-10-29", "day", "expression", "RETREAT", "occurred", ("Russia",), "Russia suspends participation"),
    ("Moscow rejoined the deal four days later after Turkish mediation.", "rejoined", "four days later",
     "2022-11-02", "2022-11-02", "day", "constraint", "COOPERATE", "occurred", ("Russia", "Turkey"), "Russia rejoins the deal"),
    ("On November 17, the parties extended the deal by 120 days.", "extended", "November 17",
     "2022-11-17", "2022-11-17", "day", "expression", "AGREE", "occurred", ("Russia", "Ukraine", "Turkey", "United Nations"),
     "Deal extended by 120 days"),
    ("Turkish and Russian officials met the following week to discuss fertilizer exports.", "met", "the following week",
     "2022-11-21", "2022-11-27", "week", "expression", "CONSULT", "occurred", ("Turkey", "Russia"), "Turkish and Russian officials meet"),
    ("In December 2022, Kyiv accused Moscow of slowing ship inspections.", "accused", "December 2022",
     "2022-12-01", "2022-12-31", "month", "expression", "DISAPPROVE", "occurred", ("Ukraine", "Russia"), "Kyiv accuses Moscow of slowing inspections"),
    ("In the first quarter of 2023, UN officials held talks with both sides on the renewal.", "held talks", "the first quarter of 2023",
     "2023-01-01", "2023-03-31", "quarter", "expression", "CONSULT", "occurred", ("United Nations", "Russia", "Ukraine"), "UN talks on the renewal"),
    ("When that period ran out on March 18, Moscow agreed to only 60 more days.", "agreed", "March 18",
     "2023-03-18", "2023-03-18", "day", "expression", "AGREE", "occurred", ("Russia",), "Russia agrees to 60 more days"),
    ("Moscow denied on April 12 that it had blocked ships from entering the corridor.", "denied", "April 12",
     "2023-04-12", "2023-04-12", "day", "expression", "REJECT", "denied", ("Russia",), "Russia blocks ships (denied)"),
    ("Talks on a wider agreement were planned for April 2023 in Geneva.", "planned", "April 2023",
     "2023-04-01", "2023-04-30", "month", "expression", "CONSULT", "planned", ("United Nations", "Russia"), "Talks planned in Geneva"),
    ("Erdogan announced the last extension on May 17, a day before the deal was due to expire.", "announced", "May 17",
     "2023-05-17", "2023-05-17", "day", "expression", "AGREE", "occurred", ("Turkey",), "Erdogan announces the last extension"),
    ("Last week, Guterres sent Putin a letter proposing to reconnect a Russian bank to SWIFT.", "sent", "Last week",
     "2023-07-10", "2023-07-16", "week", "expression", "CONSULT", "occurred", ("United Nations", "Russia"), "Guterres writes to Putin"),
    ("Officials have discussed alternative routes through Romanian ports.", "discussed", None,
     "2023-05-18", "2023-07-17", "unknown", "tense", "CONSULT", "occurred", ("Ukraine", "Romania"), "Alternative routes discussed"),
    ("Russia pulled out of the Black Sea Grain Initiative on Monday.", "pulled out", "Monday",
     "2023-07-17", "2023-07-17", "day", "expression", "REJECT", "occurred", ("Russia",), "Russia pulls out of the deal"),
    ("A visit by the Turkish president to Russia in August was called off.", "called off", "in August",
     "2023-08-01", "2023-08-31", "month", "expression", "CONSULT", "cancelled", ("Turkey", "Russia"), "Erdogan visit to Russia called off"),
    ("Turkey said it could host new talks later this year.", "host", "later this year",
     "2023-07-18", "2023-12-31", "unknown", "expression", "CONSULT", "hypothetical", ("Turkey",), "Turkey could host new talks"),
    ("Shipments under the deal continued throughout 2023 until the exit.", "continued", "throughout 2023",
     "2023-01-01", "2023-12-31", "year", "expression", "COOPERATE", "ongoing", ("Ukraine",), "Shipments continue"),
    (f"Analysts wrote {HOSTILE_SCRIPT} and {HOSTILE_IMG} in a note </script> on July 18.", "wrote", "July 18",
     "2023-07-18", "2023-07-18", "day", "expression", "STATEMENT", "occurred", (HOSTILE_ACTOR,), f"Analysts' note {HOSTILE_SCRIPT}"),
    ("Western governments have repeatedly criticised the Russian blockade.", "criticised", None,
     None, None, "unknown", "none", "DISAPPROVE", "occurred", ("United States", "European Union"), "Western governments criticise the blockade"),
]

ACTOR_KINDS = {
    "Russia": "state", "Ukraine": "state", "Turkey": "state", "Romania": "state", "United States": "state",
    "United Nations": "igo", "European Union": "igo", HOSTILE_ACTOR: "group",
}


def sample_timeline(*, title: str = "Black Sea grain deal, 2022–2023") -> Timeline:
    """The sample timeline (one document; events in document order)."""
    doc_id = "doc-grain"
    text = ""
    events = []
    for sentence, trigger, date_text, start, end, precision, basis, kind, status, actors, summary in _ROWS:
        if text:
            text += " "
        s0 = len(text)
        text += sentence
        t0 = s0 + sentence.index(trigger)
        d0 = s0 + sentence.index(date_text) if date_text else None
        events.append(Event(
            id=stable_id(doc_id, t0, kind, prefix="ev-"), doc=doc_id, type=kind, trigger=trigger,
            start=t0, end=t0 + len(trigger), sentence=sentence, sentence_start=s0, sentence_end=s0 + len(sentence),
            summary=summary, status=status, actors=actors, source_actor=actors[0] if actors else None,
            target_actor=actors[1] if len(actors) > 1 else None,
            date_start=date.fromisoformat(start) if start else None, date_end=date.fromisoformat(end) if end else None,
            precision=precision, date_text=date_text, date_start_offset=d0,
            date_end_offset=d0 + len(date_text) if date_text else None,
            date_derivation={"expression": f"'{date_text}' read against the publication date 2023-07-18",
                             "constraint": f"'{date_text}' counted from the event before it",
                             "tense": "present perfect: between the previous dated event and the publication date",
                             "none": ""}[basis],
            date_basis=basis, confidence=0.8,
            flags=("contradiction",) if kind == "REJECT" and status == "denied" else (),
            mentions=(Mention(t0, t0 + len(trigger), trigger, s0, s0 + len(sentence)),),
        ))
    doc = Document(id=doc_id, text=text, dct=DCT, dct_source="front-matter", path=f"data/{HOSTILE_SCRIPT}grain.md",
                   url="https://worlddesk.example/2023/07/18/grain.html", title=f"Grain deal ends {HOSTILE_IMG}",
                   outlet="The World Desk")
    actors = tuple(sorted((Actor(id=stable_id(n, prefix="a-"), name=n, kind=k) for n, k in ACTOR_KINDS.items()),
                          key=lambda a: a.name))
    far = date.max
    events.sort(key=lambda e: (e.date_start or far, e.date_end or far, e.start))  # as the pipeline orders them
    return Timeline(
        title=title, documents=(doc,), events=tuple(events), actors=actors,
        errors=(DocumentError("data/broken.txt", f"not UTF-8 {HOSTILE_SCRIPT} (save it as UTF-8)"),),
        warnings=(f"contradiction: {HOSTILE_IMG} cannot be both before and after",),
    )


def test_render_sample_covers_every_date_kind_and_status():
    from timeline.model import EVENT_STATUSES
    from timeline.render.dates import date_kind
    from timeline.render.page import event_record

    timeline = sample_timeline()
    kinds = {date_kind(event_record(e)) for e in timeline.events}
    assert kinds == {"day", "range", "period", "estimate", "undated"}
    assert {e.status for e in timeline.events} == set(EVENT_STATUSES)


@pytest.mark.parametrize("event", sample_timeline().events, ids=lambda e: e.summary[:30])
def test_render_sample_offsets_point_at_their_words(event):
    doc = sample_timeline().documents[0]
    assert doc.text[event.start:event.end] == event.trigger
    assert doc.text[event.sentence_start:event.sentence_end] == event.sentence
    if event.date_text:
        assert doc.text[event.date_start_offset:event.date_end_offset] == event.date_text
