"""Who issued a statement told by the act of publishing it: ``أصدرت الكتائب بيانا بشأن …``.

The press often opens with the issuing (``أصدرت وزارة الخارجية، مساء الأحد، بيانا حول
الهجوم``) and gives the content in later sentences through the statement itself (``وقال
البيان إن …``, ``وأضاف البيان أن …``). The sentence of the issuing holds no reporting act, but
its subject is the issuer a later ``البيان`` stands for. Publishing verbs are
``publishing_verbs`` of ``data/statement_context.yaml``; the statement nouns ``issued_nouns``.
"""

from __future__ import annotations

from rasd.coref import Discourse
from rasd.doc import DocSentence
from rasd.phrases import parse_speaker
from rasd.positions import skip_time
from rasd.speakers import lex
from rasd.triggers import SentenceReader

__all__ = ["note_issuer"]


def note_issuer(reader: SentenceReader, sent: DocSentence, disc: Discourse) -> None:
    """Remember the subject of ``<publishing verb> <subject> <statement noun>`` as an issuer.

    Args:
        reader: The article's reader.
        sent: A body sentence.
        disc: What the narrative said before; the issuer is added to it.
    """
    cx = reader.cx(sent, reader.carried.get(sent.start))
    lx = lex()
    if cx.hi - cx.lo < 3 or not lx.has("publishing_verbs", cx.word(cx.lo)):
        return
    ph = parse_speaker(cx, cx.lo + 1)
    if ph is None or ph.speakers[0].anaphor or ph.hi >= cx.hi:
        return
    j = skip_time(cx, ph.hi) if cx.punct_before(ph.hi) else ph.hi
    if j is None or not lx.has("issued_nouns", cx.word(j)):
        return
    disc.attributed([disc.resolve(sp)[0] for sp in ph.speakers], cx.tokens[j].start)
