"""Quotation marks in a sentence: which stretches of text are quoted, and their text.

The press writes quotations with ``"…"``, ``“…”``, ``«…»``, rarely ``'…'``, and scraped
pages leave ``quot;…quot;`` behind. Marks are often irregular: an opening mark never
closed, a closing mark whose opening is in the previous paragraph, nested marks
(``“… “إسرائيل” …”``), a mark glued to the word before it. :func:`find_quotes` reads the
marks of one sentence (original text) with a stack: directional marks (« “ » ”) say
what they are; a symmetric mark (``"`` ``'``) is an opening when it stands before a word
and after a space, a bracket or a one-letter proclitic (``لـ"``, ``بـ"``), and a closing
when it stands after a word. A ``”`` with nothing open, in the shape of an opening mark and
with another mark after it, opens (``لـ”الكتائب”``). A closing mark with nothing open is *stray* (the quotation
began before the sentence); an opening never closed runs to the next comma or to the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["QuoteSpan", "find_quotes", "strip_marks", "MARK_RE"]

# Marks, longest first so that "&quot;" is one mark.
MARK_RE = re.compile(r"&quot;|quot;|[\"'«»“”„‟‘’]")
_OPENERS = {"«": "»", "“": "”", "„": "”", "‟": "”", "‘": "’"}
_CLOSERS = {"»": "«", "”": "“", "’": "‘"}
_SYMMETRIC_FAMILY = {'"': '"', "&quot;": '"', "quot;": '"', "'": "'"}
_PROCLITICS = frozenset("لبوفك")
_CLAUSE_END_RE = re.compile(r"[،,;؛]")
_TATWEEL = "\u0640"
_CLAUSE_PUNCT = frozenset("،,.:؛;!?؟")
_BRACKET_RE = re.compile(r"[()\[\]]")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch of a text, in offsets of that text.

    Attributes:
        start: First character inside the marks.
        end: One past the last character inside the marks (for an unclosed quotation:
            the end of the clause or text it runs to).
        mark_start: Offset of the opening mark.
        mark_end: One past the closing mark (``end`` when unclosed).
        closed: Whether a closing mark was found.
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    closed: bool


def _is_space(ch: str) -> bool:
    return not ch or ch.isspace() or ch in "()[]{}:؛;،,.-–—\u200f\u200e"


def _symmetric_role(text: str, start: int, end: int) -> str:
    """``open``, ``close`` or ``either`` for a symmetric mark at ``text[start:end]``."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    before2 = text[start - 2] if start > 1 else ""
    if before == _TATWEEL or (before in _PROCLITICS and (not before2 or before2.isspace())):
        return "open"
    if _is_space(before) and not _is_space(after):
        return "open"
    if not _is_space(before) and _is_space(after):
        return "close"
    if _is_space(before) and _is_space(after):
        return "either"
    return "close"


def _family(mark: str) -> str:
    if mark in _OPENERS:
        return mark
    if mark in _CLOSERS:
        return _CLOSERS[mark]
    return _SYMMETRIC_FAMILY[mark]


def _mark_role(text: str, mark: str, start: int, end: int, family_open: bool) -> str:
    """``open``, ``close`` or ``skip`` (an apostrophe) for one mark."""
    if mark == "«":
        return "open"
    if mark in _CLOSERS:
        return "close"
    shape = _symmetric_role(text, start, end)
    if mark in _OPENERS:
        # “ and ‘ are also typed as closing marks: trust the shape when one is open (a mark
        # right before a comma or a full stop closes: "… لفشلهم “، وتابع").
        closing = shape == "close" or text[end : end + 1] in _CLAUSE_PUNCT
        return "close" if closing and family_open else "open"
    if shape == "either":
        shape = "close" if family_open else "open"
    if mark == "'" and shape == "open" and text.find("'", end) < 0:
        return "skip"
    return shape


def _later_mark(text: str, end: int) -> bool:
    """Another double mark follows in the text (a mark glued to the word before it opens)."""
    return any(m.group() in ('"', "&quot;", "quot;", "“", "”") for m in MARK_RE.finditer(text, end))


def _reversed_opener(text: str, mark: str, start: int, end: int) -> bool:
    """A ``”`` typed where a quotation opens (``لـ”كتائب حزب الله”``): after a space or a proclitic, before a word."""
    return mark == "”" and _symmetric_role(text, start, end) == "open"


def _pair_marks(
    text: str,
) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]], list[int]]:
    """Pair the marks of ``text``.

    Returns:
        ``(open_start, open_end, close_start, close_end)`` of each pair, the opening
        marks never closed ``(start, end)``, and the offsets of stray closing marks.
    """
    stack: list[tuple[str, int, int]] = []
    pairs: list[tuple[int, int, int, int]] = []
    strays: list[int] = []
    for m in MARK_RE.finditer(text):
        mark, s, e = m.group(), m.start(), m.end()
        fam = _family(mark)
        role = _mark_role(text, mark, s, e, any(f == fam for f, _, _ in stack))
        if role == "skip":
            continue
        if role == "open":
            stack.append((fam, s, e))
            continue
        idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == fam), None)
        if idx is None and (fam == '"' or _reversed_opener(text, mark, s, e)) and _later_mark(text, e):
            stack.append((fam, s, e))
            continue
        if idx is None:
            if fam != "'":
                strays.append(s)
            continue
        _, os_, oe = stack[idx]
        del stack[idx:]
        pairs.append((os_, oe, s, e))
    return pairs, [(s, e) for _, s, e in stack], strays


def find_quotes(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """Quoted stretches of one sentence and its stray closing marks.

    Args:
        text: The original sentence (or paragraph).

    Returns:
        The quotations (outermost and nested, in order of their opening mark) and the
        offsets of closing marks that close nothing inside ``text``.
    """
    spans, strays = _quotes_of(text)
    return list(spans), list(strays)


@lru_cache(maxsize=1 << 12)
def _quotes_of(text: str) -> tuple[tuple[QuoteSpan, ...], tuple[int, ...]]:
    """:func:`find_quotes`, memoised per text (a sentence is read by several stages)."""
    pairs, unclosed, strays = _pair_marks(text)
    spans = [QuoteSpan(oe, cs, os_, ce, True) for os_, oe, cs, ce in pairs]
    for s, e in unclosed:
        m = _CLAUSE_END_RE.search(text, e)
        end = m.start() if m else len(text.rstrip(" .!?؟"))
        spans.append(QuoteSpan(e, max(e, end), s, max(e, end), False))
    spans.sort(key=lambda q: (q.mark_start, -q.mark_end))
    return tuple(spans), tuple(strays)


@lru_cache(maxsize=1 << 16)
def strip_marks(text: str) -> str:
    """Text without quotation marks, brackets and tatweel, spaces collapsed and trimmed (memoised)."""
    out = MARK_RE.sub("", text).replace(_TATWEEL, "")
    out = _BRACKET_RE.sub(" ", out)
    return " ".join(out.split()).strip(" ،,.:؛;")
