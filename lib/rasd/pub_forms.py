"""Date-line forms that the generic date-line cleaner leaves unread.

:func:`rasd.pubdate.parse_date_line` strips labels, weekdays, clock times and
separators from a line and reads what is left. Some page furniture keeps other
words around the date, and some pages write the date in an unusual shape:

- a byline label and the author's name before the date, on the same line
  (``كتب: أحمد علي الأحد 20 أكتوبر 2024 10:30 م``, ``تحرير:فاطمة واصل ٣٠ ديسمبر ٢٠١٨``),
  also with a connective after the name of a label that is not a verb
  (``بواسطة أحمد علي في 20 أكتوبر 2024``, ``نشر بواسطة: admin في أكتوبر 20, 2024``);
- the author after the date (``نشر في 20 أكتوبر 2024 بواسطة محرر الموقع``);
- fields joined by spaced dashes or bars, one of them the date: a Hijri date and its
  Gregorian equivalent (``الأحد 15 ربيع الآخر 1446 هـ - 20 أكتوبر 2024``; the Gregorian
  side is read; a Hijri date alone is converted), a section name or the site's name before
  the date (``أخبار العراق | الأحد 20 أكتوبر 2024``, ``متابعات || مأرب نت || 13 جمادى الآخرة 1445هـ``),
  a counter, a clock or an update date after it;
- a Hijri date beside the Gregorian one in brackets, after a comma or a slash
  (``الأحد 20 أكتوبر 2024 (17 ربيع الآخر 1446 هـ)``): the Hijri date is taken out;
- day, month name and year joined by dots (``22.آذار.2017``);
- a section name glued before the date, with no separator (``● أخبار سورية ١ فبراير ٢٠٢٤``);
- a labelled date field beside a byline field (``المحرر: سامي حداد - تاريخ النشر: 3 مايو 2021``)
  and a labelled date followed by the page's section (``نشر في 3 مايو 2021 في أخبار العراق``);
- the shapes of :mod:`rasd.pub_short_forms` (a two-digit year, an issue number, a glued
  relative stamp, «في» before an English date).

:func:`find_slug_date` reads an English date written in a URL's slug
(``…-في-سورياfebruary-15,-2023,-7:21-am``), which some sites append to the title.

:func:`read_other_forms` tries these shapes in turn and gives the date line the
first one yields; the line parser calls it only when its own reading fails.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import Protocol

from rasd.furniture import furniture, phrase_alternation
from rasd.hijri import read_hijri_date
from rasd.lexicon import load_yaml
from rasd.pub_short_forms import read_short_forms
from rasd.text import normalize_str

__all__ = ["find_slug_date", "read_other_forms"]

# A name between a byline label and the date has at most this many words.
MAX_NAME_WORDS = 4
# A field beside the date on a line cut by dashes or bars (a section, a counter) has at most
# this many words.
MAX_FIELD_WORDS = 4
# A site's name beside the date (``مأرب نت``) has at most this many words.
MAX_SITE_WORDS = 3

# Day, month name and year joined by dots or dashes: "22.آذار.2017".
_JOINED_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[.\-/]\s*([^\W\d_]{3,})\s*[.\-/]\s*(\d{4})(?!\d)")
# The separators between the fields of a date line: a spaced dash or a bar.
_SIDE_RE = re.compile(r"\s+[-–—]\s+|\s*\|+\s*")
_HIJRI_YEAR_RE = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_GREGORIAN_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A final "م" (ميلادي) after a Gregorian year: "20 أكتوبر 2024 م".
_AD_MARK_RE = re.compile(r"(?<=\d)\s*م\.?\s*$")
# The era word or mark after a Gregorian year, anywhere on the line: "2024م", "2024 ميلادي".
_AD_WORD_RE = re.compile(r"(?<=\d)\s*(?:ميلاديه|ميلادي|م)(?!\w)\.?")
_DIGIT_RE = re.compile(r"\d")
_CLITIC_RE = re.compile(r"^و?(?:ال)?(?=..)")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Particles that never stand in an author's name: with one of them before the date the
# line is running text ("كتب ترامب في 20 أكتوبر 2024"), not a byline.
_NOT_NAME = frozenset({"في", "يوم", "عن", "من", "الى", "منذ", "بتاريخ", "قبل", "بعد", "حتي", "ان", "انه"})


class _DateLine(Protocol):
    """What the line parser gives (:class:`rasd.pubdate.DateLine`)."""

    iso: str
    label: str


LineParser = Callable[[str], "_DateLine | None"]


@cache
def _section_words() -> frozenset[str]:
    """Words of a site's section names (``section_words`` of ``page_furniture.yaml``)."""
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["section_words"])


@cache
def _site_words() -> frozenset[str]:
    """Last words of a news site's name (``site_name_words`` of ``page_furniture.yaml``)."""
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["site_name_words"])


@cache
def _byline_re() -> re.Pattern[str]:
    """A byline label at the start of a normalised line (``byline_labels`` of ``page_furniture.yaml``)."""
    labels = load_yaml("page_furniture.yaml")["byline_labels"]
    return re.compile(r"^\W*(?:" + phrase_alternation(labels) + r")(?!\w)\s*[:：\-–]?\s*")


