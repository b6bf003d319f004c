"""«اليوم» inside a quoted statement made the day before publication.

A page published in the small hours, or the morning after, quotes statements of
the day before: ``شنت القوات يوم الجمعة غارات … وقال بايدن في بيان: "ردنا بدأ
اليوم"``. The quoted «اليوم» is the day the statement was made, which the text
has just named, not the day of publication. The rule: a bare «اليوم» (with or
without a time of day, ``فجر اليوم``; not ``اليوم الجمعه``, whose weekday pins
it) inside quotation marks takes the day of the nearest date written before it
in the same or one of the two sentences before, when that day is the day before
publication (for a night across two days, its second day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from rasd.datemention import DateMention
from rasd.datescan import WEEKDAYS
from rasd.quotes import find_quotes
from rasd.text import normalize_str

__all__ = ["shift_quoted_today"]

_LOOKBACK_SENTENCES = 2  # sentences before the quoting one where the day may be named
_WEEKDAY_WORDS = frozenset(WEEKDAYS)


class _Sentence(Protocol):
    start: int
    end: int
    text: str


def shift_quoted_today(
    sentences: Sequence[_Sentence], mentions: list[DateMention], published: dt.date
) -> list[DateMention]:
    """The mentions, a quoted «اليوم» of a statement made the day before publication moved to that day.

    Args:
        sentences: The sentences of the text (original offsets and text), in order.
        mentions: Its date mentions, resolved against ``published``, in order.
        published: The publication date.

    Returns:
        The mentions, each such «اليوم» replaced by a copy dated the day before.
    """
    eve = str(published - dt.timedelta(days=1))
    out = list(mentions)
    for i, d in enumerate(mentions):
        if not _bare_today(d, published):
            continue
        k = _sentence_of(sentences, d.start)
        if k is None or not _quoted(sentences[k], d.start):
            continue
        lo = sentences[max(0, k - _LOOKBACK_SENTENCES)].start
        before = [p for p in mentions[:i] if lo <= p.start and p.end <= d.start and p.iso]
        if before and _day_of(before[-1]) == eve:
            out[i] = dataclasses.replace(d, iso=eve)
    return out


def _bare_today(d: DateMention, published: dt.date) -> bool:
    """Whether a mention is «اليوم» dated the publication day, with no weekday named."""
    if d.kind != "relday" or d.iso != str(published):
        return False
    words = normalize_str(d.expr).split()
    return "اليوم" in words and not _WEEKDAY_WORDS & set(words)


def _sentence_of(sentences: Sequence[_Sentence], pos: int) -> int | None:
    """Index of the sentence holding an original offset, or None."""
    return next((k for k, s in enumerate(sentences) if s.start <= pos < s.end), None)


def _quoted(sent: _Sentence, pos: int) -> bool:
    """Whether an original offset lies inside a quotation of its sentence."""
    spans, _ = find_quotes(sent.text)
    rel = pos - sent.start
    return any(q.start <= rel < q.end for q in spans)


def _day_of(d: DateMention) -> str:
    """The day a mention names: its date, or the second day of a night across two days."""
    return d.iso.split("/")[-1] if d.precision == "day" else ""
