"""The site an event is placed at when a base is named by the town it lies in.

``استهدفت قاعدة الاحتلال الأمريكي في الشدادي``: a town named right after a base noun
(:func:`rasd.scope.base_of`) names the base that shares its name or lies beside it (places.csv
``related``), so the act is placed at that base, as it is when the same article says ``قاعدة
الشدادي``; the two reports then fold into one incident. A city whose airport is a base of its own
(``القاعدة التي تتواجد في أربيل``: حرير or مطار أربيل) is not related to it and stays the city,
and a town named with its town noun (``القاعدة الأمريكية في مدينة الشدادي``, data/presence_context.yaml
``town_nouns``) stays the town: rockets on it and a drone on «القاعدة الأمريكية في الشدادي» may be two acts.

A base noun owned by an armed group or a state other than the US side (``قاعدة للفصائل في
مدينة القائم``, ``قاعدة لكتائب حزب الله في القائم``; actors of data/actors.yaml and the generic
names of data/event_triggers.yaml ``generic_actors``) is theirs, and so is any base a US strike
hits: the town stays the place.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.forces import presence_words
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.scope import base_of, related_base
from rasd.text import clitic_variants, normalize_str

__all__ = ["site_of"]

_OWNER_REACH = 6  # tokens before the town where the base noun naming it may stand


@cache
def _generic_heads() -> frozenset[str]:
    """First words of the generic names of armed groups (``الفصائل``, ``مسلحون``)."""
    return frozenset(str(p).split()[0] for p in load_yaml("event_triggers.yaml")["generic_actors"])


def _after_base_noun(doc: Doc, m: PhraseMatch) -> int:
    """Index of the first token after the last base noun within reach before the town (the town's own when none)."""
    for k in range(m.first_token - 1, max(-1, m.first_token - _OWNER_REACH - 1), -1):
        if any(stem in presence_words("base_nouns") for _, stem in clitic_variants(doc.tokens[k].text)):
            return k + 1
    return m.first_token


def _owned_by_other(doc: Doc, m: PhraseMatch) -> bool:
    """An actor not of the US side, or a generic armed group, is named between the base noun and the town."""
    lo = _after_base_noun(doc, m)
    if any(lo <= a.first_token < m.first_token and a.value.get("side") != "us_coalition" for a in doc.actors):
        return True
    words = doc.tokens[lo : m.first_token]
    return any(stem in _generic_heads() for t in words for _, stem in clitic_variants(t.text))


def _names_town(m: PhraseMatch) -> bool:
    """The place is named with its town noun (``مدينة الشدادي``, ``بلدة رميلان``)."""
    words = normalize_str(m.phrase).split()
    return bool(words) and words[0] in presence_words("town_nouns")


def site_of(doc: Doc, m: PhraseMatch, strike: bool = False) -> dict[str, Any]:
    """The gazetteer row an event at place match ``m`` is placed at: its base when a base noun names it.

    Args:
        doc: The article.
        m: A place match of the event's sentence.
        strike: The event is a US strike (its target is never a US base).

    Returns:
        The base row, or the place's own row.
    """
    if strike or m.value["type"] == "country" or _names_town(m) or _owned_by_other(doc, m):
        return m.value
    base = base_of(doc, m)
    return base if base is not None and base is related_base(m) else m.value
