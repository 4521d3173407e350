"""Boilerplate inside a plain text is removed by whole lines, said in Document.removed, and the
article's own text is kept intact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.ingest import read_inputs, resources
from timeline.ingest.clean import _classify, clean_text, normalize_text, strip_markdown

SEED = "elpais-budapest-summit-canceled.txt"


def _seed(fixtures):
    raw = (fixtures / "ingest" / SEED).read_text(encoding="utf-8")
    documents, errors = read_inputs([str(fixtures / "ingest" / SEED)])
    assert errors == []
    return raw, documents[0]


def test_ingest_seed_keeps_every_article_line_and_no_boilerplate(fixtures):
    raw, doc = _seed(fixtures)
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    # the article is everything before the newsletter prompt; everything from there on is the page's
    end = next(i for i, line in enumerate(lines) if line.startswith("Sign up for our weekly newsletter"))
    kept = doc.text.split("\n")
    article = lines[:end]
    assert [line for line in kept if line] == article
    for line in lines[end:]:
        assert line not in kept, line


def test_ingest_seed_removals_said_in_words(fixtures):
    _, doc = _seed(fixtures)
    said = " | ".join(doc.removed)
    assert "subscription or newsletter prompt" in said
    assert "in Spanish, not English" in said
    assert "'Most viewed' section label and the 5 lines listed under it" in said
    assert "'More information'" in said


def test_ingest_seed_boilerplate_only_at_the_end(fixtures):
    # offsets stay meaningful: the article's text is a prefix of the file's own text (nothing was
    # removed from inside it)
    raw, doc = _seed(fixtures)
    assert raw.startswith(doc.text)


@pytest.mark.parametrize("cue", resources.cues(), ids=lambda c: f"line{c.line}-{c.kind}")
def test_ingest_boilerplate_cue_examples_are_recognized(cue):
    line = _classify(cue.example)
    assert line.kind == cue.kind, cue.example


@pytest.mark.parametrize(
    "line",
    [
        # article prose that starts like a cue or names one, kept
        "Sign up sheets were circulated among the delegates, the ministry said, before the vote on Tuesday.",
        "The ministers agreed to share intelligence on the movement of troops along the border, officials said.",
        "Related talks in Geneva last week ended without agreement, and both sides blamed each other for the failure.",
        "The latest round of talks ended on Friday.",
        "Read more than 300 pages of the treaty, the negotiators said, and you will see the gaps.",
        "Most viewed the summit as a failure.",
        "“We cannot postpone what has not been agreed upon,” Deputy Foreign Minister Sergei Ryabkov said.",
        "Moscow, however, rejected the proposal.",
        "White House announces that Trump-Putin summit in Budapest has been canceled",
        "Iran has refused to subscribe to the declaration, officials said on Tuesday.",
        "José Manuel Albares de la Fuente en Bruselas",
        "Juan Carlos de la Torre y los Santos, María de los Ángeles",
        "The foreign ministers of Spain and Portugal, José Manuel Albares and Paulo Rangel, met in Lisbon.",
    ],
)
def test_ingest_prose_is_not_boilerplate(line):
    assert _classify(line).kind == "body", line


def test_ingest_label_list_removed_up_to_the_next_paragraph():
    text = (
        "The ministers met in Geneva on Monday.\n"
        "Related\n"
        "- Five things to know about the talks\n"
        "Why the corridor matters\n"
        "\n"
        "The talks resumed on Tuesday after a short break, and both delegations said progress had been made.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == (
        "The ministers met in Geneva on Monday.\n\n"
        "The talks resumed on Tuesday after a short break, and both delegations said progress had been made."
    )
    assert cleaned.removed == ("a 'Related' section label and the 2 lines listed under it",)


@pytest.mark.parametrize(
    "line, language",
    [
        ("Si continúas leyendo en este dispositivo, no se podrá leer en el otro.", "Spanish"),
        ("Abonnez-vous pour lire la suite de cet article et soutenir notre rédaction.", "French"),
        ("Melden Sie sich an, um den ganzen Artikel zu lesen, und unterstützen Sie uns.", "German"),
    ],
)
def test_ingest_foreign_lines_removed(line, language):
    text = "The ministers met in Geneva on Monday and agreed to resume the talks next month.\n" + line
    cleaned = clean_text(text)
    assert cleaned.text == "The ministers met in Geneva on Monday and agreed to resume the talks next month."
    assert cleaned.removed[0].startswith(f"1 line in {language}, not English")


def test_ingest_english_line_with_foreign_quote_kept():
    text = "“No pasarán,” the minister told reporters in Madrid on Monday, quoting the old slogan of the republic."
    assert clean_text(text).text == text


def test_ingest_markdown_stripped_words_kept():
    assert strip_markdown("## Talks *resume*\n\n**Armenia** met [Azerbaijan](https://x.example) ![map](m.png)") == (
        "Talks resume\n\nArmenia met Azerbaijan "
    )


_PIECES = list("abcdefghij klmnop.,;:!?'-\u201c\u201d\u00e9ÁÑ0123456789\t") + [
    "the ", "de ", "la ", "que ", "Related", "Sign up for ", "Most viewed", "- ", "Advertisement",
]
_LINE = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=25))
def test_ingest_cleaning_removes_whole_lines_only(lines):
    text = normalize_text("\n".join(lines))
    cleaned = clean_text(text)
    if cleaned.foreign:
        return
    source = [line.rstrip() for line in text.split("\n")]
    # every kept line is a line of the input, in order: nothing is rewritten inside a line
    position = 0
    for line in cleaned.text.split("\n"):
        if not line:
            continue
        assert line.rstrip() in source[position:], f"rewritten or out of order: {line!r}"
        position = source.index(line.rstrip(), position) + 1


def test_ingest_wire_and_site_boilerplate_removed_story_kept():
    story = [
        "Zelenskiy meets Trump at the White House as European leaders look on",
        "WASHINGTON (AP) — Ukrainian President Volodymyr Zelenskiy met U.S. President Donald Trump at the White "
        "House on Monday, joined by European leaders who flew to Washington to show support for Kyiv.",
        "Trump said after the meeting that he had called Russian President Vladimir Putin to begin arranging a "
        "meeting between Putin and Zelenskiy.",
        "“We are ready for a trilateral meeting,” Zelenskiy told reporters.",
    ]
    text = "\n".join([
        "Skip to main content", "Advertisement", "Supported by", story[0], "Published", "2 hours ago",
        "Share full article", "Save", story[1], "Photo: Evan Vucci/AP", story[2], "Read more: Europe scrambles to respond",
        story[3], "Associated Press writer Jane Doe in London contributed to this report.", "Explore more on these topics",
        "Ukraine", "Russia", "Donald Trump", "Reuse this content", "© 2025 Example News. All rights reserved.",
    ])
    cleaned = clean_text(normalize_text(text))
    assert [line for line in cleaned.text.split("\n") if line.strip()] == story


def test_ingest_trailing_headline_list_without_label_is_removed_and_described():
    from timeline.ingest.clean import clean_text

    article = ("The ministers met in Geneva on Monday.\n\n"
               "They agreed to meet again next month, officials said.")
    headlines = ("Ukraine says drones hit refinery deep inside Russia\n"
                 "Oil prices climb as Gulf tensions rise\n"
                 "What we know about the new sanctions package")
    cleaned = clean_text(article + "\n\n" + headlines)
    assert cleaned.text == article
    assert cleaned.removed == ("a list of 3 headlines after the article's last sentence "
                               "('Ukraine says drones hit refinery deep inside Russi…')",)


@pytest.mark.parametrize(
    "ending",
    [
        "Key outcomes:\n- A ceasefire from Friday\n- Talks to resume in May",  # a short list: kept
        "Oil prices climb as Gulf tensions rise\nWhat we know about the new sanctions package",  # two lines
        "Talks resume\nin Geneva today\nofficials say",  # not headlines: lowercase, short
    ],
)
def test_ingest_trailing_lines_that_are_not_a_headline_list_are_kept(ending):
    from timeline.ingest.clean import clean_text

    text = "The ministers met in Geneva on Monday.\n\n" + ending
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "first, removed",
    [
        ("By Jane Roe", True),
        ("By Jane Roe and John Doe, Reuters", True),
        ("By Friday, Russia had withdrawn its troops.", False),  # prose
        ("By Sunday", False),  # a date, not a name
        ("By the end of the year", False),
    ],
)
def test_ingest_byline_is_removed_but_not_a_by_phrase(first, removed):
    from timeline.ingest.clean import clean_text

    cleaned = clean_text(first + "\n\nThe ministers met in Geneva on Monday.")
    assert (cleaned.text == "The ministers met in Geneva on Monday.") is removed


def test_ingest_trailing_dated_chronology_of_sentences_is_kept():
    """A chronology at the end of an explainer ("- March 3, 2021: the council voted ...") is bulleted
    like a list of other stories, but its lines are sentences that end with a full stop: kept."""
    from timeline.ingest.clean import clean_text

    article = "The ministers met in Geneva on Monday.\n\nHow it unfolded"
    chronology = ("- March 3, 2021: the two governments opened talks in Oslo.\n"
                  "- June 9, 2021: Lisbon recalled its ambassador after a border incident.\n"
                  "- October 2, 2022: the ministers signed a first accord on fishing rights.")
    text = article + "\n\n" + chronology
    assert clean_text(text).text == text
    assert clean_text(text).removed == ()


def test_ingest_trailing_bulleted_headline_list_is_still_removed():
    from timeline.ingest.clean import clean_text

    article = "The ministers met in Geneva on Monday.\n\nThey agreed to meet again next month, officials said."
    headlines = ("- Ukraine says drones hit refinery deep inside Russia\n"
                 "- Oil prices climb as Gulf tensions rise\n"
                 "- What we know about the new sanctions package")
    cleaned = clean_text(article + "\n\n" + headlines)
    assert cleaned.text == article
