"""Document ids of a .jsonl corpus: a record's own id ("id" or "doc", else its URL) names it, so
inserting a record shifts no other id and review decisions keep following their events; a record
that repeats another's id is an error line naming both lines; the line number only when a record
has no id of its own."""

from __future__ import annotations

import json

from timeline.ingest import read_inputs


def _write(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _record(text: str, **fields) -> dict:
    return {"text": text, "published": "2025-10-23", **fields}


def test_records_are_named_by_their_own_id_or_url_else_their_line(tmp_path):
    path = _write(tmp_path / "corpus.jsonl", [
        _record("Japan and India signed an accord on Tuesday.", id="tokyo-accord"),
        _record("Chile and Peru held talks on Monday.", doc=17),
        _record("Kenya and Ethiopia signed a pact on Monday.", url="https://www.example.org/world/2025/kenya-pact?ref=rss"),
        _record("Spain and Portugal signed an accord on Tuesday."),
    ])
    documents, errors = read_inputs([path])
    assert not errors
    assert [d.id for d in documents] == ["tokyo-accord", "17", "example-org-world-2025-kenya-pact-ref-rss", "corpus-4"]


def test_inserting_a_record_keeps_the_ids_of_the_others(tmp_path):
    records = [_record("Japan and India signed an accord on Tuesday.", id="a"),
               _record("Kenya and Ethiopia signed a pact on Monday.", url="https://example.org/kenya")]
    before, _ = read_inputs([_write(tmp_path / "c.jsonl", records)])
    after, _ = read_inputs([_write(tmp_path / "c.jsonl", [_record("Chile and Peru held talks on Monday.", id="new"), *records])])
    assert {d.id: d.text for d in before}.items() <= {d.id: d.text for d in after}.items()


def test_a_repeated_id_is_an_error_for_that_record_naming_the_line(tmp_path):
    path = _write(tmp_path / "c.jsonl", [
        _record("Japan and India signed an accord on Tuesday.", id="x1"),
        _record("France and Italy signed an accord on Tuesday.", id="x2"),
        _record("Chile and Peru held talks on Monday.", id="x1"),
        _record("Kenya and Ethiopia signed a pact on Monday.", url="https://example.org/kenya"),
        _record("Kenya and Ethiopia signed another pact on Friday.", url="https://example.org/kenya"),
    ])
    documents, errors = read_inputs([path])
    assert [d.id for d in documents] == ["x1", "x2", "example-org-kenya"]
    assert [e.source for e in errors] == [f"{path}:3", f"{path}:5"]
    assert "id 'x1' is already the id of line 1" in errors[0].message
    assert "id 'example-org-kenya' is already the id of line 4" in errors[1].message


def test_long_urls_stay_apart(tmp_path):
    base = "https://example.org/" + "a-very-long-section-name/" * 5
    path = _write(tmp_path / "c.jsonl", [_record("Japan and India signed an accord on Tuesday.", url=base + "one"),
                                         _record("Chile and Peru held talks on Monday.", url=base + "two")])
    documents, errors = read_inputs([path])
    assert not errors and len({d.id for d in documents}) == 2
    assert all(len(d.id) <= 90 for d in documents)
