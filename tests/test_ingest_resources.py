"""Ingestion's data files load, and a malformed line fails with ``file:line: what is wrong``."""

from __future__ import annotations

import pytest

from timeline.errors import ResourceError
from timeline.ingest import resources


def test_ingest_resources_load():
    assert {lang.code for lang in resources.languages()} >= {"en", "es", "fr", "de", "ru"}
    assert resources.months()["oct"] == 10 and resources.months()["september"] == 9
    assert {c.kind for c in resources.cues()} == set(resources.CUE_KINDS)
    assert resources.url_dates() and resources.scripts()


@pytest.mark.parametrize(
    "parse, name, text, message",
    [
        (resources.parse_languages, "function_words.tsv", "en\tEnglish\tthe of\nes\tSpanish", "function_words.tsv:2: expected 3 tab-separated columns (code, name, words), found 2"),
        (resources.parse_languages, "function_words.tsv", "en\tEnglish\tthe Of", "function_words.tsv:1: 'Of' is not a lowercase word"),
        (resources.parse_languages, "function_words.tsv", "# c\nen\tEnglish\tthe\nen\tInglés\tof", "function_words.tsv:3: language 'en' is named 'English' elsewhere, 'Inglés' here"),
        (resources.parse_languages, "function_words.tsv", "EN\tEnglish\tthe", "function_words.tsv:1: language code 'EN' must be 2 or 3 lowercase letters"),
        (resources.parse_languages, "function_words.tsv", "es\tSpanish\tel", "function_words.tsv:1: no English ('en') words"),
        (resources.parse_scripts, "scripts.tsv", "04FF\t0400\tCyrillic", "scripts.tsv:1: first code point 04FF is after the last 0400"),
        (resources.parse_scripts, "scripts.tsv", "zz\t0400\tCyrillic", "scripts.tsv:1: code points must be hexadecimal, e.g. 0400"),
        (resources.parse_cues, "boilerplate.tsv", "banner\tx\tx", "boilerplate.tsv:1: unknown kind 'banner' (use one of label, prompt, social, notice, link)"),
        (resources.parse_cues, "boilerplate.tsv", "\n\nprompt\tsign (up\tSign up", "boilerplate.tsv:3: bad regular expression 'sign (up': missing ), unterminated subpattern at position 5"),
        (resources.parse_cues, "boilerplate.tsv", "prompt\tsign up\t", "boilerplate.tsv:1: the cue has no example"),
        (resources.parse_months, "months.tsv", "13\tundecember", "months.tsv:1: expected a month number 1-12, a tab, then names"),
        (resources.parse_url_dates, "url_dates.tsv", "/(?P<y>\\d{4})/\thttps://x/2025/\t2025-01-01", "url_dates.tsv:1: the pattern needs named groups y, m (or mon) and d"),
        (resources.parse_url_dates, "url_dates.tsv", "/(?P<y>\\d{4})/(?P<m>\\d\\d)/(?P<d>\\d\\d)/\thttps://x/2025/10/21/\t21.10.2025", "url_dates.tsv:1: the expected date must be YYYY-MM-DD, not '21.10.2025'"),
    ],
)
def test_ingest_resources_bad_line_names_file_and_line(parse, name, text, message):
    with pytest.raises(ResourceError) as info:
        parse(text, name)
    assert str(info.value) == f"resources/ingest/{message}"
