"""Publication dates: date lines of the text, metadata fields and URLs, read as ISO dates.

A date line is a short line that is only a date, possibly with a weekday,
a clock time, a time zone, a label (``تاريخ النشر:``, ``آخر تحديث:``) or a
Hijri date followed by its Gregorian equivalent, or a Hijri date alone (converted by
:mod:`rasd.hijri`). Metadata fields hold machine
formats (ISO 8601, RFC 2822, numeric day-first dates, Unix times) or text.
Arabic date expressions are read by :func:`rasd.dates.parse_date_expr`.
A date line keeps its date when page furniture follows it: other fields after a
wide gap (``عدد الزيارات 123``), a view counter glued to the year
(``2025361 مشاهدة``), a zone name (``Asia/Bahrain``) or an icon letter glued
before the day (``l20 فبراير 2026``), and when a byline is glued before the day
(``مدير التحرير8 يناير 2020``) or the site's name follows a time stamp
(``2026-03-10 23:15:19 - مدنيون``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from rasd.date_label_lines import split_before_update
from rasd.dates import parse_date_expr
from rasd.furniture import furniture, line_key
from rasd.hijri import read_hijri_date
from rasd.pub_forms import find_slug_date, read_other_forms
from rasd.text import normalize_str

__all__ = [
    "DateLine",
    "MAX_DATE_LINE_WORDS",
    "parse_date_line",
    "parse_english_date",
    "parse_metadata_date",
    "parse_numeric_date",
    "find_url_date",
]

MIN_YEAR, MAX_YEAR = 1900, 2100
# A date line has at most this many words.
MAX_DATE_LINE_WORDS = 14

_WORD_RE = re.compile(r"[^\W_]+")
_SEPARATOR_RE = re.compile(r"(?:^|\s)[-–—|/•·_]+(?=\s|$)|[,;]")
_SPACES_RE = re.compile(r"\s+")
# A numeric date written with spaces around its separators (``2020 - 01 - 17``).
_SPACED_NUMERIC_RE = re.compile(r"(?<!\d)(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)")
# The dateline's place or outlet before the date: "بغداد - ", "السيمر / فيينا / " (one or two fields),
# "دمشق، " (an Arabic comma after the place), "بغداد (" before a bracketed date, and a byline's place
# with «في» ("أحمد علي - القاهرة في ").
_PLACE_PREFIX_RE = re.compile(
    r"^\s*(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*(?:[-–—]\s+|/\s*|،\s*|(?=\())){1,2}(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+في\s+)?(?=\S)"
)
# The bar, bullet or spaced dash that parts the fields of a page's info bar (``منذ 3 ساعات | 14 نوفمبر 2023``).
_BAR_FIELD_RE = re.compile(r"\s+[|•·\-–—]\s+")
# An agency dispatch's dateline: the place, the date, the agency in brackets, and a dash or a run of
# dashes (``بغداد 14 تشرين الثاني 2023 (رويترز) -``, ``بكين 5 يناير 2024 (شينخوا) --``,
# ``القاهرة، 5 يناير 2024 (شينخوا) --``, ``بغداد – الثلاثاء 14 تشرين الثاني 2023 – ( شبكة الإعلام )``).
_DISPATCH_RE = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[-–—،]?\s*(?P<date>\S.*?)\s*[-–—]?\s*\(\s*[^()\d]{1,30}\)\s*[-–—:]{0,3}\s*$"
)
# A name or role glued before the day on a byline (``مدير التحرير8 يناير 2020``): at most
# three words, then the date with no space between.
_GLUED_BYLINE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?=\d)")
# The outlet or author after a machine time stamp (``2026-03-10 23:15:19 - مدنيون``), also
# after a source label (``2019-12-28 00:00:00 - المصدر: الحرة``).
_STAMP_SIGNATURE_RE = re.compile(
    r"(\d{1,2}:\d{2}(?::\d{2})?)\s*[-–—|]\s*(?:المصدر\s*:\s*)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$"
)
# A row of a table (an encyclopedia's infobox: ``التاريخ | 28 يناير 2024 |``): cells between bars.
# A clock time in it makes it a page's stamp between bars (``أمن | 14-03-2023, 09:20 |``).
_TABLE_ROW_RE = re.compile(r"\|[^|]*\|\s*$")
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_DIGIT_RE = re.compile(r"\d")
_NUMBER_RE = re.compile(r"\d+")
_SPACED_DAY_RE = re.compile(r"(?<![\d:])(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)(?![\d:])")  # "9 12 2023"
_LATIN_RE = re.compile(r"[a-z]")
_NUMERIC_DATE_RES = (
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})"), (3, 2, 1)),
)
_FIELD_GAP_RE = re.compile(r"\s{3,}|\t|\s+\|\s*")  # the gap (or a spaced bar) between the fields of an info bar
_HIJRI_YEAR_RE = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")  # a Hijri year (1300-1499)
_ICON_RE = re.compile(r"^[a-z](?=\d)")  # one Latin letter glued before the day: an icon glyph
_UPDATE_ASIDE_RE = re.compile(r"^([^()]+?)\s*\(([^()]+)\)\s*$")  # a date line with an update date in brackets
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]|Z)")
_NUMERIC_HEAD_RE = re.compile(r"(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:$|[T\s,])")
_EPOCH_RE = re.compile(r"\d{9,13}(?:\.\d+)?")
_ENGLISH_FORMATS = (
    "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
    "%A %B %d %Y", "%A %d %B %Y", "%a %b %d %Y", "%a %d %b %Y", "%A %b %d %Y", "%A %d %b %Y", "%a %B %d %Y", "%a %d %B %Y",
)
_ORDINAL_RE = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
# A month abbreviated with a full stop, as news agencies write it (``Jan. 5, 2022``, ``Sept. 5, 2023``).
_MONTH_DOT_RE = re.compile(r"\b([A-Za-z]{3,4})\.(?=\s|$)")
_SEPT_RE = re.compile(r"\bsept\b", re.IGNORECASE)
_TIME_TAIL_RE = re.compile(r"\s+(?:at\s+)?\d{1,2}:\d{2}.*$", re.IGNORECASE)
_URL_DATE_RES = (
    # Not a file name of numbers in a month folder ("/2024/02/16-25.html": a slug of figures, no day).
    re.compile(r"/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?=$|[/\-_.])(?!(?:[-_]\d+)*\.html?$)"),
    re.compile(r"/(\d{4})(\d{2})(\d{2})(?=$|/)"),
)
# Day-first folders ("/25/11/2023/slug"), read like a numeric date line.
_URL_DAY_FIRST_RE = re.compile(r"/(\d{1,2}/\d{1,2}/\d{4})(?=$|/)")


@dataclass(frozen=True, slots=True)
class DateLine:
    """What a date line says.

    Attributes:
        iso: ``YYYY-MM-DD``, or ``""`` for a line that only gives a time.
        label: ``"published"`` (also when there is no label) or ``"updated"``.
    """

    iso: str
    label: str


def _valid_date(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_numeric_date(text: str) -> str | None:
    """Read a whole numeric date (``13/11/2023``, ``2023-11-13``, ``13.11.2023``) as ISO.

    Day and month are read day first, unless only the month-first reading is a
    valid date (``11/13/2023``).
    """
    s = text.strip()
    for regex, (yi, mi, di) in _NUMERIC_DATE_RES:
        m = regex.fullmatch(s)
        if m is None:
            continue
        y, mo, d = int(m.group(yi)), int(m.group(mi)), int(m.group(di))
        for month, day in ((mo, d), (d, mo)):
            iso = _valid_date(y, month, day)
            if iso:
                return iso
    return None


def parse_english_date(text: str) -> str | None:
    """Read a whole English date (``October 28, 2024``, ``28th October 2024``, ``Jan. 5, 2022``) as ISO."""
    s = _SEPT_RE.sub("Sep", _MONTH_DOT_RE.sub(r"\1", _ORDINAL_RE.sub("", text)))
    s = _TIME_TAIL_RE.sub("", s).replace(",", " ")
    s = " ".join(s.split())
    for fmt in _ENGLISH_FORMATS:
        try:
            date = dt.datetime.strptime(s, fmt).date()
        except ValueError:
            continue
        return _valid_date(date.year, date.month, date.day)
    return None


def _parse_epoch(value: float) -> str | None:
    seconds = value / 1000 if value > 1e11 else value
    try:
        date = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return _valid_date(date.year, date.month, date.day)


def _parse_day_expr(text: str) -> str | None:
    """An Arabic date expression of day precision, as ISO.

    A relative expression (``1 اب`` without a year, ``امس``) has no date
    without a reference day, so it gives None, never ``""``.
    """
    mention = parse_date_expr(text, None)
    if mention is None or mention.precision != "day":
        return None
    return mention.iso[:10] or None


def parse_metadata_date(value: Any) -> str | None:
    """Read a publication date from a metadata field as ``YYYY-MM-DD``.

    Accepts ISO 8601 (``2023-11-13``, ``2023-11-13T10:00:00Z``; the date is
    kept as written, without time-zone conversion), numeric day-first dates
    (``13/11/2023``), RFC 2822 (``Mon, 13 Nov 2023 10:00:00 GMT``), English
    month names, Unix times in seconds or milliseconds, ``datetime`` objects
    and Arabic dates (``13 نوفمبر 2023``).

    Returns:
        The ISO date, or None when the value is empty or not a date.
    """
    if isinstance(value, dt.datetime | dt.date):
        return _valid_date(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _parse_epoch(float(value))
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = _ISO_RE.match(text)
    if m:
        return _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC_HEAD_RE.match(text)
    if m:
        return parse_numeric_date(m.group(1))
    if _EPOCH_RE.fullmatch(text):
        return _parse_epoch(float(text))
    try:
        date = parsedate_to_datetime(text).date()
        return _valid_date(date.year, date.month, date.day)
    except (TypeError, ValueError, IndexError):
        pass
    return parse_english_date(text) or _parse_day_expr(text)


def _clean_date_line(norm: str) -> tuple[str, str, bool]:
    """Strip label, Hijri part, weekday, time and separators from a normalised date line.

    Returns:
        The remaining date text, the label kind and whether a time was removed.
    """
    fur = furniture()
    label = "published"
    for kind, regex in fur.date_label_res:
        m = regex.match(norm)
        if m:
            label, norm = kind, norm[m.end() :]
            break
    norm = fur.counter_re.sub("", _ICON_RE.sub("", norm.strip()))
    parts = fur.equivalence_re.split(norm, maxsplit=1)
    if len(parts) == 2:  # the Gregorian side: after الموافق, or before it when the Hijri date follows
        hijri_after = _HIJRI_YEAR_RE.search(parts[1]) and not _HIJRI_YEAR_RE.search(parts[0])
        norm = parts[0] if hijri_after else parts[1]
    norm, n_times = fur.time_re.subn(" ", norm)
    norm = _SPACED_NUMERIC_RE.sub(r"\1\2\3\2\4", norm)
    if len(_NUMBER_RE.findall(norm)) == 3:  # "تقارير | 9 12 2023": day, month and year parted by spaces alone
        norm = _SPACED_DAY_RE.sub(r"\1-\2-\3", norm)
    norm = _SEPARATOR_RE.sub(" ", fur.time_zone_re.sub(" ", norm))
    norm = _SPACES_RE.sub(" ", norm.replace("(", " ").replace(")", " ")).strip(" -–—/|:.،,")
    return fur.weekday_re.sub("", norm), label, n_times > 0


def parse_date_line(text: str) -> DateLine | None:
    """Read a line that is only a date (with optional weekday, time, label), or None.

    Handles ``13 نوفمبر 2023``, ``13/11/2023``, ``الاثنين 13 نوفمبر 2023 - 10:30``,
    ``تاريخ النشر: 2023-11-13``, ``آخر تحديث: ...`` (label ``updated``), a
    Hijri date followed by ``الموافق`` and its Gregorian equivalent, and a
    line that is only a clock time (``iso`` empty). Only dates to the day count.
    A relative time stamp (``منذ ساعتين``) is a date line without a date.
    When the whole line is not a date, its first field (before a wide gap) is
    read (``الأحد 16 آب 2020 - 12:37 ص    عدد الزيارات 123``); when the line also carries an
    update date after its label, with no separator, the part before the label is read.
    """
    if furniture().ago_re.fullmatch(line_key(text)):
        return DateLine("", "published")  # "منذ ساعتين": a time stamp without a date
    text = _drop_ago_fields(text)  # "منذ 3 ساعات | 14 نوفمبر 2023": the absolute date beside it
    found = _parse_line(text)
    head = _FIELD_GAP_RE.split(text.strip(), maxsplit=1)[0]
    if found is None and head != text.strip():
        found = _parse_line(head)
    before = split_before_update(text) if found is None else None
    return _parse_line(before) if before else found


def _drop_ago_fields(text: str) -> str:
    """The line without its relative time stamp fields, when a bar or a dash parts them from the rest."""
    fields = _BAR_FIELD_RE.split(text)
    if len(fields) < 2:
        return text
    ago = furniture().ago_re
    kept = [f for f in fields if f.strip() and not ago.fullmatch(line_key(f))]
    return " - ".join(kept) if kept and len(kept) < len([f for f in fields if f.strip()]) else text


def _parse_line(text: str) -> DateLine | None:
    """Read a whole line as a date line, or None (see :func:`parse_date_line`)."""
    if _DIGIT_RE.search(text) is None or len(_WORD_RE.findall(text)) > MAX_DATE_LINE_WORDS:
        return None
    if _TABLE_ROW_RE.search(text) and not _CLOCK_RE.search(text):  # an infobox row dates the event it describes
        return None
    dispatch = _DISPATCH_RE.match(text)
    if dispatch is not None and (found := parse_date_line(dispatch.group("date"))) is not None and found.iso:
        return found
    place = _PLACE_PREFIX_RE.match(text)
    if place is not None:  # "بغداد - الجمعة 29 آب 2025": the dateline's place, then the date
        found = parse_date_line(text[place.end() :])
        if found is not None and found.iso:
            return found
    glued = _GLUED_BYLINE_RE.match(text)  # "مدير التحرير8 يناير 2020": a byline glued to its date
    if glued is not None and (found := _parse_line(text[glued.end() :])) is not None and found.iso:
        return found
    signed = _STAMP_SIGNATURE_RE.search(text)  # "2026-03-10 23:15:19 - مدنيون": the site's name after the time
    if signed is not None and (found := _parse_line(text[: signed.end(1)])) is not None and found.iso:
        return found
    aside = _UPDATE_ASIDE_RE.match(text)  # "2024-04-07 09:36 (آخر تعديل 2024-09-09)": the date before the aside
    if aside is not None and (inner := parse_date_line(aside.group(2))) is not None and inner.label == "updated":
        return parse_date_line(aside.group(1))
    cleaned, label, had_time = _clean_date_line(normalize_str(text))
    if not cleaned:
        return DateLine("", label) if had_time else None
    english = parse_english_date(cleaned) if _LATIN_RE.search(cleaned) else None
    iso = parse_numeric_date(cleaned) or english or _parse_day_expr(cleaned) or read_other_forms(text, parse_date_line)
    iso = iso or _read_hijri_line(normalize_str(text))
    return DateLine(iso, label) if iso else None


def _read_hijri_line(norm: str) -> str | None:
    """The Gregorian day of a line dated only in the Hijri calendar, after its label if any.

    The weekday stays with the date: it settles the tabular day.
    """
    for _, regex in furniture().date_label_res:
        m = regex.match(norm)
        if m:
            return read_hijri_date(norm[m.end() :])
    return read_hijri_date(norm)


def find_url_date(url: str) -> str | None:
    """A date written in a URL path (``/2024/01/05/``, ``/2024-01-05-slug``, ``/20240105/``, ``/05/01/2024/``, ``…february-15,-2023``)."""
    if not url:
        return None
    path = urlsplit(url).path
    for regex in _URL_DATE_RES:
        for m in regex.finditer(path):
            iso = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                return iso
    m = _URL_DAY_FIRST_RE.search(path)
    iso = parse_numeric_date(m.group(1)) if m else None
    return iso or find_slug_date(path)