@cache
def _byline_connectives() -> frozenset[str]:
    """Words joining a byline's author to its date (``byline_date_connectives``): ``في``, ``on``."""
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["byline_date_connectives"])


@cache
def _verb_labels() -> frozenset[str]:
    """Byline labels that are also verbs of running text (``verb_byline_labels``): ``كتب``."""
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["verb_byline_labels"])


def _drop_connective(name: list[str], label: str) -> list[str]:
    """The author's name without the connective that ends it before the date.

    ``بواسطة فريق التحرير في 3 أيار 2021``: «في» joins the name to the date. After a
    verb label (``كتب ترامب في …``) the words stay: the line is running text.
    """
    if len(name) > 1 and name[-1].lower() in _byline_connectives() and label not in _verb_labels():
        return name[:-1]
    return name


@cache
def _trailing_byline_re() -> re.Pattern[str]:
    """A byline label after the date (``بواسطة``, ``by``): the rest of the line is the author."""
    labels = load_yaml("page_furniture.yaml")["trailing_byline_labels"]
    return re.compile(r"\s+(?:" + phrase_alternation(labels) + r")(?!\w).*$")


def _iso(found: _DateLine | None) -> str | None:
    return found.iso if found is not None and found.iso else None


def _after_byline(norm: str, parse: LineParser) -> str | None:
    """The date after a byline label and a name of at most four words (``كتب: أحمد علي 20 أكتوبر 2024``).

    After a label that is not a verb, a connective may join the name to the date
    (``بواسطة أحمد علي في 20 أكتوبر 2024``, ``by Ali Hassan on October 20, 2024``).

    The date may begin at any of the first words after the label (a weekday, an English
    month) or at the first digit; the first start from which the rest reads as a date wins.
    """
    m = _byline_re().match(norm)
    if m is None:
        return None
    label = " ".join(_WORD_RE.findall(m.group()))
    rest = norm[m.end() :]
    starts = [w.start() for w in _WORD_RE.finditer(rest)][: MAX_NAME_WORDS + 1]
    digit = _DIGIT_RE.search(rest)
    starts += [digit.start()] if digit is not None else []
    for start in sorted(set(starts)):
        name = _drop_connective(_WORD_RE.findall(rest[:start]), label)
        first = _WORD_RE.match(rest, start)
        if first is not None and _drop_connective([*name, first.group()], label) == name:
            continue  # the connective itself: the date starts after it
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


def _dated_field(norm: str, parse: LineParser) -> str | None:
    """The one publication date among the fields of a line cut by spaced dashes or bars.

    Covers a Hijri and a Gregorian date joined by a dash or a bar (``الأحد 15 ربيع الآخر
    1446 هـ - 20 أكتوبر 2024``: the Hijri side reads as no date), a section name before the
    date (``أخبار العراق | الأحد 20 أكتوبر 2024``), furniture after it (a counter, a clock,
    a reading time) and an update date after the publication date (``20 أكتوبر 2024 - آخر
    تحديث 21 أكتوبر 2024``). Before the date only a Hijri date or a section name may stand
    (an info bar is read from its first field: ``القسم: سياسة | 4 آذار 2024`` gives none);
    every field that reads as a publication date must give the same day.
    """
    fields = _SIDE_RE.split(norm)
    if len(fields) < 2:
        return None
    found: set[str] = set()
    converted: set[str] = set()
    for field in fields:
        hijri = _HIJRI_YEAR_RE.search(field) and not _GREGORIAN_YEAR_RE.search(field)
        line = parse(_AD_MARK_RE.sub("", field).strip()) if _DIGIT_RE.search(field) and not hijri else None
        if line is not None and line.iso:
            found.update([line.iso] if line.label == "published" else [])
        elif hijri:
            converted.update([iso] if (iso := read_hijri_date(field)) else [])
        elif not (_is_furniture_field(field) if found or converted else _is_section(field) or _is_site_name(field)):
            return None  # running text beside a date (a timeline entry), or an info bar's first field
    found = found or converted  # the Hijri date stands for the Gregorian one only when that is absent
    return found.pop() if len(found) == 1 else None


def _published_label_end(norm: str) -> int | None:
    """Where a publication label opening a normalised text ends (``تاريخ النشر:``, ``نشر في``), or None."""
    for kind, regex in furniture().date_label_res:
        m = regex.match(norm)
        if m is not None:
            return m.end() if kind == "published" else None
    return None


def _labelled_field(norm: str, parse: LineParser) -> str | None:
    """The date of the one field that opens with a publication label, beside a byline field.

    ``المحرر: سامي حداد - تاريخ النشر: 3 مايو 2021``: the label names the page's date, so a
    labelled field before it (which :func:`_dated_field` takes for an info bar) does not hide it.
    """
    fields = _SIDE_RE.split(norm)
    if len(fields) < 2:
        return None
    dated = {iso for field in fields if _published_label_end(field.strip()) and (iso := _iso(parse(field)))}
    return dated.pop() if len(dated) == 1 else None


