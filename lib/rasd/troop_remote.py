"""Troop figures that are not the theatre's: forces far from it, and the men of armed groups.

A figure whose clause names no country of the gazetteer but a country far from the Middle
East (``عدد قواتها في أفغانستان وصل إلى 15 ألفا``, ``ينتشر 35 ألف جندي في ألمانيا``) counts a
force elsewhere: it takes no country from the figures or sentences around it, and gives no
row. A figure counted by a head whose pronoun points back to an armed group (``ميليشيات موالية
لإيران، يقدر عددهم بنحو 60 ألف مقاتل``) counts the group's men, not a deployed force.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import has_presence_word, presence_words
from rasd.text import Token
from rasd.troop_places import place_country

__all__ = ["counts_group_men", "is_far_figure"]

_GROUP_REACH = 6  # tokens between an armed group's noun and the head whose pronoun counts its men
_HEAD_REACH = 6  # tokens between that head and the figure


def _far_starts(doc: Doc, lo: int, hi: int) -> list[int]:
    """Starts of the countries far from the theatre that ``[lo, hi)`` names as places.

    The country is read as a place: after ``في``/``داخل`` or with ``ب`` (``بأفغانستان``), not
    as a state that sends troops (``أرسلت ألمانيا 100 جندي``).
    """
    span = doc.tokens_between(lo, hi)
    starts = []
    for k, tok in enumerate(span):
        if not has_presence_word([tok], "far_countries"):
            continue
        if tok.text.lstrip("وف").startswith("ب") or (k and span[k - 1].text in presence_words("locative_leads")):
            starts.append(tok.start)
    return starts


def is_far_figure(doc: Doc, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the troop figure at ``[start, end)`` of the clause ``[lo, hi)`` is placed far from the theatre.

    It is when a far country is named after it and no country of the gazetteer is, or when no
    country is named after it and the last place named before it is a far country (``في العراق، بينما خفضت قواتها في أفغانستان إلى
    8 آلاف``).
    """
    far = _far_starts(doc, lo, hi)
    if not far:
        return False
    known = [m.start for m in doc.places if lo <= m.start < hi and place_country(m)]
    if any(k >= end for k in known):
        return False  # "بعد انسحابها من أفغانستان نشرت 2500 جندي في العراق"
    if any(f >= end for f in far):
        return True
    before = [f for f in far if f < start]
    return bool(before) and max(before) > max((k for k in known if k < start), default=-1)


def counts_group_men(tokens: list[Token], first: int) -> bool:
    """Whether the figure at token ``first`` is counted by ``عددهم`` of an armed group named before it."""
    for k in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        if has_presence_word(tokens[k : k + 1], "count_heads_pronoun"):
            return has_presence_word(tokens[max(0, k - _GROUP_REACH) : k], "armed_groups")
    return False
