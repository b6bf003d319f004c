"""The base a US strike is fired from, which is not the place it strikes.

``قصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر قرى خشام والحويجة``: the
shells leave the base at the Omar field and fall on the villages. A base a few words after
``من`` is the origin of a US strike, as a base after ``من`` in its target is the origin
of the fire, not a base struck (:func:`rasd.event_rows.event_row`).
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.lexicon import PhraseMatch

__all__ = ["fired_from"]

_ORIGIN_REACH = 16  # characters before a base in which "من" makes it the origin of the fire


def fired_from(doc: Doc, m: PhraseMatch) -> bool:
    """The place ``m`` is a base named a few words after ``من`` (``من قاعدتها في حقل العمر``).

    Args:
        doc: The article.
        m: A place match of the sentence of a US strike.

    Returns:
        Whether the base is where the strike was fired from.
    """
    if m.value["type"] != "base":
        return False
    return "من" in doc.nt.norm[max(0, m.start - _ORIGIN_REACH) : m.start].split()
