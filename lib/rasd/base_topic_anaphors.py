"""A definite base noun that opens its sentence as the topic of a later presence verb, for :mod:`rasd.base_carry`.

A sentence that names no base may open with a topic word and ``القاعدة`` (data/presence_context.yaml
``topic_openers`` and ``base_anaphors``) and coordinate a presence verb with ``و`` after what it says
of the base: ``… قاعدة بلد الجوية. تقع القاعدة على بعد 80 كيلومترا من بغداد، وتستضيف عسكريين
أمريكيين``. The verb's subject is still the base, so the base named before hosts the force named
after the verb, as :func:`rasd.base_ties.topic_force` reads it when the base itself is named there.
A verb whose subject is another host (``وتضم المدينة``, ``وتستضيف أربيل``) is not about it.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import find_places, presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["opening_base_noun", "topic_anaphor_verb"]

_OPENING = 2  # tokens before the base noun that opens the sentence (a topic word, or none)
_VERB_REACH = 18  # tokens between the base noun and the presence verb coordinated after it
_SUBJECT_REACH = 3  # tokens between that verb and its force ("وتستضيف القاعدة عسكريين أمريكيين")


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def opening_base_noun(tokens: list[Token]) -> int | None:
    """Index of a definite base noun that opens the sentence after topic words only, or None."""
    for k in range(min(_OPENING + 1, len(tokens))):
        if tokens[k].text in presence_words("base_anaphors"):
            return k
        if not _stems(tokens[k].text) & presence_words("topic_openers"):
            return None
    return None


def _other_host(tokens: list[Token], verb: PhraseMatch) -> bool:
    """Words between the verb and its force name another host (``وتضم المدينة``, ``وتستضيف أربيل``).

    With no force within ``_SUBJECT_REACH`` tokens after the verb, nothing is hosted.
    """
    after = tokens[verb.last_token + 1 : verb.last_token + 1 + _SUBJECT_REACH + 1]
    named = [*adjective_matcher().find(after), *force_matcher().find(after)]
    if not named:
        return True
    subject = after[: min(f.first_token for f in named)]
    lead = subject[0].text if subject else ""
    definite = lead.startswith("ال") and lead not in presence_words("base_anaphors")
    return bool(find_places(subject)) or definite


def topic_anaphor_verb(tokens: list[Token]) -> PhraseMatch | None:
    """The presence verb whose subject is ``القاعدة`` that opens the sentence as its topic, or None.

    Args:
        tokens: Tokens of a sentence that names no base.

    Returns:
        A ``و``-prefixed presence verb that takes its host before it (``place: before`` in
        data/presence_verbs.yaml) and starts a clause of its own, within ``_VERB_REACH`` tokens of
        an opening ``القاعدة`` (``تقع القاعدة …، وتستضيف …``, ``وتعد القاعدة …، وتضم …``).
    """
    noun = opening_base_noun(tokens)
    if noun is None:
        return None
    for v in presence_verb_matcher().find(tokens):
        if not (noun < v.first_token <= noun + _VERB_REACH) or v.value.get("place") != "before":
            continue
        if tokens[v.first_token].text.startswith("و") and not tokens[v.first_token].joined and not _other_host(tokens, v):
            return v
    return None
