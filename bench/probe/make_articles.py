"""Write bench/probe/articles/<id>.md from the snippets in bench/probe/snippets.txt.

A snippet is "@ <id> <DCT> <weekday>", then "T: <title>", then its body lines. The weekday is checked
against the DCT, so a snippet's relative dates ("on Monday", "last week") were written against the
right day of the week.

Run: python bench/probe/make_articles.py  (rewrites articles/)."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTLET = "timeline probe (written for the project)"


def read_snippets(path: Path = HERE / "snippets.txt") -> list[dict]:
    snippets, cur = [], None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") and cur is None:
            continue
        if line.startswith("@ "):
            sid, dct, wd = line[2:].split()
            dct_d = date.fromisoformat(dct)
            assert f"{dct_d:%a}" == wd, f"{sid}: {dct} is a {dct_d:%a}, not {wd}"
            cur = {"id": sid, "dct": dct_d, "title": None, "body": []}
            snippets.append(cur)
        elif line.startswith("T: "):
            cur["title"] = line[3:].strip()
        elif line.strip():
            cur["body"].append(line.strip())
    ids = [s["id"] for s in snippets]
    assert len(ids) == len(set(ids)), "duplicate snippet id"
    for s in snippets:
        assert re.fullmatch(r"[a-z]+-\d{3}", s["id"]) and s["title"] and s["body"], s["id"]
    return snippets


def main() -> int:
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    snippets = read_snippets()
    for s in snippets:
        title = s["title"].replace('"', '\\"')
        url = f"https://probe.timeline.example/{s['dct']:%Y/%m/%d}/{s['id']} (illustrative)"
        text = (f'---\ntitle: "{title}"\npublished: {s["dct"].isoformat()}\nurl: {url}\n'
                f'outlet: "{OUTLET}"\n---\n\n' + "\n\n".join(s["body"]) + "\n")
        (out / f"{s['id']}.md").write_text(text, "utf-8")
    print(f"{len(snippets)} snippets written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
