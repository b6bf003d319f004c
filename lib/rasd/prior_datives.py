"""A statement made before, with its speaker as a dative: ``وسبق للوزارة أن أعلنت``.

``سبق لـ X أن فعل`` ("X had already done") puts the doer of the act after أن in a dative
before it: ``وسبق للقيادة المركزية أن أكدت …`` is a statement of the Central Command, and
``وسبق لها أن نفت`` of the body the pronoun stands for.
"""

from __future__ import annotations

from rasd.coref import Discourse
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Speaker

__all__ = ["prior_dative", "prior_dative_speakers"]

_PRIOR_LEADS = frozenset({"سبق", "وسبق"})
_DATIVE_PRONOUNS = {"له": "m", "لها": "f", "لهم": "p", "لهما": "p"}
_MAX_DATIVE = 8  # words of the dative phrase


def prior_dative(cx: Cx, c: int) -> int | None:
    """The dative's first token when ``سبق لـX أن`` stands right before token ``c``, else None."""
    if c - 3 < cx.lo or cx.word(c - 1) != "ان" or cx.punct_before(c) or cx.punct_before(c - 1):
        return None
    for d in range(c - 2, max(cx.lo, c - 2 - _MAX_DATIVE), -1):
        if d - 1 < cx.lo or cx.punct_before(d + 1) and d + 1 < c - 1:
            return None
        w = cx.word(d)
        if cx.word(d - 1) in _PRIOR_LEADS and w[:1] == "ل" and not w.startswith("ال"):
            return d if not cx.punct_before(d) else None
    return None


def prior_dative_speakers(cx: Cx, k: int, disc: Discourse, at: int) -> list[Speaker] | None:
    """The speaker of the verb group starting at ``k`` after ``سبق لـX أن``, or None.

    Args:
        cx: The sentence.
        k: First token of the verb group.
        disc: The discourse, for a pronoun dative (``وسبق لها أن``).
        at: Character offset of the verb (the pronoun's antecedent precedes it).

    Returns:
        The dative's speakers (a pronoun resolved to the last speaker of its gender).
    """
    d = prior_dative(cx, k)
    if d is None:
        return None
    if d == k - 2 and cx.word(d) in _DATIVE_PRONOUNS:
        return disc.last_group(_DATIVE_PRONOUNS[cx.word(d)], at) or None
    ph = parse_speaker(cx, d, prefixes=("ل",), names=True)
    return ph.speakers if ph is not None and ph.hi == k - 1 else None
