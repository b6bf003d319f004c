"""Attacks told by a verbal noun whose object is a convoy: ``عمليات استهداف أرتال التحالف``.

A sentence with no trigger may still tell attacks on the supply convoys of the coalition
or the US: a verbal noun of attack (``transitive_nouns``: ``استهداف``, ``قصف``) takes a
convoy noun as its direct object (``convoy_targets``: ``رتل``, ``أرتال``, ``قافلة``), and the
convoy's owner follows within a few words, named or after a word of belonging
(``أرتال التحالف``, ``رتل تابع للتحالف الدولي``, ``قافلة أمريكية``). The act is an attack
on that convoy; on convoys in the plural (``أرتال``, ``قوافل``) it is a campaign of recurring
acts, kept apart from the single incident told beside it (``past``, :mod:`rasd.past_acts`).
A convoy of no named owner (``استهداف رتل للجيش العراقي``) gives no row.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["convoy_target_rows"]

_OWNER_REACH = 4  # tokens between the convoy noun and its owner ("رتل دعم لوجستي تابع للتحالف")


def _owned(tokens: list[Token], convoy: int, limit: int) -> bool:
    """The coalition or the US owns the convoy at ``convoy``, named within reach after it."""
    for k in range(convoy + 1, min(limit, convoy + 1 + _OWNER_REACH)):
        if list_matcher("coalition_owners").match_at(tokens, k) is not None or us_matcher().match_at(tokens, k) is not None:
            return True
        if not is_word(tokens[k].text, "convoy_owner_links"):
            return False
    return False


def convoy_target_rows(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[dict[str, Any]]:
    """One attack row for the first verbal noun of attack whose object is an owned convoy (before ``limit``)."""
    for k in range(min(limit, len(tokens)) - 1):
        if not is_word(tokens[k].text, "transitive_nouns") or not is_word(tokens[k + 1].text, "convoy_targets"):
            continue
        if _owned(tokens, k + 1, limit):
            noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
            rows = event_row(doc, sent, tokens, noun, "attack", (0, limit))
            plural = is_word(tokens[k + 1].text, "convoy_plurals")
            return [{**r, "past": True} for r in rows] if plural else rows  # a campaign: a row of its own
    return []
