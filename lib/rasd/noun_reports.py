"""A reporting act told by its verbal noun: ``مع إعلان ضابط أمريكي … أن …``.

The press sometimes introduces a new source inside a noun phrase (``وتتزامن تلك
التصريحات مع إعلان ضابط أمريكي في القاعدة أن …``, ``جاء ذلك بعد تأكيد مسؤول عراقي أن …``)
and continues him with subjectless verbs (``وأضاف أن …``, ``وتابع: …``). The noun makes no
row (the gold counts finite verbs, participles and attributions), but its speaker is the one
those verbs continue, not the speaker quoted before it. The nouns are ``report_nouns`` of
``data/statement_context.yaml``; the content opener (``ان``/``بان``) must follow the speaker
within ``report_noun_reach`` tokens, and only a sentence with no reporting act of its own is read.
"""

from __future__ import annotations

from rasd.coref import Discourse
from rasd.doc import DocSentence
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, lex
from rasd.triggers import SentenceReader

__all__ = ["note_noun_speaker"]

_PROCLITICS = ("و", "ب", "ف")


def note_noun_speaker(reader: SentenceReader, sent: DocSentence, disc: Discourse) -> None:
    """Remember the speaker of ``<report noun> <speaker> … أن`` as the last to have spoken.

    Args:
        reader: The article's reader.
        sent: A body sentence with no reporting act.
        disc: What the narrative said before; the speaker is added to it.
    """
    cx = reader.cx(sent, reader.carried.get(sent.start))
    for i in range(cx.lo, cx.hi - 2):
        if i in cx.quoted or not _is_report_noun(cx.word(i)):
            continue
        ph = parse_speaker(cx, i + 1)
        if ph is None or ph.speakers[0].anaphor or not _opener_follows(cx, ph.hi):
            continue
        disc.said([disc.resolve(sp)[0] for sp in ph.speakers])
        return


def _is_report_noun(word: str) -> bool:
    """``إعلان``, ``وتأكيد``, ``بإعلان``: a reporting noun, with one proclitic at most."""
    lx = lex()
    if lx.has("report_nouns", word):
        return True
    return word.startswith(_PROCLITICS) and lx.has("report_nouns", word[1:])


def _opener_follows(cx: Cx, j: int) -> bool:
    """An ``ان``/``بان`` opener within ``report_noun_reach`` tokens from ``j``."""
    reach = int(lex().raw.get("report_noun_reach", 12))
    return any(cx.word(k) in ("ان", "بان") for k in range(j, min(j + reach, cx.hi)))
