"""Parts of a salvo already counted: a weapon singled out of the weapons told before.

``إسقاط مسيرة واحدة من الطائرات المغيرة`` counts one of the attackers (``من`` and the
definite plural of the weapon after the counted noun), as ``أسقطت اثنتين من المسيرات`` does
before it (rasd.attacks): no new count. A dual told apart from the salvo (``طائرتين مسيّرتين
أُسقطتا، بينما أصابت الثالثة``) is still a figure, as devset_figures (vl09) writes it.
"""

from __future__ import annotations

from typing import Any

from rasd.attack_nouns import WEAPON_UNITS, context_words, find_unit_at
from rasd.text import Token

__all__ = ["is_told_part"]


def is_told_part(tokens: list[Token], fig: Any) -> bool:
    """Whether a weapon figure is followed by ``من`` and the definite plural of its weapon.

    Args:
        tokens: Tokens of the figure's sentence.
        fig: The figure (``unit`` and ``end``, the end of its counted noun in the normalised text).

    Returns:
        True for ``مسيرة واحدة من الطائرات المغيرة``, ``صاروخ واحد من الصواريخ``.
    """
    if fig.unit not in WEAPON_UNITS:
        return False
    j = next((k for k, t in enumerate(tokens) if t.start >= fig.end), len(tokens))
    if j + 1 >= len(tokens) or tokens[j].text not in context_words("skip_after_number"):
        return False
    word = tokens[j + 1].text
    if fig.unit == "drone" and word in context_words("bare_drone_plurals"):
        return True  # "مسيرة واحدة من الطائرات المغيرة": the drones named before
    found = find_unit_at(tokens, j + 1)
    return found is not None and found[0] == fig.unit and word.startswith("ال")
