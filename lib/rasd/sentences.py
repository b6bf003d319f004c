"""Sentences of a text: :func:`split_sentences`, with offsets in the original text.

A sentence ends at ``. ! ? ؟ ; ؛`` (and the closing quotes or brackets after them)
outside quotation marks, but not at a dot between two digits nor after a lone
letter; paragraphs (lines) always end one. :mod:`rasd.text` re-exports both names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

_PARA_RE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? ؟ ; ؛ (and any run of them, plus closing quotes/brackets),
# but not at a dot between two digits (11.11.2023, 2.500) nor after a lone letter (د., أ.ف.ب.).
_END_RE = re.compile(r"[.!?؟;؛]")
_ABBREV_RE = re.compile(r"(?:^|[\s.])[\u0621-\u064a]$")
_CLOSERS = "\"'»”’)]"
# A dot glued between two Arabic words of three letters or more ends a sentence
# ("بطائرة مسيرة.كما أعلن"); dotted initials ("آر.بي.جي", "أ.ف.ب") do not.
_GLUED_BEFORE_RE = re.compile(r"(?:^|[^\u0621-\u064a])[\u0621-\u064a]{3,}$")
_GLUED_AFTER_RE = re.compile(r"[\u0621-\u064a]{3,}")
# A clause that cannot open a sentence: a dot before it does not end one
# ("قال في تغريدة. أن ثلاث هجمات...": the statement goes on).
_CONTENT_OPENER_RE = re.compile(r"\s*(?:أن|بأن|بأنّ|أنّ)\s")
_QUOTE_CHARS = {'"': '"', "«": "»", "“": "”"}
# Opening and closing marks: the only characters that change the quotation depth.
_QUOTE_MARK_RE = re.compile("[" + re.escape("".join({*_QUOTE_CHARS, *_QUOTE_CHARS.values()})) + "]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


def _quote_depths(para: str) -> list[int] | None:
    """Depth inside quotation marks at each index, or None when the marks are unbalanced."""
    depth = 0
    open_stack: list[str] = []
    depths: list[int] = []
    for m in _QUOTE_MARK_RE.finditer(para):
        depths.extend([depth] * (m.start() - len(depths)))
        ch = m.group()
        if open_stack and ch == _QUOTE_CHARS[open_stack[-1]]:
            open_stack.pop()
            depth -= 1
        elif ch in _QUOTE_CHARS:
            open_stack.append(ch)
            depth += 1
        depths.append(depth)
    depths.extend([depth] * (len(para) - len(depths)))
    return depths if depth == 0 else None


def _is_inner_dot(para: str, i: int) -> bool:
    """True for a dot inside a number (``2.500``, ``11 . 11 . 2023``) or after a lone letter."""
    before = para[:i].rstrip()
    after = para[i + 1 :].lstrip()
    if before[-1:].isdigit() and after[:1].isdigit():
        return True
    return _ABBREV_RE.search(para, 0, i) is not None


def _is_glued_end(para: str, dot: int, after: int) -> bool:
    """True for a lone dot glued between two words: ``مسيرة.كما`` ends a sentence."""
    return (
        after == dot + 1
        and para[dot] == "."
        and _GLUED_BEFORE_RE.search(para, 0, dot) is not None
        and _GLUED_AFTER_RE.match(para, after) is not None
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets into ``text``.

    Paragraph breaks (newlines) always end a sentence. Inside a paragraph a
    sentence ends at ``. ! ? ؟ ; ؛`` (plus any closing quote or bracket), except
    for a dot inside a number and except inside balanced quotation marks.

    Args:
        text: Original article text.

    Returns:
        Sentences in order, stripped of surrounding white space, never empty.
    """
    out: list[Sentence] = []
    for para in _PARA_RE.finditer(text):
        ptext = para.group()
        depths = _quote_depths(ptext)
        cuts = []
        for m in _END_RE.finditer(ptext):
            i = m.end()
            if m.group() == "." and _is_inner_dot(ptext, m.start()):
                continue
            while i < len(ptext) and (ptext[i] in _CLOSERS or ptext[i] in "!?؟.;؛"):
                i += 1
            if depths is not None and depths[min(i, len(ptext)) - 1] > 0:
                continue
            if i < len(ptext) and not ptext[i].isspace() and not _is_glued_end(ptext, m.start(), i):
                continue
            if m.group() == "." and _CONTENT_OPENER_RE.match(ptext, i):
                continue
            cuts.append(i)
        start = 0
        for cut in [*cuts, len(ptext)]:
            _append_stripped(out, text, para.start() + start, para.start() + cut)
            start = cut
    return out


def _append_stripped(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` without surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
