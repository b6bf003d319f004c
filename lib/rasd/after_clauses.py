"""A fronted clause of hours after another act, read apart from the act told after its comma.

``وبعد ساعات من الهجوم على قاعدة حرير، تعرضت قاعدة عين الأسد لقصف صاروخي``: the clause before
the comma points back to the act told before; the attack on Ain al-Asad is told after it. Read
as one sentence, the first trigger («الهجوم») would stand for the whole sentence and the second
act would be lost. The sentence is read as two parts, the clause up to the comma and the rest;
the rest names no time of its own and so takes the day of the act told before it
(:func:`rasd.incidents.date_from_context`): hours after is the same day.
"""

from __future__ import annotations

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import list_matcher

__all__ = ["split_leading_after"]

_LEAD_REACH = 1  # words before the cue at the start of a sentence ("وذلك بعد ساعات من")
_MIN_REST = 3  # words after the comma for a clause of its own


def split_leading_after(doc: Doc, sent: DocSentence, cut: object) -> list[DocSentence]:
    """The sentence, or the after-clause up to its comma and the rest (see the module docstring).

    Args:
        doc: The article.
        sent: A narrative sentence (or a part of one).
        cut: ``cut(doc, sent, lo, hi)``, the sentence cut to its tokens ``[lo, hi)``.

    Returns:
        ``[sent]``, or its two parts.
    """
    tokens = doc.sentence_tokens(sent)
    cue = next(iter(list_matcher("leading_after_cues").find(tokens[: _LEAD_REACH + 4])), None)
    if cue is None or cue.first_token > _LEAD_REACH:
        return [sent]
    comma = next(
        (k for k in range(cue.last_token + 2, len(tokens)) if "," in doc.nt.norm[tokens[k - 1].end : tokens[k].start]),
        None,
    )
    if comma is None or len(tokens) - comma < _MIN_REST:
        return [sent]
    return [cut(doc, sent, 0, comma), cut(doc, sent, comma, len(tokens))]  # type: ignore[operator]
