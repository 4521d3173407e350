"""Reading inputs: files, folders, stdin and JSONL corpora into Documents.

``read_inputs`` never raises for a bad document: each one becomes a ``DocumentError`` whose
message is one line, ``<source>: <what is wrong> (<how to fix it>)``, and the others still come
out. The caller decides what to do when nothing at all was readable (the CLI prints the errors
and exits 1).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from timeline.errors import DCTError, InputError, LanguageError, TimelineError, UsageError
from timeline.ingest.clean import clean_text, normalize_text, strip_markdown, unwrap_lines
from timeline.ingest.dct import coerce_dct, credit_from_text, date_from_text, date_from_url
from timeline.ingest.decode import decode_bytes
from timeline.ingest.frontmatter import DATE_KEYS, FrontMatter, split_front_matter
from timeline.ingest.html import looks_like_html, read_page
from timeline.model import Document, DocumentError, stable_id

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
_USE = "use .txt, .md, .html or .jsonl"
_CONTROL = re.compile(r"\x00")
_HTML_FILE_START = re.compile(r"\A[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Fields:
    """What a source says about a document besides its text (front matter, a JSONL record)."""

    dct: date | None = None
    dct_source: str = "none"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    id: str | None = None


def read_inputs(
    inputs: Sequence[str], *, dct: date | None = None, stdin: TextIO | None = None
) -> tuple[list[Document], list[DocumentError]]:
    """Every document of ``inputs`` (files, folders read recursively, ``-`` for ``stdin``), in input
    order, with the errors of those that could not be read. ``dct`` overrides every document's
    publication date (dct_source "cli")."""
    documents, errors, _notes = read_inputs_with_notes(inputs, dct=dct, stdin=stdin)
    return documents, errors


def read_inputs_with_notes(
    inputs: Sequence[str], *, dct: date | None = None, stdin: TextIO | None = None
) -> tuple[list[Document], list[DocumentError], list[str]]:
    """``read_inputs``, and notes for the user (one line each, no "Note:" prefix) on what reading
    left out because it was given twice: a file reached more than once (a folder and, again, by
    name; a symlink to it) is read once, at its first place in the input order; a document with
    the same id, publication date and text as an earlier one is the same document, read once."""
    if not inputs:
        raise UsageError("no input given", "pass an article file, a folder, or - to read standard input")
    documents: list[Document] = []
    errors: list[DocumentError] = []
    seen = _SeenFiles()
    for item in inputs:
        for result in _read_input(str(item), dct, stdin, seen):
            if isinstance(result, _Failed):
                errors.append(DocumentError(result.source, " ".join(result.error.line().split())))
            else:
                documents.append(result)
    documents, same = _drop_same_documents(documents)
    return _unique_ids(documents), errors, seen.notes() + same


def read_document(path: str | Path, *, dct: date | None = None) -> Document:
    """One file as one Document; raises the TimelineError that ``read_inputs`` would report."""
    source = str(path)
    results = list(_read_file(Path(path), source, dct))
    for result in results:
        if isinstance(result, Document):
            return result
    raise results[0].error if results else InputError(f"{source}: no article in the file", _USE)


@dataclass(frozen=True, slots=True)
class _Failed:
    """A source that could not be read, with the error that says why."""

    source: str
    error: TimelineError


# --- dispatch -----------------------------------------------------------------------------------


def _read_input(item: str, dct: date | None, stdin: TextIO | None, seen: _SeenFiles | None = None) -> Iterator[Document | _Failed]:
    seen = seen if seen is not None else _SeenFiles()
    if item == "-":
        if not seen.first_stdin():
            return
        yield from _guard("stdin", lambda: [_read_stdin(stdin, dct)])
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(_supported_files(path))
        if not files:
            yield _Failed(item, InputError(f"{item}: no .txt, .md, .html or .jsonl files in this folder", "point to a folder of articles, or to a file"))
            return
        for file in files:
            if seen.first_time(file, str(file)):
                yield from _read_file(file, str(file), dct)
        return
    if seen.first_time(path, item):
        yield from _read_file(path, item, dct)


def skipped_files(inputs: Sequence[str]) -> list[Path]:
    """The files inside the folders of ``inputs`` that reading leaves out because they are not
    articles this tool reads (a .pdf, a .docx, an image): hidden files and the tool's own pages are
    not counted. The command line tells the user about them instead of passing over them silently."""
    out: list[Path] = []
    for item in inputs:
        folder = Path(item)
        if item == "-" or not folder.is_dir():
            continue
        for root, dirs, files in os.walk(folder, followlinks=False):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            out.extend(Path(root) / name for name in sorted(files)
                       if not name.startswith(".") and Path(name).suffix.lower() not in SUPPORTED
                       and not name.lower().endswith(_OWN_OUTPUT_NAMES))
    return out


# what `timeline build` and `timeline review` write: not articles, and not worth a note either
_OWN_OUTPUT_NAMES = (".events.csv", ".events.json", ".graph.json", ".graphml", ".db", ".db-wal", ".db-shm")


def _supported_files(folder: Path) -> Iterator[Path]:
    """Every article file below ``folder``: hidden files and folders, and the timeline pages this
    tool wrote itself (``timeline build .`` twice must not read its own output as an article), left out."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in SUPPORTED and not _is_own_output(path):
                yield path


