"""A page's modified or updated date is never taken for its publication date."""

from __future__ import annotations

import pytest
from lxml import html

from timeline.ingest.html import metadata_date


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<meta property="article:published_time" content="2024-03-07T10:00:00Z">'
         '<meta property="article:modified_time" content="2024-03-09T10:00:00Z">', "2024-03-07"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2024-03-09", '
         '"datePublished": "2024-03-07"}</script>', "2024-03-07"),
        ('<meta property="article:modified_time" content="2024-03-09T10:00:00Z">', None),
        ('<meta property="og:updated_time" content="2024-03-09T10:00:00Z">', None),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2024-03-09"}</script>', None),
    ],
)
def test_ingest_metadata_date_ignores_modified_dates(head, expected):
    page = f"<html><head>{head}</head><body><p>The ministers met.</p></body></html>"
    found = metadata_date(html.fromstring(page))
    assert (found.isoformat() if found else None) == expected
