"""The grammar of Arabic date expressions.

One compiled regex over the normalised text, :data:`DATE_RE`, holds every form
as ordered named alternatives (Hijri, numeric, overnight range, absolute,
ordinal day, day of the current month, month, year, relative unit, duration,
relative day, weekday); a named group ``<form>_<part>`` holds each part of a
form. The vocabulary lives in ``data/dates.yaml``; :mod:`rasd.dates` resolves
the matches, and :mod:`rasd.datewalk` lists where in a text to try the regex.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.lexicon import load_yaml
from rasd.numbers import parse_ordinal
from rasd.outlet_today import ends_outlet_name

__all__ = [
    "DATE_RE",
    "HINT_DELTA",
    "LEX",
    "MONTH_NUM",
    "SINCE_RE",
    "WEEKDAYS",
    "form_groups",
    "hint_offset",
    "is_feminine_ordinal",
    "is_named_date",
    "phrase",
    "relday_is_date",
    "weekday_is_date",
    "word_before",
]

LEX: dict[str, Any] = load_yaml("dates.yaml")
MONTH_NUM = {name: int(num) for num, names in LEX["months"].items() for name in names}
WEEKDAYS: dict[str, int] = LEX["weekdays"]
HINT_DELTA = {word: int(delta) for delta, words in LEX["hints"].items() for word in words}

_S = r"[^\S\n]+"
_OS = r"[^\S\n]*"
_SEP = _OS + r",?" + _OS
_WD_OPEN = r"(?:\(|[،,](?=[^\S\n]*ال))?"  # «اليوم (الخميس)», «اليوم، الخميس»: the weekday of a relative day
_E = r"(?!\w)"
# Word start, and not the continuation of a number such as 2.13 or 10:30.
_B = r"(?<!\w)(?<!\d[.,:/])"
# Proclitics a date may carry (``وامس``, ``بالامس``); _PRO is the same as a pattern.
_PROCLITICS = ("", "و", "ف", "ب", "وب", "فب")
_PRO = r"(?:[وف]?ب?)"


def _alt(words: Any) -> str:
    """A non-capturing alternation of phrases, with any spaces between their words.

    It is a trie that branches letter by letter (faster to try than one alternative
    per phrase) and tries a phrase before its prefixes: the phrases that match at
    one position are prefixes of one another, so it tries them longest first.
    """
    return "(?:" + _trie({" ".join(str(w).split()) for w in words}) + ")"


def _trie(phrases: Any) -> str:
    """The regex of a set of phrases, as a trie (see :func:`_alt`)."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(_S if ch == " " else re.escape(ch)) + emit(kid) for ch, kid in sorted(node.items()) if ch]
        body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 else "".join(alts)
        return f"(?:{body})?" if "" in node and alts else body

    return emit(tree)


