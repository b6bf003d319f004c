"""A publication date inferred from the text when the page gives none.

About half of real pages print no date line, no metadata date and no URL
date. Their text often still pins the day down:

- ``أمس الأحد 28 كانون الثاني 2024`` (a relative day joined to a full date)
  gives the day of writing: the date minus the relative offset (here the 29th);
- ``اليوم الأحد`` / ``أمس السبت`` / ``مساء اليوم الثلاثاء`` give the weekday of
  writing, and the latest full date of the text (a dated event) bounds the day
  from below: the first such weekday on or after it.

The rule is conservative: every weekday clue must name the same weekday of
writing, every joined full date must give the same day, and the two must
agree; otherwise nothing is inferred. Without a full date in the text a
weekday alone gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from rasd.date_deadlines import is_deadline
from rasd.dates import find_dates
from rasd.datescan import LEX, WEEKDAYS
from rasd.text import normalize_str

__all__ = ["infer_published", "is_post_signature", "named_weekdays", "writing_offset"]

_WORD_RE = re.compile(r"[^\W\d_]+")
_LEAD_CHARS = 24  # characters before a date where a document's participle is looked for
_CLITIC_RE = re.compile(r"^(?:[وف]?ب?)(?=ال|امس|اول)")
# The signature line of an embedded post: «— Name (@handle) October 21, 2023».
_SIGNATURE_RE = re.compile(r"^\s*[—–-]+\s*[^\n]{0,80}\(@\w+\)")


def _words(expr: str) -> list[str]:
    """The words of an expression, normalised, with a leading و/ف/ب clitic removed."""
    return [_CLITIC_RE.sub("", w) for w in _WORD_RE.findall(normalize_str(expr))]


def named_weekdays(expr: str) -> set[int]:
    """The weekdays an expression names (Monday 0), a leading و/ف/ب clitic allowed («والجمعة»)."""
    return {WEEKDAYS[w] for w in _words(expr) if w in WEEKDAYS}


def writing_offset(expr: str) -> tuple[int | None, int | None]:
    """The relative-day offset and the weekday an expression names, each None when absent.

    ``"أمس الأحد"`` gives ``(-1, 6)``; ``"مساء اليوم"`` gives ``(0, None)``;
    ``"الأحد"`` gives ``(None, 6)``.
    """
    words = _words(expr)
    offset: int | None = None
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i : i + size])
            if offset is None and key in LEX["relative_days"]:
                offset = LEX["relative_days"][key]
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    return offset, weekday


def _dates_document(norm: str, nstart: int) -> bool:
    """Whether the date at ``nstart`` dates an earlier document (``البيان الصادر في 27 أيلول 2024``).

    The participle (``document_attributes`` in the data, one or two words) stands right before
    the date, ``في`` allowed between.
    """
    words = norm[max(0, nstart - _LEAD_CHARS) : nstart].split()
    if words and words[-1] == "في":
        words = words[:-1]
    return any(" ".join(words[-n:]) in LEX["document_attributes"] for n in (1, 2) if len(words) >= n)


def is_post_signature(text: str) -> bool:
    """Whether a line signs an embedded post («— Name (@handle) October 21, 2023»)."""
    return bool(_SIGNATURE_RE.match(text))


def _first_on_or_after(start: dt.date, weekday: int) -> dt.date:
    """The first day with ``weekday`` (Monday 0) on or after ``start``."""
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def infer_published(paragraphs: Iterable[str]) -> str:
    """The publication date the body text implies, as ISO, or ``""`` when unsure.

    A full date anchors a weekday clue only when it is recent news, not
    background: it names its own weekday (``الجمعة 13 حزيران 2025``), stands in
    the paragraph of a weekday clue (unless it opens a period: ``منذ 17 تشرين الأول 2023``), or signs an embedded post (``— Name (@handle)
    October 21, 2023``) on the weekday of writing itself or the day before it, and does not date an earlier document
    (``البيان الصادر في 27 أيلول 2024``). The inferred day must not be before any
    full date of the text, except a deadline (``بحلول 15 أيلول 2025``).

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred date, or ``""`` when the text gives no clue or the clues
        disagree.
    """
    joined: set[dt.date] = set()
    weekdays: set[int] = set()
    anchors: list[dt.date] = []
    latest: dt.date | None = None
    signed: list[dt.date] = []
    for text in paragraphs:
        clue = False
        plain: list[dt.date] = []
        norm = normalize_str(text)
        for d in find_dates(text):
            offset, weekday = writing_offset(d.expr)
            if is_deadline(norm, d.nstart) or _dates_document(norm, d.nstart):
                continue
            if _SIGNATURE_RE.match(text) and d.precision == "day" and not d.relative and d.iso[:1].isdigit():
                signed.append(dt.date.fromisoformat(d.iso[:10]))
            elif d.kind == "absolute" and d.precision == "day" and not d.relative and d.iso:
                day = dt.date.fromisoformat(d.iso)
                latest = day if latest is None or day > latest else latest
                if offset is not None and offset <= 0:
                    joined.add(day - dt.timedelta(days=offset))
                elif weekday is not None and weekday == day.weekday():
                    anchors.append(day)
                elif not d.since:  # "منذ 17 تشرين الأول 2023" opens a period: background, no anchor
                    plain.append(day)
            elif d.kind == "relday" and offset is not None and offset <= 0 and weekday is not None:
                weekdays.add((weekday - offset) % 7)
                clue = True
        anchors.extend(plain if clue else ())
    anchors.extend(d for d in signed if _signs_writing_day(d, weekdays))
    return _settle(joined, weekdays, anchors, latest)


def _signs_writing_day(day: dt.date, weekdays: set[int]) -> bool:
    """Whether an embedded post's date is the day of writing or the day before it.

    A post's signature prints its day in UTC or US time, behind the Levant and the Gulf:
    a post of the early hours («اليوم الإثنين», 30 October) is signed the 29th.
    """
    return len(weekdays) == 1 and bool(weekdays & {day.weekday(), (day.weekday() + 1) % 7})


def _settle(joined: set[dt.date], weekdays: set[int], anchors: list[dt.date], latest: dt.date | None) -> str:
    """The one day all clues agree on, as ISO, or ``""``."""
    if len(joined) > 1 or len(weekdays) > 1:
        return ""
    if joined:
        day = joined.pop()
        if weekdays and day.weekday() not in weekdays:
            return ""
    elif weekdays and anchors:
        day = _first_on_or_after(max(anchors), weekdays.pop())
    else:
        return ""
    return day.isoformat() if latest is None or day >= latest else ""
