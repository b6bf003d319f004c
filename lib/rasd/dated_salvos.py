"""A counted volley told on one day: an event of its own, not a running tally of attacks.

A sentence that counts three or more attacks is mostly a tally (``تعرضت القوات
لـ 27 هجوما منذ 17 أكتوبر``) and tells no event. A small count dated to one day,
with no word of a period or a total, tells one incident in several strikes:
``تعرض مقر اللواء مساء اليوم لثلاث ضربات جوية``, ``تعرضت القاعدة لعشر هجمات فجر
السبت``.
"""

from __future__ import annotations

from rasd.attacks import Figure, find_figures, sentence_numbers
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["is_dated_salvo", "salvo_size"]

_SALVO_MAX = 10  # the most attacks or strikes one incident of a day is told with


def is_dated_salvo(doc: Doc, sent: DocSentence, tokens: list[Token], fig: Figure) -> bool:
    """The figure counts the strikes of one incident: small, the sentence dated to a day, no period or total.

    Args:
        doc: The article.
        sent: The sentence of the figure.
        tokens: Tokens of the sentence.
        fig: A figure of attacks or strikes found in it.
    """
    if fig.num.kind == "vague" or fig.num.value > _SALVO_MAX:
        return False
    dates = doc.within(doc.dates, sent)
    if not any(d.precision == "day" for d in dates) or any(d.since or d.kind == "range" for d in dates):
        return False
    return not any(is_word(t.text, "tally_cues") for t in tokens)


def salvo_size(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> int:
    """The number of acts a dated salvo of the sentence counts before norm offset ``limit``, or 0.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.
        limit: Norm offset where the sentence's main clause ends.
    """
    for fig in find_figures(doc, tokens, sentence_numbers(doc, sent)):
        if fig.num.nstart < limit and fig.unit in {"attack", "operation"} and fig.num.value >= 2:
            if fig.how != "counter" and is_dated_salvo(doc, sent, tokens, fig):
                return int(fig.num.value)
    return 0