_C = {name: _alt(words) for name, words in LEX["connectors"].items()}
_OF = rf"(?:{_C['of']}{_S})?"
_DAYW = rf"(?:{_C['day_word']}{_S})?"
_MON = _alt(MONTH_NUM) + _E
_WD = _alt(WEEKDAYS) + _E
_HINT = _alt(HINT_DELTA) + _E
_PART = rf"(?:(?P<@q>{_alt(LEX['partials'])}){_E}{_S}{_OF})?"
_TOD = (
    rf"(?:(?:{_alt(LEX['time_modifiers'])}{_S})?{_alt(LEX['times_of_day'])}{_S}{_OF}{_DAYW})?"
)
# A day number; "ال" is the article of "الـ7", "الـ(7)". A number joined to Latin letters by a
# hyphen names a model ("طائرات f-15 الشهر الماضي"), not a day.
_DAYN = r"(?:ال{os})?\(?(?<![a-z]-)(?P<@{name}>3[01]|[12]\d|0?[1-9])\)?(?![\d:])"
_DAY = _DAYN.format(os=_OS, name="d")
_YEAR = (
    rf"(?P<@y>(?:1\d|20|21)\d\d)(?!\d|[.,:]\d|{_OS}{_C['hijri_suffix']}{_E})"
    rf"(?:{_OS}{_C['ad_suffix']}{_E})?"
)
# A month, alone or paired with its name in another system (``نيسان/ابريل``, ``اكتوبر (تشرين الاول)``,
# ``يناير \\ كانون الثاني``, ``اكتوبر تشرين الاول``: a bare space only before a name that is no other word).
_MON_STRONG = _alt(set(MONTH_NUM) - set(LEX["weak_months"])) + _E
_MONP = (
    rf"(?P<@m>{_MON})(?:(?:{_OS}[-/\\]{_OS}|{_OS}\({_OS}|{_S}(?={_MON_STRONG}))(?P<@m2>{_MON})(?:{_OS}\))?)?"
)
# A weekday before a date, and what separates them (``الخميس، 5 ...``, ``السبت - 03 ...``).
_WD_LEAD = rf"{_WD}(?:{_OS}-{_OS}|{_SEP})"
# What may follow a month: a year, a relative year or a hint word.
_TAIL = (
    rf"(?:(?:{_SEP}|{_OS}[-/]{_OS}){_OF}(?:{_alt(LEX['year_words'])}{_S})?{_YEAR}"
    rf"|{_S}{_OF}(?:(?P<@ty>{_C['this_year']})|{_C['year_nouns']}{_S}(?P<@yh>{_HINT}))"
    rf"|{_S}(?P<@h>{_HINT}))?"
)
# After "الشهر": a hint (``الشهر الجاري``) or "the same" (``الشهر نفسه``: the month named before).
_SAME_OR_HINT = rf"(?:(?P<@mh>{_HINT})|(?P<@same>{_C['same']}){_E})"
_HIJRI = _alt(LEX["hijri_months"])
_HIJRI_YEAR = rf"{_S}\d{{3,4}}(?:{_OS}{_C['hijri_suffix']})?"

