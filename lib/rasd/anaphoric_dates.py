"""Dates of an undated text fixed by another date the text itself prints.

A page that gives no publication date still tells its sequence of events in full:

- a phrase that points back to the date told just before it, in the same paragraph (on a
  page that prints its date too, :func:`point_back_dated`, where a one-sentence paragraph of
  news may point back across paragraphs: ``يوم 18 أكتوبر`` … ``وفي اليوم ذاته، لحقت إصابات``):
  ``وفي اليوم التالي`` (that day plus one), ``في اليوم نفسه`` (that day), ``في الشهر ذاته``
  (its month), ``بعد يومين من الهجوم`` (two days after a definite act: the day told before
  plus two). The date told just before must be the nearest mention before the phrase and
  resolved to a day (a month for ``الشهر``); a night, a period opened by ``منذ`` or an
  unresolved weekday in between leaves the phrase alone. ``اليوم التالي`` without a
  preposition before it (``خطة اليوم التالي للحرب``) or with ``لـ`` after it names the day
  after some other thing and is left alone; ``بعد يومين من الآن`` counts from the day of writing;
- a part of the current year (``مطلع العام الجاري``) in a paragraph that prints a full date
  in the latest year the text prints: the year of writing is taken to be that year;
- a day and month without a year that name their weekday (``الأحد 12 تشرين الثاني``) in a
  text that prints years but no full date: the one year, among the years of its months
  (``تشرين الأول 2023``) and the years next to them, where that day falls on that weekday. A
  bare year (``عام 2014``) or a month after ``منذ`` is background and gives no year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.datescan import HINT_DELTA
from rasd.lexicon import load_yaml
from rasd.pub_infer import writing_offset
from rasd.text import NormText

__all__ = ["point_back_dated", "resolve_anaphoric_dates"]

_FULL_RE = re.compile(r"^\d{4}-\d\d-\d\d$")
_CURRENT_YEAR_RE = re.compile(r"(?:العام|السنه)\s+(?:الجاري|الحالي)(?!\w)")
_HINT_WORDS = frozenset(w for p in HINT_DELTA for w in p.split())
_YEARLESS_KINDS = frozenset({"absolute", "ordinal"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Phrase:
    """A phrase pointing back: its span in the normalised text, its unit and its shift."""

    nstart: int
    nend: int
    unit: str  # "day" or "month"
    shift: int


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


@cache
def _lexicon() -> dict[str, Any]:
    """The word lists of ``data/anaphoric_dates.yaml``."""
    return dict(load_yaml("anaphoric_dates.yaml"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The day, month and count-of-days phrases, compiled."""
    lx = _lexicon()
    lead = rf"(?<!\w)[وف]?(?:{_alt(lx['lead_words'])})\s+"
    day = re.compile(
        rf"{lead}(?P<p>(?:(?:{_alt(lx['times_of_day'])})\s+)?(?:{_alt(lx['day_nouns'])})\s+"
        rf"(?P<m>{_alt(lx['day_offsets'])}))(?!\w)(?!\s+ل)"
    )
    month = re.compile(rf"{lead}(?P<p>(?:{_alt(lx['month_nouns'])})\s+(?P<m>{_alt(lx['month_offsets'])}))(?!\w)")
    small = [w for w, n in lx["count_words"].items() if int(n) <= 2]
    large = [w for w, n in lx["count_words"].items() if int(n) > 2]
    count = re.compile(
        rf"(?<!\w)[وف]?(?P<p>(?P<s>{_alt(lx['shift_words'])})\s+(?:(?P<w>{_alt(small)})|"
        rf"(?P<n>\d{{1,2}}|{_alt(large)})\s+(?:{_alt(lx['days_nouns'])}))\s+(?:{_alt(lx['link_words'])})\s+"
        rf"(?!(?:{_alt(lx['now_words'])})(?!\w))ال\w+)"
    )
    return day, month, count


def _phrases(norm: str) -> Iterator[_Phrase]:
    """The phrases of a normalised text that point back to a date told before them."""
    lx = _lexicon()
    day, month, count = _patterns()
    for m in day.finditer(norm):
        yield _Phrase(m.start("p"), m.end("p"), "day", int(lx["day_offsets"][m["m"]]))
    for m in month.finditer(norm):
        yield _Phrase(m.start("p"), m.end("p"), "month", int(lx["month_offsets"][m["m"]]))
    for m in count.finditer(norm):
        n = int(m["n"]) if m["n"] and m["n"].isdigit() else int(lx["count_words"][m["w"] or m["n"]])
        yield _Phrase(m.start("p"), m.end("p"), "day", n * int(lx["shift_words"][m["s"]]))


def _antecedent(norm: str, mentions: list[DateMention], ph: _Phrase, across: bool = False) -> str:
    """The iso of the date told just before a phrase, or ``""`` when it is not one the phrase can count from.

    ``across``: the date may stand in an earlier paragraph (within the reach).
    """
    before = [d for d in mentions if d.nend <= ph.nstart]
    if not before:
        return ""
    d = max(before, key=lambda x: x.nend)
    gap = norm[d.nend : ph.nstart]
    if ("\n" in gap and not across) or len(gap) > int(_lexicon()["reach"]) or d.since or "/" in d.iso:
        return ""
    if ph.unit == "day":
        return d.iso if d.precision == "day" and _FULL_RE.match(d.iso) else ""
    return d.iso[:7] if d.precision in ("day", "month") and len(d.iso) >= 7 and d.iso[:4].isdigit() else ""


