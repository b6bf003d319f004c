"""Mention tables: every date and every gazetteer place of an article, with offsets."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rasd.date_joins import joins_numeric, period_year_end
from rasd.datemention import DateMention
from rasd.datescan import LEX, MONTH_NUM
from rasd.doc import Doc
from rasd.text import normalize_str

__all__ = ["date_rows", "extract_dates", "extract_places"]

# Characters between a night and the range of days that glosses it («ليل الاحد - الاثنين
# (29-30 اكتوبر)»).
_GLOSS_GAP = frozenset(" (")
_ONE_DAY = dt.timedelta(days=1)
_WORD_RE = re.compile(r"\w+")
_CLITICS = ("و", "ب", "ل", "ف")


def extract_dates(doc: Doc) -> list[dict[str, Any]]:
    """One row per date expression (headline, dateline, subheads and body); see :func:`date_rows`.

    On a page that prints its date, a phrase pointing back to a date told before it
    (``وفي اليوم ذاته``, kind ``anaphoric``) dates events but is no row here, as the gold writes it.
    """
    dates = [d for d in doc.dates if not (doc.published and d.kind == "anaphoric")]
    return [{"article_id": doc.article_id, **row} for row in date_rows(dates, doc.text)]


def date_rows(dates: list[DateMention], text: str) -> list[dict[str, Any]]:
    """The rows of the dates table for the date mentions of a text, in order.

    A night across two days (``ليل الجمعة السبت``) keeps its row with an empty
    iso (it is neither day, as the annotation convention has it); a range of two consecutive days right after a
    night, in parentheses, is that night's gloss and joins its row; a range of
    days of one month (``17 إلى 24 تشرين الأول``) gives one row per end, the
    first over the whole range. A weekday and the numeric date written right after it
    are one row, and a bare end of year closing a period that opened in an earlier year
    is that year's end (:mod:`rasd.date_joins`).

    Only mentions resolved to a day or a month are listed, the two resolutions of the
    gold schema: a year alone (``عام 2014``, ``منذ عشر سنوات``) and a whole week
    (``الاسبوع الماضي``) or a time counted back (``قبل يومين``) stay in ``Doc.dates``, where events take their time precision
    from them, but are no row of this table.

    Args:
        dates: The mentions, in text order (``Doc.dates``).
        text: The original text they point into.

    Returns:
        Rows with ``expr``, ``iso``, ``precision``, ``relative``, ``start`` and ``end``.
    """
    rows: list[dict[str, Any]] = []
    last: DateMention | None = None
    for d in dates:
        if _too_vague(d):
            continue
        if last is not None and _glosses(last, d, text):
            rows[-1].update(expr=text[rows[-1]["start"] : d.end], end=d.end)
        elif last is not None and joins_numeric(last, d, text):
            rows[-1].update(expr=text[rows[-1]["start"] : d.end], end=d.end, iso=d.iso)
        elif last is not None and (year_end := period_year_end(last, d, text)):
            rows.append(_row(d, text, year_end, d.start))
        elif d.kind == "range" and d.iso:
            first, second = d.iso.split("/")
            rows.append(_row(d, text, first, d.start))
            rows.append(_row(d, text, second, d.last_day))
        else:
            rows.append(_row(d, text, "" if d.kind == "night" else d.iso, d.start))
        last = d
    return rows


def _too_vague(d: DateMention) -> bool:
    """Whether a mention gives no row: a year, a week given as an interval of days, or a time counted back.

    A time counted back from publication (``قبل يومين``, ``منذ ثلاثة أشهر``, ``قبل أسبوع``) is
    an approximate distance, not a date: no development set annotates one (7 extras, no gold row).
    """
    if d.precision == "year" or (d.precision == "week" and "/" in d.iso) or d.kind == "duration":
        return True
    return d.precision == "month" and _year_stretch(d.expr)


def _year_stretch(expr: str) -> bool:
    """Whether a month-precision expression is the start or middle of a year (``مطلع 2026``, ``منتصف العام``).

    Such a partial of a year is a stretch of months, as vague as the year itself; the end of a
    year (``نهاية 2021``, a deadline) pins December and keeps its row (``month_partials`` in the
    data). A partial of a month or of ``الشهر`` (``مطلع شهر حزيران``) keeps its row.
    """
    words = _WORD_RE.findall(normalize_str(expr))
    if len(words) < 2:
        return False
    first = words[0]
    while first not in LEX["partials"] and first[:1] in _CLITICS and len(first) > 3:
        first = first[1:]
    position = LEX["partials"].get(first)
    if position is None or position in LEX["month_partials"]:
        return False
    rest = words[1:]
    if any(w in MONTH_NUM or w.endswith("شهر") for w in rest):
        return False
    return any(w in LEX["year_words"] or (w.isdigit() and len(w) == 4) for w in rest)


def _glosses(night: DateMention, d: DateMention, text: str) -> bool:
    """Whether ``d`` is a range of two consecutive days written in parentheses right after ``night``."""
    if night.kind != "night" or d.kind != "range" or not set(text[night.end : d.start]) <= _GLOSS_GAP:
        return False
    return "(" in text[night.end : d.start + 1] and _consecutive(d.iso)


def _consecutive(value: str) -> bool:
    """Whether an interval ``A/B`` of days holds two consecutive days."""
    first, second = (dt.date.fromisoformat(v) for v in value.split("/"))
    return second - first == _ONE_DAY


def _row(d: DateMention, text: str, value: str, start: int) -> dict[str, Any]:
    """One row of the dates table: ``text[start:d.end]`` with the iso ``value``."""
    return {
        "expr": text[start : d.end],
        "iso": value,
        "precision": d.precision,
        "relative": d.relative,
        "start": start,
        "end": d.end,
    }


def extract_places(doc: Doc) -> list[dict[str, Any]]:
    """One row per gazetteer place mention, with its canonical name and coordinates."""
    rows = []
    for m in doc.places:
        start, end = doc.nt.to_original(m.start, m.end)
        place = m.value
        rows.append(
            {
                "article_id": doc.article_id,
                "name": doc.text[start:end],
                "canonical": place["canonical"],
                "name_en": place["name_en"],
                "type": place["type"],
                "country": place["country"],
                "lat": place["lat"],
                "lon": place["lon"],
                "start": start,
                "end": end,
            }
        )
    return rows
