"""HTML pages (.html, .htm): main text, title, outlet and date of a news page.

- Text and title: trafilatura (main-content extraction: nav, footers, share bars and most boxes
  stay out; hover cards inside paragraphs are dropped first, html_cards.py). When trafilatura
  cannot be imported (it needs lxml's separate `lxml_html_clean` package), a built-in extractor
  takes over: it reads the article container (itemprop articleBody, <article>, <main>, else
  <body>) minus nav/header/footer/aside/forms/figures, hover cards and blocks whose class or id
  names a newsletter, share bar, related links, cookie banner or ad.
- Date: the page's own markup first (article:published_time, JSON-LD datePublished,
  <time datetime>, itemprop datePublished), read as written; then htmldate. published_from="html".
- Outlet: og:site_name, then JSON-LD publisher name, then the canonical URL's domain.
- URL: <link rel=canonical>, then og:url.
A page without main text is refused (ReadError -> IngestError "no article text found").
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import lxml.etree
import lxml.html

from dateline.errors import ReadError
from dateline.ingest.metadata_dates import parse_date
from dateline.ingest.decode import decode_bytes
from dateline.ingest.html_cards import drop_inline_cards
from dateline.ingest.fields import as_text, as_url
from dateline.models import RawArticle

log = logging.getLogger(__name__)

# Paragraph-level elements: each becomes its own paragraph of text.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre section article header footer aside "
    "table tr dd dt dl figure figcaption main address hr".split()
)
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas")
# Page parts that are never the article (built-in extractor).
BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form", "figure", "button", "dialog", "menu")
BOILERPLATE_CLASS = re.compile(
    r"newsletter|subscribe|signup|sign-up|share|social|related|recommend|cookie|consent|promo|"
    r"advert|\bads?\b|\bad-|sponsor|comment|footer|\bnav|menu|sidebar|breadcrumb|byline|caption|"
    r"popup|modal|paywall|outbrain|taboola|most-read|trending|tags",
    re.IGNORECASE,
)
# A page this big is not an article page (and parsing it would be slow).
MAX_HTML_CHARS = 5_000_000


def _paragraphs(element: lxml.html.HtmlElement) -> list[str]:
    """The text of `element`, one string per block (paragraph, heading, list item)."""
    parts: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            parts.append(text)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in DROP_TAGS:
            if node.tail:
                current.append(node.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            flush()
        if node.text and tag:
            current.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            current.append(node.tail)

    walk(element)
    flush()
    return parts


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's description, a JSONL `text` in HTML).

    Paragraphs are separated by blank lines; tags, scripts and styles go; entities are decoded.
    """
    if not isinstance(fragment, str) or not fragment.strip():
        return ""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]{0,500}>", " ", fragment)
    return "\n\n".join(_paragraphs(root))


def looks_like_html(text: str) -> bool:
    """Whether a fragment of text is HTML markup rather than text with a stray "<"."""
    return bool(re.search(r"<(p|br|div|a|span|em|strong|b|i|h[1-6]|ul|li|img|figure)\b[^>]{0,300}>", text, re.IGNORECASE))


# ----------------------------------------------------------------------------- page metadata


