"""A publication date from «اليوم/أمس + weekday» joined to a day and month without a year.

Pages often date their own day as «اليوم الجمعة 20 تشرين الأول» or «أمس الخميس 19
أكتوبر», without the year, or print a date line of weekday, day and month alone
(«الخميس، 26 مارس»: the day of writing). The weekday fixes the year among candidates, and the
rule takes it only when exactly one year of a window the text itself supports has
that weekday on that day:

- the latest year the text prints in a date or a month and the year after it (a page of
  January speaks of December's events); a bare year («أطلقته واشنطن عام 2014») or a
  date after «منذ» is background and gives none;
- with no year printed, the years of the era names the text uses as news, intersected
  (``data/news_eras.yaml``: «طوفان الأقصى» ⇒ 2023 to 2025; an office-holder named
  with his title as serving), else the corpus years (2019 to 2026);
- before all these, the year of writing a relative year glossed with its number states
  («العام الماضي 2023» ⇒ 2024, :mod:`rasd.writing_year`).

The day of writing is that day minus the relative offset. All such clues must
give the same day, and it must not be before a full date of the text.

An agency dispatch opens its first paragraph with the place and the day it was filed, the
year left out: «واشنطن 12 فبراير شباط (رويترز) –», «عمان 3 شباط (بترا) -», «الدوحة في 15
يناير /قنا/», or a known place and the day with a colon after it «أربيل – 12 كانون الثاني:». That day is the day of writing; its weekday is the one weekday of writing the
text names («قال مسؤولان اليوم الخميس»), and the same window fixes its year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.incident_frames import writing_days
from rasd.lexicon import load_yaml
from rasd.page_heads import is_place_name
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str
from rasd.writing_year import stated_writing_years

__all__ = ["era_years", "infer_yearless_published", "is_yearless_date_line", "year_window"]

_YEAR_RE = re.compile(r"^\d{4}")
_NOT_PUNCT_RE = re.compile(r"[^\W_]")  # a letter or digit: text beside the date
# Before a dispatch's day: one to three words of place, a dash or «في» allowed («بغداد –», «الدوحة في»).
_DISPATCH_PLACE_RE = re.compile(r"^\s*[^\W\d_]+(?:[\s-][^\W\d_]+){0,2}\s*(?:[-–—]\s*)?(?:في\s+)?$")
# After it: the agency in brackets or between slashes («(رويترز)», «/قنا/», «/ وام /»).
_DISPATCH_AGENCY_RE = re.compile(r"^\s*(?:\(([^()\d\n]{1,30})\)|/([^/\d\n]{1,30})/)")
_NAME_FILLER_RE = re.compile(r"[\s.]+")
# Or a colon right after the day ends a dateline of a known place («أربيل – 12 كانون الثاني: …»).
_DISPATCH_COLON_RE = re.compile(r"^\s*:")
_PLACE_SIDE_RE = re.compile(r"[\s\-–—]+$")


@cache
def _eras() -> tuple[tuple[re.Pattern[str], int, int], ...]:
    """The era names of ``data/news_eras.yaml``, compiled, with their first and last years."""
    data = load_yaml("news_eras.yaml")
    titles = {office["id"]: office["titles"] for office in data.get("offices", [])}
    out = []
    for entry in data["eras"]:
        keys = list(entry.get("keys", []))
        keys += [f"{t} {n}" for t in titles.get(entry.get("office", ""), []) for n in entry.get("names", [])]
        alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
        out.append((re.compile(rf"(?<!\w)[وفبلك]{{0,2}}(?:ال)?(?:{alts})"), int(entry["from"]), int(entry["to"])))
    return tuple(out)


@cache
def _corpus_years() -> range:
    """The years the corpus covers (``corpus_years`` of ``data/news_eras.yaml``)."""
    span = load_yaml("news_eras.yaml")["corpus_years"]
    return range(int(span["from"]), int(span["to"]) + 1)


def year_window(paragraphs: Sequence[str], mentions: Iterable[DateMention]) -> range:
    """The candidate years of a yearless day: the stated year of writing, else the latest printed year and the next, else the eras' years, else the corpus years.

    A relative year glossed with its number («العام الماضي 2023») states the year of writing
    (:func:`rasd.writing_year.stated_writing_years`); it is taken when the text states one only.

    Args:
        paragraphs: The texts to look for era names in.
        mentions: The date mentions of the text (a year printed after «منذ» or alone gives none).

    Returns:
        The years (the corpus years when the text fixes none).
    """
    stated = stated_writing_years(paragraphs)
    if len(stated) == 1:
        year = stated.pop()
        return range(year, year + 1)
    years = [
        int(m.iso[:4])
        for m in mentions
        if m.iso and not m.relative and not m.since and m.precision in ("day", "month") and _YEAR_RE.match(m.iso)
    ]
    if years:
        return range(max(years), max(years) + 2)
    eras = era_years(paragraphs)
    return _corpus_years() if eras is None else eras


def era_years(paragraphs: Sequence[str]) -> range | None:
    """The years allowed by the era names of a text (``data/news_eras.yaml``).

    Args:
        paragraphs: The texts to look for era names in.

    Returns:
        The years every era named allows (empty when two eras disagree), or None when no era is named.
    """
    norm = normalize_str(" ".join(paragraphs))
    spans = [(start, end) for pattern, start, end in _eras() if pattern.search(norm)]
    if not spans:
        return None
    return range(max(s for s, _ in spans), min(e for _, e in spans) + 1)


def _resolve(text: str, mention: DateMention, years: range) -> list[dt.date]:
    """The days a yearless mention can be in the candidate years."""
    out = []
    for year in years:
        again = [d for d in find_dates(text, dt.date(year, 12, 31)) if d.start == mention.start and d.iso]
        if again and again[0].iso[:4] == str(year):
            out.append(dt.date.fromisoformat(again[0].iso[:10]))
    return out


def _is_date_line(text: str, mention: DateMention) -> bool:
    """Whether a paragraph is only the yearless date (``الخميس، 26 مارس``): the page's date line."""
    return not _NOT_PUNCT_RE.search(text[: mention.start] + text[mention.end :])


