"""Another act told beside the first one of a sentence (``مع هجوم آخر``, ``إلى جانب هجوم مماثل``).

``قصفت الفصائل قاعدة الشدادي بالصواريخ، إلى جانب هجوم آخر استهدف قاعدة حرير``,
``وترافق ذلك مع هجوم آخر استهدف بطائرتين موقعا قرب مخيم الركبان``: a
word of accompaniment, then a single attack noun a word of otherness marks (``آخر``,
``ثان``, ``مماثل``), tells a second incident, an event of its own at its own place.
"""

from __future__ import annotations

from functools import cache

from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token, clitic_variants

__all__ = ["accompanying_act"]


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def accompanying_act(tokens: list[Token], after: int, resp: int) -> tuple[int, PhraseMatch] | None:
    """Where the clause of another act opens after token ``after``, and its attack noun as a trigger.

    Args:
        tokens: The sentence tokens.
        after: Last token of the first act's trigger.
        resp: Token index where a response clause starts (``len(tokens)`` if none).
    """
    for k in range(after + 1, resp - 2):
        if not _is(tokens[k].text, "accompany_words"):
            continue
        m = attack_noun_matcher().match_at(tokens, k + 1)
        if m is None or m.phrase.endswith(("ات", "ين", "ان")) or m.last_token + 1 >= resp:
            continue
        j = m.last_token + 1
        if _is(tokens[j].text, "other_act_words"):
            # The trigger is the word of otherness: the noun before it is indefinite, so the act is a new one,
            # not the definite act of the first clause ("وترافق الهجوم مع هجوم ثان").
            return k, PhraseMatch(tokens[j].start, tokens[j].end, j, j, m.phrase, "attack", "")
    return None
