"""Date-line forms that the generic date-line cleaner leaves unread.

:func:`rasd.pubdate.parse_date_line` strips labels, weekdays, clock times and
separators from a line and reads what is left. Some page furniture keeps other
words around the date, and some pages write the date in an unusual shape:

- a byline label and the author's name before the date, on the same line
  (``كتب: أحمد علي الأحد 20 أكتوبر 2024 10:30 م``, ``تحرير:فاطمة واصل ٣٠ ديسمبر ٢٠١٨``);
- the author after the date (``نشر في 20 أكتوبر 2024 بواسطة محرر الموقع``);
- a Hijri date and its Gregorian equivalent joined by a dash or a bar instead of
  ``الموافق`` (``الأحد 15 ربيع الآخر 1446 هـ - 20 أكتوبر 2024``); the Gregorian
  side is read;
- day, month name and year joined by dots (``22.آذار.2017``).

:func:`read_other_forms` tries these shapes in turn and gives the date line the
first one yields; the line parser calls it only when its own reading fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Protocol

from rasd.furniture import phrase_alternation
from rasd.lexicon import load_yaml
from rasd.text import normalize_str

__all__ = ["read_other_forms"]

# A name between a byline label and the date has at most this many words.
MAX_NAME_WORDS = 4

# Day, month name and year joined by dots or dashes: "22.آذار.2017".
_JOINED_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[.\-/]\s*([^\W\d_]{3,})\s*[.\-/]\s*(\d{4})(?!\d)")
# The separators between the two sides of a double date: a spaced dash or a bar.
_SIDE_RE = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")
_HIJRI_YEAR_RE = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_GREGORIAN_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A final "م" (ميلادي) after a Gregorian year: "20 أكتوبر 2024 م".
_AD_MARK_RE = re.compile(r"(?<=\d)\s*م\.?\s*$")
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Particles that never stand in an author's name: with one of them before the date the
# line is running text ("كتب ترامب في 20 أكتوبر 2024"), not a byline.
_NOT_NAME = frozenset({"في", "يوم", "عن", "من", "الى", "منذ", "بتاريخ", "قبل", "بعد", "حتي", "ان", "انه"})


class _DateLine(Protocol):
    iso: str


LineParser = Callable[[str], "_DateLine | None"]


@cache
def _byline_re() -> re.Pattern[str]:
    """A byline label at the start of a normalised line (``byline_labels`` of ``page_furniture.yaml``)."""
    labels = load_yaml("page_furniture.yaml")["byline_labels"]
    return re.compile(r"^\W*(?:" + phrase_alternation(labels) + r")(?!\w)\s*[:：\-–]?\s*")


@cache
def _trailing_byline_re() -> re.Pattern[str]:
    """A byline label after the date (``بواسطة``, ``by``): the rest of the line is the author."""
    labels = load_yaml("page_furniture.yaml")["trailing_byline_labels"]
    return re.compile(r"\s+(?:" + phrase_alternation(labels) + r")(?!\w).*$")


def _iso(found: _DateLine | None) -> str | None:
    return found.iso if found is not None and found.iso else None


def _after_byline(norm: str, parse: LineParser) -> str | None:
    """The date after a byline label and a name of at most four words (``كتب: أحمد علي 20 أكتوبر 2024``).

    The date may begin at any of the first words after the label (a weekday, an English
    month) or at the first digit; the first start from which the rest reads as a date wins.
    """
    m = _byline_re().match(norm)
    if m is None:
        return None
    rest = norm[m.end() :]
    starts = [w.start() for w in _WORD_RE.finditer(rest)][: MAX_NAME_WORDS + 1]
    digit = _DIGIT_RE.search(rest)
    starts += [digit.start()] if digit is not None else []
    for start in sorted(set(starts)):
        name = _WORD_RE.findall(rest[:start])
        first = _WORD_RE.match(rest, start)
        if len(name) > MAX_NAME_WORDS or _NOT_NAME.intersection(name + ([first.group()] if first else [])):
            return None
        iso = _iso(parse(rest[start:])) if _DIGIT_RE.search(rest[start:]) else None
        if iso:
            return iso
    return None


def _before_byline(norm: str, parse: LineParser) -> str | None:
    """The date before a trailing byline (``نشر في 20 أكتوبر 2024 بواسطة محرر الموقع``)."""
    m = _trailing_byline_re().search(norm)
    if m is None or not _DIGIT_RE.search(norm[: m.start()]):
        return None
    return _iso(parse(norm[: m.start()]))


def _gregorian_side(norm: str, parse: LineParser) -> str | None:
    """The Gregorian side of a Hijri and a Gregorian date joined by a dash or a bar.

    Sides with a Hijri year (1300-1499) and no Gregorian year are left out; exactly
    one other side must read as a date.
    """
    sides = _SIDE_RE.split(norm)
    if len(sides) < 2 or not any(_HIJRI_YEAR_RE.search(s) and not _GREGORIAN_YEAR_RE.search(s) for s in sides):
        return None
    found = {
        iso
        for side in sides
        if _GREGORIAN_YEAR_RE.search(side) and (iso := _iso(parse(_AD_MARK_RE.sub("", side).strip())))
    }
    return found.pop() if len(found) == 1 else None


def _joined_month(norm: str, parse: LineParser) -> str | None:
    """A date whose day, month name and year are joined by dots (``22.آذار.2017``)."""
    if _JOINED_MONTH_RE.search(norm) is None:
        return None
    return _iso(parse(_JOINED_MONTH_RE.sub(r"\1 \2 \3", norm)))


def read_other_forms(text: str, parse: LineParser) -> str | None:
    """The date of a date line in one of the forms of this module, as ISO, or None.

    Args:
        text: One line of the page.
        parse: The date-line parser to read the date part with
            (:func:`rasd.pubdate.parse_date_line`).

    Returns:
        The ISO date, or None when no form applies or its date part does not read.
    """
    norm = normalize_str(text).strip()
    for reader in (_after_byline, _before_byline, _gregorian_side, _joined_month):
        iso = reader(norm, parse)
        if iso:
            return iso
    return None
