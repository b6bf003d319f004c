"""A base added, with «إضافة إلى», to the bases a force was just said to hold.

``وتقيم الولايات المتحدة 11 قاعدة عسكرية في الحسكة والرقة ودير الزور، إضافة إلى قاعدة التنف``,
``وللقوات الأمريكية قواعد عدة في شمال شرقي سوريا، فضلا عن قاعدة التنف``: an addition opener
(data/presence_context.yaml ``addition_openers``) stands right before the base, and earlier in the
sentence a plural base noun, or a base noun after a number (``addition_nouns``), is owned by a force:
ل + the force, or the force after a verb of owning or founding (``owning_words``, ``founding_verbs``),
or a force adjective on the noun (``قواعد عسكرية أمريكية``). The base added is one more of the force's
bases. A denied owning (``لا تملك``) ties nothing.
"""

from __future__ import annotations

from functools import cache

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["added_base_force"]

_NOUN_REACH = 25  # tokens between the force's base noun and the addition opener
_OWNER_REACH = 6  # tokens between the force and the base noun it owns
_ADJ_REACH = 2  # qualifiers between the base noun and its force adjective ("قواعد عسكرية أمريكية")
_BASE_WORDS = 2  # base nouns between the opener and the base name ("إضافة إلى قاعدتي")
_NEGATION_REACH = 2  # tokens between a negation and the owning verb it denies


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in presence_words("addition_openers"))


def _opener_end(tokens: list[Token], k_first: int) -> int | None:
    """Index of the first token of the addition opener right before the base, or None."""
    j = k_first
    while j > 0 and k_first - j < _BASE_WORDS and tokens[j - 1].text in presence_words("base_nouns"):
        j -= 1
    for words in _openers():
        lo = j - len(words)
        if lo >= 0 and tuple(t.text for t in tokens[lo:j]) == words or (
            lo >= 0 and (tokens[lo].text.removeprefix("و"),) + tuple(t.text for t in tokens[lo + 1 : j]) == words
        ):
            return lo
    return None


def _is_base_noun(tokens: list[Token], p: int) -> bool:
    """A plural base noun, or a singular one after a number (``11 قاعدة``)."""
    stems = {stem for _, stem in clitic_variants(tokens[p].text)}
    if stems & presence_words("owned_list_nouns"):
        return True
    return bool(stems & presence_words("addition_nouns")) and p > 0 and any(c.isdigit() for c in tokens[p - 1].text)


def _denied(tokens: list[Token], v: int) -> bool:
    """A negation, with or without و, right before the owning verb at ``v`` (``ولا تملك``)."""
    negations = presence_words("presence_negations")
    return any(t.text.removeprefix("و") in negations for t in tokens[max(0, v - _NEGATION_REACH) : v])


def _owner(tokens: list[Token], p: int) -> str | None:
    """The force that owns the base noun at ``p``: its adjective, ل + the force, or the subject of owning."""
    for j in range(p + 1, min(p + 2 + _ADJ_REACH, len(tokens))):
        adj = adjective_matcher().match_at(tokens, j)
        if adj is not None:
            return str(adj.value)
        if tokens[j].text not in presence_words("base_qualifiers"):
            break
    verbs = presence_words("owning_words") | presence_words("founding_verbs")
    lo = max(0, p - _OWNER_REACH)
    for m in force_matcher().find(tokens[lo:p]):
        k = lo + m.first_token
        if m.prefix.endswith("ل"):
            return str(m.value)
        if k > 0 and tokens[k - 1].text.removeprefix("و") in verbs and not _denied(tokens, k - 1):
            return str(m.value)
    return None


def added_base_force(tokens: list[Token], k_first: int) -> str | None:
    """The force whose bases a base is added to with «إضافة إلى», or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The owner of the nearest plural or counted base noun before the opener, in
        ``<force> … <base noun> …، إضافة إلى <base>``.
    """
    o = _opener_end(tokens, k_first)
    if o is None:
        return None
    for p in range(o - 1, max(-1, o - 1 - _NOUN_REACH), -1):
        if _is_base_noun(tokens, p):
            return _owner(tokens, p)
    return None
