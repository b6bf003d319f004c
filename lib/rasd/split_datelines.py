"""Publication dates that a page's layout splits or glues to the headline line.

Copied pages often break a date line where the page set it in separate boxes:

- the day and month on one line, the year on the next (``الأحد 12 نوفمبر`` then ``2023``),
  or the day alone above ``نوفمبر 2023``;
- the date written at the end of the headline line after a bar, as in the page title
  (``هجوم على قاعدة عين الأسد | 12/11/2023``).

:func:`find_split_date` joins two or three short lines of the page head (before the
first body paragraph) when no one of them is a date by itself and together they read as
one whole date line; :func:`find_title_tail_date` reads the date after the last bar of
the headline. A year alone that is a footer (``© 2023``) or a body line that opens with a
year (``2023 كان عاما …``) never joins: a piece is a short line without a copyright sign.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasd.page_heads import find_banner_dates
from rasd.pubdate import parse_date_line

__all__ = ["HEAD_LINES", "MAX_HEAD_WORDS", "MAX_PIECES", "MAX_PIECE_WORDS", "find_split_date", "find_title_tail_date"]

# A piece of a split date line has at most this many words.
MAX_PIECE_WORDS = 4
# A date line is split over at most this many lines.
MAX_PIECES = 3
# The split date line is looked for in this many first lines of the page (and before the body).
HEAD_LINES = 8
# A head line (headline, byline, date) has at most this many words; a longer one is running text.
MAX_HEAD_WORDS = 40

_WORD_RE = re.compile(r"[^\W_]+")
_DIGIT_RE = re.compile(r"\d")
_COPYRIGHT_RE = re.compile(r"©|\(c\)|حقوق", re.IGNORECASE)
_TITLE_BAR_RE = re.compile(r"\s\|\s*(?=[^|]*$)")
# The last spaced dash or double colon of a headline line (``… - 12/11/2023``, ``… :: 12-11-2023``).
_TITLE_DASH_RE = re.compile(r"\s(?:[-–—]|::)\s")


def _is_piece(text: str) -> bool:
    """A line that can be part of a split date line: short, no copyright sign, no full stop."""
    stripped = text.strip()
    words = _WORD_RE.findall(stripped)
    return 0 < len(words) <= MAX_PIECE_WORDS and not _COPYRIGHT_RE.search(stripped) and not stripped.endswith(".")


def _is_whole_date(text: str) -> bool:
    found = parse_date_line(text)
    return found is not None and bool(found.iso)


def _joined_date(pieces: Sequence[str]) -> str | None:
    """The day of lines read together as one date line, or None."""
    if not all(_is_piece(p) for p in pieces) or not any(_DIGIT_RE.search(p) for p in pieces):
        return None
    if any(_is_whole_date(p) for p in pieces):
        return None  # one line is the date line by itself: the page head reads it
    found = parse_date_line(" ".join(p.strip() for p in pieces))
    return found.iso if found is not None and found.iso and found.label != "updated" else None


def _is_body_line(text: str) -> bool:
    """A line of running text: it ends with a full stop or is longer than a head line."""
    stripped = text.strip()
    return stripped.endswith(".") or len(_WORD_RE.findall(stripped)) > MAX_HEAD_WORDS


def find_split_date(texts: Sequence[str]) -> tuple[str, range] | None:
    """The publication date of a date line split over short lines of the page head, or None.

    Args:
        texts: The non-empty lines of the page, in order.

    Returns:
        The ISO day and the line indexes of the first two or three neighbouring head lines
        (before the first line of running text) that read as one date line together, or None.
    """
    end = next((i for i, t in enumerate(texts) if _is_body_line(t)), len(texts))
    end = min(end, HEAD_LINES)
    for i in range(end):
        for n in range(2, MAX_PIECES + 1):
            if i + n > end:
                break
            iso = _joined_date(texts[i : i + n])
            joined = [*texts[:i], " ".join(texts[i : i + n]), *texts[i + n :]]
            if iso and i not in find_banner_dates(joined):  # not the site's date above its masthead
                return iso, range(i, i + n)
    return None


def find_title_tail_date(headline: str) -> str | None:
    """The date written at the end of a headline line, as in the page title, or None.

    After the last bar (``… | 12/11/2023``) or the last spaced dash or double colon
    (``… - 12/11/2023``, ``… – الثلاثاء 12 نوفمبر 2023``): the page title's separators. The date
    must be whole (day, month and year) and words must precede it. A date in brackets is left
    alone: it is the event's («الضربة على القاعدة (8 يناير 2020)»).
    """
    cuts = [m for m in (_TITLE_BAR_RE.search(headline), *list(_TITLE_DASH_RE.finditer(headline))[-1:]) if m]
    for m in cuts:
        if not _WORD_RE.search(headline[: m.start()]):
            continue
        found = parse_date_line(headline[m.end() :])
        if found is not None and found.iso:
            return found.iso
    return None
