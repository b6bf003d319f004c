"""Bases a force defends against a drone or a rocket, for :mod:`rasd.bases`.

``أسقطت القوات الأمريكية طائرة مسيرة قرب قاعدة التنف``, ``تصدت الدفاعات الأمريكية لصواريخ أطلقت
على قاعدة الشدادي``, ``قال المتحدث باسم البنتاغون: قواتنا دمرت مسيرتين قرب قاعدة عين الأسد``: a US
force that brings down or repels what was fired at a named base is at that base. The verb
(data/presence_context.yaml ``defence_verbs``) stands a few tokens before the base, what it brings
down (``defended_objects``) between them, and the force is named just before the verb or right after
it; a spokesman's «قواتنا» (``first_person_forces``) takes the force named before it in the
sentence. Only a US force ties: the coalition's own defence is not a US tie, and a force that is no
force of data/forces.yaml (``الجيش العراقي``) names none.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["defended_force"]

_VERB_REACH = 8  # tokens between the defence verb and the base
_SUBJECT_REACH = 4  # tokens before the verb where its force is named ("القوات الأمريكية أسقطت")
_AFTER_REACH = 3  # tokens after the verb where its force is named ("أسقطت القوات الأمريكية")
_SPEAKER_REACH = 15  # tokens before «قواتنا» where the spokesman's force is named
_US = "US"


def _is_in(word: str, key: str) -> bool:
    return any(stem in presence_words(key) for _, stem in clitic_variants(word))


def _forces(window: list[Token]) -> list[PhraseMatch]:
    return sorted([*force_matcher().find(window), *adjective_matcher().find(window)], key=lambda f: f.last_token)


def _subject(tokens: list[Token], v: int, obj: int) -> str | None:
    """The force of the defence verb at ``v``: named after it before its object, else just before it."""
    after = _forces(tokens[v + 1 : min(obj, v + 1 + _AFTER_REACH)])
    if after:
        return str(after[0].value)
    lo = max(0, v - _SUBJECT_REACH)
    if any(_is_in(t.text, "first_person_forces") for t in tokens[lo:v]):
        speaker = _forces(tokens[max(0, v - _SPEAKER_REACH) : v])
        return str(speaker[-1].value) if speaker else None
    before = [f for f in _forces(tokens[lo:v]) if lo + f.last_token >= v - 2]
    return str(before[-1].value) if before else None


def defended_force(tokens: list[Token], k_first: int) -> str | None:
    """The US force that brings down or repels what was fired at the base at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        ``"US"`` when a defence verb within ``_VERB_REACH`` tokens before the base has a defended
        object between it and the base and a US force for its subject; otherwise None.
    """
    for v in range(k_first - 1, max(-1, k_first - 1 - _VERB_REACH), -1):
        if not _is_in(tokens[v].text, "defence_verbs"):
            continue
        obj = next((j for j in range(v + 1, k_first) if _is_in(tokens[j].text, "defended_objects")), None)
        if obj is None:
            return None
        return _US if _subject(tokens, v, obj) == _US else None
    return None
