"""A base named again by what it is known as, with a force adjective, for :mod:`rasd.bases`.

``قاعدة فكتوريا، المعروفة أيضا بمركز الدعم اللوجستي الأمريكي، …``: the designation after a word of
data/presence_context.yaml ``known_as_words`` (and its ``known_as_preps`` clitic or token) ends with a
force adjective, so the base is that force's. The designation is short, ends at the next comma or the
end of the sentence, and opens with a noun of a site (``designation_heads``: ``مركز``, ``معسكر``, ``مقر``),
so that ``المعروفة بمعاداتها للوجود الأمريكي`` says something else.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, presence_words
from rasd.lexicon import load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["designation_force"]

_OPENER_REACH = 3  # tokens between a base's last token and the known-as word (a comma, "أيضا")
_DESIGNATION_REACH = 5  # tokens of the designation after the known-as word


def _known_as_word(tokens: list[Token], k_last: int, stop: int) -> int | None:
    """Index of a known-as word shortly after the base, with only a comma or ``أيضا`` between."""
    words = set(load_yaml("presence_context.yaml")["known_as_words"])
    for k in range(k_last + 1, min(k_last + 1 + _OPENER_REACH, stop)):
        if tokens[k].text in words:
            return k
        if tokens[k].text not in presence_words("designation_fillers"):
            return None
    return None


def designation_force(tokens: list[Token], k_last: int, next_base: int | None) -> str | None:
    """The force whose adjective ends the designation a base is said to be known by, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token.
        next_base: Index of the first token of the next base of the sentence, if any.

    Returns:
        The force of the adjective that closes the designation (``بمركز الدعم اللوجستي الأمريكي``).
    """
    stop = next_base if next_base is not None else len(tokens)
    k = _known_as_word(tokens, k_last, stop)
    if k is None:
        return None
    end = min(k + 1 + _DESIGNATION_REACH, stop)
    end = next((j for j in range(k + 2, end) if not tokens[j].joined), end)  # up to the next comma
    head = k + 1
    while head < end and tokens[head].text in presence_words("designation_fillers"):
        head += 1  # "المعروفة أيضا بمركز"
    head += head + 1 < end and tokens[head].text in set(load_yaml("presence_context.yaml")["known_as_preps"])
    if head >= end or not {stem for _, stem in clitic_variants(tokens[head].text)} & presence_words("designation_heads"):
        return None
    span = tokens[head:end]
    adj = next(iter(adjective_matcher().find(span)), None)
    return str(adj.value) if adj is not None and adj.last_token == len(span) - 1 else None
