"""Explosions at a faction's depot and closures of the airspace: ``other`` events.

Two developments of the theatre are told with no word of attack (word lists in
``data/site_blasts.yaml``):

- an explosion at a depot or at a site a faction owns (``انفجار في مخزن عتاد تابع للحشد``,
  ``دوت انفجارات متتالية في مقر لواء تابع للحشد الشعبي``, ``انفجر مستودع عتاد``): with
  no cause of attack beside it (``جراء قصف``, ``إثر غارة``) it is an explosion of unknown
  origin, not an attack on US forces; blasts told as recurring (``بين الحين والآخر``) are
  the background;
- the killing of a faction's commander by a bomb, gunmen or an unknown hand (``اغتيل القيادي في
  كتائب حزب الله``, ``قتل قيادي في الحشد الشعبي بانفجار عبوة ناسفة``);
- a closure of the airspace or a ban on flying over it (``إغلاق الأجواء العراقية``,
  ``حظراً على الناقلات الأمريكية من التحليق فوق العراق``); a future form (``ستحظر``) is the plan.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["closes_airspace", "commander_killing", "depot_blast", "retype_depot_blasts"]

_VERB_SUBJECT_BEFORE = 2  # words between a depot noun and the verb after it ("مخزنا للاسلحه انفجر")
_ADJECTIVE_REACH = 2  # words between "المجال" and "الجوي" ("مجال البلاد الجوي")


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("site_blasts.yaml")


@cache
def _recurrence() -> PhraseMatcher:
    """The recurrence cues of ``data/past_acts.yaml`` ("بين الحين والاخر", "متكرره")."""
    return PhraseMatcher((w, True) for w in load_yaml("past_acts.yaml")["recurrence_cues"])


def _is(word: str, key: str) -> bool:
    return any(stem in _lex()[key] for _, stem in clitic_variants(word))


def _owned_by_faction(word: str) -> bool:
    """``للحشد``, ``لفصيل``: a faction word after the preposition ل."""
    return any(plen and word[plen - 1] == "ل" and stem in _lex()["faction_words"] for plen, stem in clitic_variants(word))


def _caused(tokens: list[Token]) -> bool:
    return any(_is(t.text, "strike_cues") for t in tokens)


def _recurring(tokens: list[Token]) -> bool:
    return next(iter(_recurrence().find(tokens)), None) is not None


def depot_blast(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a blast noun told at a depot or a faction's site, or a blast verb with a depot subject."""
    if _caused(tokens) or _recurring(tokens):
        return False
    if _is(tokens[k].text, "blast_verbs"):
        return _depot_subject(tokens, k)  # "وانفجر مستودع للاسلحه"
    if not _is(tokens[k].text, "blast_nouns"):
        return False
    after = tokens[k + 1 : k + 1 + int(_lex()["depot_reach"])]
    return any(_is(t.text, "depot_nouns") or _owned_by_faction(t.text) for t in after)


def _depot_subject(tokens: list[Token], k: int) -> bool:
    """The blast verb at ``k`` has a depot noun for subject (``انفجر مستودع``, ``مخزنا للاسلحه انفجر``)."""
    if k + 1 < len(tokens) and _is(tokens[k + 1].text, "depot_nouns"):
        return True
    return any(_is(t.text, "depot_nouns") for t in tokens[max(0, k - _VERB_SUBJECT_BEFORE - 1) : k])


def retype_depot_blasts(tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the attack rows of a depot's explosion ``other`` rows with no actor.

    Args:
        tokens: Tokens of the sentence.
        rows: Its event rows; a row's ``start`` is the offset of its trigger.
    """
    if _caused(tokens) or not any(r["type"] == "attack" for r in rows):
        return rows
    verbs = {t.start for k, t in enumerate(tokens) if _is(t.text, "blast_verbs") and _depot_subject(tokens, k)}
    return [{**r, "type": "other", "actor": ""} if r["type"] == "attack" and r.get("start") in verbs else r for r in rows]


def closes_airspace(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a word of closing or banning with the airspace after it (see the module docstring)."""
    if not _is(tokens[k].text, "closure_words"):
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + int(_lex()["airspace_reach"]))):
        if _is(tokens[j].text, "airspace_words"):
            return True
        near = tokens[j + 1 : j + 1 + _ADJECTIVE_REACH]
        if _is(tokens[j].text, "airspace_heads") and any(_is(t.text, "airspace_adjectives") for t in near):
            return True
    return False


def _faction_leader(tokens: list[Token], k: int) -> bool:
    """A leader noun within reach after ``k``, followed by a faction word (``القيادي في كتائب``)."""
    for j in range(k + 1, min(len(tokens), k + 1 + int(_lex()["leader_reach"]))):
        if _is(tokens[j].text, "leader_nouns"):
            near = tokens[j + 1 : j + 1 + int(_lex()["faction_reach"])]
            return any(_is(t.text, "faction_words") for t in near)
    return False


def commander_killing(tokens: list[Token], k: int) -> bool:
    """Token ``k`` tells the killing of a faction's commander (see the module docstring)."""
    if _is(tokens[k].text, "assassination_words"):
        return _faction_leader(tokens, k)
    if not _is(tokens[k].text, "killing_words") or _caused(tokens):
        return False
    return _faction_leader(tokens, k) and any(_is(t.text, "means_words") for t in tokens)