def _before_category(norm: str, parse: LineParser) -> str | None:
    """The date of a publication label followed by the section the page was filed in.

    ``نشر في 3 مايو 2021 في أخبار العراق`` (a blog's "posted on … in …"): the words after the
    last «في», at most four and with no digit, are the section.
    """
    if _published_label_end(norm) is None:
        return None
    head, sep, tail = norm.rpartition(" في ")
    if not sep or _DIGIT_RE.search(tail) or not 0 < len(_WORD_RE.findall(tail)) <= MAX_FIELD_WORDS:
        return None
    return _iso(parse(head)) if _DIGIT_RE.search(head) else None


def _is_section(field: str) -> bool:
    """Whether a field is a section name opening with a section word (``أخبار العراق``)."""
    words = _WORD_RE.findall(field)
    return 0 < len(words) <= MAX_FIELD_WORDS and _CLITIC_RE.sub("", words[0]) in _section_words()


def _is_site_name(field: str) -> bool:
    """Whether a field is a site's name ending in a site word (``مأرب نت``, ``شفق نيوز``), of at most three words."""
    words = _WORD_RE.findall(field)
    return 1 < len(words) <= MAX_SITE_WORDS and words[-1] in _site_words()


def _is_furniture_field(field: str) -> bool:
    """Whether a field after a date is page furniture, of at most four words.

    Furniture is a counter or a clock (digits), a labelled value (``المحرر: أحمد``) or a
    section name (``أخبار العراق``). A field of plain words («سقوط صاروخين») may be the
    event of a timeline entry.
    """
    words = _WORD_RE.findall(field)
    if len(words) > MAX_FIELD_WORDS:
        return False
    return bool(_DIGIT_RE.search(field)) or ":" in field or _is_section(field)


@cache
def _hijri_re() -> re.Pattern[str]:
    """A Hijri date (day, Hijri month or month number, Hijri year, era mark), brackets included."""
    months = phrase_alternation(load_yaml("dates.yaml")["hijri_months"])
    return re.compile(
        r"\(?\s*(?:(?:\d{1,2}\s+)?(?:" + months + r")\s+|\d{1,2}\s*/\s*\d{1,2}\s*/\s*)"
        r"1[34]\d\d(?!\d)\s*(?:هجريه|هجري|ه)?(?!\w)\.?\s*\)?"
    )


def _without_hijri(norm: str, parse: LineParser) -> str | None:
    """The Gregorian date of a line once its Hijri date is taken out.

    ``الأحد 20 أكتوبر 2024 (17 ربيع الآخر 1446 هـ)``, ``الأحد، 17 ربيع الآخر 1446هـ، 20
    أكتوبر 2024م`` and ``20 أكتوبر 2024 ميلادي - 17 ربيع الآخر 1446 هجري`` give 2024-10-20.
    """
    rest, n = _hijri_re().subn(" ", norm)
    if not n or not _GREGORIAN_YEAR_RE.search(rest):
        return None
    return _iso(parse(_AD_WORD_RE.sub("", rest).strip()))


def _after_section(norm: str, parse: LineParser) -> str | None:
    """The date after a section name with no separator (``● أخبار سورية ١ فبراير ٢٠٢٤``).

    The section name (its first word a section word, at most four words) ends at the
    first word from which the rest of the line reads as a date.
    """
    digit = _DIGIT_RE.search(norm)
    if digit is None:
        return None
    starts = [w.start() for w in _WORD_RE.finditer(norm, 0, digit.start())][1 : MAX_FIELD_WORDS + 1]
    for start in [*starts, digit.start()]:
        if _is_section(norm[:start]) and (iso := _iso(parse(norm[start:]))):
            return iso
    return None


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
    readers = (_after_byline, _before_byline, _dated_field, _labelled_field, _before_category, _without_hijri,
               _joined_month, _after_section, read_short_forms)
    for reader in readers:
        iso = reader(norm, parse)
        if iso:
            return iso
    return None


# An English month name, the day with its comma and the year joined by dashes in a URL
# slug, glued to the title or not: "…سورياfebruary-15,-2023,-7:21-am" (a slug naming an
# event, "the-may-5-2019-attack", has no comma).
_SLUG_DATE_RE = re.compile(
    r"(?<![a-z])(" + "|".join(m.lower() for m in calendar.month_name if m) + r")-(\d{1,2}),-(\d{4})(?!\d)"
)


def find_slug_date(path: str) -> str | None:
    """An English date written in a URL slug (``february-15,-2023``), as ISO, or None.

    Args:
        path: The path of a URL (unquoted or not).

    Returns:
        The ISO date, or None when the slug has no such date or it is not a valid day.
    """
    m = _SLUG_DATE_RE.search(path.lower())
    if m is None:
        return None
    month = [x.lower() for x in calendar.month_name].index(m.group(1))
    try:
        return dt.date(int(m.group(3)), month, int(m.group(2))).isoformat()
    except ValueError:
        return None
