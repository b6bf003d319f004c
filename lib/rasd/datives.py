"""An outlet told before the speaker: ``وقالت لشبكة شام مصادر محلية إن …``.

Arabic puts a short addressee (``لرويترز``, ``لوكالة فرانس برس``, ``لقناة "الإخبارية"``)
between a reporting verb and its subject as readily as after the subject. The subject is
the first speaker phrase after the outlet's words that ends where the content opens.
"""

from __future__ import annotations

from rasd.outlets import media_at
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Phrase, lex

__all__ = ["dative_subject"]

# The outlet's name takes at most this many words after the ل-word (لوكالة فرانس برس).
_MAX_NAME = 3


def dative_subject(cx: Cx, j: int) -> Phrase | None:
    """The speaker after an outlet with ل at token ``j``, or None.

    Args:
        cx: The sentence context.
        j: Token right after the reporting verb.

    Returns:
        The speaker phrase, when it is not an outlet itself and the content (an opener,
        a quotation, a colon or a comma) or the sentence end follows it.
    """
    w = cx.word(j)
    if j + 1 >= cx.hi or w[:1] != "ل" or w.startswith("ال") or not media_at(cx, j):
        return None
    for k in range(j + 1, min(cx.hi, j + 2 + _MAX_NAME)):
        if any(c in cx.gap(k) for c in ",;:.()"):
            return None
        if k in cx.quoted:
            continue
        ph = parse_speaker(cx, k, names=True)
        if ph is None or any(sp.media for sp in ph.speakers):
            continue
        h = ph.hi
        if h >= cx.hi or cx.punct_before(h) or h in cx.quoted or lex().has("openers", cx.word(h)):
            return ph
    return None