_OWN_OUTPUT = re.compile(rb"<meta\s+name=[\"']generator[\"']\s+content=[\"']timeline[ \"']", re.I)


def _is_own_output(path: Path) -> bool:
    if path.suffix.lower() not in HTML_SUFFIXES:
        return False
    try:
        with path.open("rb") as fp:
            return bool(_OWN_OUTPUT.search(fp.read(4096)))
    except OSError:
        return False


def _read_file(path: Path, source: str, dct: date | None) -> Iterator[Document | _Failed]:
    suffix = path.suffix.lower()
    if not path.exists():
        yield _Failed(source, InputError(f"{source}: no such file", "check the path"))
        return
    if not path.is_file():
        yield _Failed(source, InputError(f"{source}: not a regular file", "give an article file or a folder"))
        return
    if suffix not in SUPPORTED:
        kind = f"file type {suffix}" if suffix else "file type (no extension)"
        yield _Failed(source, InputError(f"{source}: unsupported {kind}", _USE))
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        yield _Failed(source, InputError(f"{source}: cannot read the file: {reason}", "check its permissions"))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(data, path, source, dct)
        return
    kind = "html" if suffix in HTML_SUFFIXES else ("md" if suffix in (".md", ".markdown") else "txt")
    yield from _guard(source, lambda: [_read_bytes(data, source, path, kind, dct)])


def _guard(source: str, read) -> Iterator[Document | _Failed]:
    try:
        yield from read()
    except TimelineError as err:
        yield _Failed(source, err)


def _read_stdin(stdin: TextIO | None, dct: date | None) -> Document:
    if stdin is None:
        raise InputError("stdin: nothing to read from standard input", "pipe an article in, or give a file")
    try:
        interactive = stdin.isatty()
    except (AttributeError, ValueError):
        interactive = False
    if interactive:
        raise InputError("stdin: no article piped in", "pipe one in, e.g. timeline build - < article.txt, or give a file")
    buffer = getattr(stdin, "buffer", None)
    raw = buffer.read() if buffer is not None else stdin.read()
    note = None
    if isinstance(raw, bytes):
        if not raw.strip():
            raise InputError("stdin: empty input", "pipe an article in, or give a file")
        decoded = decode_bytes(raw, "stdin")
        raw, note = decoded.text, decoded.note
    if not raw.strip():
        raise InputError("stdin: empty input", "pipe an article in, or give a file")
    if _CONTROL.search(raw[:8192]):
        raise InputError("stdin: binary file, not text", "pipe a .txt, .md, .html or .jsonl article")
    raw = raw.lstrip("\ufeff")
    kind = "html" if looks_like_html(raw) else "md"
    return _make_document(raw, "stdin", "-", "stdin", kind, dct, note=note)


def _read_bytes(data: bytes, source: str, path: Path, kind: str, dct: date | None) -> Document:
    decoded = decode_bytes(data, source, html=kind == "html")
    return _make_document(decoded.text, source, str(path), path.stem, kind, dct, note=decoded.note)


# --- one document -------------------------------------------------------------------------------


