"""Unnamed bases that a clause says a force founded at a place.

``قاعدة عسكرية أقامتها القوات الأمريكية على أطراف مدينة الشدادي``: an unnamed base noun, a
founding verb carrying the base as its object pronoun (data/presence_context.yaml
``founding_object_verbs``), the force as its subject and the place as its complement. The
town is where the force's base stands, even after «على أطراف», which elsewhere only locates
something near a landmark. A few words may describe the base between its noun and the verb
(``قاعدة عسكرية تتضمن مهابط للمروحيات أقامتها …``); a relative pronoun may introduce the verb
(``القاعدة التي أنشأتها …``).

The force may stand before a founding noun that carries the base as its pronoun, the place then
following a locating verb: ``القاعدة التي باشرت القوات الأمريكية ببنائها تقع في بلدة تل براك``
(data ``founding_object_nouns``, ``locating_verbs``).
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["founded_clause_force"]

_LEAD_REACH = 3  # words between the force and the place ("على أطراف مدينة")
_FORCE_WORDS = 4  # words a force may take ("قوات التحالف الدولي")
_DESCRIPTION_REACH = 4  # words describing the base between its noun and the founding verb


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _force_ending_at(tokens: list[Token], end: int) -> tuple[int, str] | None:
    """First index and value of a force whose last token is ``end - 1``."""
    lo = max(0, end - _FORCE_WORDS)
    found = [f for f in (*adjective_matcher().find(tokens[lo:end]), *force_matcher().find(tokens[lo:end]))
             if lo + f.last_token == end - 1]
    if not found:
        return None
    first = min(found, key=lambda f: f.first_token)
    return lo + first.first_token, str(first.value)


def _base_noun_before(tokens: list[Token], v: int) -> bool:
    """A base noun a few words before the verb at ``v``, with nothing but qualifiers, a relative or a short description."""
    nouns = presence_words("base_nouns")
    for k in range(v - 1, max(-1, v - 2 - _DESCRIPTION_REACH), -1):
        if _stems(tokens[k].text) & nouns:
            return True
    return False


def founded_clause_force(tokens: list[Token], k_first: int) -> str | None:
    """The force that a clause says founded an unnamed base at the place starting at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the place's first token.

    Returns:
        The force of ``<base noun> … <founding verb with object pronoun> <force> <leads> <place>``.
    """
    j = k_first
    leads = presence_words("founded_place_leads")
    while j > 0 and k_first - j < _LEAD_REACH and tokens[j - 1].text in leads:
        j -= 1
    if j == k_first:
        return None
    force = _force_ending_at(tokens, j)
    if force is None or force[0] < 2:
        return _founding_noun_force(tokens, j)
    v = force[0] - 1
    if _stems(tokens[v].text) & presence_words("founding_object_verbs"):
        return force[1] if _base_noun_before(tokens, v) else None
    return _founding_noun_force(tokens, j)


def _founding_noun_force(tokens: list[Token], j: int) -> str | None:
    """The force of ``<base noun> التي … <force> <founding noun + pronoun> <locating verb> <leads> <place>``."""
    if j < 3 or tokens[j - 1].text not in presence_words("locating_verbs"):
        return None
    n = j - 2
    if not _stems(tokens[n].text) & presence_words("founding_object_nouns"):
        return None
    force = _force_ending_at(tokens, n - (tokens[n - 1].text == "في"))  # "شرعت القوات الأمريكية في إنشائها"
    return force[1] if force is not None and _base_noun_before(tokens, force[0]) else None
