"""A base noun owned by a pronoun that points back to the force the sentence named, for :mod:`rasd.base_activity`.

``وأعلنت القيادة المركزية أن صاروخين استهدفا قاعدة لها في حقل كونيكو``, ``وقال الجيش الأمريكي إن قذائف سقطت
قرب موقع له في التنف``: a base noun (data/presence_context.yaml ``unnamed_base_nouns`` or ``base_nouns``),
``لها``/``له``/``لهم`` and ``في`` right before the base; the pronoun points to the force named last before
the base noun (a name such as ``القيادة المركزية`` or an adjective), which owns the base. An armed group
named in between (``other_groups``) is what the pronoun points to, and gives nothing.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["pronoun_owner_force"]

_OWNER_PRONOUNS = frozenset({"لها", "له", "لهم"})  # "its", "their", after the base noun
_OWNER_REACH = 15  # tokens before the base noun where the force the pronoun points to is named


def pronoun_owner_force(tokens: list[Token], k_first: int) -> str | None:
    """The force a pronoun after a base noun points to, the base starting at token ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force named last in the ``_OWNER_REACH`` tokens before ``<base noun> لها في``.
    """
    if k_first < 4 or tokens[k_first - 1].text != "في" or tokens[k_first - 2].text not in _OWNER_PRONOUNS:
        return None
    noun = k_first - 3
    if not {stem for _, stem in clitic_variants(tokens[noun].text)} & presence_words("base_nouns"):
        return None
    window = tokens[max(0, noun - _OWNER_REACH) : noun]
    found = [*adjective_matcher().find(window), *force_matcher().find(window)]
    if not found:
        return None
    last = max(found, key=lambda f: f.last_token)
    after = window[last.last_token + 1 :]
    if any({stem for _, stem in clitic_variants(t.text)} & presence_words("other_groups") for t in after):
        return None
    return str(last.value)
