"""A publication date from the day the lede gives its statement, when the page prints no date.

Agency-style ledes date the statement they report in the main clause, between the
reporting verb and its complement: «أعلنت المقاومة الإسلامية، السبت 28 أيلول 2024،
أنها هاجمت ...», «أفاد مصدر مطلع، يوم الاثنين 18 آب 2025، بأن ...». Such a full date,
written with its own weekday, is the day of writing. It is not taken when

- the first sentence does not open with a reporting verb: «باشرت القوات، مساء الخميس
  21 آب 2025، مغادرة القاعدة» dates the act told, and the page came out the next day;
- the date stands after the complement «أن/إن/بأن»: «أعلن مسؤولون أن مسيرات شنت، السبت
  11 أيلول 2021، هجوما» dates the reported attack, not the statement;
- the date is not set off by a comma or «في بيان» (``أعلن البنتاغون مقتل جنود في هجوم
  وقع الأحد 28 كانون الثاني 2024`` dates the attack);
- an evening or night word stands in the date or among the three words before it
  («مساء الخميس»): the report is often published the next day;
- the date joins «اليوم/أمس» (:mod:`rasd.pub_infer` reads those) or its weekday is not
  its own;
- a later full date stands in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from rasd.date_deadlines import is_deadline
from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["infer_statement_published"]

_CLITIC_RE = re.compile(r"^[وف](?=.{3})")
_COMPLEMENT_RE = re.compile(r"^(?:[وف]?ب?(?:ان|انه|انها|انهم|انهما))$")
_EVE_WORDS = 3  # words before a date where an evening or night word is looked for
# What stands right before a statement's date: a comma, or «في بيان (له/لها)», «في تصريح».
_LEAD_RE = re.compile(r"(?:[،,]|(?<!\w)في (?:بيان|تصريح)(?: له| لها)?)\s*\(?\s*$")


@cache
def _verb_forms() -> frozenset[str]:
    """The finite forms of the reporting verbs (``data/reporting_verbs.yaml``)."""
    entries = load_yaml("reporting_verbs.yaml")["entries"]
    return frozenset(f for e in entries if e["kind_hint"] == "verb" for f in e["forms"])


@cache
def _eve_words() -> frozenset[str]:
    """Words of an evening or a night (``eve_words`` of ``data/known_incidents.yaml``)."""
    return frozenset(load_yaml("known_incidents.yaml")["eve_words"])


def _opens_with_report(norm: str) -> bool:
    """Whether a normalised sentence opens with a finite reporting verb (a clitic و/ف allowed)."""
    words = norm.split()
    return bool(words) and (words[0] in _verb_forms() or _CLITIC_RE.sub("", words[0]) in _verb_forms())


def _in_main_clause(norm: str, nstart: int, expr: str) -> bool:
    """Whether a date is set off in the main clause, with no evening word in or before it.

    Set off: after a comma or «في بيان», before any complement «أن/إن»; an evening word
    («مساء الخميس») in the date or among the three words before it rules it out.
    """
    before = norm[:nstart].split()
    if any(_COMPLEMENT_RE.match(w) for w in before) or not _LEAD_RE.search(norm[:nstart]):
        return False
    words = normalize_str(expr).split() + before[-_EVE_WORDS:]
    return not any(w in _eve_words() or _CLITIC_RE.sub("", w) in _eve_words() for w in words)


def _latest_full_date(paragraphs: Sequence[str]) -> dt.date | None:
    """The latest full date of the text, deadlines («بحلول 15 أيلول 2025») left out."""
    days = [
        dt.date.fromisoformat(d.iso[:10])
        for text in paragraphs
        for d in find_dates(text)
        if d.kind == "absolute" and d.precision == "day" and not d.relative and d.iso
        and not is_deadline(normalize_str(text), d.nstart)
    ]
    return max(days, default=None)


def infer_statement_published(paragraphs: Sequence[str]) -> str:
    """The day the lede's reporting verb is dated with, as ISO, or ``""`` when unsure.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The full date (with its own weekday) of the first sentence's statement,
        or ``""`` when the first sentence gives none in the form described above.
    """
    if not paragraphs:
        return ""
    sentences = split_sentences(paragraphs[0])
    if not sentences:
        return ""
    sentence = sentences[0].text
    norm = normalize_str(sentence)
    if not _opens_with_report(norm):
        return ""
    full = [d for d in find_dates(sentence) if d.kind == "absolute" and d.precision == "day" and not d.relative]
    if not full or not full[0].iso:
        return ""
    first = full[0]
    day = dt.date.fromisoformat(first.iso[:10])
    offset, weekday = writing_offset(first.expr)
    if offset is not None or weekday != day.weekday() or not _in_main_clause(norm, first.nstart, first.expr):
        return ""
    latest = _latest_full_date(paragraphs)
    return day.isoformat() if latest is None or latest <= day else ""