_FORMS: dict[str, str] = {
    "hijri": rf"(?:\d{{1,2}}{_S}{_OF}{_HIJRI}(?:{_HIJRI_YEAR})?|{_HIJRI}{_HIJRI_YEAR}){_E}",
    "numeric": rf"(?:{_DAYW}{_WD_LEAD})?(?:(?P<@a>\d{{1,2}}){_OS}(?P<@s>[-/.]){_OS}(?P<@b>\d{{1,2}}){_OS}(?P=@s)"
    rf"{_OS}(?P<@y>\d{{4}})|(?P<@y2>\d{{4}}){_OS}(?P<@s2>[-/.]){_OS}(?P<@b2>\d{{1,2}}){_OS}(?P=@s2)"
    rf"{_OS}(?P<@a2>\d{{1,2}})|(?P<@m3>\d{{1,2}})/(?P<@y3>(?:19|20)\d\d))(?!\d|[.,:/]\d)",
    "night": rf"{_PRO}(?:{_alt(LEX['time_modifiers'])}{_S})?{_alt(LEX['night_words'])}{_S}"
    rf"(?:{_C['night_yesterday']}{_S})?"
    rf"(?P<@a>{_WD})(?:{_OS}[-/]{_OS}|{_S}(?:{_C['night_joiners']}{_S}|و)?)(?P<@b>{_WD})",
    "absolute": rf"{_PRO}{_TOD}(?:{_C['relative_prefix']}(?:{_S}|{_OS}\({_OS}))?{_DAYW}"
    rf"(?:{_WD_LEAD}(?:{_C['same_as']}{_SEP})?)?{_DAYW}{_DAY}"
    rf"(?:(?:{_OS}(?:[-/]|{_C['range']}){_OS}|{_S}(?P<@l>و){_OS}){_DAYN.format(os='', name='d2')})?"
    rf"(?:{_OS}[-/])?{_OS}{_OF}(?:{_C['month_word']}{_S})?{_MONP}{_TAIL}",
    # The month first, as English-style date lines write it (``ديسمبر 28, 2023``), with a year.
    "monthfirst": rf"(?:{_alt(LEX['month_preps'])}{_S})?(?P<@m>{_MON}){_S}(?P<@d>3[01]|[12]\d|0?[1-9])(?:{_OS},{_OS}|{_S}){_YEAR}",
    # Up to two words may come before the ordinal; the handler finds where it starts.
    "ordinal": rf"{_PRO}{_TOD}(?:{_C['relative_prefix']}{_S})?{_DAYW}"
    rf"(?:{_WD}{_SEP}(?:{_C['same_as']}{_SEP})?)?{_DAYW}(?P<@o>ال(?!\d)\w+(?:{_S}(?!{_C['of']}{_E})\w+){{0,2}}){_S}{_OF}"
    rf"(?:(?:{_C['month_word']}{_S})?{_MONP}{_TAIL}|{_C['the_month']}{_S}{_SAME_OR_HINT})",
    "dayofmonth": rf"{_PRO}{_TOD}{_DAYW}{_DAY}{_S}{_OF}"
    rf"(?:{_C['the_month']}{_S}{_SAME_OR_HINT}|(?P<@cur>{_alt(LEX['hints'][0])}){_E})",
    "month": rf"(?:(?P<@pp>[وف]?{_alt(LEX['month_preps'])}){_S})?(?P<@x>{_PRO}){_PART}"
    rf"(?P<@sh>{_C['month_word']}{_S})?{_MONP}{_TAIL}",
    "year": rf"(?:(?P<@pp>{_alt(LEX['year_preps'])}){_S})?(?P<@x>{_PRO}){_PART}"
    rf"(?:(?P<@yw>{_alt(LEX['year_words'])}){_S})?{_YEAR}",
    "unit": rf"{_PRO}{_PART}(?:(?P<@this>{_C['this']}){_S})?"
    rf"(?P<@u>{_alt(LEX['units'])}){_E}(?:{_S}(?P<@h>{_HINT}))?",
    "duration": rf"{_PRO}{_alt(LEX['duration_words'])}{_S}(?:{_alt(LEX['approximators'])}{_S})?"
    rf"(?:(?P<@n>\d{{1,3}}|[^\W\d]+(?:{_S}[^\W\d]+)?){_S})?(?P<@u>{_alt(LEX['durations'])})"
    rf"{_E}(?!{_S}(?:{_C['not_after_duration']}{_E}|\d))",
    "relday": rf"{_PRO}{_TOD}{_DAYW}(?P<@r>{_alt(LEX['relative_days'])}){_E}"
    rf"(?:{_OS}{_WD_OPEN}{_OS}(?P<@w>{_WD})(?!{_S}{_HINT})(?:{_OS}\))?)?",
    "weekday": rf"{_PRO}{_TOD}{_DAYW}(?P<@w>{_WD})"
    rf"(?!{_S}{_alt(LEX['not_after_weekday'])}{_E})(?:{_S}(?P<@h>{_HINT}))?",
}
DATE_RE = re.compile(
    _B + "(?:" + "|".join(f"(?P<{k}>{v.replace('@', k + '_')})" for k, v in _FORMS.items()) + ")"
)
SINCE_RE = re.compile(rf"(?<!\w)[وف]?{_alt(LEX['since_markers'])}(?:{_S}\w+)?{_OS}$")


# --- reading a match ---------------------------------------------------------

# For each form: (group index, part name) of its parts, to read a match without groupdict().
_FORM_PARTS = {
    form: tuple(
        (index, name[len(form) + 1 :])
        for name, index in DATE_RE.groupindex.items()
        if name.startswith(form + "_")
    )
    for form in _FORMS
}


# For each form: the group indices of its parts (at least two, or none), and their names.
_FORM_INDICES = {form: tuple(i for i, _ in parts) for form, parts in _FORM_PARTS.items()}
_FORM_NAMES = {form: tuple(name for _, name in parts) for form, parts in _FORM_PARTS.items()}


