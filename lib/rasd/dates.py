"""Arabic date expressions: find them in an article and resolve them to ISO dates.

One compiled regex over the normalised text holds every form, as ordered named
alternatives (absolute, numeric, ordinal day, overnight range, relative day,
weekday, month, year, partial, duration). The vocabulary (month names of the
three naming systems, weekdays, hints such as ``الماضي``, partial words such as
``نهايه``) lives in ``data/dates.yaml``.

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
    * ``since`` is True when the date is preceded by a marker such as ``منذ``,
      ``منذ بدايه`` or ``ابتداء من`` (see ``since_markers`` in the data file).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasd.lexicon import load_yaml
from rasd.numbers import parse_number, parse_ordinal
from rasd.text import NormText, normalize

__all__ = ["DateMention", "find_dates", "parse_date_expr", "to_time_precision"]


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


_LEX: dict[str, Any] = load_yaml("dates.yaml")
_MONTH_NUM = {name: int(num) for num, names in _LEX["months"].items() for name in names}
_WEEKDAYS: dict[str, int] = _LEX["weekdays"]
_HINT_DELTA = {word: int(delta) for delta, words in _LEX["hints"].items() for word in words}
_PARTIAL_MONTH = {"start": 1, "mid": 6, "end": 12}
_PRECISION_CODE = {"day": 1, "week": 2, "partial": 2, "month": 3, "year": 3}
# Stand-in publication date when none is known (a leap year, so 29 February
# resolves); the value of every relative expression is then blanked.
_NO_PUB = dt.date(2000, 6, 15)

_S = r"[^\S\n]+"
_OS = r"[^\S\n]*"
_SEP = _OS + r",?" + _OS
_E = r"(?!\w)"
# Word start, and not the continuation of a number such as 2.13 or 10:30.
_B = r"(?<!\w)(?<!\d[.,:/])"
_PRO = r"(?:[وف]?ب?)"


def _alt(words: Any) -> str:
    """A non-capturing alternation of phrases, longest first, any spaces inside."""
    phrases = sorted({str(w).strip() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(_S.join(map(re.escape, p.split())) for p in phrases) + ")"


_C = {name: _alt(words) for name, words in _LEX["connectors"].items()}
_OF = rf"(?:{_C['of']}{_S})?"
_DAYW = rf"(?:{_C['day_word']}{_S})?"
_MON = _alt(_MONTH_NUM) + _E
_WD = _alt(_WEEKDAYS) + _E
_HINT = _alt(_HINT_DELTA) + _E
_PART = rf"(?:(?P<@q>{_alt(_LEX['partials'])}){_E}{_S}{_OF})?"
_TOD = (
    rf"(?:(?:{_alt(_LEX['time_modifiers'])}{_S})?{_alt(_LEX['times_of_day'])}{_S}{_OF}{_DAYW})?"
)
# A day number; "ال" is the article of "الـ7", "الـ(7)".
_DAYN = r"(?:ال{os})?\(?(?P<@{name}>3[01]|[12]\d|0?[1-9])\)?(?![\d:])"
_DAY = _DAYN.format(os=_OS, name="d")
_YEAR = (
    rf"(?P<@y>(?:1\d|20|21)\d\d)(?!\d|[.,:]\d|{_OS}{_C['hijri_suffix']}{_E})"
    rf"(?:{_OS}{_C['ad_suffix']}{_E})?"
)
_MONP = rf"(?P<@m>{_MON})(?:{_OS}[-/]{_OS}{_MON}|{_OS}\({_OS}{_MON}{_OS}\))?"
# What may follow a month: a year, a relative year or a hint word.
_TAIL = (
    rf"(?:{_SEP}{_OF}(?:{_alt(_LEX['year_words'])}{_S})?{_YEAR}"
    rf"|{_S}{_OF}(?:(?P<@ty>{_C['this_year']})|{_C['year_nouns']}{_S}(?P<@yh>{_HINT}))"
    rf"|{_S}(?P<@h>{_HINT}))?"
)
_HIJRI = _alt(_LEX["hijri_months"])
_HIJRI_YEAR = rf"{_S}\d{{3,4}}(?:{_OS}{_C['hijri_suffix']})?"

_FORMS: dict[str, str] = {
    "hijri": rf"(?:\d{{1,2}}{_S}{_OF}{_HIJRI}(?:{_HIJRI_YEAR})?|{_HIJRI}{_HIJRI_YEAR}){_E}",
    "numeric": rf"(?:(?P<@a>\d{{1,2}}){_OS}(?P<@s>[-/.]){_OS}(?P<@b>\d{{1,2}}){_OS}(?P=@s)"
    rf"{_OS}(?P<@y>\d{{4}})|(?P<@y2>\d{{4}})(?P<@s2>[-/.])(?P<@b2>\d{{1,2}})(?P=@s2)"
    rf"(?P<@a2>\d{{1,2}})|(?P<@m3>\d{{1,2}})/(?P<@y3>(?:19|20)\d\d))(?!\d|[.,:/]\d)",
    "night": rf"{_PRO}{_alt(_LEX['night_words'])}{_S}(?:{_C['night_yesterday']}{_S})?"
    rf"(?P<@a>{_WD})(?:{_OS}[-/]{_OS}|{_S}(?:{_C['night_joiners']}{_S}|و)?)(?P<@b>{_WD})",
    "absolute": rf"{_PRO}{_TOD}(?:{_C['relative_prefix']}{_S})?{_DAYW}"
    rf"(?:{_WD}{_SEP}(?:{_C['same_as']}{_SEP})?)?{_DAYW}{_DAY}"
    rf"(?:{_OS}(?:[-/]|{_C['range']}){_OS}{_DAYN.format(os='', name='d2')})?"
    rf"{_OS}{_OF}(?:{_C['month_word']}{_S})?{_MONP}{_TAIL}",
    # Up to two words may come before the ordinal; the handler finds where it starts.
    "ordinal": rf"{_PRO}{_TOD}{_DAYW}(?P<@o>ال\w+(?:{_S}(?!{_C['of']}{_E})\w+){{0,2}}){_S}{_OF}"
    rf"(?:(?:{_C['month_word']}{_S})?{_MONP}{_TAIL}|{_C['the_month']}{_S}(?P<@mh>{_HINT}))",
    "dayofmonth": rf"{_PRO}{_TOD}{_DAYW}{_DAY}{_S}{_OF}"
    rf"(?:{_C['the_month']}{_S}(?P<@mh>{_HINT})|(?P<@cur>{_alt(_LEX['hints'][0])}){_E})",
    "month": rf"(?:(?P<@pp>{_alt(_LEX['month_preps'])}){_S})?(?P<@x>{_PRO}){_PART}"
    rf"(?P<@sh>{_C['month_word']}{_S})?{_MONP}{_TAIL}",
    "year": rf"(?:(?P<@pp>{_alt(_LEX['year_preps'])}){_S})?(?P<@x>{_PRO}){_PART}"
    rf"(?:(?P<@yw>{_alt(_LEX['year_words'])}){_S})?{_YEAR}",
    "unit": rf"{_PRO}{_PART}(?:(?P<@this>{_C['this']}){_S})?"
    rf"(?P<@u>{_alt(_LEX['units'])}){_E}(?:{_S}(?P<@h>{_HINT}))?",
    "duration": rf"{_PRO}{_alt(_LEX['duration_words'])}{_S}(?:{_alt(_LEX['approximators'])}{_S})?"
    rf"(?:(?P<@n>\d{{1,3}}|[^\W\d]+(?:{_S}[^\W\d]+)?){_S})?(?P<@u>{_alt(_LEX['durations'])})"
    rf"{_E}(?!{_S}(?:{_C['not_after_duration']}{_E}|\d))",
    "relday": rf"{_PRO}{_TOD}{_DAYW}(?P<@r>{_alt(_LEX['relative_days'])}){_E}"
    rf"(?:{_OS}\(?{_OS}(?P<@w>{_WD})(?:{_OS}\))?)?",
    "weekday": rf"{_PRO}{_TOD}{_DAYW}(?P<@w>{_WD})"
    rf"(?!{_S}{_alt(_LEX['not_after_weekday'])}{_E})(?:{_S}(?P<@h>{_HINT}))?",
}
_DATE_RE = re.compile(
    _B + "(?:" + "|".join(f"(?P<{k}>{v.replace('@', k + '_')})" for k, v in _FORMS.items()) + ")"
)
# Every form holds a digit or one of these words (the last word of a month, weekday,
# hint, Hijri month, relative day, unit or duration), bare or after the proclitics of
# _PRO. No form holds a line break, a quotation mark, ? ! or ; so no match crosses
# them: a stretch of text between two of them that holds no anchor is not searched.
_ANCHOR_WORDS = frozenset(
    pro + str(phrase).split()[-1]
    for phrase in (
        *_MONTH_NUM, *_WEEKDAYS, *_HINT_DELTA, *_LEX["hijri_months"], *_LEX["relative_days"],
        *_LEX["units"], *_LEX["durations"],
    )
    for pro in ("", "و", "ف", "ب", "وب", "فب")
)
_STRETCH_RE = re.compile(r"[^\n\"'?!;]+")
_DIGIT_RE = re.compile(r"\d")
_SINCE_RE = re.compile(rf"(?<!\w)[وف]?{_alt(_LEX['since_markers'])}(?:{_S}\w+)?{_OS}$")
_WORD_RE = re.compile(r"\w+")
_CLOCK_RE = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")

# A resolved match: (expression start in norm, iso, precision, relative).
_Result = tuple[int, str, str, bool]
# Returned for text that is consumed but never reported (Hijri dates).
_SKIP: _Result = (-1, "", "", False)
# The named groups of the alternative that matched, without their prefix.
_Groups = dict[str, Any]
_M = re.Match[str]


def _iso(year: int, *rest: int) -> str:
    """Format ``year[, month[, day]]`` as ``YYYY[-MM[-DD]]``."""
    return "-".join([f"{year:04d}", *(f"{v:02d}" for v in rest)])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Shift a (year, month) pair by ``delta`` months."""
    n = year * 12 + month - 1 + delta
    return n // 12, n % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``dt.date`` or None for an impossible day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _words(s: str | None) -> str:
    """Collapse the inner spaces of a matched phrase."""
    return " ".join((s or "").split())


