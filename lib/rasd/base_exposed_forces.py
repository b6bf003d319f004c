"""A force said to come under attack at a base is there, for :mod:`rasd.base_activity`.

``وقال البنتاغون إن القوات الأمريكية تعرضت لهجومين في قاعدة حرير``, ``وتعرضت القوات الأمريكية لهجوم صاروخي
في حقل كونيكو``: an exposure word (data/presence_context.yaml ``exposure_words``), an attack noun
(``casualty_attack_nouns``) with at most a weapon or an adjective after it, then ``في`` and the base. The
force is the subject, named in the few words before the exposure word or between it and the attack noun.
An armed group (``other_groups``) is no force that is attacked at its own base.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["exposed_force"]

_ATTACK_REACH = 4  # tokens between the attack noun and «في» before the base ("لهجوم بطائرة مسيرة في")
_EXPOSURE_REACH = 6  # tokens between the exposure word and the attack noun (its subject after it)
_SUBJECT_REACH = 6  # tokens before the exposure word where its subject is named
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها"})  # a reported clause opens after them


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _attack_noun(tokens: list[Token], k_in: int) -> int | None:
    """Index of the attack noun shortly before the «في» at ``k_in``, or None."""
    for j in range(k_in - 1, max(-1, k_in - 1 - _ATTACK_REACH), -1):
        if _stems(tokens[j].text) & presence_words("casualty_attack_nouns"):
            return j
    return None


def _subject_force(tokens: list[Token], lo: int, hi: int) -> str | None:
    """The force named in ``[lo, hi)`` after the last complementizer there (``… إن القوات الأمريكية``), or None.

    A coordinated subject that names the US with another force (``القوات الأمريكية وقوات التحالف``) is the US's.
    """
    lo = max(0, lo)
    lo = max([lo, *(k + 1 for k in range(lo, hi) if tokens[k].text in _COMPLEMENTIZERS)])
    window = tokens[lo:hi]
    found = [*adjective_matcher().find(window), *force_matcher().find(window)]
    if not found or any(_stems(t.text) & presence_words("other_groups") for t in window):
        return None
    values = [str(f.value) for f in sorted(found, key=lambda f: f.first_token)]
    return "US" if "US" in values else values[-1]


def exposed_force(tokens: list[Token], k_first: int) -> str | None:
    """The force a sentence says came under attack at the base starting at token ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force named as the subject of an exposure word whose attack noun is placed «في» the base.
    """
    if k_first < 3 or tokens[k_first - 1].text != "في":
        return None
    attack = _attack_noun(tokens, k_first - 1)
    if attack is None:
        return None
    for e in range(attack - 1, max(-1, attack - 1 - _EXPOSURE_REACH), -1):
        if _stems(tokens[e].text) & presence_words("exposure_words"):
            return _subject_force(tokens, e + 1, attack) or _subject_force(tokens, e - _SUBJECT_REACH, e)
    return None