@cache
def _agencies() -> frozenset[str]:
    """The agency names of ``data/dispatch_agencies.yaml``, spaces and dots removed."""
    return frozenset(_NAME_FILLER_RE.sub("", a) for a in load_yaml("dispatch_agencies.yaml")["agencies"])


def _is_dispatch(text: str, mention: DateMention) -> bool:
    """Whether a yearless day opens a paragraph as an agency's dispatch line («بغداد 3 كانون الثاني (رويترز)»).

    A known place, a dash and the day with a colon after it («أربيل – 12 كانون الثاني:») is one too.
    """
    agency = _DISPATCH_AGENCY_RE.match(text[mention.end :])
    if agency is None and _DISPATCH_COLON_RE.match(text[mention.end :]):
        place = _PLACE_SIDE_RE.sub("", text[: mention.start])
        return bool(_DISPATCH_PLACE_RE.match(text[: mention.start])) and is_place_name(place)
    if agency is None or not _DISPATCH_PLACE_RE.match(text[: mention.start]):
        return False
    name = _NAME_FILLER_RE.sub("", normalize_str(agency.group(1) or agency.group(2)))
    return name in _agencies()


def is_yearless_date_line(text: str) -> bool:
    """Whether a line is only a weekday, a day and a month, without the year (``الخميس، 26 مارس``).

    Args:
        text: One line of the page.

    Returns:
        True when its one date mention is such a date and covers the whole line.
    """
    found = find_dates(text)
    if len(found) != 1:
        return False
    d = found[0]
    yearless = d.kind == "absolute" and d.precision == "day" and d.relative and not d.iso
    return yearless and writing_offset(d.expr)[1] is not None and _is_date_line(text, d)


def infer_yearless_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a yearless «اليوم/أمس + weekday + day month» implies, as ISO, or ``""``.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred date, or ``""`` when no clue, no window, several candidate
        years, or clues that disagree.
    """
    found = [(text, d) for text in paragraphs for d in find_dates(text)]
    clues = [
        (text, d)
        for text, d in found
        if d.kind == "absolute" and d.precision == "day" and d.relative and not d.iso
    ]
    if not clues:
        return ""
    years = year_window(paragraphs, (d for _, d in found))
    writing = writing_days(paragraphs)[0]
    days: set[dt.date] = set()
    for text, mention in clues:
        offset, weekday = writing_offset(mention.expr)
        if offset is None and text is paragraphs[0] and _is_dispatch(text, mention) and len(writing) == 1:
            offset, weekday = 0, next(iter(writing))
        offset = 0 if offset is None and _is_date_line(text, mention) else offset
        if offset is None or offset > 0 or weekday is None:
            continue
        fits = [day for day in _resolve(text, mention, years) if day.weekday() == weekday]
        if len(fits) != 1:
            return ""
        days.add(fits[0] - dt.timedelta(days=offset))
    if len(days) != 1:
        return ""
    day = days.pop()
    full = [dt.date.fromisoformat(d.iso[:10]) for _, d in found if d.kind == "absolute" and d.precision == "day" and not d.relative and d.iso]
    return day.isoformat() if all(f <= day for f in full) else ""