def _hint(word: str | None) -> int | None:
    """Offset of a hint word (-1 past, 0 current, 1 next, -2 before last); None if absent."""
    return _HINT_DELTA[_words(word)] if word else None


def _weekday_near(ref: dt.date, weekday: int, delta: int | None) -> dt.date:
    """The ``weekday`` around ``ref`` for a hint offset.

    On or before ``ref`` for None or 0, the n-th one strictly before it for -n,
    the first one strictly after it for a positive offset.
    """
    back = (ref.weekday() - weekday) % 7
    if delta is None or delta == 0:
        return ref - dt.timedelta(days=back)
    if delta > 0:
        return ref + dt.timedelta(days=7 - back if back else 7)
    return ref - dt.timedelta(days=(back or 7) + 7 * (-delta - 1))


def _weekday_nearest(ref: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` within three days of ``ref`` (checks ``امس الاحد`` against the name)."""
    back = (ref.weekday() - weekday) % 7
    return ref - dt.timedelta(days=back - 7 if back > 3 else back)


def _month_year(month: int, delta: int | None, pub: dt.date) -> int:
    """Year of a month written without one, given its hint offset."""
    if delta is None:
        return pub.year if month <= pub.month else pub.year - 1
    if delta == 0:
        return pub.year
    if delta > 0:
        return pub.year if month > pub.month else pub.year + 1
    return (pub.year if month < pub.month else pub.year - 1) + delta + 1


def _day_year(day: int, month: int, delta: int | None, pub: dt.date) -> int:
    """Year of a day and month written without one (same month: hint decides, or this year)."""
    if month != pub.month and delta != 0:
        return _month_year(month, delta, pub)
    if delta is None or delta == 0:
        return pub.year
    if delta > 0:
        return pub.year if day > pub.day else pub.year + 1
    return (pub.year if day < pub.day else pub.year - 1) + delta + 1


def _tail_year(g: _Groups, pub: dt.date) -> tuple[int | None, bool]:
    """Year written after a month and whether it is relative (None when absent).

    The year may be a number (``2023``), ``العام الماضي`` or ``هذا العام``.
    """
    if "y" in g:
        return int(g["y"]), False
    if "ty" in g or "yh" in g:
        return pub.year + (_hint(g.get("yh")) or 0), True
    return None, False


def _day_month(start: int, days: list[int], g: _Groups, pub: dt.date) -> _Result | None:
    """A day (or day range) of a named month, with or without a year."""
    month = _MONTH_NUM[_words(g["m"])]
    year, relative = _tail_year(g, pub)
    if year is None:
        year, relative = _day_year(days[0], month, _hint(g.get("h")), pub), True
    dates = [_safe_date(year, month, d) for d in days]
    if None in dates or (len(days) == 2 and days[1] <= days[0]):
        return None
    return start, "/".join(str(d) for d in dates), "day", relative


def _this_month_day(start: int, day: int, hint: str | None, pub: dt.date) -> _Result | None:
    """A day of the current (previous, next) month: ``في 5 الشهر الجاري``."""
    date = _safe_date(*_add_months(pub.year, pub.month, _hint(hint) or 0), day)
    return None if date is None else (start, str(date), "day", True)


def _next_word(text: str, pos: int) -> str:
    """The word right after ``pos`` when only spaces separate them, else ``""``."""
    after = _WORD_RE.search(text, pos)
    return after.group() if after and not text[pos : after.start()].strip() else ""


def _prev_word(text: str, pos: int) -> str:
    """The last word before ``pos`` (within a short window)."""
    words = text[max(0, pos - 12) : pos].split()
    return words[-1] if words else ""


def _form_numeric(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if "m3" in g:
        month = int(g["m3"])
        return (m.start(), _iso(int(g["y3"]), month), "month", False) if month <= 12 else None
    a, b, y = (g["a"], g["b"], g["y"]) if "a" in g else (g["a2"], g["b2"], g["y2"])
    day, month, year = int(a), int(b), int(y)
    if month > 12 >= day:
        day, month = month, day
    date = _safe_date(year, month, day) if 1800 <= year <= 2199 else None
    return (m.start(), str(date), "day", False) if date else None


def _is_name(m: _M, g: _Groups) -> bool:
    """Whether a day and month without a year name a movement or place (``جسر 14 تموز``)."""
    return "y" not in g and _prev_word(m.string, m.start()) in _LEX["named_date_blockers"]


def _form_absolute(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if _is_name(m, g):
        return None
    days = [int(g["d"])] + ([int(g["d2"])] if "d2" in g else [])
    return _day_month(m.start(), days, g, pub)


def _form_ordinal(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    # The regex may take up to two words before the ordinal: try each ال-word.
    words = g["o"]
    if _is_name(m, g):
        return None
    tokens = list(_WORD_RE.finditer(words))
    for i, w in enumerate(tokens):
        value = parse_ordinal(words[w.start() :]) if w.group().startswith("ال") else None
        if value is None or not 1 <= value <= 31:
            continue
        prev = tokens[i - 1].group() if i else _prev_word(m.string, m.start())
        if prev.startswith("ال") and prev not in _WEEKDAYS and prev not in _LEX["ordinal_day_nouns"]:
            # An adjective of the noun before it ("الاسبوع الاول من يناير"): the month.
            res = _this_month_day(0, 1, g["mh"], pub) if "mh" in g else _day_month(0, [1], g, pub)
            return None if res is None else (m.start(), res[1][:7], "month", res[3])
        start = m.start() if i == 0 else m.start(f"{m.lastgroup}_o") + w.start()
        if "mh" in g:
            return _this_month_day(start, value, g["mh"], pub)
        return _day_month(start, [value], g, pub)
    return None


def _form_dayofmonth(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    return _this_month_day(m.start(), int(g["d"]), g.get("mh") or g.get("cur"), pub)


def _form_night(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    first, second = _WEEKDAYS[g["a"]], _WEEKDAYS[g["b"]]
    if (second - first) % 7 != 1:
        return None
    end = _weekday_near(pub, second, None)
    return m.start(), f"{end - dt.timedelta(days=1)}/{end}", "day", True


def _form_month(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    word = _words(g["m"])
    anchored = g.keys() & {"y", "ty", "yh", "h", "q", "sh"}
    if not anchored and ("pp" not in g or word in _LEX["weak_months"]):
        return None
    month = _MONTH_NUM[word]
    year, relative = _tail_year(g, pub)
    if year is None:
        year, relative = _month_year(month, _hint(g.get("h")), pub), True
    return m.start(f"{m.lastgroup}_x"), _iso(year, month), "month", relative


def _form_year(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    year = int(g["y"])
    if not ("q" in g or "yw" in g or ("pp" in g and 1900 <= year <= 2099)):
        return None
    start = m.start(f"{m.lastgroup}_x")
    if "q" in g:
        return start, _iso(year, _PARTIAL_MONTH[_LEX["partials"][g["q"]]]), "month", False
    return start, _iso(year), "year", False


def _form_unit(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if not g.keys() & {"q", "this", "h"}:
        return None
    unit, delta = _LEX["units"][g["u"]], _hint(g.get("h")) or 0
    if unit == "week":
        first = _weekday_near(pub, _LEX["week_start"], None) + dt.timedelta(weeks=delta)
        return m.start(), f"{first}/{first + dt.timedelta(days=6)}", "week", True
    if unit == "month":
        return m.start(), _iso(*_add_months(pub.year, pub.month, delta)), "month", True
    if "q" in g:
        month = _PARTIAL_MONTH[_LEX["partials"][g["q"]]]
        return m.start(), _iso(pub.year + delta, month), "month", True
    return m.start(), _iso(pub.year + delta), "year", True


def _form_duration(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    unit, implied = _LEX["durations"][g["u"]]
    n = g.get("n")
    count = (int(n) if n.isdigit() else parse_number(n)) if n else implied
    if not isinstance(count, int) or count <= 0:
        return None
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        return m.start(), str(pub - dt.timedelta(days=days)), unit, True
    if unit == "month":
        return m.start(), _iso(*_add_months(pub.year, pub.month, -count)), unit, True
    return m.start(), _iso(pub.year - count), unit, True


def _form_relday(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    word = _words(g["r"])
    if "w" not in g and not _relday_allowed(m, word):
        return None
    date = pub + dt.timedelta(days=_LEX["relative_days"][word])
    if "w" in g:
        date = _weekday_nearest(date, _WEEKDAYS[g["w"]])
    return m.start(), str(date), "day", True


def _relday_allowed(m: _M, word: str) -> bool:
    """Whether a bare relative day word is a date (``اليوم التالي``, verb ``غدا`` are not)."""
    after = _next_word(m.string, m.end())
    if word in _LEX["standalone_only"]:
        return not after
    if word not in _LEX["today_words"]:
        return True
    if _prev_word(m.string, m.start()) in _LEX["today_blockers_before"]:
        return False
    if after in _LEX["today_blockers_after"]:
        return False
    return not (after.startswith("ال") and parse_ordinal(after) is not None)


def _form_weekday(m: _M, g: _Groups, pub: dt.date) -> _Result | None:
    if _prev_word(m.string, m.start()) in _LEX["weekday_blockers_before"]:
        return None
    date = _weekday_near(pub, _WEEKDAYS[g["w"]], _hint(g.get("h")))
    return m.start(), str(date), "day", True


_HANDLERS: dict[str, Callable[[_M, _Groups, dt.date], _Result | None]] = {
    "hijri": lambda m, g, pub: _SKIP,
    "numeric": _form_numeric,
    "night": _form_night,
    "absolute": _form_absolute,
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
    nt = text if isinstance(text, NormText) else normalize(text)
    norm = nt.norm
    out: list[DateMention] = []
    pos = 0
    for stretch_start, stretch_end in _date_stretches(norm):
        pos = max(pos, stretch_start)
        while (m := _DATE_RE.search(norm, pos, stretch_end)) is not None:
            mention, pos = _read_match(m, nt, published)
            if mention is not None:
                out.append(mention)
    return out


def _date_stretches(norm: str) -> list[tuple[int, int]]:
    """Spans of ``norm`` that may hold a date (see ``_ANCHOR_WORDS``)."""
    return [
        (m.start(), m.end())
        for m in _STRETCH_RE.finditer(norm)
        if _DIGIT_RE.search(m.group()) or not _ANCHOR_WORDS.isdisjoint(_WORD_RE.findall(m.group()))
    ]


def _read_match(m: _M, nt: NormText, published: dt.date | None) -> tuple[DateMention | None, int]:
    """Resolve one match of the date regex; also returns where the search goes on."""
    form = m.lastgroup or ""
    cut = len(form) + 1
    groups = {k[cut:]: v for k, v in m.groupdict().items() if v and k.startswith(form + "_")}
    res = _HANDLERS[form](m, groups, published or _NO_PUB)
    if res is None:
        return None, m.start() + 1
    if res is _SKIP:
        return None, m.end()
    norm = nt.norm
    nstart, iso, precision, relative = res
    nend = len(norm[: m.end()].rstrip())
    since = _SINCE_RE.search(norm, max(0, nstart - 30), nstart) is not None
    start, end = nt.to_original(nstart, nend)
    iso = "" if relative and published is None else iso
    mention = DateMention(nt.original[start:end], iso, precision, relative, start, end, nstart, nend, since)
    return mention, nend


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
    if any(w not in _LEX["expr_preps"] for w in _WORD_RE.findall(rest)):
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
