"""Attacks told by a verbal noun whose object is a convoy: ``عمليات استهداف أرتال التحالف``.

A sentence with no trigger may still tell attacks on the supply convoys of the coalition
or the US: a verbal noun of attack (``transitive_nouns``: ``استهداف``, ``قصف``) takes a
convoy noun as its direct object (``convoy_targets``: ``رتل``, ``أرتال``, ``قافلة``), and the
convoy's owner follows within a few words, named or after a word of belonging
(``أرتال التحالف``, ``رتل تابع للتحالف الدولي``, ``قافلة أمريكية``). The act is an attack
on that convoy; on convoys in the plural (``أرتال``, ``قوافل``) it is a campaign of recurring
acts, kept apart from the single incident told beside it (``past``, :mod:`rasd.past_acts`).
A convoy of no named owner (``استهداف رتل للجيش العراقي``) gives no row. A noun of explosion
with its weapon and ``على`` before the convoy tells the same act (``بانفجار عبوة ناسفة على رتل دعم
لوجستي للتحالف``, ``انفجار عبوة برتل للتحالف``; ``explosion_nouns`` of ``data/event_triggers.yaml``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.event_rows import event_row
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["convoy_target_rows"]

_OWNER_REACH = 6  # tokens between the convoy noun and its owner ("رتل شاحنات تحمل دعما لوجستيا للتحالف")


def _owned(tokens: list[Token], convoy: int, limit: int) -> bool:
    """The coalition or the US owns the convoy at ``convoy``, named within reach after it."""
    for k in range(convoy + 1, min(limit, convoy + 1 + _OWNER_REACH)):
        if list_matcher("coalition_owners").match_at(tokens, k) is not None or us_matcher().match_at(tokens, k) is not None:
            return True
        if not is_word(tokens[k].text, "convoy_owner_links"):
            return False
    return False


def _charge_end(tokens: list[Token], j: int) -> int | None:
    """Index after the charge that an explosion noun takes at ``j``: a weapon or a bare charge noun, or None.

    ``انفجار عبوة ناسفة``, ``انفجار عبوة``, ``انفجار عبوتين أخريين``: a bare charge noun after a noun of
    explosion is an explosive charge, with the words that tell it is another one.
    """
    weapon = weapon_matcher().match_at(tokens, j) if j < len(tokens) else None
    if weapon is not None:
        return weapon.last_token + 1
    if j >= len(tokens) or not is_word(tokens[j].text, "bare_charges"):
        return None
    j += 1
    while j < len(tokens) and is_word(tokens[j].text, "charge_others"):
        j += 1
    return j


def _convoy_after(tokens: list[Token], k: int, dated: frozenset[int] = frozenset()) -> int | None:
    """Index of the convoy noun that the verbal noun at ``k`` takes as its object, or None.

    ``استهداف رتل``: right after it; ``انفجار عبوة ناسفة على رتل``: after the weapon and ``على``,
    past the day told between them (``بانفجار عبوة ناسفة يوم الثلاثاء على رتل``; ``dated`` holds the
    indices of the sentence's date words).
    """
    j = k + 1
    if not is_word(tokens[k].text, "transitive_nouns"):
        end = _charge_end(tokens, j) if is_word(tokens[k].text, "explosion_nouns") else None
        j = end if end is not None else len(tokens)
        while j < len(tokens) and j in dated:
            j += 1
        if j < len(tokens) and is_word(tokens[j].text, "explosion_markers"):
            j += 1  # "انفجار عبوة ناسفة على رتل"
        elif j < len(tokens) and not tokens[j].text.startswith("ب"):
            return None  # "انفجار عبوة ناسفة برتل": the marker glued to the convoy
    return j if j < len(tokens) and is_word(tokens[j].text, "convoy_targets") else None


def convoy_target_rows(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[dict[str, Any]]:
    """One attack row for the first verbal noun of attack whose object is an owned convoy (before ``limit``)."""
    dated = frozenset(k for d in doc.within(doc.dates, sent) for k, t in enumerate(tokens) if d.nstart <= t.start < d.nend)
    for k in range(min(limit, len(tokens)) - 1):
        j = _convoy_after(tokens, k, dated)
        if j is not None and j < limit and _owned(tokens, j, limit):
            noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
            rows = event_row(doc, sent, tokens, noun, "attack", (0, limit))
            plural = is_word(tokens[j].text, "convoy_plurals")
            return [{**r, "past": True} for r in rows] if plural else rows  # a campaign: a row of its own
    return []
