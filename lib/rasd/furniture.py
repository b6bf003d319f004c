"""Page furniture as data: the lists of ``data/page_furniture.yaml``, ready to match lines.

Lines are compared by their *key*: the normalised text (:func:`rasd.text.normalize_str`)
with everything but letters and digits turned into single spaces, so that
``"+ الخط -"`` and ``"الخط"``, or ``"اقرأ أيضاً:"`` and ``"اقرا ايضا"``, are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.lexicon import load_yaml
from rasd.text import normalize_str

__all__ = ["Furniture", "furniture", "is_box_label", "line_key", "starts_with", "prefix_re", "phrase_alternation"]

_WORD_RE = re.compile(r"[^\W_]+")
# A box label with a word before it (``المواضيع الاكثر قراءه``) has at most this many words.
MAX_BOX_LABEL_WORDS = 4


@dataclass(frozen=True)
class Furniture:
    """The page-furniture lists of the data file (see its header for each field)."""

    widgets: frozenset[str]
    widget_prefixes: re.Pattern[str]
    related_labels: frozenset[str]
    end_labels: frozenset[str]
    summary_labels: frozenset[str]
    source_prefixes: re.Pattern[str]
    credit_prefixes: re.Pattern[str]
    credit_words: frozenset[str]
    date_labels: frozenset[str]
    date_label_res: tuple[tuple[str, re.Pattern[str]], ...]
    weekday_re: re.Pattern[str]
    time_re: re.Pattern[str]
    equivalence_re: re.Pattern[str]
    time_zone_re: re.Pattern[str]
    counter_re: re.Pattern[str]
    ago_re: re.Pattern[str]
    outlets: tuple[Mapping[str, Any], ...]
    self_citation_preps: tuple[str, ...]
    fields: Mapping[str, tuple[str, ...]]
    html: Mapping[str, Any]


def line_key(text: str) -> str:
    """Normalised words of a line joined by single spaces (the form furniture is matched in)."""
    return " ".join(_WORD_RE.findall(normalize_str(text)))


def is_box_label(key: str, fur: Furniture) -> bool:
    """True for the label of a related-links or footer box, also after a word (``المواضيع الاكثر قراءه``)."""
    labels = fur.related_labels | fur.end_labels
    return key in labels or (len(key.split()) <= MAX_BOX_LABEL_WORDS and any(
        key.endswith(" " + label) for label in labels if " " in label))


def starts_with(key: str, prefixes: re.Pattern[str]) -> bool:
    """True when a line key is one of the prefixes or starts with one followed by a word.

    Args:
        key: A line key (:func:`line_key`).
        prefixes: A regex made by :func:`prefix_re`.
    """
    return prefixes.match(key) is not None


def prefix_re(prefixes: Iterable[Any]) -> re.Pattern[str]:
    """Regex matching a line key that starts with one of ``prefixes`` as whole words."""
    return re.compile(r"(?:" + phrase_alternation(prefixes) + r")(?: |$)")


def phrase_alternation(phrases: Iterable[Any]) -> str:
    """Regex alternation of normalised phrases, longest first, any spaces between words."""
    ordered = sorted({str(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


def _words(data: Mapping[str, Any], name: str) -> tuple[str, ...]:
    return tuple(str(w) for w in data[name])


def _ago_re(units: Iterable[Any]) -> re.Pattern[str]:
    """Line key of a relative time stamp: ``منذ 59 دقيقه``, ``منذ ساعتين``, ``ساعه واحده ago``."""
    span = r"(?:\d+ )?(?:" + phrase_alternation(units) + r")(?: واحده| واحد)?"
    return re.compile(r"منذ " + span + r"|" + span + r" ago")


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    """Load ``data/page_furniture.yaml`` into match-ready sets and regexes (cached)."""
    data: Mapping[str, Any] = load_yaml("page_furniture.yaml")
    labels = data["date_labels"]
    label_res = tuple(
        (kind, re.compile(r"^\W*(?:" + phrase_alternation(labels[kind]) + r")(?!\w)\s*[:：\-–]?\s*"))
        for kind in ("updated", "published")
    )
    # A date line may write the weekday without its article (``أحد, 07/01/2024``).
    weekdays = [*load_yaml("dates.yaml")["weekdays"]]
    weekdays += [w[2:] for w in weekdays if w.startswith("ال") and len(w) > 4]
    return Furniture(
        widgets=frozenset(_words(data, "widgets")),
        widget_prefixes=prefix_re(data["widget_prefixes"]),
        related_labels=frozenset(_words(data, "related_labels")),
        end_labels=frozenset(_words(data, "end_labels")),
        summary_labels=frozenset(_words(data, "summary_labels")),
        source_prefixes=prefix_re(data["source_prefixes"]),
        credit_prefixes=re.compile(r"(?:" + phrase_alternation(data["credit_prefixes"]) + r") "),
        credit_words=frozenset(_words(data, "credit_words")),
        date_labels=frozenset(str(w) for ws in labels.values() for w in ws),
        date_label_res=label_res,
        weekday_re=re.compile(
            r"^(?:(?:" + phrase_alternation(data["weekday_prefixes"]) + r")\s+)?(?:"
            + phrase_alternation(weekdays) + r")(?!\w)\s*"
        ),
        time_re=re.compile(
            r"(?:(?<!\w)(?:" + phrase_alternation(data["time_prefixes"]) + r")\s+)?"
            r"t?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|\s*[+-]\d{2}:?\d{2})?(?:\s*(?:"
            + phrase_alternation(data["time_suffixes"]) + r"))?(?!\w)"
        ),
        equivalence_re=re.compile(
            r"(?:^|\s)(?:" + phrase_alternation(data["date_equivalence"]) + r")(?!\w)"
        ),
        time_zone_re=re.compile(  # the zone and the rest of the line, up to a numeric date after it
            r"(?:^|\s)(?:" + phrase_alternation(data["time_zone_words"]) + r")(?!\w)"
            r"(?:(?!\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}).)*"
        ),
        counter_re=re.compile(  # after the year, or a bracketed count ending the line "(عدد المشاهدات 1445)"
            r"(?<=\d{4})(?:\s*[-–|•·]?\s*\d+)?\s*(?:" + phrase_alternation(data["counter_words"]) + r").*$"
            r"|[(\[]\s*(?:عدد\s+)?(?:ال)?(?:" + phrase_alternation(data["counter_words"]) + r")\s*:?\s*\d+\s*[)\]]\s*$"
        ),
        ago_re=_ago_re(data["ago_units"]),
        outlets=tuple(data["outlets"]),
        self_citation_preps=_words(data, "self_citation_preps"),
        fields={meaning: tuple(str(f) for f in names) for meaning, names in data["fields"].items()},
        html=data["html"],
    )
