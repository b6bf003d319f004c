"""The layout of an article's text: headline, date line, caption, subheads, body, furniture.

Saved or scraped news pages keep more than the story: the headline (often
twice), a date line, a photo caption ending with its credit in parentheses,
page widgets (``+ الخط -``, share and print buttons), related-links boxes,
subheads between paragraphs and a footer (contributors, tags, "most read").
:func:`analyse_text` labels every non-empty line of a text with one kind:

- ``headline``: the title (first line that is not furniture, a date or a caption);
- ``dateline``: a short line that is a whole date expression (its publication date);
- ``caption``: a line ending with a parenthesised photo credit ``(name/agency)``;
- ``boilerplate``: widgets, related links, footers, duplicated lines, bylines;
- ``subhead``: a short line without final punctuation between body paragraphs;
- ``body``: everything else, the narrative.

The phrases that make furniture are data (``data/page_furniture.yaml``); the
rules are about the shape of lines, so they hold for any outlet.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from rasd.date_label_lines import read_label_line
from rasd.furniture import Furniture, furniture, is_box_label, line_key, starts_with
from rasd.header_dates import find_header_dates
from rasd.list_items import mark_list_items
from rasd.page_heads import (
    find_banner_dates,
    find_labelled_date,
    find_lede_date,
    glued_stamp_end,
    is_lede_line,
    is_place_dateline,
    is_section_label,
    opens_with_verb,
    spaced_stamp_end,
)
from rasd.pub_credit_stamp import find_credit_stamp_date
from rasd.pub_syndication import find_syndication_date
from rasd.pubdate import parse_date_line
from rasd.split_datelines import find_split_date, find_title_tail_date

__all__ = [
    "KINDS",
    "Paragraph",
    "Line",
    "Structure",
    "analyse_text",
    "find_lines",
    "find_photo_credit",
    "is_short_unpunctuated",
]

KINDS = ("headline", "dateline", "caption", "subhead", "body", "boilerplate")
# A subhead, byline or linked headline has at most this many words.
MAX_SHORT_WORDS = 12
# A caption has at most this many words.
MAX_CAPTION_WORDS = 45
# A question line up to this many words may be a subhead ("ما الذي تغير؟").
MAX_QUESTION_SUBHEAD_WORDS = 8
# Lines of a related-links box kept as furniture after its label.
MAX_WIDGET_LINES = 3
# Leading short lines up to this many words (before any body) are bylines.
MAX_BYLINE_WORDS = 4
# A headline has at least this many words (a shorter first line is a name or a label).
MIN_HEADLINE_WORDS = 3
# A headline has at most this many words (a longer first line is a paragraph cut off by the excerpt).
MAX_HEADLINE_WORDS = 40
# A "المصدر: ..." footer line has at most this many words.
MAX_SOURCE_LINE_WORDS = 8
# A date stamp written before the lede on the same line is looked for in this many first lines.
_STAMP_LINES = 4

_LINE_RE = re.compile(r"[^\n]+")
_WORD_RE = re.compile(r"[^\W_]+")
_CREDIT_RE = re.compile(r"\(\s*([^()\n]{1,80}?)\s*\)\s*$")
_CREDIT_SPLIT_RE = re.compile(r"\s*[/|،,]\s*|\s+[-–—]\s+")
_FINAL_PUNCT = ".!?؟…:;؛,،"
_TRAILING_CLOSERS = "\"'»”’)]}*»"
_QUESTION_MARKS = "?؟"
_BULLETS = "-–—•*·▪●"
_LINK_LINE_RE = re.compile(r"^(?:https?://|www\.)\S+$|^!\[[^\]]*\]\([^)]*\)$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


@dataclass(slots=True)
class Paragraph:
    """One line of an article with its kind.

    Attributes:
        kind: One of :data:`KINDS`.
        text: The paragraph as written, ``article_text[start:end]``.
        start: Start offset in the article text.
        end: End offset in the article text.
    """

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of a text, stripped of surrounding white space.

    Attributes:
        start: Start offset in the text.
        end: End offset in the text.
        text: ``text[start:end]``.
        block: Number of the block it is in (blocks are separated by blank lines).
    """

    start: int
    end: int
    text: str
    block: int


@dataclass
class Structure:
    """The layout of one article text.

    Attributes:
        paragraphs: Every non-empty line, in order, with its kind.
        headline: The headline text (``""`` when none was found).
        published: ISO date of the first publication date line, or ``""``.
        photo_credit: The credit of the first caption, or ``""``.
        lede_date: ISO date the opening sentences give to ``اليوم``, or ``""``.
    """

    paragraphs: list[Paragraph] = field(default_factory=list)
    headline: str = ""
    published: str = ""
    photo_credit: str = ""
    lede_date: str = ""


