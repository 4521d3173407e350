"""Article text is hostile input: it reaches the HTML escaped and the CSV neutralized, end to end."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from timeline.cli import app

HOSTILE = (
    "---\npublished: 2025-03-12\ntitle: \"<img src=x onerror=alert('title')>\"\n---\n"
    "=HYPERLINK(\"http://evil.example\",\"x\") Armenia and Azerbaijan signed a peace agreement in Washington on Monday.\n"
    "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday <script>alert('xss')</script> "
    "and agreed to meet again next month.\n"
)


def test_cli_hostile_text_is_escaped_in_html_and_neutralized_in_csv(tmp_path):
    article = tmp_path / "hostile.md"
    article.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(out), "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.stderr
    page = (out / "hostile.html").read_text("utf-8")
    assert "<script>alert('xss')</script>" not in page
    assert "<img src=x onerror" not in page
    assert "alert(&#x27;title&#x27;)" in page or "alert(&#39;title&#39;)" in page or "\\u003cimg" in page
    rows = list(csv.DictReader(io.StringIO((out / "hostile.events.csv").read_text("utf-8-sig"))))
    assert rows, "the article has events"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), (value, row["id"])
    hyperlink = [r for r in rows if "HYPERLINK" in r["sentence"]]
    assert hyperlink and all(r["sentence"].startswith("'=HYPERLINK") for r in hyperlink)