def _meta(doc: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for node in doc.xpath(f"//meta[@{attr}=$name]", name=name):
                content = (node.get("content") or "").strip()
                if content:
                    return content
    return None


def _json_ld(doc: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """JSON-LD objects of the page, @graph flattened."""
    objects: list[dict[str, Any]] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(objects) < 100:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return objects


def _is_article(obj: dict[str, Any]) -> bool:
    types = obj.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.endswith(("Article", "NewsArticle", "Posting", "Report")) for t in types)


def page_metadata(doc: lxml.html.HtmlElement, html: str) -> dict[str, Any]:
    """title, source, url, published, author, description, language of a page (None when absent)."""
    articles = [obj for obj in _json_ld(doc) if _is_article(obj)]
    ld = articles[0] if articles else {}
    publisher = ld.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    canonical = next((as_url(n.get("href")) for n in doc.xpath('//link[@rel="canonical"]')), None)
    url = canonical or as_url(_meta(doc, "og:url")) or as_url(ld.get("url") if isinstance(ld.get("url"), str) else None)
    source = as_text(_meta(doc, "og:site_name")) or (
        as_text(publisher.get("name")) if isinstance(publisher, dict) else as_text(publisher)
    )
    if not source and url:
        source = urlparse(url).hostname
        source = source[4:] if source and source.startswith("www.") else source
    published = None
    for value in (
        _meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date"),
        ld.get("datePublished"),
        next(iter(doc.xpath("//time[@datetime]/@datetime")), None),
    ):
        published = parse_date(value) if isinstance(value, str) else None
        if published:
            break
    if not published:
        published = _htmldate(html)
    title = as_text(_meta(doc, "og:title")) or as_text(ld.get("headline"))
    if not title:
        h1 = doc.xpath("//h1")
        title = as_text(h1[0].text_content()) if h1 else None
    if not title:
        title = as_text(doc.findtext(".//title"))
    author = ld.get("author")
    if isinstance(author, list):
        author = [a.get("name") if isinstance(a, dict) else a for a in author]
    elif isinstance(author, dict):
        author = author.get("name")
    return {
        "title": title,
        "source": source,
        "url": url,
        "published": published,
        "author": as_text(author) or as_text(_meta(doc, "author", "article:author")),
        "description": as_text(_meta(doc, "og:description", "description")),
        "language": (doc.get("lang") or "").split("-")[0].lower() or None,
    }


def _htmldate(html: str) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception as exc:  # htmldate on hostile markup: a missing date, not a failure
        log.debug("htmldate failed: %s", exc)
        return None
    return parse_date(found) if found else None


# ----------------------------------------------------------------------------- main text


@lru_cache(maxsize=1)
def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        log.warning(
            "trafilatura cannot be imported (%s); using dateline's built-in HTML extractor", exc
        )
        return None
    return trafilatura


def _builtin_text(doc: lxml.html.HtmlElement) -> str:
    body = doc.find("body")
    root = body if body is not None else doc
    drop_inline_cards(root)
    for tag in DROP_TAGS + BOILERPLATE_TAGS:
        for node in root.xpath(f".//{tag}"):
            node.drop_tree()
    for node in root.xpath(".//*[@class or @id]"):
        if node.getparent() is None:
            continue
        label = f"{node.get('class', '')} {node.get('id', '')}"
        if BOILERPLATE_CLASS.search(label) and node.tag not in ("article", "main", "body"):
            node.drop_tree()
    for xpath in ('.//*[@itemprop="articleBody"]', ".//article", ".//main"):
        found = root.xpath(xpath)
        if found:
            root = found[0]
            break
    paragraphs = _paragraphs(root)
    # The headline usually opens the container; the title field has it.
    h1 = root.xpath(".//h1")
    if h1 and paragraphs and paragraphs[0] == " ".join(h1[0].text_content().split()):
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _without_cards(html: str, trafilatura: Any) -> Any:
    """The page for trafilatura: parsed by trafilatura's own loader with its hover cards
    dropped (html_cards.py) when it has any, else the markup as it came."""
    tree = trafilatura.utils.load_html(html)
    if tree is not None and drop_inline_cards(tree):
        return tree
    return html


def main_text(html: str, doc: lxml.html.HtmlElement) -> str:
    """The article text of a page, paragraphs separated by blank lines."""
    trafilatura = _trafilatura()
    if trafilatura is not None:
        extracted = trafilatura.extract(
            _without_cards(html, trafilatura), include_comments=False, include_tables=True,
            include_images=False, favor_precision=True, deduplicate=False, with_metadata=False,
        )
        if extracted:
            return "\n\n".join(line.strip() for line in extracted.split("\n") if line.strip())
    return _builtin_text(doc)


def parse_html_article(html: str, *, origin: str) -> RawArticle:
    """One article from an HTML page. Raises ReadError when the page has no article text."""
    if len(html) > MAX_HTML_CHARS:
        raise ReadError(f"HTML page too large ({len(html):,} characters)")
    try:
        doc = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ReadError(f"not a readable HTML page: {exc}") from exc
    meta = page_metadata(doc, html)
    text = main_text(html, doc)
    if not text.strip():
        raise ReadError("no article text found in the HTML page (no body or main text)")
    metadata = {k: meta[k] for k in ("author", "description", "language") if meta[k]}
    if metadata.get("language"):
        metadata["html_lang"] = metadata.pop("language")
    return RawArticle(
        origin=origin,
        text=text,
        title=meta["title"],
        published=meta["published"],
        published_from="html" if meta["published"] else None,
        source=meta["source"],
        url=meta["url"],
        format="html",
        metadata=metadata,
    )


def read_html(path: Path, data: bytes) -> Iterator[RawArticle]:
    """Reader for .html / .htm files."""
    html, encoding = decode_bytes(data)
    if not html.strip():
        raise ReadError("empty file")
    article = parse_html_article(html, origin=str(path))
    if encoding not in ("utf-8", "ascii"):
        article.metadata["encoding"] = encoding
    yield article