def find_lines(text: str) -> list[Line]:
    """Split a text into its non-empty lines with offsets and block numbers."""
    lines: list[Line] = []
    block = 0
    prev_end = 0
    for m in _LINE_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if lines and text.count("\n", prev_end, start) >= 2:
            block += 1
        glued = glued_stamp_end(text[start:end])
        if glued is None and len(lines) < _STAMP_LINES:
            glued = spaced_stamp_end(text[start:end])
        if glued is not None:
            lines.append(Line(start, start + glued, text[start : start + glued], block))
            start += glued
        lines.append(Line(start, end, text[start:end], block))
        prev_end = end
    return lines


def _word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _last_char(text: str) -> str:
    stripped = text.rstrip().rstrip(_TRAILING_CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


def is_short_unpunctuated(text: str) -> bool:
    """True for a line that may be a subhead: few words and no final punctuation.

    A short question (``؟``) counts too, since subheads are often questions.
    """
    words = _word_count(text)
    if not words or words > MAX_SHORT_WORDS:
        return False
    last = _last_char(text)
    if last in _QUESTION_MARKS:
        return words <= MAX_QUESTION_SUBHEAD_WORDS
    return last not in _FINAL_PUNCT


def _is_credit(inner: str) -> bool:
    """True when the text inside final parentheses names a photo source."""
    fur = furniture()
    for part in _CREDIT_SPLIT_RE.split(inner):
        key = line_key(part)
        if key in fur.credit_words or fur.credit_prefixes.match(key):
            return True
    return False


def find_photo_credit(text: str) -> str | None:
    """The photo credit ending a caption line, e.g. ``(name/الأناضول)`` or ``(Getty)``.

    Returns:
        The text inside the parentheses, or None when the line is not a caption.
    """
    m = _CREDIT_RE.search(text)
    if m is None or _word_count(text) > MAX_CAPTION_WORDS:
        return None
    return m.group(1) if _is_credit(m.group(1)) else None


def _fixed_kind(line: Line, key: str, fur: Furniture) -> str | None:
    """Kind decided by the line alone (furniture, date, caption), or None."""
    if not key or key in fur.widgets or key in fur.date_labels or key in fur.summary_labels:
        return "boilerplate"
    if starts_with(key, fur.widget_prefixes):  # a byline with its date ("بقلم فلان 20 أكتوبر 2024") dates the page
        return "dateline" if (found := parse_date_line(line.text)) is not None and found.iso else "boilerplate"
    if _LINK_LINE_RE.match(line.text):
        return "boilerplate"
    if starts_with(key, fur.source_prefixes) and _word_count(line.text) <= MAX_SOURCE_LINE_WORDS:
        return "boilerplate"
    if parse_date_line(line.text) is not None:
        return "dateline"
    if find_photo_credit(line.text) is not None:
        return "caption"
    return None


def _can_be_headline(line: Line) -> bool:
    """A first line is the headline unless it is a name (one or two words) or running text.

    Running text is a line ending in a full stop, a line too long for a headline, or a line
    that goes on with و/ف and a verb (``وقالت القيادة …``: an excerpt cut after its headline).
    """
    words = _word_count(line.text)
    if words < MIN_HEADLINE_WORDS or words > MAX_HEADLINE_WORDS or opens_with_verb(line.text):
        return False
    return words <= MAX_SHORT_WORDS or _last_char(line.text) not in ".!"


@dataclass
class _State:
    """What the first pass remembers from the lines above."""

    headline_key: str | None
    has_headline: bool = False
    prev_key: str = ""
    widget_left: int = 0
    widget_block: int = -1
    in_footer: bool = False
    in_summary: bool = False
    seen_body: bool = False


def _line_kind(line: Line, key: str, hint: str | None, st: _State, fur: Furniture) -> str:
    """Kind of one line in the first pass (``short`` when it depends on the body around it)."""
    short = is_short_unpunctuated(line.text) and not opens_with_verb(line.text)
    fixed = _fixed_kind(line, key, fur)
    if key in fur.related_labels:
        st.widget_left, st.widget_block = MAX_WIDGET_LINES + 1, line.block
    if key in fur.end_labels:
        st.in_footer = True
    elif fixed is None and not short and hint != "headline":
        st.in_footer = False
    if hint == "boilerplate" or is_box_label(key, fur):
        return "boilerplate"  # a box's label is never the headline
    if is_place_dateline(line.text):
        st.seen_body = True  # the story follows its outlet dateline: no headline below it
        return "dateline" if fixed == "dateline" else "boilerplate"  # "بغداد - 9 نيسان 2021:" dates the story
    summary_item = st.in_summary and line.text[:1] in _BULLETS
    st.in_summary = key in fur.summary_labels or summary_item
    if fixed is not None or summary_item:
        return fixed or "boilerplate"
    if hint == "caption":
        return "caption"
    if not st.seen_body and is_section_label(line.text):
        return "boilerplate"
    if key and key == st.headline_key:
        return "boilerplate" if st.has_headline else "headline"
    if key and key == st.prev_key:
        return "boilerplate"
    guess = hint is None and st.headline_key is None and not st.seen_body
    if hint == "headline" or (guess and _can_be_headline(line)):
        st.headline_key = key
        return "headline"
    if (st.in_footer or (st.widget_left and line.block == st.widget_block)) and short:
        return "boilerplate"
    if hint == "subhead":
        return "subhead"
    if hint == "item":
        return "body"
    return "short" if short else "body"


def _first_pass(lines: list[Line], title_key: str | None, hints: Mapping[int, str]) -> list[str]:
    """Kinds from the line itself and the lines above it."""
    fur = furniture()
    st = _State(headline_key=title_key)
    kinds: list[str] = []
    for i, line in enumerate(lines):
        key = line_key(line.text)
        kind = _line_kind(line, key, hints.get(i), st, fur)
        st.has_headline = st.has_headline or kind == "headline"
        st.seen_body = st.seen_body or kind == "body"
        st.widget_left = st.widget_left - 1 if st.widget_left and kind == "boilerplate" else 0
        st.prev_key = key or st.prev_key
        kinds.append(kind)
    return kinds


def _resolve_short(kinds: list[str], lines: list[Line]) -> list[str]:
    """Decide the short lines from where they stand relative to the body.

    Between body paragraphs they are subheads; before the body, bylines (very
    short) or standfirsts (subheads); after the body, footer.
    """
    body = [i for i, k in enumerate(kinds) if k == "body"]
    first, last = (body[0], body[-1]) if body else (len(kinds), -1)
    out = []
    for i, kind in enumerate(kinds):
        if kind == "short":
            if first < i < last:
                kind = "subhead"
            elif i < first:
                kind = "subhead" if _word_count(lines[i].text) > MAX_BYLINE_WORDS else "boilerplate"
            else:
                kind = "boilerplate"
        out.append(kind)
    return out


def _demote_lede(kinds: list[str], lines: list[Line], guessed: bool) -> None:
    """A guessed headline that is the lede (full stop, next line goes on with و) is body."""
    if not guessed or "headline" not in kinds:
        return
    i = kinds.index("headline")
    if i + 1 < len(lines) and is_lede_line(lines[i].text, lines[i + 1].text):
        kinds[i] = "body"


def analyse_text(
    text: str, title: str | None = None, hints: Mapping[int, str] | None = None
) -> Structure:
    """Label every non-empty line of an article text with its kind.

    Args:
        text: The article text (LF line endings).
        title: The headline when it is known from metadata; then no line is
            taken as headline except a repetition of it.
        hints: What markup says of each line, by line index: ``headline``,
            ``subhead``, ``caption``, ``boilerplate``, ``item`` (a list item,
            read as body) or ``text`` (a
            paragraph: no headline guessing). Furniture, date lines and
            captions still win over them. Without hints the first eligible
            line is the headline.

    Returns:
        The paragraphs (one per line, offsets into ``text``), headline, first
        publication date of a date line and the first photo credit.
    """
    lines = find_lines(text)
    title_key = line_key(title) if title else None
    # «الأحد 12 نوفمبر» then «2023»: furniture that dates the page
    split = find_split_date([line.text for line in lines])
    marks = {i: "boilerplate" for i in (split[1] if split else ())} | dict(hints or {})
    first = mark_list_items(_first_pass(lines, title_key, marks), [line.text for line in lines])
    kinds = _resolve_short(first, lines)  # "توزعت على النحو التالي:" then "— 18 على قاعدة …": body
    _demote_lede(kinds, lines, guessed=title is None and not hints)
    out = Structure(headline=title.strip() if title else "")
    updated = ""
    texts = [line.text for line in lines]
    banners = find_banner_dates(texts) | find_header_dates(texts, kinds)  # the site's date of the day
    kinds = ["boilerplate" if i in banners else k for i, k in enumerate(kinds)]
    above = None  # the kind of a label line right above («آخر تحديث:» / «13/11/2023»)
    for line, kind in zip(lines, kinds, strict=True):
        out.paragraphs.append(Paragraph(kind, line.text, line.start, line.end))
        if kind == "headline" and not out.headline:
            out.headline = line.text
        elif kind == "dateline":
            date = parse_date_line(line.text)
            if date and date.iso and (date.label == "updated" or above == "updated"):
                updated = updated or date.iso
            elif date and date.iso and not out.published:
                out.published = date.iso
        elif kind == "caption" and not out.photo_credit:
            out.photo_credit = find_photo_credit(line.text) or ""
        above = read_label_line(line.text)
    head = [p.text for p in out.paragraphs if p.kind in ("headline", "body")][:1]
    lead = [p.text for p in out.paragraphs if p.kind in ("headline", "body")]
    tail = find_title_tail_date(out.headline)  # «هجوم على قاعدة | 12/11/2023»
    published = out.published or (split[0] if split else tail) or updated
    out.published = published or find_labelled_date(head) or find_syndication_date(lead) or find_credit_stamp_date(lead) or ""
    out.lede_date = find_lede_date(p.text for p in out.paragraphs if p.kind == "body") or ""
    return out
