"""A pronoun that stands for one of the bases counted just before, for :func:`rasd.scope.base_of`.

The press counts the bases first and then says where each is: ``بدأ الجيش الأمريكي ببناء قاعدتين
جديدتين له بدير الزور، إحداها في بلدة الصور …، والثانية في …``, ``أقامت القوات قاعدتين، الأولى في
بلدة الجزرات والأخرى قرب الرقة``. The pronoun or ordinal (data/presence_context.yaml
``part_pronouns``) is then the base noun of the town after it: ``إحداها في بلدة الصور`` names the
base of al-Sur, as ``قاعدة في بلدة الصور`` would, when a dual or plural base noun stands shortly
before it in the sentence. The next pronoun joined with و (``والأخرى في بلدة الشدادي``) adds the next
base to that list: it shares the force of the first (:func:`is_part_conjunct`). A base drawn with
``ومنها`` from bases a force founds is that force's, whatever stands between (:func:`founded_part_force`).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["founded_part_force", "is_part_conjunct", "part_pronoun_at"]

_COUNTED_REACH = 12  # tokens between the counted base noun and the pronoun that takes one of its bases
_PART_REACH = 7  # tokens between a plural base noun and the part opener ("قواعد بمناطق تحت سيطرتها، ومنها")
_FOUNDER_REACH = 12  # tokens before the founding word where its force is named ("وقعت واشنطن اتفاقية مع … لبناء")
_CONJUNCT_REACH = 6  # tokens between the base before and the "و<pronoun>" of the next one (its locators)


def _is_counted_noun(word: str) -> bool:
    counted = presence_words("dual_base_nouns") | presence_words("plural_base_nouns")
    return any(stem in counted for _, stem in clitic_variants(word))


def part_pronoun_at(tokens: Sequence[Token], lo: int, hi: int) -> int | None:
    """Index of a pronoun in ``tokens[lo:hi]`` that stands for one of the bases counted before it, or None.

    Args:
        tokens: Tokens of the article.
        lo: First index where the base noun of a town may stand.
        hi: Index of the town's first token.

    Returns:
        The index of the last such pronoun, when a dual or plural base noun is within reach before it.
    """
    for k in range(hi - 1, lo - 1, -1):
        if tokens[k].text.removeprefix("و") not in presence_words("part_pronouns"):
            continue
        if any(_is_counted_noun(t.text) for t in tokens[max(0, k - _COUNTED_REACH) : k]):
            return k
        return None
    return None


def is_part_conjunct(tokens: Sequence[Token], prev_last: int, k_first: int) -> bool:
    """The place names the next of the counted bases: ``…، إحداهما في بلدة الصور والأخرى في بلدة الشدادي``.

    Args:
        tokens: Tokens of the sentence.
        prev_last: Index of the last token of the base before it in the list.
        k_first: Index of the place's first token.

    Returns:
        True when ``و<part pronoun>`` and only locating words stand between that base and the place.
    """
    locators = presence_words("locator_words")
    k = k_first - 1
    while k > prev_last and tokens[k].text in locators:
        k -= 1
    word = tokens[k].text if k > prev_last else ""
    if not (word.startswith("و") and word[1:] in presence_words("part_pronouns")):
        return False
    return k - prev_last <= _CONJUNCT_REACH


def founded_part_force(tokens: Sequence[Token], b: int) -> str | None:
    """The force that founds the bases a part opener draws the base noun at ``b`` from, or None.

    ``وقعت واشنطن اتفاقية مع حكومة إقليم كردستان لبناء قواعد بمناطق تحت سيطرتها، ومنها قاعدة قرب
    سنجار``: the noun after ``ومنها`` is one of the bases founded; what stands between the plural
    noun and the opener (where the bases are, whose land it is) does not part them.

    Args:
        tokens: Tokens of the sentence.
        b: Index of an indefinite singular base noun.

    Returns:
        The force named last before the founding word right before the plural base noun, when
        no armed group (data ``other_groups``) is named after it.
    """
    if b < 3 or tokens[b - 1].text not in presence_words("part_openers"):
        return None
    plural = presence_words("plural_base_nouns")
    p = next((k for k in range(b - 2, max(-1, b - 2 - _PART_REACH), -1) if any(s in plural for _, s in clitic_variants(tokens[k].text))), None)
    if p is None or p < 1 or not any(s in presence_words("founding_words") for _, s in clitic_variants(tokens[p - 1].text)):
        return None
    lo = max(0, p - 1 - _FOUNDER_REACH)
    named = sorted([*adjective_matcher().find(tokens[lo : p - 1]), *force_matcher().find(tokens[lo : p - 1])], key=lambda f: f.last_token)
    if not named or any(s in presence_words("other_groups") for t in tokens[lo + named[-1].last_token + 1 : p] for _, s in clitic_variants(t.text)):
        return None
    return str(named[-1].value)
