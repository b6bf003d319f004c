"""A description of a base that comes after the words saying where the base is.

The press often places a base before it describes it: ``قاعدة حقل العمر النفطي شمال شرقي سوريا
وهي قاعدة عسكرية تتمركز فيها قوات أمريكية``. Between the base and the description opener
(``وهي``, ``الذي يعد``) stand at most one word of the base's name and a stretch made only of places
that are not bases and locating words (data/presence_context.yaml ``locator_words`` and the
other kinds :mod:`rasd.base_locators` accepts). A description that denies the presence
(``وهي قاعدة ينفي التحالف وجود القوات الأميركية فيها``) gives none. The description itself is read by
:func:`rasd.base_ties.described_force`, as if it followed the base directly.
"""

from __future__ import annotations

from rasd.base_ties import described_force
from rasd.doc import Doc
from rasd.forces import presence_words
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["located_description_force"]

_NAME_TAIL = 1  # words of the base's name that may stand before the stretch ("حقل العمر النفطي")
_STRETCH_REACH = 8  # tokens of the locating stretch at most
_KINDS = ("locator_words", "landmark_words", "local_adjectives")
_DENIAL_REACH = 12  # tokens of the description where a denial or a negation cancels it


def _stretch_end(doc: Doc, tokens: list[Token], off: int, lo: int) -> int:
    """The index after a stretch of non-base places and locating words starting at ``lo``.

    ``lo`` itself when the stretch holds no place that is not a base.
    """
    hi = min(lo + _STRETCH_REACH, len(tokens))
    places: set[int] = set()
    for m in doc.places:
        if off + lo <= m.first_token and m.last_token < off + hi:
            if base_of(doc, m) is not None:
                hi = min(hi, m.first_token - off)  # the stretch stops before another base
                continue
            places |= set(range(m.first_token - off, m.last_token - off + 1))
    k = lo
    while k < hi and (k in places or any(tokens[k].text in presence_words(kind) for kind in _KINDS)):
        k += 1
    return k if places & set(range(lo, k)) else lo


def _denied(words: list[Token]) -> bool:
    """A negation or a denial verb in the description (data ``presence_negations``, ``presence_denials``)."""
    cancel = presence_words("presence_negations") | presence_words("presence_denials")
    return any(t.text in cancel for t in words)


def located_description_force(doc: Doc, tokens: list[Token], off: int, k_last: int, next_base: int | None) -> str | None:
    """The force a description after a locating stretch says the base hosts, or None.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        off: Index in the article of the sentence's first token.
        k_last: Index of the base's last token.
        next_base: Index of the first token of the next base in the sentence, if any.

    Returns:
        The force :func:`rasd.base_ties.described_force` reads in the description that opens
        right after the stretch (``… شمال شرقي سوريا وهي قاعدة تتمركز فيها قوات أمريكية``).
    """
    for lo in range(k_last + 1, min(k_last + 2 + _NAME_TAIL, len(tokens))):
        end = _stretch_end(doc, tokens, off, lo)
        if end > lo and (next_base is None or end <= next_base):
            if _denied(tokens[end : end + _DENIAL_REACH]):
                return None  # "وهي قاعدة ينفي التحالف وجوده أو وجود القوات الأميركية فيها"
            force = described_force(tokens, end - 1, next_base)
            if force is not None:
                return force
    return None
