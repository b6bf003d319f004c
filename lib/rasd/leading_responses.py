"""A response clause that opens a sentence, read apart from the act told after its comma.

``في رد على سلسلة الهجمات على قواعد في سوريا والعراق، قصفت الولايات المتحدة مقرا في الحلة``:
the clause before the comma names what the strike answers; the strike is told after it.
A response clause is otherwise read from its cue to the end of the sentence
(:func:`rasd.event_rows.response_start`), which would leave the strike unread. Such a
sentence is read as two parts: the clause up to the comma (an earlier act, if it names
one) and the rest (the act of the sentence).

A group's statement opens its act the same way after its reporting words, a colon, a
quote or a comma (``وقالت المقاومة في بيان: "وردا على مجازر الاحتلال بحق أهلنا في غزة،
هاجم مجاهدونا قاعدة حرير"``): the words before the cue, the clause and the act are read
as three parts.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.after_clauses import split_leading_after
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.event_rows import response_start

__all__ = ["split_leading_response"]

_LEAD_REACH = 2  # words before the response cue at the start of a sentence ("وفي رد", "وذلك ردا")
_MIN_REST = 3  # words after the comma for a clause of its own
_CLAUSE_MARKS = frozenset(",،:\"«“")  # marks before a cue that open a fronted clause in a statement


def _comma_after(doc: Doc, sent: DocSentence, start: int) -> int | None:
    """Index (in the sentence tokens) of the first token after a comma, from token ``start`` on."""
    tokens = doc.sentence_tokens(sent)
    for k in range(start + 1, len(tokens)):
        if "," in doc.nt.norm[tokens[k - 1].end : tokens[k].start]:
            return k
    return None


def _part(doc: Doc, sent: DocSentence, lo: int, hi: int) -> DocSentence:
    """The sentence cut to its tokens ``[lo, hi)``."""
    tokens = doc.sentence_tokens(sent)
    nstart = tokens[lo].start if lo > 0 else sent.nstart
    nend = tokens[hi - 1].end if hi < len(tokens) else sent.nend
    start, end = doc.nt.to_original(nstart, nend)
    return replace(
        sent,
        start=start,
        end=end,
        nstart=nstart,
        nend=nend,
        text=doc.nt.original[start:end],
        tok_lo=sent.tok_lo + lo,
        tok_hi=sent.tok_lo + hi,
    )


def split_leading_response(doc: Doc, sent: DocSentence) -> list[DocSentence]:
    """The sentence, or its two parts when a response clause opens it (see the module docstring).

    Args:
        doc: The article.
        sent: A narrative sentence.

    Returns:
        ``[sent]``, or the response clause up to its comma and the rest of the sentence (itself
        split again when a second clause opens it); a sentence with no response clause may open
        with a clause of hours after another act, read apart (:mod:`rasd.after_clauses`).
    """
    tokens = doc.sentence_tokens(sent)
    cue = response_start(tokens)
    stated = cue > _LEAD_REACH and _opens_stated_clause(doc, tokens, cue)
    if cue > _LEAD_REACH and not stated:
        return split_leading_after(doc, sent, _part)  # "وبعد ساعات من الهجوم على حرير، تعرضت"
    comma = _comma_after(doc, sent, cue)
    if comma is None or len(tokens) - comma < _MIN_REST:
        return [sent]
    rest = split_leading_response(doc, _part(doc, sent, comma, len(tokens)))  # "ثأرا لغزة، وردا علي …، هاجم"
    if stated:
        return [_part(doc, sent, 0, cue), _part(doc, sent, cue, comma), *rest]
    return [_part(doc, sent, 0, comma), *rest]


def _opens_stated_clause(doc: Doc, tokens: list, cue: int) -> bool:
    """The cue at ``cue`` follows a colon, quote or comma, after a group's reporting words."""
    if cue >= len(tokens) or not set(doc.nt.norm[tokens[cue - 1].end : tokens[cue].start]) & _CLAUSE_MARKS:
        return False
    return any(is_word(t.text, "claim_reporters") or is_word(t.text, "statement_nouns") for t in tokens[:cue])