def form_groups(m: re.Match[str]) -> tuple[str, dict[str, str]]:
    """The form of a match of :data:`DATE_RE` and its parts that took part in it.

    Only the groups of the form that matched are read (``m.groups()`` would copy
    all of them).

    Args:
        m: A match of :data:`DATE_RE`.

    Returns:
        The form name (``"absolute"``, ``"weekday"`` ...) and a dict from the
        part name (``"d"``, ``"m"``, ``"y"`` ...) to its text, without empty parts.
    """
    form = m.lastgroup or ""
    indices = _FORM_INDICES[form]
    if not indices:
        return form, {}
    return form, {name: value for name, value in zip(_FORM_NAMES[form], m.group(*indices), strict=True) if value}


def phrase(text: str | None) -> str:
    """A matched phrase with its inner spaces collapsed, as the data file writes it."""
    return " ".join((text or "").split())


def hint_offset(word: str | None) -> int | None:
    """Offset of a hint word (-1 past, 0 current, 1 next, -2 before last); None if absent."""
    return HINT_DELTA[phrase(word)] if word else None


# Quotation marks, as the normalised text writes them, and a word.
_QUOTES = ('"', "'")
_WORD_RE = re.compile(r"\w+")
_DUAL_VERB_RE = re.compile(r"^س?[يت]\w{2,}ان$")  # «يعقدان», «سيلتقيان»: a verb of two subjects


def word_before(text: str, pos: int) -> str:
    """The last word before ``pos`` (within a short window)."""
    words = text[max(0, pos - 12) : pos].split()
    return words[-1] if words else ""


def _word_after(text: str, pos: int) -> str:
    """The word right after ``pos`` when only spaces separate them, else ``""``."""
    after = _WORD_RE.search(text, pos)
    return after.group() if after and not text[pos : after.start()].strip() else ""


def is_named_date(m: re.Match[str], parts: dict[str, str]) -> bool:
    """Whether a day and month without a year name a movement or place (``جسر 14 تموز``)."""
    return "y" not in parts and word_before(m.string, m.start()) in LEX["named_date_blockers"]


def is_feminine_ordinal(word: str) -> bool:
    """Whether an ordinal word is feminine (``الاولي``, ``والثانيه``): it is not a day.

    Args:
        word: A normalised ordinal word, possibly with a proclitic و or ف.

    Returns:
        True for a feminine form listed in the data or with a feminine ending.
    """
    fem = LEX["feminine_ordinals"]
    stem = word[1:] if word[:1] in "وف" and word[1:].startswith("ال") else word
    return stem in fem["words"] or stem.endswith(tuple(fem["endings"]))


def relday_is_date(m: re.Match[str], word: str) -> bool:
    """Whether a bare relative day word is a date (``اليوم التالي``, verb ``غدا`` are not)."""
    after = _word_after(m.string, m.end())
    if word in LEX["standalone_only"]:
        return not after
    if word not in LEX["today_words"]:
        return True
    if word_before(m.string, m.start()) in LEX["today_blockers_before"]:
        return False
    if after in LEX["today_blockers_after"] or ends_outlet_name(m.string, m.start(), after):
        return False
    if word_before(m.string, m.start()).startswith(_QUOTES) and m.string[m.end() : m.end() + 1] in _QUOTES:
        return False
    return not (after.startswith("ال") and parse_ordinal(after) is not None)


def weekday_is_date(m: re.Match[str]) -> bool:
    """Whether a weekday name is a day (not ``كلا الاثنين`` "both", ``عبد الاحد`` a name).

    A weekday that is also a numeral followed by a verb of two subjects
    (``ان الاثنين يعقدان اجتماعا``) is "the two", not the day.
    """
    if word_before(m.string, m.start()) in LEX["weekday_blockers_before"]:
        return False
    words = m.group().split()
    numeral = bool(words) and words[-1] in LEX["numeral_weekdays"]
    return not (numeral and _DUAL_VERB_RE.match(_word_after(m.string, m.end())))
