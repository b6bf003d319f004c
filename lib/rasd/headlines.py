"""Pull quotes: ``SPEAKER: TEXT`` titles and subheads, rows of kind ``headline``.

A title or a line between paragraphs of the form ``الجبوري: الرد من اختصاص الدولة``,
``«النجباء»: سنواصل …`` or ``مصادر لـ"المدى": اتفاق على …`` quotes a speaker outside the
narrative. The part before the colon must be a speaker phrase (a family name is
resolved to the person the article names in full, before or after the line); credits
and furniture labels (``المصدر:``, ``إعداد وتحرير:``) and datelines (a place before the
colon) are not speakers. These rows never change who speaks in the narrative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.coref import Discourse
from rasd.names import read_name
from rasd.phrases import parse_speaker
from rasd.quotes import strip_marks
from rasd.speakers import Cx, Speaker, lex
from rasd.tables import COLUMNS

if TYPE_CHECKING:
    from rasd.clauses import SentenceReader
    from rasd.doc import DocSentence

__all__ = ["headline_rows"]

# A pull quote's speaker has at most this many words before the colon.
MAX_SPEAKER_WORDS = 6


def _colon_token(cx: Cx) -> int | None:
    for j in range(cx.lo + 1, min(cx.hi, cx.lo + MAX_SPEAKER_WORDS + 1)):
        if ":" in cx.gap(j):
            return j
    return None


def _skip_outlet(cx: Cx, j: int, colon: int) -> int:
    """``مصادر لـ"المدى":``: an addressee between the speaker and the colon."""
    if j < colon and cx.word(j) == "ل":
        q = cx.quote_run(j + 1)
        if q is not None:
            return q + 1
    if j < colon and cx.word(j)[:1] == "ل" and not cx.word(j).startswith("ال"):
        return colon
    return j


def _speaker_before(cx: Cx, colon: int) -> tuple[Speaker, int] | None:
    ph = parse_speaker(cx, cx.lo)
    if ph is not None and _skip_outlet(cx, ph.hi, colon) == colon:
        sp = ph.speakers[0]
        if (
            sp.stype == "organization"
            and sp.head
            and sp.canonical
            and not sp.anaphor
            and cx.lo in cx.place_at
        ):
            return None
        return sp, ph.hi
    end = read_name(cx, cx.lo)
    if end == colon:
        last = cx.word(end - 1)
        return Speaker(
            cx.text(cx.lo, end), "person", gender="m", family=last, pos=cx.tokens[cx.lo].start
        ), end
    return None


def headline_rows(reader: SentenceReader, sent: DocSentence) -> list[dict[str, Any]]:
    """The pull-quote row of a title or subhead line, if it is one."""
    cx = reader.cx(sent)
    colon = _colon_token(cx)
    if colon is None or cx.lo in cx.quoted and cx.quote_run(cx.lo) is None:
        return []
    if lex().phrase_at("non_speaker_labels", cx.tokens, cx.lo, colon) is not None:
        return []
    if any(j in cx.trigger_at for j in range(colon, min(cx.hi, colon + 2))):
        return []
    found = _speaker_before(cx, colon)
    if found is None:
        return []
    sp, end = found
    if sp.anaphor:
        sp, ok = Discourse(reader.persons).resolve(sp)
        if not ok:
            return []
    doc = reader.doc
    start = doc.nt.offsets[cx.tokens[colon].start]
    quote = strip_marks(doc.text[start : sent.end])
    if not quote:
        return []
    ev = doc.row_evidence(sent, cx.tokens[cx.lo].start, cx.tokens[end - 1].end)
    row = {
        "speaker": sp.text,
        "speaker_canonical": sp.canonical or sp.text,
        "speaker_type": sp.stype,
        "role": "",
        "affiliation": "",
        "verb": "",
        "verb_lemma": "",
        "kind": "headline",
        "quote": quote,
        "date": "",
        "to_outlet": "",
        **ev,
    }
    return [{c: row.get(c, "") for c in COLUMNS["statements"]}]
