"""The record of a date found in a text, and how a match of the date grammar becomes one.

:mod:`rasd.dates` resolves each match of :data:`rasd.datescan.DATE_RE`; this
module holds what it makes of it: the :class:`DateMention`, its kind (the form
that matched, or a night or a range of days) and its spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.datescan import LEX, SINCE_RE, phrase
from rasd.text import NormText

__all__ = ["DateMention", "MentionMaker", "is_since", "mention_kind", "month_named"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text.

    Attributes:
        expr: Original text of the expression (``original[start:end]``).
        iso: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an interval ``A/B`` of two
            such values; ``""`` when it cannot be resolved.
        precision: ``"day"``, ``"week"``, ``"month"`` or ``"year"``.
        relative: True when resolved against the publication date.
        start: Start offset in the original text.
        end: End offset in the original text.
        nstart: Start offset in the normalised text.
        nend: End offset in the normalised text.
        since: True when the date opens a period (preceded by ``منذ`` and the like).
        kind: The grammar form that matched (``"absolute"``, ``"weekday"``,
            ``"relday"``, ``"month"`` ... see :mod:`rasd.datescan`), except
            ``"night"`` for a night across two days (``ليل الجمعه السبت``,
            ``ليله 29/30 تشرين الاول``, ``الليله الماضيه``) and ``"range"`` for
            the days from A to B of one month (``17 الي 24 تشرين الاول``).
        last_day: In a range, the original offset where its last day is written
            (the ``24`` above); -1 otherwise.
    """

    expr: str
    iso: str
    precision: str
    relative: bool
    start: int
    end: int
    nstart: int
    nend: int
    since: bool = False
    kind: str = ""
    last_day: int = -1


# The words of a night ("ليل", "ليله"), to tell "ليله 29/30 تشرين" from a range of days.
_NIGHT_WORDS = frozenset(w for p in LEX["night_words"] for w in str(p).split()) - {"منتصف"}
# Kinds of mention that name a month (by its name or number), with a day or alone.
_MONTH_KINDS = frozenset({"absolute", "range", "monthfirst", "ordinal", "month", "numeric"})


def mention_kind(form: str, m: re.Match[str], parts: dict[str, str]) -> str:
    """The kind of a match (see :class:`DateMention`), or ``"list"`` for two days of one month.

    Args:
        form: The form that matched (:func:`rasd.datescan.form_groups`).
        m: The match of the date regex.
        parts: Its parts, by part name.

    Returns:
        The form, or ``"night"``, ``"range"`` or ``"list"`` (``25 و26 تموز``).
    """
    if form == "relday" and phrase(parts["r"]) in LEX["night_days"]:
        return "night"
    if form != "absolute" or "d2" not in parts:
        return form
    if "l" in parts:
        return "list"
    lead = m.string[m.start() : m.start(f"{form}_d")]
    return "night" if any(w.lstrip("وفب") in _NIGHT_WORDS for w in lead.split()) else "range"


def month_named(d: DateMention) -> tuple[str, bool] | None:
    """The month a mention names by its name or number (``"YYYY-MM"``, relative), or None."""
    if d.kind in _MONTH_KINDS and len(d.iso) >= 7:
        return d.iso[:7], d.relative
    return None


# The first word of each marker: every match of SINCE_RE holds one of them.
_SINCE_KEYS = tuple(sorted({str(p).split()[0] for p in LEX["since_markers"]}))


def is_since(norm: str, nstart: int) -> bool:
    """Whether a date starting at ``nstart`` opens a period (``منذ`` and the like before it)."""
    start = max(0, nstart - 30)
    window = norm[start:nstart]
    if not any(key in window for key in _SINCE_KEYS):
        return False
    return SINCE_RE.search(norm, start, nstart) is not None


class MentionMaker:
    """Builds the mentions of one match: the fields they share, and their own spans.

    A plain class with slots (one is made per match; a frozen dataclass costs twice
    as much to make).
    """

    __slots__ = ("nt", "precision", "relative", "since")

    def __init__(self, nt: NormText, precision: str, relative: bool, since: bool) -> None:
        """Keep the fields the mentions of the match share."""
        self.nt = nt
        self.precision = precision
        self.relative = relative
        self.since = since

    def __call__(self, nstart: int, nend: int, value: str, kind: str, last_day: int = -1) -> DateMention:
        """A mention of ``norm[nstart:nend]`` with the iso ``value``."""
        start, end = self.nt.to_original(nstart, nend)
        expr = self.nt.original[start:end]
        return DateMention(
            expr, value, self.precision, self.relative, start, end, nstart, nend, self.since, kind, last_day
        )
