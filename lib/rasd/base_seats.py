"""A town followed by «حيث» and the force's base: the base stands in the town.

``توجه رتل إلى قرية الباغوز، حيث مقر القاعدة الأمريكية الجديدة``, ``وصل إلى بلدة الشدادي حيث
توجد قاعدة أمريكية``. After ``حيث`` come at most one word that says the base is there
(data/presence_context.yaml ``seat_words``), a base noun, its qualifiers and a force adjective or
ل + a force; only a US base counts (``حيث توجد قاعدة للحرس الثوري`` is no US presence and gives
no row). The town is the base's place (its related base when the gazetteer has one), as a
base a force built at a town is written.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["seat_force"]

_SEAT_TYPES = frozenset({"town", "village"})  # places whose base a «حيث» clause may name
_SEAT_OPENERS = frozenset({"حيث", "وحيث"})


def seat_force(tokens: list[Token], k_last: int, place_type: str) -> str | None:
    """The force of a base a «حيث» clause right after a town puts there, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the town's last token.
        place_type: The gazetteer type of the town (only towns and villages qualify).

    Returns:
        ``US`` for ``<town>، حيث [مقر|توجد …] <base noun> [<qualifier>] <US adjective>``.
    """
    k = k_last + 1
    if place_type not in _SEAT_TYPES or k >= len(tokens) or tokens[k].text not in _SEAT_OPENERS:
        return None
    k += 1
    if k < len(tokens) and tokens[k].text in presence_words("seat_words"):
        k += 1
    if k >= len(tokens) or not any(stem in presence_words("base_nouns") for _, stem in clitic_variants(tokens[k].text)):
        return None
    k += 1
    while k < len(tokens) and tokens[k].text in presence_words("base_qualifiers"):
        k += 1
    if k >= len(tokens):
        return None
    force = adjective_matcher().match_at(tokens, k) or force_matcher().match_at(tokens, k)
    return "US" if force is not None and force.value == "US" else None
