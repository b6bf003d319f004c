"""An act told as the sequel of the first one: ``ثلاث هجمات مساء الأحد، تلاها هجوم صباح الاثنين``.

A verb of following with a pronoun of the first act (``sequel_verbs`` of
``data/event_triggers.yaml``: تلاها, تبعه, أعقبها) then an indefinite single attack noun
tells a later incident, an event of its own with its own day (:mod:`rasd.second_acts`).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["sequel_act"]


def sequel_act(tokens: list[Token], after: int, resp: int) -> tuple[int, PhraseMatch] | None:
    """Where the sequel clause opens after token ``after``, and its attack noun as a trigger.

    Args:
        tokens: The sentence tokens.
        after: Last token of the first act's trigger.
        resp: Token index where a response clause starts (``len(tokens)`` if none).
    """
    for k in range(after + 1, resp - 1):
        if not is_word(tokens[k].text, "sequel_verbs"):
            continue
        m = attack_noun_matcher().match_at(tokens, k + 1)
        if m is None or m.phrase.startswith("ال") or m.phrase.endswith(("ات", "ين", "ان")):
            return None  # "تلاها القصف", "تلتها هجمات": the act told again, or a series
        return k, PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "attack", "")
    return None
