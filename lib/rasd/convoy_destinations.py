"""The destination of a convoy whose sentence names only where it came from.

``دخلت قافلة ضخمة تضم 35 شاحنة قادمة من إقليم كردستان. وكانت تحمل معدات …، واتجهت
القافلة إلى قاعدة قسرك``: the convoy row of the first sentence is placed at its origin
(the place after ``قادمة من``), while the next sentence, pointing back to the convoy by a
definite noun (``القافلة``, ``الرتل``: ``convoy_anaphors``), tells where it went after
``إلى``. The row takes that destination, the place the annotated sets give a convoy.
A row placed anywhere but after its origin word keeps its place.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["place_at_destination"]

_FROM = "من"
_TO = "الي"


def _at_origin(doc: Doc, sent: DocSentence, tokens: list[Token], place: str) -> bool:
    """The row's place is named right after an origin word and ``من`` (``قادمة من إقليم كردستان``)."""
    for m in doc.within(doc.places, sent):
        k = m.first_token - sent.tok_lo
        if m.value["canonical"] == place and k >= 2 and tokens[k - 1].text == _FROM:
            if is_word(tokens[k - 2].text, "convoy_origin_words"):
                return True
    return False


def _destination(doc: Doc, sent: DocSentence) -> dict[str, Any] | None:
    """The first place after ``إلى`` in the next sentence, when that sentence points back to a convoy."""
    sents = doc.narrative()
    i = next((j for j, s in enumerate(sents) if s.start == sent.start), None)
    if i is None or i + 1 >= len(sents):
        return None
    nxt = sents[i + 1]
    tokens = doc.sentence_tokens(nxt)
    if not any(is_word(t.text, "convoy_anaphors") for t in tokens):
        return None
    to = next((k for k, t in enumerate(tokens) if t.text == _TO), None)
    if to is None:
        return None
    after = [m for m in doc.within(doc.places, nxt) if m.first_token - nxt.tok_lo > to]
    return after[0].value if after else None


def place_at_destination(doc: Doc, sent: DocSentence, tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place a convoy row placed at its origin at the destination the next sentence tells.

    Args:
        doc: The article.
        sent: The sentence of the convoy's move.
        tokens: Its tokens.
        rows: The convoy rows of the sentence.

    Returns:
        The rows, each placed at the destination when it was placed at its origin.
    """
    out = []
    for row in rows:
        place = str(row.get("place") or "")
        dest = _destination(doc, sent) if place and _at_origin(doc, sent, tokens, place) else None
        out.append({**row, "place": dest["canonical"], "lat": dest.get("lat"), "lon": dest.get("lon")} if dest else row)
    return out
