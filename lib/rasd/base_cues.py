"""Cues beside a named base that change what its clause says, for :mod:`rasd.bases`.

A negation right before the presence verb denies the presence (``لا تضم قوات أجنبية``); a hedge
on the base's identity leaves open which base is meant (``قد يكون حقل العمر أو حقل كونيكو``); a
force that leaves a base named before it in the sentence, through a pronoun, was there:
``تسلمت القوات العراقية قاعدة القائم بعد انسحاب قوات التحالف منها``, ``… بعد أن غادرتها
قوات التحالف``. A plan to found a base names no force there yet (``تدرس الولايات المتحدة إقامة قاعدة
عسكرية أمريكية في مدينة المالكية``, ``تسعى واشنطن لإنشاء قاعدة في …``). A place right after the
presence word is what the base belongs to, not a force it hosts (``مطار حرير التابع لمحافظة أربيل``).
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["is_hedged", "is_negated", "is_place_object", "is_planned", "left_force"]

_HEDGE_REACH = 2  # tokens between a hedge on a base's identity ("قد يكون") and the base
_ALTERNATIVE_REACH = 6  # tokens between that hedge and a base added with "او" ("… او حقل كونيكو")
_NEGATION_REACH = 2  # tokens between a negation and the presence verb it denies
_LEFT_REACH = 10  # tokens between a base and the withdrawal word that leaves it through a pronoun
_LEFT_FORCE_REACH = 5  # tokens between that withdrawal word and the pronoun ("انسحاب قوات التحالف منها")
_FOUNDING_REACH = 6  # tokens between a founding word ("اقامه", "انشاء") and the place of the base
_PLAN_REACH = 3  # tokens between a plan word ("تدرس", "تسعي") and the founding word
_LEAVE_PRONOUNS = ("ها", "ه")  # a pronoun attached to a withdrawal verb ("غادرتها", "اخلاها")


def is_place_object(doc: Doc, off: int, verb: PhraseMatch) -> bool:
    """A place named right after the presence word (``التابع لمحافظة أربيل``): where the base belongs.

    Args:
        doc: The article.
        off: Index in ``doc.tokens`` of the sentence's first token.
        verb: The presence word, its tokens counted from the sentence's first.
    """
    return any(m.first_token == off + verb.last_token + 1 for m in doc.places)


def is_negated(tokens: list[Token], k: int) -> bool:
    """A negation right before token ``k`` (``لا تضم``): the presence is denied; not ``لم تعد تضم`` (no longer)."""
    if k > 0 and tokens[k - 1].text in presence_words("no_longer"):
        return False
    return any(t.text in presence_words("presence_negations") for t in tokens[max(0, k - _NEGATION_REACH) : k])


def _leaves(word: str) -> str | None:
    """The withdrawal word a token is, with a pronoun attached or not (``غادرتها`` -> ``غادرت``)."""
    words = presence_words("withdrawal_words")
    for _, stem in clitic_variants(word):
        if stem in words:
            return ""
        for pronoun in _LEAVE_PRONOUNS:
            if stem.endswith(pronoun) and stem.removesuffix(pronoun) in words:
                return pronoun
    return None


def left_force(tokens: list[Token], k_last: int, next_base: int | None) -> str | None:
    """The force a sentence says left the base before it, through a pronoun, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token.
        next_base: Index of the next base of the sentence, if any; the words must come before it.

    Returns:
        The force of a data/presence_context.yaml ``withdrawal_words`` word after the base, when a
        pronoun points back to it: ``منها``/``منه`` after the force (``انسحاب قوات التحالف منها``),
        or attached to the verb with the force after it (``غادرتها قوات التحالف``).
    """
    hi = min(k_last + 1 + _LEFT_REACH, next_base if next_base is not None else len(tokens), len(tokens))
    for k in range(k_last + 1, hi):
        attached = _leaves(tokens[k].text)
        if attached is None:
            continue
        named = next(iter(force_matcher().find(tokens[k + 1 : k + 1 + _LEFT_FORCE_REACH])), None)
        if named is None:
            return None
        after = k + 1 + named.last_token + 1
        if attached or (after < len(tokens) and tokens[after].text in presence_words("leave_pronouns")):
            return str(named.value)
        return None
    return None


def is_hedged(tokens: list[Token], k_first: int) -> bool:
    """Whether a hedge right before the base leaves open which base is meant (``قد يكون حقل العمر``).

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        True when a data/presence_context.yaml ``identity_hedges`` phrase ends at most
        ``_HEDGE_REACH`` tokens before the base, or ``_ALTERNATIVE_REACH`` with ``او`` between.
    """
    words = [t.text for t in tokens[max(0, k_first - _HEDGE_REACH - _ALTERNATIVE_REACH) : k_first]]
    for hedge in presence_words("identity_hedges"):
        parts = hedge.split()
        for i in range(len(words) - len(parts) + 1):
            rest = words[i + len(parts) :]
            if words[i : i + len(parts)] == parts and (len(rest) <= 2 or ("او" in rest and len(rest) <= _ALTERNATIVE_REACH)):
                return True
    return False


def is_planned(tokens: list[Token], k_first: int) -> bool:
    """Whether the base at ``k_first`` is one a force plans to found (``تدرس إقامة قاعدة … في المالكية``).

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        True when a data/presence_context.yaml ``founding_words`` word stands at most
        ``_FOUNDING_REACH`` tokens before the base with a ``base_plan_cues`` word right before it.
    """
    def stems(token: Token) -> set[str]:
        return {stem for _, stem in clitic_variants(token.text)}

    for f in range(max(0, k_first - _FOUNDING_REACH), k_first):
        if stems(tokens[f]) & presence_words("founding_words"):
            if any(stems(t) & presence_words("base_plan_cues") for t in tokens[max(0, f - _PLAN_REACH) : f]):
                return True
    return False
