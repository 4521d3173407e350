"""HTML pages: the article's main text (trafilatura), its title and URL, and its publication date
from the page's metadata (htmldate on the <meta> tags and JSON-LD), else from a date the page's
body marks up as its own (``time_element_date``: a ``<time datetime>`` or ``datePublished``, never
a date among the words of the text); never from the clock or the file's modification time."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from timeline.errors import InputError

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE | re.DOTALL)
#: the extractors log warnings about odd pages; library code never prints, so keep them quiet
for _name in ("trafilatura", "htmldate", "readability_lxml", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_TAGS = re.compile(r"</?(?:p|div|body|html|br|article|span|a|h[1-6])\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    dct: date | None  # from metadata only
    time_dct: date | None = None  # from a <time datetime> that dates the page (``time_element_date``)


def looks_like_html(text: str) -> bool:
    """True for a page (starts with a doctype or a typical tag, or is dense with tags)."""
    if _HTML_START.match(text):
        return True
    return len(_TAGS.findall(text[:5000])) >= 5


def read_page(html: str, source: str, url: str | None = None) -> Page:
    """The main text and metadata of a page; InputError when no article text can be found."""
    import trafilatura
    from lxml import html as lxml_html

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares an encoding
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:  # lxml raises several types for unusable markup
        tree = None
    if tree is None:
        raise _no_text(source)
    dct = metadata_date(tree)
    canonical = _canonical(tree)
    head_title = _first_text(tree, ".//title")
    result = None
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura can fail on odd markup; treat as "no text"
        result = None
    text = getattr(result, "text", None) or ""
    if not text.strip():
        text = _fallback_text(tree)
    if not text.strip():
        raise _no_text(source)
    title = getattr(result, "title", None) or head_title
    page_url = url or canonical or getattr(result, "url", None)
    return Page(text=text, title=title or None, url=page_url or None, outlet=getattr(result, "sitename", None) or None, dct=dct,
                time_dct=time_element_date(tree) if dct is None else None)


_MODIFIED = re.compile(r"modif|updat|revis", re.IGNORECASE)
_MODIFIED_JSON = re.compile(r'"date(?:Modified|Updated)"\s*:\s*"[^"]*"\s*,?', re.IGNORECASE)


def metadata_date(tree) -> date | None:
    """The publication date in the page's <meta> tags or JSON-LD, via htmldate on a copy of the
    page that holds only those (so no body text, no title, no URL can be used)."""
    from htmldate import find_date
    from lxml import html as lxml_html

    parts = []
    for element in tree.iter("meta", "script"):
        if element.tag == "script":
            if "ld+json" not in (element.get("type") or "").lower():
                continue
            # a JSON-LD "dateModified" is when the page changed, not when the article was published
            parts.append(_MODIFIED_JSON.sub("", lxml_html.tostring(element, encoding="unicode", with_tail=False)))
            continue
        if any(_MODIFIED.search(str(value)) for key, value in element.attrib.items() if key != "content"):
            continue  # article:modified_time, og:updated_time, last-modified, dateModified
        parts.append(lxml_html.tostring(element, encoding="unicode", with_tail=False))
    if not parts:
        return None
    root = "<html><head>" + "".join(parts) + "</head><body></body></html>"
    try:
        found = find_date(root, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on malformed metadata: no date rather than a crash
        return None
    if not found:
        return None
    try:
        return date.fromisoformat(found[:10])
    except ValueError:
        return None


#: blocks of running text: a <time> inside one, among a sentence's words, dates what the sentence tells
_TEXT_BLOCKS = frozenset({"p", "blockquote", "td", "dd", "figcaption", "q"})
#: where a page lists or links other pages (related stories, menus, the footer, a list of links):
#: a <time> there dates another article
_OTHER_PAGES = frozenset({"aside", "nav", "footer", "a", "li"})
#: words around a <time> in its block from which the block reads as running text, not a byline
_RUNNING_TEXT_WORDS = 12


def time_element_date(tree) -> date | None:
    """The publication date a page marks up in its body, for pages without one in their metadata:
    in order, an element marked as the publication date (``itemprop="datePublished"``, or a
    ``<time pubdate>``), then the first ``<time datetime>`` in a ``<header>``, then the first
    ``<time datetime>`` that is not among the words of running text (a ``<time>`` inside a
    paragraph's sentence dates what the sentence tells, not the page). A time marked or introduced
    as an update ("Updated <time ...>", ``class="modified"``) is never used; a value that is not a
    full date is passed over. None if nothing qualifies."""
    marked, in_header, standalone = [], [], []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        tag = element.tag.lower()
        ancestors = {a.tag.lower() for a in element.iterancestors() if isinstance(a.tag, str)}
        if ancestors & _OTHER_PAGES:
            continue  # a list of other articles, the site's menus and footer: their dates, not this page's
        itemprop = (element.get("itemprop") or "").strip().lower()
        if itemprop == "datepublished":
            marked.append(element)
        elif tag == "time" and element.get("pubdate") is not None:
            marked.append(element)
        elif tag == "time" and element.get("datetime"):
            if "header" in ancestors:
                in_header.append(element)
            elif not _in_running_text(element):
                standalone.append(element)
    for element in marked + in_header + standalone:
        if _marked_as_update(element):
            continue
        value = element.get("datetime") or element.get("content") or ""
        if not value and any(element is m for m in marked):
            value = element.text_content()  # <time pubdate>22 November 2023</time>
        day = _full_date(value)
        if day is not None:
            return day
    return None


def _in_running_text(element) -> bool:
    block = next((a for a in element.iterancestors() if isinstance(a.tag, str) and a.tag.lower() in _TEXT_BLOCKS), None)
    if block is None:
        return False
    words = len(block.text_content().split()) - len(element.text_content().split())
    return words >= _RUNNING_TEXT_WORDS


def _marked_as_update(element) -> bool:
    if any(_MODIFIED.search(str(value)) for key, value in element.attrib.items() if key in ("class", "id", "itemprop", "name")):
        return True
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text if element.getparent() is not None else "") or ""
    return bool(_MODIFIED.search(before[-30:]))


def _full_date(value: str) -> date | None:
    from timeline.errors import DCTError
    from timeline.ingest.dct import parse_dct

    value = " ".join(value.split())
    if not value:
        return None
    try:
        return parse_dct(value)
    except DCTError:
        return None


def _canonical(tree) -> str | None:
    for xpath in ('.//link[@rel="canonical"]/@href', './/meta[@property="og:url"]/@content'):
        found = tree.xpath(xpath)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def _first_text(tree, xpath: str) -> str | None:
    found = tree.find(xpath)
    if found is None:
        return None
    text = " ".join("".join(found.itertext()).split())
    return text or None


def _fallback_text(tree) -> str:
    """Paragraph text when trafilatura finds no main block (a very short page)."""
    paragraphs = []
    for p in tree.iter("p"):
        words = " ".join("".join(p.itertext()).split())
        if words:
            paragraphs.append(words)
    return "\n".join(paragraphs)


def _no_text(source: str) -> InputError:
    return InputError(f"{source}: no article text found in the HTML", "save the full article page, or paste its text into a .txt file")
