"""A base a force is said to keep, for :mod:`rasd.bases`.

A verb or participle of keeping (data/presence_context.yaml ``keep_words``: ``تحتفظ``, ``محتفظة``)
whose object is a base noun with ``ب`` says the force holds that base: ``لا تزال القوات الأمريكية
تحتفظ بقاعدة قسرك``, ``وتحتفظ واشنطن بقاعدة التنف``, ``القوات الأمريكية محتفظة بقاعدة قسرك``. The
force stands between the verb and the base noun, or right before the verb. Only a base noun with
``ب`` opens the object: ``تحتفظ واشنطن بحق الرد`` or ``بنحو 2500 جندي`` name no base. A base whose
noun is joined by ``و`` to such an object shortly before is kept too: ``ما يزال جنود أمريكيون
يحتفظون بقواعد في محافظة الحسكة، وقاعدة التنف``.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["kept_base_force"]

_VERB_REACH = 6  # tokens between a keeping word and the base noun with ب (the force is named there)
_FORCE_GAP = 2  # tokens between a force named before the keeping word and it ("القوات الأمريكية لا تزال محتفظة")
_JOINED_REACH = 8  # tokens between the object's base noun with ب and a base noun joined to it by و


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _object_noun(tokens: list[Token], k_first: int) -> int | None:
    """Index of the base noun with ``ب`` that opens the base (``بقاعدة قسرك``), or None."""
    for k in (k_first, k_first - 1):
        if k < 0 or not tokens[k].text.startswith("ب"):
            continue
        if tokens[k].text[1:] in presence_words("base_nouns"):
            return k
    return None


def _joined_object(tokens: list[Token], k_first: int) -> int | None:
    """Index of the object base noun with ``ب`` that a base noun with ``و`` continues, or None.

    ``يحتفظون بقواعد في محافظتي دير الزور والحسكة، وقاعدة التنف``: the base noun ``وقاعدة`` opens
    the base (or stands right before it) and the object ``بقواعد`` comes within :data:`_JOINED_REACH`.
    """
    nouns = presence_words("base_nouns")
    for k in (k_first, k_first - 1):
        if k < 0 or not tokens[k].text.startswith("و") or tokens[k].text[1:] not in nouns:
            continue
        for j in range(k - 1, max(-1, k - 1 - _JOINED_REACH), -1):
            if tokens[j].text.startswith("ب") and tokens[j].text[1:] in nouns:
                return j
        return None
    return None


def _forces(tokens: list[Token]) -> list[PhraseMatch]:
    return [*force_matcher().find(tokens), *adjective_matcher().find(tokens)]


def kept_base_force(tokens: list[Token], k_first: int) -> str | None:
    """The force said to keep the base whose first token is at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force named after a keeping word and before the base noun (``تحتفظ القوات الأمريكية
        بقاعدة``), or right before the keeping word (``القوات الأمريكية محتفظة بقاعدة``).
    """
    noun = _object_noun(tokens, k_first)
    if noun is None:
        noun = _joined_object(tokens, k_first)
    if noun is None:
        return None
    for v in range(noun - 1, max(-1, noun - 1 - _VERB_REACH), -1):
        if not _stems(tokens[v].text) & presence_words("keep_words"):
            continue
        between = _forces(tokens[v + 1 : noun])
        if between:
            return str(between[0].value)
        before = [f for f in _forces(tokens[:v]) if v - f.last_token - 1 <= _FORCE_GAP]
        return str(before[-1].value) if before else None
    return None
