"""What a relay verb carries before its source: ``ونقلت الوكالة هذه التفاصيل عن مسؤول``.

After ``نقل`` and the outlet, the press may name what was relayed (``هذا الموقف``,
``تصريحات``) or a second outlet (``ووسائل إعلام أخرى``) before ``عن`` and the real source.
"""

from __future__ import annotations

from typing import Protocol

from rasd.coref import agrees
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Phrase, Speaker, lex

__all__ = ["relay_source_at", "quoted_relayer", "source_relative", "attributed_source"]


class _Verb(Protocol):
    first: int
    prefix: str

    @property
    def hint(self) -> str: ...

    @property
    def gender(self) -> str: ...

# Words the relayed object or the second outlet may take before عن.
_MAX_OBJECT = 4
# Words of a relayed source phrase (عن مصادر أمنية عراقية) before a verb describing it.
_MAX_SOURCE_WORDS = 6
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


def source_relative(cx: Cx, t: _Verb, source_at: int, sources: list[Speaker]) -> list[Speaker] | None:
    """``ونقلت رويترز عن مسؤول قال إنه مطلع``: a verb right after a relayed source describes it.

    Only a verb followed by ``إنه``/``إنها`` (the source saying who it is) is read so; the
    relay's own content follows that clause.

    Args:
        cx: The sentence context.
        t: A finite reporting verb.
        source_at: Where the zone of the act before it starts (at or before its ``عن``).
        sources: The speakers of that act (the source after ``عن``).

    Returns:
        The source speakers when ``t`` (with no و/ف) follows the source phrase at once and
        agrees with it (an adjective clause of the indefinite source), else None.
    """
    if t.hint != "verb" or t.prefix or cx.punct_before(t.first) or source_at >= t.first:
        return None
    if not lex().has("self_description_openers", cx.word(t.first + 1)):
        return None  # "عن مصدرين أكدا سقوط صاروخين": the relayed report itself, one row
    at = next((k for k in range(t.first - 1, source_at - 1, -1) if cx.word(k) == "عن"), None)
    if at is None or t.first - at > _MAX_SOURCE_WORDS + 1:
        return None
    ph = parse_speaker(cx, at + 1, names=False)
    if ph is None or ph.hi != t.first or not sources or not all(agrees(t.gender, sp) for sp in sources):
        return None
    return list(sources)


def attributed_source(cx: Cx, cue_end: int, outlet: Phrase | None) -> Phrase | None:
    """``وفق ما نقلته وكالة رويترز عن مسؤولين``: the source the outlet relays, named after ``عن``.

    Args:
        cx: The sentence context.
        cue_end: Last token of the attribution cue (``وفق ما``, ``حسبما``).
        outlet: The outlet read after the cue's verb.

    Returns:
        The source phrase when a relay verb (``attributed_relays``) stands between the cue
        and the outlet and ``عن`` follows the outlet at once, else None (the outlet is the source).
    """
    if outlet is None or outlet.hi + 1 >= cx.hi:
        return None
    if not any(lex().has("attributed_relays", cx.word(k)) for k in range(cue_end + 1, outlet.lo)):
        return None
    if cx.word(outlet.hi) != "عن" or cx.punct_before(outlet.hi):
        return None
    return parse_speaker(cx, outlet.hi + 1)
