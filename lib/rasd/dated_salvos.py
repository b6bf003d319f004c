"""A counted volley told on one day: an event of its own, not a running tally of attacks.

A sentence that counts three or more attacks is mostly a tally (``تعرضت القوات
لـ 27 هجوما منذ 17 أكتوبر``) and tells no event. A small count dated to one day,
with no word of a period or a total, tells one incident in several strikes:
``تعرض مقر اللواء مساء اليوم لثلاث ضربات جوية``, ``تعرضت القاعدة لعشر هجمات فجر
السبت``.
"""

from __future__ import annotations

from rasd.attacks import Figure
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["is_dated_salvo"]

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
