"""Article text from an HTML page: headline, paragraphs and metadata, through a real parser.

The page is parsed with BeautifulSoup (stdlib ``html.parser`` backend). Meta
tags and JSON-LD give the publication date, URL, outlet and title; scripts,
navigation, headers, footers, asides, forms and boxes whose class or id names
them as sharing, related links, comments or ads are dropped. What remains of
the article (its ``<article>`` element when there is one) is laid out as text:
the headline (``<h1>``, else ``<title>``), then one line per ``<h2>``-``<h6>``
(subheads), ``<p>``, ``<blockquote>``, ``<li>`` and ``<figcaption>``, blank
lines between them. The line kinds the markup implies are returned as hints
for :func:`rasd.structure.analyse_text`, which still recognises furniture,
date lines and captions inside them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bs4 import BeautifulSoup, Tag

from rasd.lexicon import load_yaml

__all__ = ["HtmlArticle", "html_to_article", "looks_like_html"]

_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption")
_HINTS = {"h1": "subhead", "li": "item", "figcaption": "caption", "p": "text", "blockquote": "text"}
_KEEP_TAGS = frozenset({"html", "body", "main", "article"})
_BREAK = "\ue000"
_SPACE_RE = re.compile(rf"[^\S{_BREAK}]+")
_CLASS_WORD_RE = re.compile(r"[a-z0-9]+")
_HTML_RE = re.compile(r"<\s*(?:p|br|div|h[1-6]|article|html|body|li|span)\b[^>]*>", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")


@dataclass
class HtmlArticle:
    """The readable part of an HTML page.

    Attributes:
        text: The article laid out as lines (the text offsets refer to).
        hints: Kind implied by the markup for each line index of ``text``
            (``headline``, ``subhead``, ``item``, ``caption``, ``text``); empty
            when the page had no block elements and the text was taken whole.
        title: The headline (``<h1>``, else ``og:title``, else ``<title>``).
        published: The raw publication date of the metadata, or ``""``.
        url: ``og:url`` or the canonical link, or ``""``.
        outlet: ``og:site_name`` or the JSON-LD publisher, or ``""``.
    """

    text: str
    hints: dict[int, str] = field(default_factory=dict)
    title: str = ""
    published: str = ""
    url: str = ""
    outlet: str = ""


def looks_like_html(text: str) -> bool:
    """True when a text (e.g. the body field of a JSON record) is HTML markup."""
    return _HTML_RE.search(text) is not None


@lru_cache(maxsize=1)
def _html_config() -> dict[str, Any]:
    return load_yaml("page_furniture.yaml")["html"]


def _clean(text: str) -> str:
    """Collapse HTML white space to single spaces, keeping ``<br>`` breaks."""
    lines = (_SPACE_RE.sub(" ", part).strip() for part in text.split(_BREAK))
    return "\n".join(line for line in lines if line)


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    """Meta tags by lower-cased property, name or itemprop (first one wins)."""
    out: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and str(key).lower() not in out:
            out[str(key).lower()] = str(content).strip()
    return out


def _walk_json(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside a JSON-LD document (through lists and ``@graph``)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            if isinstance(value, dict | list):
                yield from _walk_json(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_json(item)


def _json_ld(soup: BeautifulSoup) -> dict[str, str]:
    """``datePublished``, ``headline``, ``url`` and publisher name from JSON-LD scripts."""
    out: dict[str, str] = {}
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for obj in _walk_json(data):
            for key in ("datePublished", "headline", "url"):
                if isinstance(obj.get(key), str) and key not in out:
                    out[key] = obj[key].strip()
            publisher = obj.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                out.setdefault("publisher", publisher["name"].strip())
    return out


def _first(mapping: dict[str, str], keys: list[str]) -> str:
    return next((mapping[k] for k in keys if mapping.get(k)), "")


def _is_box(tag: Tag, words: frozenset[str], n_paragraphs: int) -> bool:
    """True for an element whose class or id names a non-article box (and holds little text)."""
    if tag.name in _KEEP_TAGS or tag.attrs is None:
        return False
    attrs = " ".join([*tag.get("class", []), str(tag.get("id", ""))]).lower()
    if not words.intersection(_CLASS_WORD_RE.findall(attrs)):
        return False
    return len(tag.find_all("p")) * 2 <= n_paragraphs


def _drop_furniture(soup: BeautifulSoup) -> None:
    """Remove dropped tags and boxes named as sharing, related links, ads and the like."""
    cfg = _html_config()
    for tag in soup.find_all(cfg["drop_tags"]):
        tag.decompose()
    words = frozenset(cfg["drop_class_words"])
    n_paragraphs = len(soup.find_all("p"))
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        if _is_box(tag, words, n_paragraphs):
            tag.decompose()


def _strip_site_name(title: str, site: str) -> str:
    """Remove a trailing ``| Site`` or ``- Site`` (the known site name) from a ``<title>``."""
    for sep in _TITLE_SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if head and site and tail.strip() == site.strip():
            return head.strip()
    return title


def _blocks(root: Tag) -> Iterator[tuple[str, str]]:
    """Innermost block elements of ``root`` in document order, as (tag name, text)."""
    for br in root.find_all("br"):
        br.replace_with(_BREAK)
    for tag in root.find_all(_BLOCK_TAGS):
        if tag.find(_BLOCK_TAGS) is not None:
            continue
        text = _clean(tag.get_text(""))
        if text:
            yield tag.name, text


def _root(soup: BeautifulSoup) -> Tag:
    """The ``<article>`` with most paragraphs, else ``<body>``, else the whole document."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.find_all("p")))
    return soup.body or soup


def html_to_article(markup: str) -> HtmlArticle:
    """Lay out the article of an HTML page as text with line hints and metadata.

    Args:
        markup: The HTML source.

    Returns:
        An :class:`HtmlArticle`.
    """
    soup = BeautifulSoup(markup, "html.parser")
    meta, ld = _meta(soup), _json_ld(soup)
    cfg = _html_config()
    outlet = _first(meta, cfg["outlet_meta"]) or ld.get("publisher", "")
    canonical = soup.find("link", rel="canonical")
    url = _first(meta, cfg["url_meta"]) or (str(canonical.get("href", "")) if canonical else "")
    time_tag = soup.find("time", datetime=True)
    published = _first(meta, cfg["published_meta"]) or ld.get("datePublished", "")
    if not published and time_tag is not None:
        published = str(time_tag["datetime"])
    h1 = _root(soup).find("h1") or soup.find("h1")
    title = _clean(h1.get_text("")) if h1 else ""
    if not title:
        page_title = soup.title.get_text("") if soup.title else ""
        title = _first(meta, cfg["title_meta"]) or ld.get("headline", "") or _clean(page_title)
        title = _strip_site_name(title, outlet)
    _drop_furniture(soup)
    lines: list[str] = [title] if title else []
    hints: dict[int, str] = {0: "headline"} if title else {}
    seen_title = False
    for name, text in _blocks(_root(soup)):
        if name == "h1" and text == title and not seen_title:
            seen_title = True
            continue
        for line in text.split("\n"):
            hints[len(lines)] = _HINTS.get(name, "subhead")
            lines.append(line)
    if len(lines) <= 1:
        body = soup.body or soup
        whole = _clean(body.get_text(_BREAK))
        return HtmlArticle(whole, {}, title, published, url, outlet)
    return HtmlArticle("\n\n".join(lines), hints, title, published, url, outlet)
