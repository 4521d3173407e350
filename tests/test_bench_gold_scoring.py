"""bench/bench_events.py scores an extractor the way its docstring says: checked with events built
from the gold itself (a perfect extractor) and with known mistakes."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document, Event, Mention, Timeline

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_events", ROOT / "bench" / "bench_events.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_events", bench)
_spec.loader.exec_module(bench)

GOLD = bench.load_gold(ROOT / "bench" / "gold" / "events.jsonl")


def _document(doc_id: str) -> Document:
    path = ROOT / "bench" / "gold" / "articles" / f"{doc_id}.md"
    raw = path.read_text("utf-8")
    body = raw[re.match(r"---\n.*?\n---\n", raw, re.S).end():]
    return Document(id=doc_id, text=body, dct=None, path=str(path))


DOCS = {d: _document(d) for d in sorted({g.doc for g in GOLD})}


def _event_from_gold(g, n: int) -> Event:
    text = DOCS[g.doc].text
    start, end = bench.find_occurrence(text, g.trigger, g.occurrence)
    mentions = [Mention(start, end, g.trigger, 0, 0)]
    for trig, occ in g.also:
        s, e = bench.find_occurrence(text, trig, occ)
        mentions.append(Mention(s, e, trig, 0, 0))
    return Event(
        id=f"e{n}", doc=g.doc, type=g.type, trigger=g.trigger, start=start, end=end, sentence="",
        sentence_start=0, sentence_end=0, summary="", status=g.status, mode=g.mode,
        source_actor=g.source, target_actor=g.target, date_start=g.date_start, date_end=g.date_end,
        location=g.location, mentions=tuple(mentions),
    )


def _timeline(events) -> Timeline:
    return Timeline(title="t", documents=tuple(DOCS.values()), events=tuple(events))


PERFECT = [_event_from_gold(g, n) for n, g in enumerate(GOLD)]


def test_bench_events_perfect_extractor_scores_one():
    fig = bench.score(GOLD, _timeline(PERFECT)).figures()
    assert fig["matched"] == fig["gold_events"] == fig["extracted_events"] == len(GOLD)
    for key in ("precision", "recall", "f1", "type_accuracy", "status_accuracy", "source_accuracy",
                "target_accuracy", "consult_mode_accuracy", "location_accuracy", "date_exact", "date_within",
                "undated_not_overdated"):
        assert fig[key] == pytest.approx(1.0), key


def test_bench_events_location_accuracy_counts_a_wrong_or_missing_place():
    placed = [g for g in GOLD if g.location][:4]
    unplaced = next(g for g in GOLD if not g.location)
    events = [_event_from_gold(g, n) for n, g in enumerate(GOLD)]
    index = {id(g): n for n, g in enumerate(GOLD)}
    events[index[id(placed[0])]] = replace(events[index[id(placed[0])]], location=None)
    events[index[id(placed[1])]] = replace(events[index[id(placed[1])]], location="Atlantis")
    events[index[id(placed[2])]] = replace(events[index[id(placed[2])]], location="the " + placed[2].location.upper())
    events[index[id(placed[3])]] = replace(events[index[id(placed[3])]], location=placed[3].location + ", Somewhere")
    events[index[id(unplaced)]] = replace(events[index[id(unplaced)]], location="Atlantis")
    fig = bench.score(GOLD, _timeline(events)).figures()
    assert fig["location_accuracy"] == pytest.approx((len(GOLD) - 3) / len(GOLD))


@pytest.mark.parametrize("ours,gold,same", [
    (None, None, True), ("Geneva", "Geneva", True), ("the White House", "White House", True),
    ("Lausanne", "Lausanne, Switzerland", True), ("Bogota", "Bogotá", True), ("Geneva", None, False), (None, "Geneva", False),
    ("Vienna", "Geneva", False),
])
def test_bench_events_same_place(ours, gold, same):
    assert bench.same_place(ours, gold) is same


def test_bench_events_counts_misses_spurious_and_wrong_dates():
    dated = [i for i, g in enumerate(GOLD) if g.dated]
    dropped = set(dated[:2])
    widened = dated[2]
    events = [e for i, e in enumerate(PERFECT) if i not in dropped]
    g = GOLD[widened]
    events = [
        e.with_(date_start=date(g.date_start.year, 1, 1), date_end=date(g.date_end.year, 12, 31))
        if e.id == f"e{widened}" else e for e in events
    ]
    spurious = replace(PERFECT[widened], id="extra", start=0, end=1, mentions=())
    scores = bench.score(GOLD, _timeline([*events, spurious]))
    fig = scores.figures()
    n = len(GOLD)
    assert fig["matched"] == n - 2
    assert fig["precision"] == pytest.approx((n - 2) / (n - 1))
    assert fig["recall"] == pytest.approx((n - 2) / n)
    dated_matched = len(dated) - 2
    assert fig["dated_matched"] == dated_matched
    assert fig["date_exact"] == pytest.approx((dated_matched - 1) / dated_matched)
    assert fig["date_within"] == pytest.approx(1.0)  # the widened range still holds the gold date
    assert {id(g) for g, _ in scores.misses} == {id(GOLD[i]) for i in dropped}
    assert [ev.id for _, ev in scores.spurious] == ["extra"]


def test_bench_events_matching_is_one_to_one():
    g = GOLD[0]
    twin = replace(PERFECT[0], id="twin", type="STATEMENT", mentions=())
    fig = bench.score([g], Timeline(title="t", documents=(DOCS[g.doc],), events=(twin, PERFECT[0]))).figures()
    assert (fig["matched"], fig["extracted_events"]) == (1, 2)
    assert fig["type_accuracy"] == 1.0  # the same-type candidate wins the gold event


def test_bench_events_match_on_another_mention():
    g = next(g for g in GOLD if g.also)
    trig, occ = g.also[0]
    s, e = bench.find_occurrence(DOCS[g.doc].text, trig, occ)
    only_other = replace(_event_from_gold(g, 0), start=s, end=e, trigger=trig, mentions=())
    fig = bench.score([g], Timeline(title="t", documents=(DOCS[g.doc],), events=(only_other,))).figures()
    assert fig["matched"] == 1


@pytest.mark.parametrize(("text", "trigger", "occurrence", "expected"), [
    ("the timetable: they met and met again", "met", 1, (20, 23)),
    ("the timetable: they met and met again", "met", 2, (28, 31)),
    ("the timetable: they met and met again", "met", 3, None),
    ("called it off, then called it off", "called it off", 2, (20, 33)),
])
def test_bench_events_find_occurrence_counts_whole_words(text, trigger, occurrence, expected):
    assert bench.find_occurrence(text, trigger, occurrence) == expected


@pytest.mark.parametrize(("a", "b"), [
    ("António Guterres", "Antonio  Guterres"),
    ("united states", "United States"),
])
def test_bench_events_actor_names_compare_without_case_or_accents(a, b):
    assert bench.norm_name(a) == bench.norm_name(b)


def test_bench_events_actor_names_compare_through_the_given_canon():
    g = next(g for g in GOLD if g.source == "EU")
    ev = replace(_event_from_gold(g, 0), source_actor="European Union")
    timeline = Timeline(title="t", documents=(DOCS[g.doc],), events=(ev,))
    assert bench.score([g], timeline).figures()["source_accuracy"] == 0.0
    aliases = {"eu": "european union"}
    canon = lambda name: aliases.get(bench.norm_name(name), bench.norm_name(name))  # noqa: E731
    assert bench.score([g], timeline, canon).figures()["source_accuracy"] == 1.0


# --- every gold folder (bench/gold, bench/heldout): the scorer finds every annotation in the ingested text


GOLD_FOLDERS = sorted(p.parent for p in (ROOT / "bench").glob("*/events.jsonl"))


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=lambda f: f.name)
def test_bench_events_perfect_extractor_scores_one_on_every_gold_folder(folder: Path):
    from timeline.ingest import read_inputs

    docs, errors = read_inputs([str(folder / "articles")])
    assert not errors
    gold = bench.load_gold(folder / "events.jsonl")
    by_key = {bench.doc_key(d): d for d in docs}
    events = []
    for n, g in enumerate(gold):
        doc = by_key[g.doc]
        spans = [bench.find_occurrence(doc.text, t, o) for t, o in [(g.trigger, g.occurrence), *g.also]]
        assert None not in spans, f"{folder.name}/events.jsonl:{g.line}: a mention is not in the ingested text"
        (start, end), others = spans[0], spans[1:]
        events.append(Event(
            id=f"e{n}", doc=doc.id, type=g.type, trigger=g.trigger, start=start, end=end, sentence="",
            sentence_start=0, sentence_end=0, summary="", status=g.status, mode=g.mode,
            source_actor=g.source, target_actor=g.target, date_start=g.date_start, date_end=g.date_end,
            mentions=tuple(Mention(s, e, doc.text[s:e], 0, 0) for s, e in [(start, end), *others]),
        ))
    scores = bench.score(gold, Timeline(title="t", documents=tuple(docs), events=tuple(events)))
    fig = scores.figures()
    assert not scores.unlocated and not scores.misses and not scores.spurious
    assert fig["matched"] == len(gold)
    for key in ("f1", "type_accuracy", "status_accuracy", "source_accuracy", "target_accuracy", "date_exact"):
        assert fig[key] == pytest.approx(1.0), key


def test_bench_events_report_names_its_gold_folder():
    import io

    out = io.StringIO()
    bench.print_report(bench.Scores().figures(), None, ["5 articles"], out=out,
                       gold=bench.gold_label(ROOT / "bench" / "heldout"))
    assert out.getvalue().startswith("Event benchmark: bench/heldout (5 articles)")


def test_bench_events_refuses_a_folder_without_gold(tmp_path: Path, capsys):
    (tmp_path / "articles").mkdir()
    assert bench.main(["--gold", str(tmp_path), "--min-seconds", "0"]) == 2
    assert "events.jsonl" in capsys.readouterr().err


def test_bench_events_undated_gold_accepts_tense_range_but_not_a_text_date():
    undated = [i for i, g in enumerate(GOLD) if not g.dated]
    assert undated, "the fixture needs an undated gold event"
    i = undated[0]
    tense = PERFECT[i].with_(date_start=date(2020, 1, 1), date_end=date(2020, 12, 31), date_basis="tense")
    claimed = PERFECT[i].with_(date_start=date(2020, 5, 5), date_end=date(2020, 5, 5), date_basis="expression")
    for event, expected in ((tense, 1.0), (claimed, 0.0)):
        fig = bench.score(GOLD, _timeline([event if n == i else e for n, e in enumerate(PERFECT)])).figures()
        assert fig["undated_matched"] == len(undated)
        assert fig["undated_not_overdated"] == pytest.approx((len(undated) - 1 + expected) / len(undated))


@pytest.mark.parametrize(
    ("gold_days", "extracted", "basis", "expected"),
    [
        ((date(2020, 9, 14), date(2020, 9, 14)), (date(2020, 9, 1), date(2020, 9, 15)), "tense", ("day", "tense", "too-wide")),
        ((date(2020, 9, 14), date(2020, 9, 14)), (date(2020, 9, 10), date(2020, 9, 10)), "expression", ("day", "expression", "too-early")),
        ((date(2020, 9, 1), date(2020, 9, 30)), (date(2020, 10, 2), date(2020, 10, 2)), "constraint", ("range", "constraint", "too-late")),
        ((date(2020, 9, 1), date(2020, 9, 30)), (date(2020, 9, 20), date(2020, 10, 5)), "expression", ("range", "expression", "overlap")),
        ((date(2020, 9, 14), date(2020, 9, 14)), (None, None), None, ("day", "none", "undated")),
    ],
)
def test_bench_events_date_error_class_names_precision_basis_and_direction(gold_days, extracted, basis, expected):
    g = replace(GOLD[0], date_start=gold_days[0], date_end=gold_days[1])
    ev = replace(PERFECT[0], date_start=extracted[0], date_end=extracted[1], date_basis=basis)
    within = ev.date_start is not None and ev.date_start <= g.date_start and g.date_end <= ev.date_end
    assert bench.date_error_class(g, ev, within) == expected


def test_bench_events_breakdown_counts_without_sentences():
    import io

    wrong = replace(PERFECT[0], date_start=date(1990, 1, 1), date_end=date(1990, 1, 1), date_basis="expression")
    s = bench.score(GOLD, _timeline([wrong, *PERFECT[2:]]))
    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert f"Missed gold events by type (1):\n  {GOLD[1].type} 1" in out
    assert "expression too-early" in out
    assert GOLD[0].trigger not in out.split("Wrong dates")[1].split("Missed")[0]


# --- causes of misses and spurious events (a synthetic gold: two meetings, a statement, nothing else)

_CAUSE_TEXT = ("The ministers met in Rome on Monday. They held talks again on Tuesday. "
               "The envoy said the plan was sound. Markets rallied.")


def _cause_gold(trigger: str, type_: str, line: int) -> "bench.GoldEvent":
    return bench.GoldEvent(line=line, doc="d", trigger=trigger, occurrence=1, type=type_, mode=None, source=None,
                           target=None, actors=[], status="occurred", date_start=None, date_end=None,
                           precision="unknown", location=None, note="")


def _cause_event(eid: str, trigger: str, type_: str, *others: str) -> Event:
    start = _CAUSE_TEXT.index(trigger)
    mentions = [Mention(start, start + len(trigger), trigger, 0, 0)]
    for other in others:
        s = _CAUSE_TEXT.index(other)
        mentions.append(Mention(s, s + len(other), other, 0, 0))
    return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger), sentence="",
                 sentence_start=0, sentence_end=0, summary="", mentions=tuple(mentions))


def test_bench_events_classifies_misses_and_spurious_events_by_cause():
    import io

    gold = [_cause_gold("met", "CONSULT", 1), _cause_gold("talks", "CONSULT", 2), _cause_gold("said", "STATEMENT", 3)]
    events = [
        _cause_event("merged", "met", "CONSULT", "talks"),  # one record over both meetings
        _cause_event("again", "held talks", "CONSULT"),  # the second meeting on its own
        _cause_event("rally", "rallied", "FIGHT"),  # no gold event there
    ]
    doc = Document(id="d", text=_CAUSE_TEXT, dct=None, path="d.md")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=tuple(events)))
    # the merged record takes one meeting, the second record the other; the statement has nothing over it
    assert [(g.trigger, c) for (g, _), c in zip(s.misses, s.miss_causes)] == [("said", "none")]
    assert s.matched == 2
    assert dict(zip((ev.id for _, ev in s.spurious), s.spurious_causes)) == {"rally": "no gold"}

    # without the second record, the merged one can take one meeting only: the other is a merged miss
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(events[0], events[2])))
    assert sorted(zip((g.trigger for g, _ in s.misses), s.miss_causes)) == [("said", "none"), ("talks", "merged")]

    # two records over one meeting: the one left over is a split
    split = [_cause_event("a", "met", "CONSULT"), _cause_event("b", "met in Rome", "CONSULT")]
    s = bench.score(gold[:1], Timeline(title="t", documents=(doc,), events=tuple(split)))
    assert s.matched == 1 and s.spurious_causes == ["split"]

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    assert "Spurious events by cause" in buf.getvalue() and "CONSULT split 1" in buf.getvalue()
    assert "Rome" not in buf.getvalue()  # counts only


# --- structural traits of wrong dates (counts only: never a word, name or date of the article)

_TRAIT_TEXT = "On Monday, the ministers met in Rome and the envoy signed the accord. The envoy praised the deal."


def _trait_event(eid: str, trigger: str, type_: str, days, basis: str, offset: int | None = None) -> Event:
    start = _TRAIT_TEXT.index(trigger)
    s0 = 0 if start < _TRAIT_TEXT.index("The envoy") else _TRAIT_TEXT.index("The envoy")
    s1 = _TRAIT_TEXT.index(".") + 1 if s0 == 0 else len(_TRAIT_TEXT)
    return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger),
                 sentence=_TRAIT_TEXT[s0:s1], sentence_start=s0, sentence_end=s1, summary="",
                 date_start=days[0], date_end=days[1], date_basis=basis, date_start_offset=offset,
                 mentions=(Mention(start, start + len(trigger), trigger, s0, s1),))


def test_bench_events_breakdown_counts_structural_traits_of_tense_dated_days():
    import io

    from timeline.temporal import tag_text

    monday, year = (date(2025, 3, 3), date(2025, 3, 3)), (date(2024, 3, 8), date(2025, 3, 7))
    gold = [replace(_cause_gold(t, ty, n), date_start=monday[0], date_end=monday[1], precision="day")
            for n, (t, ty) in enumerate((("met", "CONSULT"), ("signed", "AGREE"), ("praised", "SUPPORT")), 1)]
    doc = Document(id="d", text=_TRAIT_TEXT, dct=date(2025, 3, 7), path="d.md")
    timexes = tag_text(_TRAIT_TEXT, doc.dct)
    on_monday = next(t for t in timexes if t.earliest == monday[0])
    events = (_trait_event("a", "met", "CONSULT", monday, "expression", on_monday.start),
              _trait_event("b", "signed", "AGREE", year, "tense"),
              _trait_event("c", "praised", "SUPPORT", year, "tense"))
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events, timexes=(("d", tuple(timexes)),)))
    assert s.matched == 3 and len(s.wrong_dates) == 2
    signed, praised = s.wrong_date_traits
    # the sentence names the gold day, which the meeting took: the signing, after it across "and", did not
    assert signed["a time the engine found in its sentence"] == "yes"
    assert signed["nearest time - side"] == "before the trigger"
    assert signed["nearest time - boundaries between"] == "comma+and/but"
    assert signed["nearest time - precision"] == "day"
    assert signed["nearest time - is the gold day"] == "yes"
    assert signed["nearest time - another extracted event took it"] == "yes in the same sentence"
    # the pair (the event dated by tense, the one that took the time): how they are joined, where the time lies
    assert signed["taker pair - order"] == "taker first"
    assert signed["taker pair - how joined"] == "and inside"
    assert signed["taker pair - time"] == "before both"
    assert signed["taker pair - event trigger"] == "verb past" and signed["taker pair - taker trigger"] == "verb past"
    assert signed["taker pair - statuses"] == "occurred / occurred"
    assert signed["taker pair - combination"].startswith("and inside | taker act verb past occurred | event verb past")
    # the next sentence names no day: the day one sentence back is the gold day, and a neighbour event has it
    assert praised["a time the engine found in its sentence"] == "no"
    assert praised["nearest earlier day - sentences back"] == "1"
    assert praised["nearest earlier day - is the gold day"] == "yes"
    assert praised["an extracted event within one sentence has the gold day"] == "yes"
    assert "nearest time - side" not in praised

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "Structure of the days dated by tense only, counts of traits (2):" in out
    assert "  time in sentence / nearest time - is the gold day: yes 1" in out
    assert "  time in sentence / taker pair - how joined: and inside 1" in out
    assert "  no time in sentence / nearest earlier day - sentences back: 1 1" in out
    for word in ("Rome", "Monday", "signed", "praised", "2025"):  # counts only
        assert word not in out.split("Structure of the days")[1]


def test_bench_events_breakdown_counts_structural_traits_of_gold_ranges():
    """A gold range dated wrongly is counted by its length, how ours relates to it (a day inside it: the first day;
    a longer range holding it), whether the text names its first and last days and whether ours and the gold end on
    the publication date; a gold day dated wrongly is not counted there."""
    import io

    from timeline.temporal import tag_text

    dct = date(2025, 3, 7)
    monday, year = (date(2025, 3, 3), date(2025, 3, 3)), (date(2024, 3, 8), dct)
    days = {"met": (monday[0], date(2025, 3, 5)), "signed": (date(2025, 3, 4),) * 2, "praised": (monday[0], dct)}
    gold = [replace(_cause_gold(t, ty, n), date_start=days[t][0], date_end=days[t][1], precision="day")
            for n, (t, ty) in enumerate((("met", "CONSULT"), ("signed", "AGREE"), ("praised", "SUPPORT")), 1)]
    doc = Document(id="d", text=_TRAIT_TEXT, dct=dct, path="d.md")
    timexes = tag_text(_TRAIT_TEXT, doc.dct)
    on_monday = next(t for t in timexes if t.earliest == monday[0])
    events = (_trait_event("a", "met", "CONSULT", monday, "expression", on_monday.start),
              _trait_event("b", "signed", "AGREE", monday, "expression", on_monday.start),
              _trait_event("c", "praised", "SUPPORT", year, "tense"))
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events, timexes=(("d", tuple(timexes)),)))
    assert len(s.wrong_dates) == 3 and len(s.range_rows) == 2
    met, praised = s.range_rows
    assert met["gold range length"] == "2-6 days" and praised["gold range length"] == "2-6 days"
    assert met["ours"] == "a day inside it" and met["our day is the gold range's"] == "first day"
    assert met["gold range starts on a day the text names"] == "yes"
    assert met["gold range ends on a day the text names"] == "no"
    assert met["gold range ends on the DCT"] == "no" and met["our range ends on the DCT"] == "no"
    assert praised["ours"] == "a longer range holding it" and praised["our day is the gold range's"] == "-"
    assert praised["gold range ends on the DCT"] == "yes" and praised["our range ends on the DCT"] == "yes"
    assert praised["our date basis"] == "tense"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "Structure of the wrong dates of gold ranges, counts of traits (2):" in out
    assert "  range / ours: a day inside it 1, a longer range holding it 1" in out
    part = out.split("Structure of the wrong dates of gold ranges")[1].split("\n\n")[0]
    for word in ("Rome", "Monday", "met", "praised", "2025"):  # counts only
        assert word not in part


# --- structural traits of spurious records (counts only)


def test_bench_events_breakdown_counts_structural_traits_of_spurious_records():
    import io

    gold = [replace(_cause_gold("met", "CONSULT", 1), also=[("talks", 1)])]
    events = (
        replace(_cause_event("a", "met", "CONSULT"), source_actor="Italy", target_actor="France"),
        # the same meeting told again in the next sentence, without its target: a split
        replace(_cause_event("b", "held talks", "CONSULT"), source_actor="Italy", confidence=0.8),
        # a saying in a sentence with no gold event: no gold
        replace(_cause_event("c", "said", "STATEMENT"), source_actor="Italy", confidence=0.35),
    )
    doc = Document(id="d", text=_CAUSE_TEXT, dct=None, path="d.md")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events))
    assert s.spurious_causes == ["split", "no gold"]
    split, said = s.spurious_traits
    assert split["split - same sentence as the matched record"] == "no"
    assert split["split - same type"] == "yes"
    assert split["split - same date"] == "yes"
    assert split["split - same parties"] == "one side missing"
    assert split["a matched gold event in its sentence"] == "same type"  # "talks", the gold event's other mention
    assert said["type"] == "STATEMENT"
    assert said["trigger part of speech"] == "verb" and said["trigger inflection"] == "past"
    assert said["a matched gold event in its sentence"] == "none"
    assert said["source"] == "yes" and said["target"] == "no"
    assert said["confidence"] == "under .4"
    assert said["inside quotation marks"] == "no"
    assert said["place"] == "lead (first 400 characters)"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue().split("Structure of the spurious events")[1]
    assert "  all / split - same parties: one side missing 1" in out
    assert "  STATEMENT no gold / trigger inflection: past 1" in out
    for word in ("Rome", "Italy", "said", "talks", "envoy"):  # counts only
        assert word not in out


def test_bench_events_breakdown_names_the_dating_rule_and_the_expression_behind_a_wrong_day():
    import io

    from timeline.temporal import tag_text

    monday, year = (date(2025, 3, 3), date(2025, 3, 3)), (date(2024, 3, 8), date(2025, 3, 7))
    friday_before = date(2025, 2, 28)
    gold = [replace(_cause_gold(t, ty, n), date_start=d, date_end=d, precision="day")
            for n, (t, ty, d) in enumerate((("met", "CONSULT", monday[0]), ("signed", "AGREE", monday[0]),
                                            ("praised", "SUPPORT", friday_before)), 1)]
    doc = Document(id="d", text=_TRAIT_TEXT, dct=date(2025, 3, 7), path="d.md")
    timexes = tag_text(_TRAIT_TEXT, doc.dct)
    on_monday = next(t for t in timexes if t.earliest == monday[0])
    met = replace(_trait_event("a", "met", "CONSULT", monday, "expression", on_monday.start), status="occurred")
    signed = replace(_trait_event("b", "signed", "AGREE", year, "tense"), status="occurred", date_derivation=(
        "no date expression in its clause; 'signed', past tense: within the year before the publication date"))
    praised = replace(_trait_event("c", "praised", "SUPPORT", monday, "expression", on_monday.start),
                      status="occurred", date_derivation="'Monday' dates the sentence")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(met, signed, praised),
                                   timexes=(("d", tuple(timexes)),)))
    assert len(s.wrong_dates) == 2
    signed_t, praised_t = s.wrong_date_traits
    # dated by its tense alone; the day of its sentence went to the meeting told before it
    assert signed_t["rule that dated it"] == "tense"
    assert signed_t["nearest time - the taker"] == "act / before the event / occurred"
    assert signed_t["just before the trigger"] == "other word"
    assert "offset from the gold day" not in signed_t
    # a day of the sentence before, three days after the gold day, which the text does not name
    assert praised_t["rule that dated it"] == "expression: plain"
    assert praised_t["its expression - precision"] == "day"
    assert praised_t["its expression - in its sentence"] == "no"
    assert praised_t["offset from the gold day"] == "2-7 days"
    assert praised_t["the gold day is named earlier in the text"] == "no"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "  too-late / offset from the gold day: 2-7 days 1" in out
    assert "  time in sentence / rule that dated it: tense 1" in out
    for word in ("Rome", "Monday", "signed", "praised", "2025"):  # counts only
        assert word not in out.split("Structure of the days")[1]


def test_bench_events_breakdown_counts_traits_of_dates_taken_from_an_expression():
    """Every matched event dated from an expression, right or wrong, is described by labels only: which kind of
    expression dated it, where it lies, how far from the gold date and which kinds of period the two are."""
    import io

    from timeline.temporal import tag_text

    monday = date(2025, 3, 3)
    gold = [replace(_cause_gold(t, ty, n), date_start=d0, date_end=d1, precision="day")
            for n, (t, ty, d0, d1) in enumerate((("met", "CONSULT", monday, monday),
                                                 ("praised", "SUPPORT", date(2025, 2, 24), date(2025, 2, 24))), 1)]
    doc = Document(id="d", text=_TRAIT_TEXT, dct=date(2025, 3, 7), path="d.md")
    timexes = tag_text(_TRAIT_TEXT, doc.dct)
    on_monday = next(t for t in timexes if t.earliest == monday)
    met = replace(_trait_event("a", "met", "CONSULT", (monday, monday), "expression", on_monday.start),
                  status="occurred")
    praised = replace(_trait_event("c", "praised", "SUPPORT", (monday, monday), "expression", on_monday.start),
                      status="occurred", date_derivation="'Monday' dates the sentence")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(met, praised),
                                   timexes=(("d", tuple(timexes)),)))
    assert [k for k, _ in s.expr_rows] == ["right", "wrong"]
    right, wrong = (t for _, t in s.expr_rows)
    assert right["expression kind"] == "weekday" and right["where the expression is"] == "other clause before"
    assert right["word before the expression"] == "on" and right["gap (ours vs gold)"] == "overlapping"
    assert wrong["where the expression is"] == "previous sentence"
    assert wrong["gap (ours vs gold)"] == "7 days late"
    assert wrong["gold kind / ours"] == "gold a day / ours a day"
    assert wrong["ours vs the DCT"] == "2-6 days before" and wrong["gold vs the DCT"] == "8-31 days before"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "  expression wrong / gap (ours vs gold): 7 days late 1" in out
    assert "  expression right / expression kind: weekday 1" in out
    section = out.split("Structure of the dates taken from an expression")[1].split("\nStructure of the days")[0]
    for word in ("Rome", "Monday", "met", "praised", "2025"):  # counts only
        assert word not in section


def test_bench_events_refuses_to_score_when_the_extractor_failed_on_an_article(tmp_path, monkeypatch, capsys):
    # figures computed without one article would mislead: the benchmark names the failure and gives no figures
    import timeline.events as events_module

    gold = tmp_path / "set"
    (gold / "articles").mkdir(parents=True)
    (gold / "articles" / "a.md").write_text("---\npublished: 2025-03-12\n---\nFrance and Germany met in Paris on Monday.\n")
    (gold / "events.jsonl").write_text("")

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(events_module, "extract_events", broken)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    assert bench.main(["--gold", str(gold), "--min-seconds", "0"]) == 1
    err = capsys.readouterr().err
    assert "internal error" in err and "no figures" in err


def test_bench_events_breakdown_counts_the_frame_of_spurious_and_matched_records():
    import io

    text = "The two sides agreed to begin talks on trade. The ministers met in Rome on Monday. Markets rallied."
    doc = Document(id="d", text=text, dct=None, path="d.md")

    def event(eid: str, trigger: str, type_: str, **kw) -> Event:
        start = text.index(trigger)
        return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger), sentence="",
                     sentence_start=0, sentence_end=0, summary="",
                     mentions=(Mention(start, start + len(trigger), trigger, 0, 0),), **kw)

    gold = [replace(_cause_gold("agreed", "AGREE", 1)), replace(_cause_gold("met", "CONSULT", 2))]
    events = (event("a", "agreed", "AGREE", source_actor="Italy"),
              # the talks agreed on: governed by "to" right after the AGREE record's word, no target
              event("b", "talks", "CONSULT", source_actor="Italy", status="planned"),
              event("c", "met", "CONSULT", source_actor="Italy", target_actor="France"))
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events))
    (talks,) = s.spurious_traits
    assert talks["frame - another record's word just before it"] == "another type"
    assert talks["frame - status"] == "planned" and talks["frame - target"] == "no"
    assert talks["frame - governing word"].endswith("a verb or other word")  # "begin", then "to"
    frames = dict((t, f) for t, f in s.matched_frames)
    assert frames["CONSULT"]["frame - governing word"].endswith("a verb or other word")
    assert frames["CONSULT"]["frame - another record's word just before it"] == "none"
    assert frames["CONSULT"]["frame - target"] == "yes"
    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "Frames of the matched CONSULT records" in out
    assert "matched CONSULT / frame - target: yes 1" in out
    for word in ("Rome", "Italy", "talks", "agreed", "trade"):  # counts only
        assert word not in out.split("Structure of the spurious events")[1]


def test_bench_events_merge_refusal_names_the_rule_or_why_never_weighed():
    a = Event(id="a", doc="d", type="CONSULT", trigger="met", start=10, end=13, sentence="", sentence_start=0,
              sentence_end=0, summary="", status="occurred", date_start=date(2025, 3, 3), date_end=date(2025, 3, 3))
    planned = replace(a, id="b", start=40, end=44, status="planned")
    later = replace(a, id="c", start=40, end=44, date_start=date(2025, 3, 20), date_end=date(2025, 3, 20))
    saved = bench._MERGE_TRACE
    try:
        bench._MERGE_TRACE = {}
        assert bench._merge_refusal("d", planned, a) == "never weighed - one told as done and the other not (planned / same dates)"
        assert bench._merge_refusal("d", later, a) == "never weighed - dates apart by 8-31 days"
        bench._MERGE_TRACE = {"d": {(40, (10,)): (2.5, 200)}}
        assert bench._merge_refusal("d", later, a) == "outscored"
        bench._MERGE_TRACE = {"d": {(40, (10,)): (None, 3)}}
        label = bench._merge_refusal("d", later, a)
        assert label.startswith("L3 ") and ":" not in label.split(" ", 1)[0]
    finally:
        bench._MERGE_TRACE = saved
# --- day events whose sentence names no time, after a day told before (counts only)


def test_bench_events_breakdown_groups_undated_sentences_after_a_day_by_whether_that_day_is_theirs():
    import io

    from timeline.temporal import tag_text

    monday, year = (date(2025, 3, 3), date(2025, 3, 3)), (date(2024, 3, 8), date(2025, 3, 7))
    gold = [replace(_cause_gold(t, ty, n), date_start=monday[0], date_end=monday[1], precision="day")
            for n, (t, ty) in enumerate((("met", "CONSULT"), ("praised", "SUPPORT")), 1)]
    doc = Document(id="d", text=_TRAIT_TEXT, dct=date(2025, 3, 7), path="d.md")
    timexes = tag_text(_TRAIT_TEXT, doc.dct)
    on_monday = next(t for t in timexes if t.earliest == monday[0])
    met = replace(_trait_event("a", "met", "CONSULT", monday, "expression", on_monday.start), source_actor="Italy")
    praised = replace(_trait_event("c", "praised", "SUPPORT", year, "tense"), source_actor="Italy")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(met, praised), timexes=(("d", tuple(timexes)),)))
    # the meeting's sentence names its day: not counted; the praise, one sentence on, names none and is dated by tense
    assert len(s.carry_rows) == 1
    group, traits = s.carry_rows[0]
    assert group == "wrong, the day before is its day"
    assert traits["sentences back"] == "1" and traits["same paragraph"] == "yes"
    assert traits["sentence opens with"] == "the"
    assert traits["had/has just before"] == "no" and traits["a saying verb before it"] == "no"
    assert traits["the day before is the article's first day"] == "yes"
    assert traits["an event of the day's sentence has that day"] == "yes"
    assert traits["same source as that event"] == "yes"
    # right when it has the day
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(met, replace(praised, date_start=monday[0],
                    date_end=monday[1], date_basis="constraint")), timexes=(("d", tuple(timexes)),)))
    assert [g for g, _ in s.carry_rows] == ["right, the day before is its day"]

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "  carry / right, the day before is its day / sentences back: 1 1" in out
    for word in ("Rome", "Monday", "praised", "Italy", "2025"):  # counts only
        assert word not in out.split("Day events whose sentence")[1]


def test_trace_tells_where_the_previous_sentence_rule_left_each_candidate():
    from event_helpers import events_of
    from timeline.events import trace

    text = ("Poland expelled two Belarusian diplomats on Tuesday. Its foreign minister told reporters that Warsaw "
            "had closed the Belarusian consulate in Gdansk. Warsaw had earlier recalled its ambassador.")
    record = trace.start()
    try:
        events_of(text)
    finally:
        trace.stop()
    left = {text[a:b]: why for (a, b), why in record["t"].previous.items()}
    assert left["closed"] == "set aside"  # (a reported pluperfect: dated after the other ties)
    assert left["recalled"].startswith("L")  # (a bare pluperfect: the line of the test that passed it by)
# --- structural traits of sayings, spurious and matched (counts only)

_SAYING_TEXT = ("The ministers met in Rome on Monday. The envoy said the plan was sound. "
                "Lisbon said on Tuesday that its soldiers had fired on a patrol.")


def _saying_event(eid: str, trigger: str, type_: str, occurrence: int = 1, **kw) -> Event:
    start = -1
    for _ in range(occurrence):
        start = _SAYING_TEXT.index(trigger, start + 1)
    s0 = _SAYING_TEXT.rfind(". ", 0, start) + 2 if _SAYING_TEXT.rfind(". ", 0, start) >= 0 else 0
    s1 = _SAYING_TEXT.find(".", start) + 1
    return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger),
                 sentence=_SAYING_TEXT[s0:s1], sentence_start=s0, sentence_end=s1, summary="",
                 mentions=(Mention(start, start + len(trigger), trigger, s0, s1),), **kw)


def test_bench_events_breakdown_contrasts_spurious_and_matched_sayings():
    import io

    gold = [_cause_gold("met", "CONSULT", 1), _cause_gold("said", "STATEMENT", 2), _cause_gold("fired on", "ASSAULT", 3)]
    events = (
        _saying_event("a", "met", "CONSULT", source_actor="Italy"),
        _saying_event("b", "said", "STATEMENT", source_actor="Italy"),  # the envoy's words: gold
        _saying_event("c", "said", "STATEMENT", 2, source_actor="Portugal"),  # a saying that reports an act: no gold
        _saying_event("d", "fired on", "ASSAULT", source_actor="Portugal"),
    )
    doc = Document(id="d", text=_SAYING_TEXT, dct=None, path="d.md")
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events))
    groups = dict(s.saying_traits)
    assert sorted(groups) == ["STATEMENT no gold", "matched, gold STATEMENT"]
    reporting, stance = groups["STATEMENT no gold"], groups["matched, gold STATEMENT"]
    assert reporting["the clause it introduces"] == "a record told in a perfect or progressive"
    assert reporting["the type of the record the clause opens on"] == "ASSAULT"
    assert reporting["a record in what it says"] == "one of the speaker's own"
    assert reporting["what follows"] == "a that-clause"
    assert stance["the clause it introduces"] == "no record within ten words"
    assert stance["what follows"] == "a bare clause or an object"
    assert stance["a record in what it says"] == "none"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue().split("Structure of the sayings")[1]
    assert "  STATEMENT no gold / the clause it introduces: a record told in a perfect or progressive 1" in out
    assert "  matched, gold STATEMENT / a record in what it says: none 1" in out
    for word in ("Rome", "Lisbon", "Italy", "Portugal", "said", "envoy", "soldiers"):  # counts only
        assert word not in out
def test_bench_events_said_traits_describe_a_saying_typed_statement_without_its_words():
    import io

    text = "Iran said on Tuesday it would retaliate against any attack by Israel."
    start = text.index("said")
    ev = Event(id="e", doc="d", type="STATEMENT", trigger="said", start=start, end=start + 4, sentence=text,
               sentence_start=0, sentence_end=len(text), summary="", source_actor="Iran",
               mentions=(Mention(start, start + 4, "said", 0, 0),))
    traits = bench.said_traits(ev, text)
    assert traits["said clause subject"] == "it"
    assert traits["future modal (will/would) in the first 12 words"] == "yes"
    assert traits["after the first will/would"] == "a threat word"
    assert traits["negation in the words said"] == "no"
    doc = Document(id="d", text=text, dct=None, path="d.md")
    gold = [replace(_cause_gold("said", "THREATEN", 1), doc="d")]
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=(ev,)))
    assert len(s.said_confusions) == 1
    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "Structure of the sayings typed STATEMENT that gold types otherwise" in out
    assert "gold THREATEN / after the first will/would: a threat word 1" in out
    assert "retaliate" not in out and "Israel" not in out  # (counts only: no word of the article)
def test_bench_events_breakdown_counts_structural_traits_of_wrong_targets():
    import io

    text = ("France protested to Italy on Monday. Italy said on Tuesday that it rejected the protest, "
            "and Spain met Portugal.")

    def gold(trigger, type_, source, target, line):
        return replace(_cause_gold(trigger, type_, line), source=source, target=target)

    def event(eid, trigger, type_, source, target):
        start = text.index(trigger)
        return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger), sentence="",
                     sentence_start=0, sentence_end=0, summary="", source_actor=source, target_actor=target,
                     mentions=(Mention(start, start + len(trigger), trigger, 0, 0),))

    golds = [gold("rejected", "REJECT", "Italy", "France", 1), gold("met", "CONSULT", "Spain", "Portugal", 2),
             gold("protested", "DISAPPROVE", "France", "Italy", 3)]
    events = (event("a", "rejected", "REJECT", "Italy", None),  # the target named in the sentence before: empty
              event("b", "met", "CONSULT", "Spain", "France"),  # a wrong target; the gold one after the trigger
              event("c", "protested", "DISAPPROVE", "France", "Italy"))  # right: no traits
    doc = Document(id="d", text=text, dct=None, path="d.md")
    s = bench.score(golds, Timeline(title="t", documents=(doc,), events=events))
    assert s.target_ok == 1 and len(s.target_traits) == 2
    rejected, met = s.target_traits
    assert rejected["how wrong"] == "ours empty"
    assert rejected["gold target kind"] == "state"
    assert rejected["gold target - where named"] == "in the sentence before"
    assert rejected["inside a saying"] == "a saying verb before it"
    assert met["how wrong"] == "ours wrong"
    assert met["gold target - where named"] == "in its clause after the trigger"
    assert met["gold after it - words between"] == "0"
    assert met["ours = the gold source"] == "no"

    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue().split("Structure of the wrong targets")[1].split("Structure of the spurious")[0]
    assert "  all / how wrong: ours empty 1, ours wrong 1" in out
    for word in ("France", "Italy", "Spain", "Portugal", "rejected", "protest"):  # counts only
        assert word not in out


# --- the shape of the words around spurious and matched records (counts only)


def _shape_event(text: str, eid: str, trigger: str, type_: str, **kw) -> Event:
    start = text.index(trigger)
    return Event(id=eid, doc="d", type=type_, trigger=trigger, start=start, end=start + len(trigger), sentence="",
                 sentence_start=0, sentence_end=0, summary="", mentions=(Mention(start, start + len(trigger), trigger,
                                                                                 0, 0),), **kw)


def test_bench_events_shape_traits_class_the_words_that_govern_a_trigger():
    text = ("The two sides agreed to begin talks on trade. Paris would host them. "
            "The envoys did not meet in 2019. The peace talks had stalled.")
    begun = bench.shape_traits(_shape_event(text, "a", "talks", "CONSULT", status="planned"), text, "noun")
    assert begun["shape - governing verb class"] == "a begin/hold verb after wanting verb + to"
    assert begun["shape - an opening verb (begin/resume/launch) on it, after"] == "agree/pledge + to"
    assert begun["shape - word after"] == "on"
    assert begun["shape - noun's left neighbour"] == "lowercase word" and begun["shape - noun plural"] == "yes"
    assert begun["shape - combination"] == "noun / planned / a begin/hold verb after wanting verb + to / -"
    host = bench.shape_traits(_shape_event(text, "b", "host", "CONSULT", status="planned"), text, "verb")
    assert host["shape - governing verb class"] == "a modal or wanting verb"
    assert host["shape - an opening verb (begin/resume/launch) on it, after"] == "no"  # hosting opens nothing
    assert "shape - noun's left neighbour" not in host  # (a verb)
    meet = bench.shape_traits(_shape_event(text, "c", "meet", "CONSULT", status="denied"), text, "verb")
    assert meet["shape - negation before it in its sentence"] == "yes"
    assert meet["shape - a year number in its sentence"] == "yes"
    assert meet["shape - had/has/have before it"] == "no"
    stalled = text.index("talks", text.index("peace"))
    ev = replace(_shape_event(text, "d", "talks", "CONSULT"), start=stalled, end=stalled + 5)
    told = bench.shape_traits(ev, text, "noun")
    assert told["shape - governing verb class"] == "none"  # "The peace talks": no verb governs them
    assert told["shape - noun's left neighbour"] == "lowercase word"
    assert told["shape - negation before it in its sentence"] == "no"


def test_bench_events_breakdown_counts_an_unmatched_gold_event_beside_a_spurious_record():
    import io

    text = "The two ministers signed a pact on Monday and agreed to meet again. Markets rallied."
    doc = Document(id="d", text=text, dct=None, path="d.md")
    gold = [replace(_cause_gold("meet", "CONSULT", 1), status="planned")]
    events = (_shape_event(text, "a", "signed", "AGREE", source_actor="Italy", status="occurred", confidence=0.8),)
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=events))
    assert s.spurious_causes == ["no gold"]
    (signed,) = s.spurious_traits
    assert signed["a matched gold event in its sentence"] == "only unmatched gold"
    assert signed["unmatched gold in its sentence - type, side, words apart"] == "gold CONSULT / gold after / 4-8"
    assert signed["unmatched gold in its sentence - its status vs ours"] == "gold planned / ours occurred"
    assert signed["frame - confidence"] == ".7+"
    assert signed["frame - confidence, status, target"] == ".7+ / occurred / no target"
    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue().split("Structure of the spurious events")[1]
    assert "AGREE no gold / shape - combination: verb / occurred / none / - 1" in out
    for word in ("signed", "pact", "Monday", "Italy", "meet"):  # counts only
        assert word not in out


def test_bench_events_breakdown_always_shows_consult_and_agree_spurious_records():
    import io

    # five spurious types, AGREE the rarest: its traits still print, and its matched records' frames beside them
    text = ("Rome said it. Paris warned them. Berlin urged calm. Madrid praised it. Lisbon denounced it. "
            "Vienna said so. Oslo warned him. Bern urged talks. Riga praised him. Kyiv denounced them. "
            "They agreed a truce. Athens and Sofia agreed a deal.")
    doc = Document(id="d", text=text, dct=None, path="d.md")
    kinds = (("said", "STATEMENT"), ("warned", "THREATEN"), ("urged", "DEMAND"), ("praised", "SUPPORT"),
             ("denounced", "DISAPPROVE"))
    events = []
    for n, (word, type_) in enumerate(kinds):
        for k, at in enumerate(m.start() for m in re.finditer(word, text)):
            events.append(replace(_shape_event(text, f"{n}{k}", word, type_), start=at, end=at + len(word)))
    events.append(_shape_event(text, "x", "agreed a truce", "AGREE"))
    deal = text.index("agreed a deal")
    events.append(replace(_shape_event(text, "y", "agreed a truce", "AGREE", source_actor="Greece"), trigger="agreed",
                          start=deal, end=deal + 6))
    gold = [replace(_cause_gold("agreed", "AGREE", 1), occurrence=2)]
    s = bench.score(gold, Timeline(title="t", documents=(doc,), events=tuple(events)))
    assert sorted(f"{ev.type} {c}" for (_, ev), c in zip(s.spurious, s.spurious_causes)).count("AGREE no gold") == 1
    buf = io.StringIO()
    bench.print_breakdown(s, out=buf)
    out = buf.getvalue()
    assert "  AGREE no gold / type: AGREE 1" in out
    assert "Frames of the matched AGREE records" in out


def test_bench_events_split_shape_names_the_words_and_parties_of_the_pair():
    text = "Macron flew to Beijing on Wednesday. He met Xi Jinping on Thursday."
    flew = _shape_event(text, "a", "flew to", "CONSULT", source_actor="Emmanuel Macron", target_actor="China")
    met = _shape_event(text, "b", "met", "CONSULT", source_actor="Emmanuel Macron", target_actor="Xi Jinping")
    sentences = ((0, 36), (37, len(text)))
    label = bench._split_shape("L73 \"landed in Beijing", met, flew, text, [flew, met], sentences)
    assert label.startswith("L73 \"landed  | ")
    assert label.endswith(" / shares one / 1 / its first")  # Macron in both, China only in the trip
    label = bench._split_shape("outscored", flew, met, text, [flew, met], sentences)
    assert label.endswith(" / shares one / 1 / mine first")
