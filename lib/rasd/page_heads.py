"""The opening lines of real pages: outlet datelines, glued time stamps, ledes, dated openings.

Pages copied from news sites often open with lines that are not the headline:

- an outlet dateline ``شفق نيوز - بغداد``, ``أربيل - نورث برس`` or ``بغداد-(د ب أ):``
  (a place on one side of a dash, a name or an agency on the other);
- a time stamp glued to the lede when the line break was lost
  (``01:38 - 10 يونيو 2021تعرضت قاعدة …``);
- the lede itself, one sentence with its full stop, followed by a line that goes on
  with ``و`` (``وصلت تعزيزات … .`` then ``وذكرت المصادر …``).

A story without a date line often dates itself in its first sentence
(``قتل ثلاثة جنود فجر اليوم الأحد 28 كانون الثاني 2024``): :func:`find_lede_date`
reads that date as the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rasd.gazetteer import event_verb_matcher, find_places, reporting_verb_matcher
from rasd.lexicon import load_yaml
from rasd.pubdate import parse_date_line
from rasd.text import normalize_str, tokenize

__all__ = [
    "LEDE_PARAGRAPHS",
    "find_lede_date",
    "find_banner_dates",
    "find_labelled_date",
    "glued_stamp_end",
    "is_lede_line",
    "is_place_dateline",
    "is_place_name",
    "is_section_label",
    "opens_with_verb",
    "spaced_stamp_end",
]

# A side of an outlet dateline has at most this many words.
MAX_DATELINE_SIDE_WORDS = 3
# A section label before the story (``عالمية:``) has at most this many words.
MAX_SECTION_LABEL_WORDS = 2
# A masthead line is looked for in this many lines after a date line.
MASTHEAD_LOOKAHEAD = 2
# A section label made of section words (``أخبار عربية ودولية``) has at most this many words.
MAX_SECTION_WORDS = 4
# The dated opening is looked for in this many first body paragraphs.
LEDE_PARAGRAPHS = 2
# A dated opening's date stands within this many characters after "اليوم".
MAX_LEDE_DATE_CHARS = 60
# A labelled date inside a flattened head line is looked for in its first characters.
MAX_LABELLED_HEAD_CHARS = 500

_WORD_RE = re.compile(r"[^\W_]+")
_DATELINE_RE = re.compile(r"^\s*([^\n:/\-–—]+?)\s*(?:[-–—]|/)+\s*([^\n:/\-–—]+?)\s*[:/]*\s*$")
_STAMP_RE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*[-–—|]\s*)?\d{1,2}\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?\s+\d{4}(?=[^\W\d_])"
)
# A dated stamp whose clock time ends with a Latin am/pm glued to the lede
# (``العالم - Friday 09 April 2021 الساعة 05:58 amدمرت …``): the script change marks the cut.
_GLUED_CLOCK_RE = re.compile(
    r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[-–—]\s*)?(?:[^\W\d_]+,?\s+)?"
    r"(?:\d{1,2}\s+[^\W\d_]+,?\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
    r"\s+(?:[^\W\d_]+\s+)?\d{1,2}:\d{2}\s*(?:am|pm|AM|PM)(?=[\u0621-\u064a])"
)
# A page store's machine stamp before the rest of the first line: the word "date" and the
# page's ISO date (``date 2026-03-03 شفق نيوز- أربيل``, ``date 2024-10-27 الرقة- سوريا: استهدف …``).
_MACHINE_STAMP_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}(?=\s+\S)", re.IGNORECASE)
_LEDE_CONTINUATION_RE = re.compile(r"^\s*و[^\W\d_]")
# A date stamp and a space before the lede on one line: an optional dateline place in one or two
# fields, each closed by a dash, a slash or a comma (``المرصد / لندن /``, ``دمشق،``; or a name, a
# dash and the place with «في»: ``أحمد علي - القاهرة في``), a weekday, a day-month-year date whose
# month may take two words (``14 تشرين الثاني 2023``) or a month-day-year or numeric one, the
# numeric one possibly spaced (``20 . 10 . 2021``), possibly in brackets (``بغداد (14/11/2023) –``)
# or between slashes (``بغداد/ الثلاثاء 14 تشرين الثاني 2023/``), an optional clock time, then the
# agency in brackets (``بغداد 14 تشرين الثاني 2023 (رويترز) -``) and a run of dashes (``——``, ``--``).
_SPACED_STAMP_RE = re.compile(
    r"^\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:[-–—/،,]\s*|(?=[(\d]))){0,2}"
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s+في\s+)?\(?"
    r"(?P<stamp>(?:[^\W\d_]+,?\s+)?"
    r"(?:\d{1,2}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s*/\s*[^\W\d_]+)?,?\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s?(?P<sep>[-/.])\s?\d{1,2}\s?(?P=sep)\s?\d{4})"
    r"(?:\s+(?:[^\W\d_]+\s+)?\d{1,2}:\d{2}(?:\s*(?:am|pm|AM|PM|ص|م|صباحا|صباحاً|مساء|مساءً)(?!\w))?)?)"
    r"\)?(?:\s*[-–—]?\s*\([^()\d]{1,30}\))?\s*(?P<cut>[:\-–—|/]{0,3})\s+(?=[^\W\d_])"
)
# Two or three dashes after the stamp (``——``, ``—–``, ``--``): the typographic end of a dateline.
_DASH_RUN_RE = re.compile(r"[-–—]{2,3}")


def is_place_name(text: str) -> bool:
    """True when a short text is one place name of the gazetteer, and nothing else."""
    norm = normalize_str(text).strip(" ()")
    tokens = tokenize(norm)
    if not tokens or len(tokens) > MAX_DATELINE_SIDE_WORDS:
        return False
    return any(m.start == tokens[0].start and m.end == tokens[-1].end for m in find_places(tokens))


def is_place_dateline(text: str) -> bool:
    """True for an outlet dateline line: a place and a name on either side of a dash.

    ``شفق نيوز - بغداد``, ``أربيل- نورث برس``, ``بغداد-(د ب أ):`` and
    ``دمشق/وكالة الأنباء`` are datelines; ``الأردن/ قتلى وجرحى في هجوم`` (a headline
    whose first word is a place) is not, since its second side is running text.
    """
    m = _DATELINE_RE.match(text)
    if m is None:
        return False
    sides = (m.group(1), m.group(2))
    if any(not 0 < len(_WORD_RE.findall(s)) <= MAX_DATELINE_SIDE_WORDS for s in sides):
        return False
    return any(is_place_name(s) for s in sides)


def glued_stamp_end(text: str) -> int | None:
    """Where the lede starts after a date stamp glued to it, or None.

    ``01:38 - 10 يونيو 2021تعرضت …`` gives the offset of ``تعرضت``, and so does a
    clock time whose Latin am/pm is glued to the lede (``Friday 09 April 2021 الساعة
    05:58 amدمرت …``) or a page store's stamp before the rest of the line
    (``date 2026-03-03 شفق نيوز- أربيل``); the stamp must read as a whole date line.
    """
    m = _MACHINE_STAMP_RE.match(text) or _STAMP_RE.match(text) or _GLUED_CLOCK_RE.match(text)
    if m is None:
        return None
    found = parse_date_line(text[: m.end()])
    return m.end() if found is not None and found.iso else None


def spaced_stamp_end(text: str) -> int | None:
    """Where the lede starts after a date stamp written before it on the same line, or None.

    ``العالم - Friday 09 April 2021 الساعة 05:58 am قالت مصادر …`` and ``بغداد - الجمعة
    9 نيسان 2021: أعلنت …`` give the offset of the verb. The stamp must read as a whole
    date line and the rest must open with a reporting or event verb, so that a timeline
    entry (``28 كانون الثاني 2024 مقتل ثلاثة جنود``) keeps its date, unless a run of dashes
    closes the stamp (``المرصد / لندن / الخميس 14 . 03 . 2024 —– في وقت متأخر من الليل …``).
    """
    m = _SPACED_STAMP_RE.match(text)
    if m is None:
        return None
    found = parse_date_line(text[: m.end()].rstrip(" :-–—|/")) or parse_date_line(m.group("stamp"))
    if found is None or not found.iso:
        return None
    if not _DASH_RUN_RE.fullmatch(m.group("cut")) and not _opens_with_bare_verb(text[m.end() :]):
        return None
    return m.end()


def _opens_with_bare_verb(text: str) -> bool:
    """True for text whose first word is a reporting or event verb (``قالت``, ``أعلنت``, ``استهدف``)."""
    tokens = tokenize(normalize_str(text))
    for matcher in (reporting_verb_matcher(), event_verb_matcher()):
        m = next(iter(matcher.find(tokens)), None)
        if m is not None and m.first_token == 0:
            return True
    return False


def find_banner_dates(texts: list[str]) -> set[int]:
    """Indexes of date lines that are a site's date of the day: a masthead line follows.

    ``الإثنين 16 سبتمبر 2024`` right above ``رئيس التحرير`` is printed in the site
    header on every page the day it is saved, not the article's publication date.
    """
    labels = _masthead_labels()
    out = set()
    for i, text in enumerate(texts):
        after = [t for t in texts[i + 1 : i + 1 + MASTHEAD_LOOKAHEAD] if t.strip()][:1]
        if after and _starts_with_label(" ".join(_WORD_RE.findall(normalize_str(after[0]))), labels):
            found = parse_date_line(text)
            if found is not None and found.iso:
                out.add(i)
    return out


def _starts_with_label(key: str, labels: frozenset[str]) -> bool:
    return any(key == label or key.startswith(label + " ") for label in labels)


@lru_cache(maxsize=1)
def _masthead_labels() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["masthead_labels"])


def is_section_label(text: str) -> bool:
    """True for a section label before the story.

    A section label is a line of one or two words ending with a colon (``عالمية:``,
    ``أخبار العراق:``) or of two to four section words (``أخبار عربية ودولية``).
    Only meaningful before the body: inside it, ``وأضاف:`` opens a quotation.
    """
    stripped = text.strip()
    words = _WORD_RE.findall(normalize_str(stripped))
    if stripped.endswith(":") and 0 < len(words) <= MAX_SECTION_LABEL_WORDS:
        return True
    return 2 <= len(words) <= MAX_SECTION_WORDS and all(_is_section_word(w) for w in words)


def _is_section_word(word: str) -> bool:
    """True for و alone or a section word, with و and ال before it."""
    stem = word.removeprefix("و") if len(word) > 1 else ""
    stem = stem.removeprefix("ال") if len(stem) > 4 else stem
    return word == "و" or stem in _section_words()


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("page_furniture.yaml")["section_words"])


def opens_with_verb(text: str) -> bool:
    """True for a line that goes on with و or ف and a reporting or event verb (``وأضاف المصدر أن …``).

    Such a line is running text even when it is short and its full stop was lost:
    not a subhead or a footer line.
    """
    tokens = tokenize(normalize_str(text))
    if not tokens:
        return False
    for matcher in (reporting_verb_matcher(), event_verb_matcher()):
        for m in matcher.find(tokens):
            if m.first_token == 0 and m.prefix[:1] in ("و", "ف"):
                return True
            break
    return False


def is_lede_line(text: str, next_text: str) -> bool:
    """True for a first line that is the lede: it ends with a full stop and the next line goes on with و."""
    return text.rstrip().endswith(".") and _LEDE_CONTINUATION_RE.match(next_text) is not None


@lru_cache(maxsize=1)
def _today_re() -> re.Pattern[str]:
    data = load_yaml("dates.yaml")
    words = "|".join(re.escape(str(w)) for w in data["today_words"])
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)")


def find_lede_date(paragraphs: Iterable[str]) -> str | None:
    """The full date that the opening sentences give to ``اليوم``, as ISO, or None.

    ``اليوم الأحد 28 كانون الثاني 2024`` and ``اليوم الجمعة الـ 2 من أغسطس 2024``
    give their date; a date without its year, or not right after ``اليوم``, gives none.
    """
    for i, text in enumerate(paragraphs):
        if i >= LEDE_PARAGRAPHS:
            break
        norm = normalize_str(text)
        for m in _today_re().finditer(norm):
            tail = norm[m.end() : m.end() + MAX_LEDE_DATE_CHARS]
            year = re.search(r"\d{4}(?!\d)", tail)
            if year is None:
                continue
            found = parse_date_line(tail[: year.end()])
            if found is not None and found.iso:
                return found.iso
    return None


@lru_cache(maxsize=1)
def _labelled_date_re() -> re.Pattern[str]:
    labels = load_yaml("page_furniture.yaml")["inline_date_labels"]
    words = "|".join(re.escape(str(w)) for w in sorted(labels, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + words + r")\s*:?\s*(?=[^\W_])")


def find_labelled_date(paragraphs: Iterable[str]) -> str | None:
    """The date a publication label gives inside a flattened head line, as ISO, or None.

    A page copied without its line breaks keeps ``منشور الثلاثاء 6 أغسطس 2024`` inside
    its first line; the label must be followed at once by the weekday or the day, and
    the date must be whole (day, month and year). Only the first paragraph is read.
    """
    for text in paragraphs:
        norm = normalize_str(text)[:MAX_LABELLED_HEAD_CHARS]
        for m in _labelled_date_re().finditer(norm):
            tail = norm[m.end() : m.end() + MAX_LEDE_DATE_CHARS]
            year = re.search(r"\d{4}(?!\d)", tail)
            if year is None:
                continue
            found = parse_date_line(tail[: year.end()])
            if found is not None and found.iso:
                return found.iso
        break
    return None