def _make_document(
    text: str, source: str, path: str, default_id: str, kind: str, dct: date | None,
    *, fields: _Fields | None = None, note: str | None = None,
) -> Document:
    """A Document from decoded text of one kind ("txt", "md", "html"); ``fields`` from a JSONL record."""
    fields = fields or _Fields()
    removed: list[str] = [note] if note else []
    if kind != "html" and _HTML_FILE_START.match(text):
        kind = "html"  # a saved page under a text name
    if kind == "html":
        page = read_page(text, source, url=fields.url)
        removed.append("the page's navigation, menus, sidebars and footer (kept the main text only)")
        body = normalize_text(page.text)
        fields = replace(
            fields, url=page.url, title=fields.title or page.title, outlet=fields.outlet or page.outlet,
        )
        if fields.dct is None and page.dct is not None:
            fields = replace(fields, dct=page.dct, dct_source="html-metadata")
        if fields.dct is None and page.time_dct is not None:
            fields = replace(fields, dct=page.time_dct, dct_source="html-time")
    else:
        front, body = split_front_matter(normalize_text(text), source)
        if front is not None:
            fields = _merge_front(fields, front)
            if not body.strip():
                raise InputError(f"{source}: no article text after the front matter", "add the text below the closing ---")
        if kind == "md":
            body = strip_markdown(body)
    if fields.dct is None:
        from_url = date_from_url(fields.url)
        if from_url is not None:
            fields = replace(fields, dct=from_url, dct_source="url")
    if fields.dct is None:
        from_text = date_from_text(body)
        if from_text is not None:
            fields = replace(fields, dct=from_text, dct_source="dateline")
    if dct is not None:
        fields = replace(fields, dct=dct, dct_source="cli")
    cleaned = clean_text(body)
    if cleaned.foreign:
        raise LanguageError(f"{source}: looks like {cleaned.foreign}, not English", "the engine reads English only")
    if not cleaned.text.strip():
        raise InputError(f"{source}: no article text left once boilerplate is removed", "give the article's own text")
    removed.extend(cleaned.removed)
    if kind != "html":  # a page's text comes in blocks; a text or Markdown file may be wrapped at a width
        cleaned = replace(cleaned, text=unwrap_lines(cleaned.text))
    if fields.title is None and kind != "html":
        fields = replace(fields, title=_headline(cleaned.text))
    if fields.outlet is None:
        fields = replace(fields, outlet=credit_from_text(cleaned.text))
    return Document(
        id=fields.id or default_id,
        text=cleaned.text,
        dct=fields.dct,
        dct_source=fields.dct_source if fields.dct is not None else "none",
        path=path,
        url=fields.url,
        title=fields.title,
        outlet=fields.outlet,
        language="en",
        removed=tuple(removed),
    )


def _headline(text: str) -> str | None:
    """The first line of a text when it reads as its headline: a line of its own, before a blank line
    and more text, of 3 to 25 words, not closed like a sentence ("UN assembly demands Russian pullout")."""
    head, sep, rest = text.lstrip().partition("\n")
    head = head.strip()
    if not sep or not rest.startswith("\n") or not rest.strip() or head[-1:] in ".!?:;,":
        return None
    words = [w for w in head.split() if any(ch.isalpha() for ch in w)]
    return head if 3 <= len(head.split()) <= 25 and len(words) >= 3 else None  # (not "October 21, 2025")


def _merge_front(fields: _Fields, front: FrontMatter) -> _Fields:
    return replace(
        fields,
        dct=front.dct if front.dct is not None else fields.dct,
        dct_source="front-matter" if front.dct is not None else fields.dct_source,
        url=front.url or fields.url,
        title=front.title or fields.title,
        outlet=front.outlet or fields.outlet,
        id=front.id or fields.id,
    )


# --- JSONL --------------------------------------------------------------------------------------


def _read_jsonl(data: bytes, path: Path, source: str, dct: date | None) -> Iterator[Document | _Failed]:
    try:
        text = decode_bytes(data, source).text
    except TimelineError as err:
        yield _Failed(source, err)
        return
    found = False
    own_ids: dict[str, int] = {}  # an id a record gave itself -> its line
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{source}:{number}"
        for item in _guard(where, lambda: [_read_record(line, where, path, number, dct)]):
            if isinstance(item, Document) and item.id != _line_id(path, number):
                if item.id in own_ids:  # (a record's own id must name it alone: review decisions follow it)
                    item = _Failed(where, InputError(
                        f"{where}: id '{item.id}' is already the id of line {own_ids[item.id]}",
                        "give each record its own id, or leave the id out (the line number is then used)"))
                else:
                    own_ids[item.id] = number
            yield item
    if not found:
        yield _Failed(source, InputError(f"{source}: empty file", "add one JSON article a line"))


def _read_record(line: str, where: str, path: Path, number: int, dct: date | None) -> Document:
    fix = 'write one JSON object a line: {"id": ..., "text": ..., "published": "YYYY-MM-DD"}'
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        what = err.msg.removesuffix(" at")  # "Unterminated string starting at" + " at column" reads badly
        raise InputError(f"{where}: bad JSON at column {err.colno}: {what[:1].lower()}{what[1:]}", fix) from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, found {type(record).__name__}", fix)
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise InputError(f"{where}: no 'text' or 'html' field with the article", fix)
    fields = _record_fields(record, where)
    default_id = _line_id(path, number)
    if isinstance(text, str) and text.strip():
        kind = "html" if looks_like_html(text) else "txt"
        return _make_document(text, where, f"{path}:{number}", default_id, kind, dct, fields=fields)
    return _make_document(html, where, f"{path}:{number}", default_id, "html", dct, fields=fields)


