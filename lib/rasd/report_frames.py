"""A sentence framed by a published report: ``وفي تقرير نشرته صحيفة X، ذكر أن …``.

The press opens a sentence with the report an outlet published (``وفي تقرير نشرته صحيفة
"نيويورك تايمز" قبل يومين، ذكر أن …``, ``وفي دراسة أعدّها المعهد، أشار إلى …``) and lets a
subjectless verb agree with the report noun, not with its publisher. The publisher is the
speaker of that verb and of a later ``وأشار التقرير``; without this the verb went to the
last masculine speaker before the report. Report nouns are ``framing_nouns`` and the verbs of
publishing with the pronoun of the noun ``framing_verbs`` of ``data/statement_context.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.coref import Discourse
from rasd.doc import DocSentence
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, lex
from rasd.triggers import SentenceReader

__all__ = ["note_framing_report"]

# Prepositions a framing report may carry, alone or after و (``وفي تقرير``, ``بتقرير``).
_PREPS = ("وفي", "في", "وب", "ب", "و")


def note_framing_report(reader: SentenceReader, sent: DocSentence, disc: Discourse) -> None:
    """Remember the publisher of ``في <report> <published-it> <publisher>`` opening a sentence.

    The publisher is noted as a statement's issuer at the report noun, so that a subjectless
    masculine verb after it (:func:`rasd.statement_voice.voiced_group`) and ``التقرير``
    resolve to it.

    Args:
        reader: The article's reader.
        sent: A body sentence, before its acts are read.
        disc: What the narrative said before; the publisher is added to it.
    """
    cx = reader.cx(sent, reader.carried.get(sent.start))
    noun = _frame_noun(cx)
    if noun is None or noun + 2 >= cx.hi or not lex().has("framing_verbs", cx.word(noun + 1)):
        return
    ph = parse_speaker(cx, noun + 2, names=False)
    if ph is None or ph.speakers[0].anaphor or ph.speakers[0].stype == "anonymous":
        return
    at = cx.tokens[noun].start
    disc.said([replace(disc.resolve(sp)[0], pos=at) for sp in ph.speakers[:1]])


def _frame_noun(cx: Cx) -> int | None:
    """The report noun among the first two tokens of the sentence (``وفي تقرير``, ``بتقرير``)."""
    for k in range(cx.lo, min(cx.lo + 2, cx.hi)):
        w = cx.word(k)
        if k == cx.lo and w in _PREPS[:2]:
            continue
        stems = [w] + [w[len(p) :] for p in _PREPS if w.startswith(p) and k == cx.lo]
        if any(lex().has("framing_nouns", s) for s in stems):
            return k
        return None
    return None
