"""A place put to use as a force's base: ``استخدام مطار حرير كقاعدة عسكرية للقوات الأمريكية``.

The press says a government lets a force use an airport or a town "as a base of" that force: the
place, then within a few words ``ك`` + a base noun (``كقاعدة``, ``كمقر``), its qualifiers, and the
force (ل + the force, or a force adjective): ``الموافقة على استخدام مطار حرير الواقع في محافظة أربيل
كقاعدة عسكرية للقوات الأمريكية``, ``يستخدمه الجيش الأمريكي كقاعدة له`` (the force between, a
possessive pronoun after the noun). Another base named between gives nothing: the use is that one's.
A verb of becoming may stand for ``ك`` (``بتجهيز مطار رميلان، ليكون أول قاعدة عسكرية أميركية``;
data ``become_verbs``, with a rank word such as ``أول`` before the noun: ``become_rank_words``).
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token

__all__ = ["used_as_base_force"]

_USE_REACH = 16  # tokens between the place and "كقاعدة" (the place's locating words between)
_QUALIFIER_GAP = 2  # qualifiers between "كقاعدة" and its force ("كقاعدة عسكرية جوية للقوات")


def _as_base_noun(word: str) -> bool:
    """``ك`` + a singular base noun (``كقاعده``, ``كمقر``, ``كموقع``)."""
    return word.startswith("ك") and word[1:] in presence_words("unnamed_base_nouns") | {"مقر", "موقع"}


def _force_of_noun(tokens: list[Token], n: int, k_last: int) -> str | None:
    """The force after the base noun at ``n`` (``للقوات الأمريكية``, ``أمريكية``), or before it with ``له``."""
    j = n + 1
    while j < len(tokens) and j - n <= _QUALIFIER_GAP and tokens[j].text in presence_words("base_qualifiers"):
        j += 1
    if j < len(tokens):
        adjective = adjective_matcher().match_at(tokens, j)  # "كقاعدة عسكرية أمريكية"
        owner = force_matcher().match_at(tokens, j)
        if adjective is not None or (owner is not None and owner.prefix.endswith("ل")):
            return str((adjective or owner).value)
        if tokens[j].text in presence_words("owner_pronouns"):
            return _last_force(tokens[k_last + 1 : n]) or (_last_force(tokens[: k_last + 1]) if tokens[n - 1].text in presence_words("become_verbs") | presence_words("become_rank_words") else None)
    return None


def _last_force(tokens: list[Token]) -> str | None:
    """The force named last in ``tokens`` (a force adjective or a force noun), or None."""
    named = sorted([*adjective_matcher().find(tokens), *force_matcher().find(tokens)], key=lambda f: f.last_token)
    return str(named[-1].value) if named else None


def _noun_at(tokens: list[Token], k: int) -> int | None:
    """Index of the base noun of a use marker at ``k`` (``كقاعدة``, ``ليكون [أول] قاعدة``), or None."""
    if _as_base_noun(tokens[k].text):
        return k
    if tokens[k].text not in presence_words("become_verbs"):
        return None
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text in presence_words("become_rank_words"))
    return j if j < len(tokens) and tokens[j].text in presence_words("unnamed_base_nouns") else None


def used_as_base_force(tokens: list[Token], k_last: int, next_base: int | None) -> str | None:
    """The force a place is used as a base of, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the place's last token.
        next_base: Index of the next base of the sentence, if any.

    Returns:
        The force of ``<place> … ك<base noun> [qualifiers] ل<force>`` within reach, before the
        next base.
    """
    hi = min(k_last + 1 + _USE_REACH, next_base if next_base is not None else len(tokens), len(tokens))
    n = next((j for k in range(k_last + 1, hi) if (j := _noun_at(tokens, k)) is not None), None)
    return None if n is None else _force_of_noun(tokens, n, k_last)
