"""Weapons not fired: rockets found, seized or destroyed on the ground are no attack count.

After an attack the press often tells of the weapons left behind: ``تم العثور على 3 صواريخ
في موقع الإطلاق``, ``ضبطت القوات منصة و6 صواريخ``, ``ونسف 5 صواريخ أخرى كانت معدة
للإطلاق``. A weapon figure right after a word of finding or seizing, or followed closely by a
word saying its weapons were ready to be launched, counts no weapons fired.
"""

from __future__ import annotations

from rasd.attack_nouns import WEAPON_UNITS, has_context_word
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["is_unfired"]

_BEFORE = 2  # tokens a word of finding may stand before the number ("العثور علي 3 صواريخ")
_AFTER = 4  # tokens a word of readiness may stand after the noun ("صواريخ اخري كانت معده")


def is_unfired(tokens: list[Token], num: NumberMention, unit: str, end: int) -> bool:
    """True when a weapon figure counts weapons found, seized or ready for launch.

    Args:
        tokens: Tokens of the sentence.
        num: The figure's number.
        unit: What it counts.
        end: End of the counted noun in the normalised text.
    """
    if unit not in WEAPON_UNITS:
        return False
    before = [t for t in tokens if t.end <= num.nstart][-_BEFORE:]
    after = [t for t in tokens if t.start >= end][:_AFTER]
    return any(has_context_word(t.text, "seized_words") for t in before) or any(
        has_context_word(t.text, "unfired_words") for t in after
    )
