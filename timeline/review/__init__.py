"""Analyst review sessions: the session logic (decisions applied, dates re-propagated), the web
app's server, exports that honour decisions. The data lives in ``timeline.store``."""

from timeline.review.export import REVIEW_FIELD, export_csv, export_html, export_json, review_records
from timeline.review.extract import extract_for_review
from timeline.review.server import ReviewServer
from timeline.review.service import ReviewSession

__all__ = [
    "REVIEW_FIELD", "ReviewServer", "ReviewSession", "export_csv", "export_html", "export_json",
    "extract_for_review", "review_records",
]
