"""A reporting verb glued to و inside an earlier content: a new clause with its own subject.

``أعلنت الوزارة أنها أرسلت تعزيزات وأكد قائد الشرطة العميد فلان أن …``: the words before
``وأكد`` belong to the first content, and a subject standing before a verb is never
separated from it by و. When a speaker phrase follows the verb and content opens after it
(an opener, a colon or a quotation), that phrase is the verb's subject (verb-first order).
"""

from __future__ import annotations

from rasd.phrases import parse_speaker
from rasd.positions import opens_content
from rasd.speakers import Cx, Phrase
from rasd.triggers import Trigger

__all__ = ["conjoined_subject"]

_CONJUNCTIONS = frozenset({"و", "ف"})


def conjoined_subject(cx: Cx, t: Trigger, after: int) -> Phrase | None:
    """The subject after a ``و``-verb in mid-sentence, when content opens after it.

    Args:
        cx: The sentence.
        t: A finite reporting verb with a fronted-subject reading (``svo:`` / ``nested:``).
        after: The token after the verb.

    Returns:
        The speaker phrase after the verb, or None when the verb carries no conjunction, a
        punctuation mark stands before or after it, or no content follows the phrase.
    """
    if t.prefix not in _CONJUNCTIONS or cx.punct_before(t.first) or after >= cx.hi or cx.punct_before(after):
        return None
    ph = parse_speaker(cx, after)
    if ph is None or any(sp.anaphor for sp in ph.speakers) or not opens_content(cx, ph.hi, t):
        return None
    return ph
