"""Changes of strength written as a range: ``ارتفع عدد الجنود من 12 الفا الى 15 الفا``.

The number reader takes ``من X الى Y`` for a range (at least X). With a word of change in
the sentence (``ارتفع``, ``خفض``, ``تقليص``) it is a strength before and after: two troop
figures, each exact, as the annotated sets write a change with a troop noun on both ends
(``من 2000 جندي الى 1400``).
"""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Doc
from rasd.forces import has_presence_word
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["split_changes"]

_LINK = " الي "


def split_changes(doc: Doc, tokens: list[Token], nums: list[NumberMention]) -> list[NumberMention]:
    """The numbers of a sentence with each ``من X الى Y`` change split into its two ends."""
    if not any(n.qualifier == "range" for n in nums) or not has_presence_word(tokens, "change_words"):
        return nums
    out = []
    for num in nums:
        link = doc.nt.norm.find(_LINK, num.nstart, num.nend)
        opener = doc.nt.norm[: num.nstart].split()[-1:] if num.qstart is not None else []
        if num.qualifier != "range" or num.upper is None or link < 0 or opener != ["من"]:
            out.append(num)
            continue
        out.append(replace(num, qualifier="exact", upper=None, nend=link, qstart=None))
        out.append(replace(num, value=num.upper, qualifier="exact", upper=None, nstart=link + len(_LINK), qstart=None))
    return out