def _shifted(iso: str, ph: _Phrase) -> str:
    """The antecedent moved by the phrase's shift, in its unit."""
    if ph.unit == "day":
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=ph.shift)).isoformat()
    months = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + ph.shift
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _point_back(nt: NormText, mentions: list[DateMention], across: bool = False) -> list[DateMention]:
    """The mentions with a resolved mention added for each phrase that points back to a date."""
    out = list(mentions)
    for ph in sorted(_phrases(nt.norm), key=lambda p: p.nstart):
        if any(d.nstart < ph.nend and ph.nstart < d.nend for d in out):
            continue
        iso = _antecedent(nt.norm, out, ph, across)
        if not iso:
            continue
        start, end = nt.to_original(ph.nstart, ph.nend)
        out.append(DateMention(nt.original[start:end], _shifted(iso, ph), ph.unit, True, start, end,
                               ph.nstart, ph.nend, kind="anaphoric"))
        out.sort(key=lambda d: d.nstart)
    return out


def _full_days(mentions: list[DateMention]) -> list[DateMention]:
    """The mentions written in full (day, month and year), not opening a period."""
    return [d for d in mentions if d.precision == "day" and not d.relative and not d.since and _FULL_RE.match(d.iso)]


def _place_current_year(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """Parts of the current year placed in the latest printed year when their paragraph prints a full date of it."""
    full = _full_days(mentions)
    todo = [d for d in mentions if not d.iso and d.kind == "unit" and _CURRENT_YEAR_RE.search(nt.norm[d.nstart : d.nend])]
    if not full or not todo:
        return mentions
    latest = max(dt.date.fromisoformat(d.iso) for d in full)
    if any(int(d.iso[:4]) > latest.year for d in mentions if d.iso[:4].isdigit() and not d.relative):
        return mentions
    again = {(d.nstart, d.nend): d for d in find_dates(nt, latest)}
    placed: dict[int, DateMention] = {}
    for d in todo:
        r = again.get((d.nstart, d.nend))
        if r is not None and r.iso[:4] == str(latest.year) and any(
            f.iso[:4] == str(latest.year) and "\n" not in nt.norm[min(f.nstart, d.nstart) : max(f.nend, d.nend)]
            for f in full
        ):
            placed[id(d)] = dataclasses.replace(d, iso=r.iso, precision=r.precision, relative=True)
    return [placed.get(id(d), d) for d in mentions]


def _place_by_weekday(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """Yearless days that name their weekday placed in the one nearby printed year where the weekday fits."""
    todo = [
        d for d in mentions
        if not d.iso and d.kind in _YEARLESS_KINDS and writing_offset(d.expr)[1] is not None
        and not _HINT_WORDS & set(nt.norm[d.nstart : d.nend].split())
    ]
    years = {
        int(d.iso[:4]) for d in mentions
        if d.precision in ("day", "month") and d.iso[:4].isdigit() and not d.relative and not d.since
    }
    if not todo or not years:
        return mentions
    candidates = sorted({y + k for y in years for k in (-1, 0, 1)})
    found: dict[int, set[str]] = {id(d): set() for d in todo}
    for year in candidates:
        again = {(d.nstart, d.nend): d for d in find_dates(nt, dt.date(year, 12, 31))}
        for d in todo:
            r = again.get((d.nstart, d.nend))
            if r is not None and _FULL_RE.match(r.iso) and r.iso[:4] == str(year):
                if dt.date.fromisoformat(r.iso).weekday() == writing_offset(d.expr)[1]:
                    found[id(d)].add(r.iso)
    return [
        dataclasses.replace(d, iso=next(iter(found[id(d)])), precision="day", relative=True)
        if id(d) in found and len(found[id(d)]) == 1 else d
        for d in mentions
    ]


def resolve_anaphoric_dates(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of an undated text, with the dates its own printed dates fix.

    Args:
        nt: The normalised text the mentions point into.
        mentions: Its date mentions, found without a publication date (after
            :func:`rasd.undated_anchor.anchor_undated`).

    Returns:
        The mentions, in text order: yearless weekdays and parts of the current year
        resolved where the text fixes them, and one resolved mention (kind
        ``"anaphoric"``) added for each phrase pointing back to a date told just before it.
    """
    placed = _place_by_weekday(nt, _place_current_year(nt, mentions))
    return _point_back(nt, placed)


def point_back_dated(nt: NormText, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of a text with a publication date, with the phrases pointing back resolved.

    ``في اليوم ذاته`` (the day told before, not the day of writing), ``في اليوم التالي``,
    ``بعد يومين من الهجوم``: the date they count from may stand in an earlier paragraph.

    Args:
        nt: The normalised text the mentions point into.
        mentions: Its date mentions, resolved against the publication date.

    Returns:
        The mentions in text order, one resolved mention (kind ``"anaphoric"``) added for
        each phrase pointing back to a date told before it.
    """
    return _point_back(nt, mentions, across=True)
