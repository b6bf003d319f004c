"""What a relay verb carries before its source: ``ونقلت الوكالة هذه التفاصيل عن مسؤول``.

After ``نقل`` and the outlet, the press may name what was relayed (``هذا الموقف``,
``تصريحات``) or a second outlet (``ووسائل إعلام أخرى``) before ``عن`` and the real source.
"""

from __future__ import annotations

from rasd.speakers import Cx, Phrase, Speaker, lex

__all__ = ["relay_source_at", "quoted_relayer"]

# Words the relayed object or the second outlet may take before عن.
_MAX_OBJECT = 4
# Words of an unquoted outlet name that is not in the lexicon (العربية/الحدث) before عن.
_MAX_BARE = 3


def relay_source_at(cx: Cx, j: int) -> int | None:
    """Token of the ``عن`` that opens the source, a few plain words after ``j``, or None.

    Args:
        cx: The sentence context.
        j: First token after the relay verb's subject.

    Returns:
        The index of ``عن`` when only plain words (no comma, opener, quotation or reporting
        word) stand between.
    """
    for k in range(j, min(cx.hi - 1, j + _MAX_OBJECT + 1)):
        if k > j and cx.punct_before(k):
            return None
        w = cx.word(k)
        if w == "عن":
            return k if k > j else None
        if k in cx.quoted or k in cx.trigger_at or lex().has("openers", w):
            return None
    return None


def quoted_relayer(cx: Cx, j: int) -> Phrase | None:
    """``ونقلت «الشرق الأوسط» عن مصادر``: a quoted outlet name right before ``عن``.

    A bare name of up to :data:`_MAX_BARE` words not in the lexicon is also taken when
    ``عن`` follows it at once (``ونقلت العربية/الحدث عن مصدر``): the speaker of the act is
    the source after ``عن`` anyway.
    """
    q = cx.quote_run(j) if j < cx.hi else None
    if q is None:
        q = _bare_relayer_end(cx, j)
    if q is None or q + 1 >= cx.hi or cx.word(q + 1) != "عن" or cx.punct_before(q + 1):
        return None
    sp = Speaker(cx.text(j, q + 1), "organization", media=True, pos=cx.tokens[j].start)
    return Phrase([sp], j, q + 1)


def _bare_relayer_end(cx: Cx, j: int) -> int | None:
    """Last token of a short name right before ``عن`` (``قناتا "العربية/الحدث"``, words joined by ``/``)."""
    for k in range(j, min(cx.hi - 1, j + _MAX_BARE)):
        if k > j and cx.punct_before(k) and cx.gap(k).strip() != "/":
            return None
        w = cx.word(k)
        if k in cx.trigger_at or lex().has("openers", w) or w == "عن":
            return None
        if cx.word(k + 1) == "عن":
            return k
    return None
