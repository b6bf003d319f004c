"""Arabic date expressions: find them in an article and resolve them to ISO dates.

:mod:`rasd.datescan` holds the grammar (one regex over the normalised text, built
from ``data/dates.yaml``) and finds where it matches; this module resolves each
match to a date.

Conventions:
    * ``expr`` starts at the date words. An attached conjunction or preposition
      (``وامس``, ``واليوم``, ``بالامس``) stays in ``expr`` because it is part of
      the word; separate prepositions (``في``, ``منذ``, ``خلال``) are left out,
      except in durations (``منذ ثلاثه ايام``) where they carry the meaning.
    * Relative expressions are resolved against ``published``; when it is None
      they are still reported, with ``iso == ""``.
    * A weekday, alone or after ``يوم``, is the latest such day on or before
      publication (agencies write "قال ... يوم الخميس" on that Thursday); with
      ``الماضي`` strictly before, with ``المقبل`` strictly after. A day and month
      without a year is the latest such date not after publication, except in
      the publication month, which keeps the publication year.
    * Intervals (``ليل الجمعه السبت``, ``29/30 تشرين الاول``, weeks) are
      ``"A/B"``; weeks run Saturday to Friday (``week_start`` in the data).
      ``DateMention.kind`` tells a night across two days (``"night"``) and a
      range of days (``"range"``) from the other intervals.
    * Two days of one month written as a list (``25 و26 تموز``) are two
      mentions, one per day.
    * ``الشهر نفسه`` (``السابع من الشهر نفسه``) is the month named last before it
      in the text, by its name or number; with none, no date is read.
    * ``since`` is True when the date is preceded by a marker such as ``منذ``,
      ``منذ بدايه`` or ``ابتداء من`` (see ``since_markers`` in the data file).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from rasd import datescan, datewalk
from rasd.date_deadlines import deadline_value
from rasd.datecalc import (
    add_months,
    day_year,
    iso,
    month_year,
    safe_date,
    weekday_near,
    weekday_nearest,
)
from rasd.datemention import DateMention, MentionMaker, is_since, mention_kind, month_named
from rasd.datescan import DATE_RE, LEX, MONTH_NUM, WEEKDAYS, hint_offset, phrase
from rasd.list_markers import is_list_marker
from rasd.numbers import parse_number, parse_ordinal
from rasd.sparse_norm import normalize_sparse
from rasd.text import NormText, normalize

__all__ = ["DateMention", "find_dates", "parse_date_expr", "to_time_precision"]


_PARTIAL_MONTH = {"start": 1, "mid": 6, "end": 12}
_PRECISION_CODE = {"day": 1, "week": 2, "partial": 2, "month": 3, "year": 3}
# Stand-in publication date when none is known (a leap year, so 29 February
# resolves); the value of every relative expression is then blanked.
_NO_PUB = dt.date(2000, 6, 15)
_WORD_RE = re.compile(r"\w+")
_CLOCK_RE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")

# A resolved match: (expression start in norm, iso, precision, relative).
_Result = tuple[int, str, str, bool]
# Returned for text that is consumed but never reported (Hijri dates).
_SKIP: _Result = (-1, "", "", False)
# The named groups of the alternative that matched, without their prefix.
_Groups = dict[str, Any]
_M = re.Match[str]


def _tail_year(g: _Groups, pub: dt.date) -> tuple[int | None, bool]:
    """Year after a month (``2023``, ``العام الماضي``, ``هذا العام``; None) and if relative."""
    if "y" in g:
        return int(g["y"]), False
    if "ty" in g or "yh" in g:
        return pub.year + (hint_offset(g.get("yh")) or 0), True
    return None, False


def _day_month(start: int, days: list[int], g: _Groups, pub: dt.date) -> _Result | None:
    """A day (or day range) of a named month, with or without a year."""
    key = (tuple(days), g["m"], g.get("y"), g.get("ty"), g.get("yh"), g.get("h"), pub)
    res = _DAY_MONTH_MEMO.get(key)
    if res is None:
        if len(_DAY_MONTH_MEMO) >= _DAY_MONTH_MEMO_SIZE:
            _DAY_MONTH_MEMO.clear()
        res = _DAY_MONTH_MEMO[key] = _read_day_month(days, g, pub)
    return None if not res else (start, res[0], "day", res[1])


# The values of _read_day_month, by the parts it reads (a bounded memo: many articles
# name the same days).
_DAY_MONTH_MEMO: dict[tuple[Any, ...], tuple[str, bool] | tuple[()]] = {}
_DAY_MONTH_MEMO_SIZE = 4096


def _read_day_month(days: list[int], g: _Groups, pub: dt.date) -> tuple[str, bool] | tuple[()]:
    """The value of :func:`_day_month` and whether it is relative; ``()`` for no date."""
    month = MONTH_NUM[phrase(g["m"])]
    year, relative = _tail_year(g, pub)
    if year is None:
        year, relative = day_year(days[0], month, hint_offset(g.get("h")), pub), True
    dates = [safe_date(year, month, d) for d in days]
    if None in dates or (len(days) == 2 and days[1] <= days[0]):
        return ()
    return "/".join(str(d) for d in dates), relative


def _this_month_day(start: int, day: int, hint: str | None, pub: dt.date) -> _Result | None:
    """A day of the current (previous, next) month: ``في 5 الشهر الجاري``."""
    date = safe_date(*add_months(pub.year, pub.month, hint_offset(hint) or 0), day)
    return None if date is None else (start, str(date), "day", True)


def _month_day(start: int, day: int, g: _Groups, pub: dt.date) -> _Result | None:
    """A day of "الشهر" with a hint (``5 الشهر الجاري``) or of the month named before (``الشهر نفسه``)."""
    if "same" not in g:
        return _this_month_day(start, day, g.get("mh") or g.get("cur"), pub)
    month, relative = g["prev"]
    date = safe_date(int(month[:4]), int(month[5:7]), day) if month else None
    return None if date is None else (start, str(date), "day", relative)


def _form_numeric(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if "m3" in g:
        month = int(g["m3"])
        return (m.start(), iso(int(g["y3"]), month), "month", False) if month <= 12 else None
    a, b, y = (g["a"], g["b"], g["y"]) if "a" in g else (g["a2"], g["b2"], g["y2"])
    day, month, year = int(a), int(b), int(y)
    if month > 12 >= day:
        day, month = month, day
    date = safe_date(year, month, day) if 1800 <= year <= 2199 else None
    return (m.start(), str(date), "day", False) if date else None


def _form_absolute(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if datescan.is_named_date(m, g):
        return None
    days = [int(g["d"])] + ([int(g["d2"])] if "d2" in g else [])
    return _day_month(m.start(), days, g, pub)


def _form_monthfirst(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    return _day_month(m.start(f"{m.lastgroup}_m"), [int(g["d"])], g, pub)


def _is_head_noun(word: str) -> bool:
    """Whether an ordinal after ``word`` is its adjective (a definite noun, no mark between)."""
    return (
        word.startswith("ال")
        and word[-1].isalpha()
        and word not in WEEKDAYS
        and word not in LEX["ordinal_day_nouns"]
    )


def _form_ordinal(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    # The regex may take up to two words before the ordinal: try each ال-word.
    words = g["o"]
    if datescan.is_named_date(m, g):
        return None
    tokens = list(_WORD_RE.finditer(words))
    for i, w in enumerate(tokens):
        value = parse_ordinal(words[w.start() :]) if w.group().startswith("ال") else None
        if value is None or not 1 <= value <= 31:
            continue
        prev = tokens[i - 1].group() if i else datescan.word_before(m.string, m.start(f"{m.lastgroup}_o"))
        feminine = datescan.is_feminine_ordinal(w.group())
        if feminine or _is_head_noun(prev):
            # An adjective of the noun before it ("الاسبوع الاول من يناير", "المرحله الاولي"): the month.
            res = _month_day(0, 1, g, pub) if "m" not in g else _day_month(0, [1], g, pub)
            start = m.start(f"{m.lastgroup}_m") if feminine and "m" in g else m.start()
            return None if res is None else (start, res[1][:7], "month", res[3])
        start = m.start() if i == 0 else m.start(f"{m.lastgroup}_o") + w.start()
        if "m" not in g:
            return _month_day(start, value, g, pub)
        return _day_month(start, [value], g, pub)
    return None


def _form_dayofmonth(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    return _month_day(m.start(), int(g["d"]), g, pub)


def _form_night(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    first, second = WEEKDAYS[g["a"]], WEEKDAYS[g["b"]]
    if (second - first) % 7 != 1:
        return None
    start = weekday_near(pub, first, None)  # a page dated Friday tells "ليل الجمعه السبت" of that Friday
    return m.start(), f"{start}/{start + dt.timedelta(days=1)}", "day", True


def _form_month(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    word = phrase(g["m"])
    month = MONTH_NUM[word]
    # Two names of one month (``نيسان/ابريل``) are a month, with or without a preposition.
    paired = "m2" in g and MONTH_NUM[phrase(g["m2"])] == month
    anchored = paired or g.keys() & {"y", "ty", "yh", "h", "q", "sh"}
    if not anchored and ("pp" not in g or word in LEX["weak_months"]):
        return None
    year, relative = _tail_year(g, pub)
    if year is None:
        year, relative = month_year(month, hint_offset(g.get("h")), pub), True
    return m.start(f"{m.lastgroup}_x"), iso(year, month), "month", relative


def _form_year(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    year = int(g["y"])
    if not ("q" in g or "yw" in g or ("pp" in g and 1900 <= year <= 2099)):
        return None
    start = m.start(f"{m.lastgroup}_x")
    if "q" in g:
        return start, iso(year, _PARTIAL_MONTH[LEX["partials"][g["q"]]]), "month", False
    return start, iso(year), "year", False


def _form_unit(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if not g.keys() & {"q", "this", "h"}:
        return None
    unit, delta = LEX["units"][g["u"]], hint_offset(g.get("h")) or 0
    if unit == "week":
        first = weekday_near(pub, LEX["week_start"], None) + dt.timedelta(weeks=delta)
        return m.start(), f"{first}/{first + dt.timedelta(days=6)}", "week", True
    if unit == "month":
        return m.start(), iso(*add_months(pub.year, pub.month, delta)), "month", True
    if "q" in g:
        month = _PARTIAL_MONTH[LEX["partials"][g["q"]]]
        return m.start(), iso(pub.year + delta, month), "month", True
    return m.start(), iso(pub.year + delta), "year", True


def _form_duration(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    unit, implied = LEX["durations"][g["u"]]
    n = g.get("n")
    count = (int(n) if n.isdigit() else parse_number(n)) if n else implied
    if not isinstance(count, int) or count <= 0:
        return None
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return m.start(), str(pub - dt.timedelta(days=days)), unit, True
    if unit == "month":
        return m.start(), iso(*add_months(pub.year, pub.month, -count)), unit, True
    return m.start(), iso(pub.year - count), unit, True


def _form_relday(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    word = phrase(g["r"])
    if "w" not in g and not datescan.relday_is_date(m, word):
        return None
    date = pub + dt.timedelta(days=LEX["relative_days"][word])
    if "w" in g:
        date = weekday_nearest(date, WEEKDAYS[g["w"]])
    return m.start(), str(date), "day", True


def _form_weekday(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if not datescan.weekday_is_date(m):
        return None
    date = weekday_near(pub, WEEKDAYS[g["w"]], hint_offset(g.get("h")))
    return m.start(), str(date), "day", True


_HANDLERS: dict[str, Callable[[_M, _Groups, dt.date], _Result | None]] = {
    "hijri": lambda m, g, pub: _SKIP,
    "numeric": _form_numeric,
    "night": _form_night,
    "absolute": _form_absolute,
    "monthfirst": _form_monthfirst,
    "ordinal": _form_ordinal,
    "dayofmonth": _form_dayofmonth,
    "month": _form_month,
    "year": _form_year,
    "unit": _form_unit,
    "duration": _form_duration,
    "relday": _form_relday,
    "weekday": _form_weekday,
}


def find_dates(text: str | NormText, published: dt.date | None = None) -> list[DateMention]:
    """Find every date expression of a text, in order and without overlaps.

    Args:
        text: Raw text or a :class:`~rasd.text.NormText` of it.
        published: Publication date that relative expressions are resolved
            against; when None they are reported with ``iso == ""``.

    Returns:
        The date mentions with original and normalised offsets.
    """
    # A raw string is read once: its offset map is kept sparse (the same offsets).
    nt = text if isinstance(text, NormText) else normalize_sparse(text)
    norm = nt.norm
    out: list[DateMention] = []
    match = DATE_RE.match
    pos = 0
    # The month named last ("YYYY-MM", relative), for "الشهر نفسه".
    named: tuple[str, bool] = ("", False)
    for start in _try_positions(norm):
        if start < pos or is_list_marker(norm, start):  # "1- 18 تشرين الاول": item 1
            continue
        m = match(norm, start)
        if m is None:
            continue
        mentions, pos = _read_match(m, nt, published, named)
        if mentions:
            out.extend(mentions)
            named = next((n for d in reversed(mentions) if (n := month_named(d))), named)
    return out


def _try_positions(norm: str) -> list[int]:
    """Positions of ``norm`` where the date regex is tried, in order.

    The candidates of :func:`rasd.datewalk.candidate_starts`; every position of
    the text (``range(len(norm))``, the plain scan) finds the same dates.
    """
    return datewalk.candidate_starts(norm)


def _read_match(
    m: _M, nt: NormText, published: dt.date | None, named: tuple[str, bool]
) -> tuple[list[DateMention], int]:
    """Resolve one match of the date regex; also returns where the search goes on.

    ``named`` is the month named last before the match (for ``الشهر نفسه``). A
    list of two days of one month (``25 و26 تموز``) gives one mention per day.
    """
    form, groups = datescan.form_groups(m)
    groups["prev"] = named
    res = _HANDLERS[form](m, groups, published or _NO_PUB)
    if res is None:
        return [], m.start() + 1
    if res is _SKIP:
        return [], m.end()
    nstart, value, precision, relative = res
    # An opening parenthesis before the day ("(29-30 اكتوبر)") is not part of the expression.
    nstart += m.string.startswith("(", nstart)
    nend = m.start() + len(m.group().rstrip())
    if relative and published is not None and precision in ("day", "month"):
        value = deadline_value(m.string, nstart, value, groups, published)  # "بحلول 30 نيسان"
    value = "" if relative and published is None else value
    kind = mention_kind(form, m, groups)
    make = MentionMaker(nt, precision, relative, is_since(nt.norm, nstart))
    if kind != "list":
        last = nt.to_original(m.start(f"{form}_d2"), nend)[0] if kind == "range" else -1
        return [make(nstart, nend, value, kind, last)], nend
    first, second = value.split("/") if value else ("", "")
    return [
        make(nstart, m.end(f"{form}_d"), first, "absolute"),
        make(m.start(f"{form}_d2"), nend, second, "absolute"),
    ], nend


def parse_date_expr(expr: str, published: dt.date | None = None) -> DateMention | None:
    """Read a string that is (essentially) one date expression, e.g. a date line.

    Words listed as ``expr_preps`` in the data file (``في``, ``منذ``,
    ``الساعه``), a clock time and punctuation may surround the date; anything
    else makes the result None.

    Args:
        expr: The expression, e.g. ``"13 نوفمبر 2023"``.
        published: Publication date for relative expressions.

    Returns:
        The mention (offsets into ``expr``) or None.
    """
    nt = normalize(expr)
    found = find_dates(nt, published)
    if len(found) != 1:
        return None
    d = found[0]
    rest = _CLOCK_RE.sub(" ", nt.norm[: d.nstart] + " " + nt.norm[d.nend :])
    if any(w not in LEX["expr_preps"] for w in _WORD_RE.findall(rest)):
        return None
    return d


def to_time_precision(precision: str) -> int:
    """ACLED ``time_precision`` of a precision: day 1, week or partial 2, month or year 3.

    Raises:
        ValueError: For an unknown precision.
    """
    try:
        return _PRECISION_CODE[precision]
    except KeyError:
        raise ValueError(f"unknown date precision {precision!r}") from None