def _line_id(path: Path, number: int) -> str:
    """The id of a JSONL record that gives none: the file's stem and the line number."""
    return f"{path.stem}-{number}"


def _url_id(url: str) -> str:
    """An id from a record's URL: its host and path as a slug ("example-org-news-2025-talks"), cut
    to 80 characters with a short hash of the whole URL when longer (two long URLs stay two ids)."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    bare = re.sub(r"^www\.", "", bare, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-") or "url"
    if len(slug) > 80:
        slug = slug[:80].rstrip("-") + "-" + stable_id(url, length=8)
    return slug


def _record_fields(record: dict[str, Any], where: str) -> _Fields:
    found: dict[str, Any] = {}
    for key in DATE_KEYS:
        value = record.get(key)
        if value is None or value == "":
            continue
        try:
            found["dct"] = coerce_dct(value)
        except DCTError as err:
            raise DCTError(f"{where}: '{key}': {err.what}", err.fix) from None
        found["dct_source"] = "jsonl"
        break
    for key, names in (("url", ("url",)), ("title", ("title",)), ("outlet", ("outlet",)), ("id", ("id", "doc"))):
        for name in names:  # "doc" is the id in `timeline tag --jsonl` records
            value = record.get(name)
            if value is None or isinstance(value, (dict, list, bool)):
                continue
            value = str(value).strip()
            if value:
                found[key] = value
                break
    if "id" not in found and found.get("url"):
        found["id"] = _url_id(found["url"])  # an article's address names it as well as an id would
    return _Fields(**found)


# --- inputs given twice -------------------------------------------------------------------------


_STDIN = Path("-")


class _SeenFiles:
    """The files read so far, by what they are on disk (device and inode, so a symlink or a second
    path to one file is the same file), with the names of those given again."""

    def __init__(self) -> None:
        self._first: dict[object, str] = {}
        self._again: dict[object, list[str]] = {}

    def first_time(self, path: Path, source: str) -> bool:
        """True the first time ``path`` is met; False (and remembered for the note) after."""
        if path is _STDIN:
            key: object = "-"
        else:
            try:
                info = path.stat()
            except OSError:
                return True  # missing or unreadable: reading reports it
            if not path.is_file():
                return True
            key = (info.st_dev, info.st_ino)
        if key not in self._first:
            self._first[key] = source
            return True
        self._again.setdefault(key, []).append(source)
        return False

    def first_stdin(self) -> bool:
        """True the first time ``-`` is met: standard input is read once."""
        return self.first_time(_STDIN, "-")

    def notes(self) -> list[str]:
        if not self._again:
            return []
        shown = [self._first[key] + "".join(f" (again as {other})" for other in others if other != self._first[key])
                 for key, others in self._again.items()]
        many = len(shown) != 1
        return [f"{len(shown)} file{'s' if many else ''} given more than once {'were' if many else 'was'} read once: "
                + ", ".join(shown[:5]) + (f" and {len(shown) - 5} more" if len(shown) > 5 else "")]


def _drop_same_documents(documents: list[Document]) -> tuple[list[Document], list[str]]:
    """The documents without those that repeat an earlier one's id, publication date and text
    (whitespace aside): the same document given twice (two copies of one file, a JSONL line
    repeated), read once; with one note naming them. Documents whose text only is the same are
    kept (two outlets can carry one wire story): the pipeline warns about those."""
    first: dict[tuple, Document] = {}
    kept: list[Document] = []
    dropped: list[str] = []
    for doc in documents:
        key = (doc.id, doc.dct, " ".join(doc.text.split()))
        earlier = first.get(key)
        if earlier is None:
            first[key] = doc
            kept.append(doc)
        else:
            dropped.append(f"{doc.path or doc.id} (same as {earlier.path or earlier.id})")
    if not dropped:
        return kept, []
    many = len(dropped) != 1
    return kept, [f"{len(dropped)} document{'s' if many else ''} with the same id, date and text as another "
                  f"{'were' if many else 'was'} read once: " + ", ".join(dropped[:5])
                  + (f" and {len(dropped) - 5} more" if len(dropped) > 5 else "")]


# --- ids ----------------------------------------------------------------------------------------


def _unique_ids(documents: list[Document]) -> list[Document]:
    """Ids unique in the batch: a repeated id gets -2, -3 ... in input order."""
    seen: set[str] = set()
    out = []
    for doc in documents:
        new_id, n = doc.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{doc.id}-{n}"
        seen.add(new_id)
        out.append(doc if new_id == doc.id else replace(doc, id=new_id))
    return out
