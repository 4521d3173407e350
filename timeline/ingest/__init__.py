"""Ingestion: articles (text, Markdown, HTML, JSONL, stdin) into Documents with their
publication date (DCT) and where it came from, boilerplate removed, non-English refused."""

from timeline.ingest.dct import date_from_url, parse_dct
from timeline.ingest.read import SUPPORTED, read_document, read_inputs, read_inputs_with_notes, skipped_files

__all__ = ["SUPPORTED", "date_from_url", "parse_dct", "read_document", "read_inputs", "read_inputs_with_notes", "skipped_files"]
