"""The base a US strike is fired from, which is not the place it strikes.

``قصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر قرى خشام والحويجة``: the
shells leave the base at the Omar field and fall on the villages. A base a few words after
``من`` is the origin of a US strike, as a base after ``من`` in its target is the origin
of the fire, not a base struck (:func:`rasd.event_rows.event_row`). The province or town
that only locates that base right after it (``من قاعدتها في حقل العمر النفطي بريف دير
الزور``: words of ``origin_locatives`` alone between them) is part of the origin too.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch

__all__ = ["fired_from"]

_ORIGIN_REACH = 16  # characters before a base in which "من" makes it the origin of the fire
_LOCATIVE_WORDS = 3  # words at most between the origin base and the place that locates it ("للغاز بريف")
_CLAUSE_ENDS = frozenset("،,.!?:;\n")
_QUOTES = "\"'«»“”()"
_PROCLITICS = frozenset("وفبلك")  # a proclitic the place match left behind ("ب" of "بريف دير الزور")


def fired_from(doc: Doc, m: PhraseMatch) -> bool:
    """The place ``m`` is a base named a few words after ``من`` (``من قاعدتها في حقل العمر``), or locates one.

    Args:
        doc: The article.
        m: A place match of the sentence of a US strike.

    Returns:
        Whether the place is where the strike was fired from.
    """
    if m.value["type"] == "base":
        return _after_from(doc, m)
    base = _place_before(doc, m)
    return base is not None and base.value["type"] == "base" and _after_from(doc, base) and _locates(doc, base, m)


def _after_from(doc: Doc, m: PhraseMatch) -> bool:
    return "من" in doc.nt.norm[max(0, m.start - _ORIGIN_REACH) : m.start].split()


def _place_before(doc: Doc, m: PhraseMatch) -> PhraseMatch | None:
    """The place match that ends last before ``m`` starts."""
    before = [p for p in doc.places if p.end <= m.start]
    return max(before, key=lambda p: p.end) if before else None


def _locates(doc: Doc, base: PhraseMatch, m: PhraseMatch) -> bool:
    """Locative words (``للغاز بريف``) or a bare proclitic, and no clause end, join the base to ``m``.

    Nothing between them (``من قاعدتها في حقل العمر قرية خشام``) makes ``m`` the object struck.
    """
    gap = doc.nt.norm[base.end : m.start]
    if set(gap) & _CLAUSE_ENDS:
        return False
    glue = [w for w in (w.strip(_QUOTES) for w in gap.split()) if w]
    words = [w for w in glue if w not in _PROCLITICS]
    return bool(glue) and len(words) <= _LOCATIVE_WORDS and all(is_word(w, "origin_locatives") for w in words)
