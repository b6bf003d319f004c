"""Bases a sentence calls one of a force's bases, for :mod:`rasd.base_ties`.

A base that opens its sentence as its topic, with a predicate that counts it among a force's bases:
``وتعد قاعدة الشدادي من كبرى القواعد الأمريكية شرقي سوريا``, ``وتعتبر قاعدة عين الأسد ثانية أكبر
قاعدة للقوات الجوية الأمريكية``, or a description coordinated after it (``وتقع قاعدة حرير شرق
أربيل، وتعتبر قاعدة جوية للعمليات الخاصة الأمريكية``). The predicate opens with a word of
data/presence_context.yaml ``predicate_heads`` (``من``, ``أكبر``, ``إحدى``) or with the base noun itself.

A base a force owns, named by a base noun with a possessive pronoun before the place it is at:
``أرسلت القوات الأمريكية تعزيزات إلى قاعدتها في مدينة الشدادي``, ``بدأت واشنطن توسيع قاعدتها
العسكرية في بلدة الشدادي``. The pronoun points to the force named last before it.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["own_base_force", "predicate_force"]

_PREDICATE_REACH = 4  # words between a topic base and the base noun of its predicate
_COORDINATED_REACH = 15  # tokens between a topic base and a describing verb coordinated after it
_NOUN_FORCE_REACH = 3  # tokens between the predicate's base noun and its force ("قاعدة للقوات الجوية الأمريكية")
_OWNER_REACH = 12  # tokens before a possessed base noun where the force it points to is named
_POSSESSIVES = ("ها", "هم", "ه")  # pronouns attached to a base noun ("قاعدتها", "قواعدهم", "مقره")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _base_noun(word: str) -> bool:
    nouns = presence_words("base_nouns") | presence_words("plural_base_nouns")
    return bool(_stems(word) & nouns)


def _first_force(tokens: list[Token], lo: int, hi: int) -> PhraseMatch | None:
    window = tokens[lo:hi]
    found = [*adjective_matcher().find(window), *force_matcher().find(window)]
    return min(found, key=lambda f: f.first_token) if found else None


def _predicate_at(tokens: list[Token], k: int, hi: int) -> str | None:
    """The force of a predicate that starts at token ``k``: ``من كبرى القواعد الأمريكية``."""
    heads = presence_words("predicate_heads")
    j = k
    while j < hi and j - k < _PREDICATE_REACH and not _base_noun(tokens[j].text):
        if not _stems(tokens[j].text) & heads:
            return None
        j += 1
    if j >= hi or not _base_noun(tokens[j].text):
        return None
    named = _first_force(tokens, j + 1, min(j + 1 + _NOUN_FORCE_REACH + 1, hi))
    return str(named.value) if named is not None and named.first_token <= _NOUN_FORCE_REACH else None


def predicate_force(tokens: list[Token], k_last: int, hi: int) -> str | None:
    """The force of a predicate that counts a topic base among the force's bases, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token (the caller checked that it opens the sentence).
        hi: Index where the base's part of the sentence ends (the next base, or the end).

    Returns:
        The force of a predicate right after the base and its qualifiers (``قاعدة الشدادي من
        كبرى القواعد الأمريكية``), or right after a describing verb coordinated later (``،
        وتعتبر قاعدة جوية للعمليات الخاصة الأمريكية``).
    """
    k = k_last + 1
    while k < hi and tokens[k].text in presence_words("base_qualifiers"):
        k += 1
    force = _predicate_at(tokens, k, hi)
    if force is not None:
        return force
    verbs = presence_words("describing_verbs")
    for v in range(k, min(k_last + 1 + _COORDINATED_REACH, hi)):
        word = tokens[v].text
        if word.startswith("و") and word[1:] in verbs:
            return _predicate_at(tokens, v + 1, hi)
    return None


def _possessed_noun(word: str) -> bool:
    """A base noun with a possessive pronoun (``قاعدتها``, ``قواعدهم``)."""
    for stem in _stems(word):
        for pronoun in _POSSESSIVES:
            if stem.endswith(pronoun) and len(stem) > len(pronoun) + 2:
                bare = stem.removesuffix(pronoun)
                if _base_noun(bare) or (bare.endswith("ت") and _base_noun(bare[:-1] + "ه")):
                    return True
    return False


def own_base_force(tokens: list[Token], j: int) -> str | None:
    """The force a possessed base noun right before the locator at ``j`` points to, or None.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first locator word (``في``) before the place.

    Returns:
        The force named last before ``قاعدتها`` (with a qualifier, ``قاعدتها العسكرية``), with no
        armed group (data/presence_context.yaml ``other_groups``) named between them.
    """
    b = j - 1 - (j > 1 and tokens[j - 1].text in presence_words("base_qualifiers"))
    if b < 1 or not _possessed_noun(tokens[b].text):
        return None
    lo = max(0, b - _OWNER_REACH)
    found = [*adjective_matcher().find(tokens[lo:b]), *force_matcher().find(tokens[lo:b])]
    if not found:
        return None
    last = max(found, key=lambda f: f.last_token)
    between = tokens[lo + last.last_token + 1 : b]
    if any(_stems(t.text) & presence_words("other_groups") for t in between):
        return None
    return str(last.value)
