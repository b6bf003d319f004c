"""Lines a page wraps inside a sentence: :func:`join_wrapped`.

A saved page often keeps the line breaks of its layout: a hard-wrapped text
breaks every 60 to 80 characters, whatever the sentence, and a link or a column
may cut a line after a preposition. Read line by line, such a sentence loses
its date, its place or the content of a statement. Two lines are one paragraph
when the first does not end with a terminator and either it ends with a word
after which no sentence can end (``في``, ``أن``, a comma), or the article is
hard-wrapped (several long unterminated lines followed by more text) and the
first line is a long body line, no longer than a layout width (a longer
unterminated line is a sentence printed without its full stop). A blank line always ends a paragraph. The words are data (``data/line_wraps.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from rasd.lexicon import load_yaml
from rasd.text import normalize_str

__all__ = ["Span", "is_open_line", "join_wrapped"]

Span = tuple[str, int, int]
# Kinds whose lines may be pieces of one sentence.
_JOINABLE = frozenset({"headline", "subhead", "body"})
_TERMINATORS = ".!?؟:;؛…"
_TRAILING_CLOSERS = "\"'»”’)] "
_LAST_WORD_RE = re.compile(r"(\S+)\s*$")


@cache
def _config() -> tuple[frozenset[str], int, int, int]:
    data = load_yaml("line_wraps.yaml")
    return (
        frozenset(data["open_words"]),
        int(data["min_wrap_chars"]),
        int(data["min_wrapped_lines"]),
        int(data["max_wrap_chars"]),
    )


def _is_terminated(line: str) -> bool:
    stripped = line.rstrip().rstrip(_TRAILING_CLOSERS)
    return not stripped or stripped[-1] in _TERMINATORS


def is_open_line(line: str) -> bool:
    """True when a line ends where no sentence can end: a comma or an open word.

    Args:
        line: One line of the original text.
    """
    stripped = line.rstrip()
    if stripped.endswith((",", "،")):
        return True
    m = _LAST_WORD_RE.search(stripped)
    return m is not None and normalize_str(m.group(1)) in _config()[0]


def _is_long_open(line: str, kind: str) -> bool:
    size = len(line.strip())
    return kind != "headline" and _config()[1] <= size <= _config()[3] and not _is_terminated(line)


def _is_line_break(text: str, end: int, start: int) -> bool:
    """True when one line break, not a blank line, separates two lines."""
    return text.count("\n", end, start) == 1


def join_wrapped(text: str, spans: Sequence[Span]) -> list[Span]:
    """Merge consecutive line spans that are pieces of one sentence.

    Args:
        text: The article text.
        spans: ``(kind, start, end)`` of its lines, in order.

    Returns:
        The spans with wrapped lines merged; a merged span is ``body`` when
        any of its lines is, else it keeps the kind of its first line.
    """
    min_lines = _config()[2]
    wrapped = sum(
        _is_long_open(text[a:b], kind) and nxt[0] in _JOINABLE and _is_line_break(text, b, nxt[1])
        for (kind, a, b), nxt in zip(spans, spans[1:], strict=False)
    )
    hard_wrapped = wrapped >= min_lines
    out: list[Span] = []
    last_kind = ""  # kind of the last line of out[-1]
    for kind, start, end in spans:
        if out and kind in _JOINABLE and out[-1][0] in _JOINABLE and _is_line_break(text, out[-1][2], start):
            pkind, pstart, pend = out[-1]
            prev = text[pstart:pend].rsplit("\n", 1)[-1]
            if not _is_terminated(prev) and (is_open_line(prev) or (hard_wrapped and _is_long_open(prev, last_kind))):
                out[-1] = ("body" if "body" in (pkind, kind) else pkind, pstart, end)
                last_kind = kind
                continue
        out.append((kind, start, end))
        last_kind = kind
    return out
