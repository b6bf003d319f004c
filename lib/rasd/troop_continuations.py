"""Bare numbers that go on with the troop figure before them, for :mod:`rasd.deployments`.

A number with no troop noun continues the previous figure of its sentence when a word
after it says so (``800 آخرين``), when it follows ``و`` or a word of the list
``continuation_before`` (``بينهم 600``, ``من 2000 جندي إلى 1400``), when a coordinated
place stands in front of it (``في العراق 2500 جندي، وفي سوريا 900``), or when it restates
a figure named by a head noun (``أعلى من الرقم المعلن سابقا وهو 900``).
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import presence_words
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["continues", "fronted_place", "lead_of"]

_HEAD_WINDOW = 5  # words between a figure head (الرقم) and the number it announces


def lead_of(doc: Doc, num: NumberMention) -> int:
    """The normalised start of a number with the qualifier before it (``نحو 900``)."""
    return num.nstart if num.qstart is None else min(num.nstart, doc.nt.to_norm(num.qstart))


def continues(doc: Doc, tokens: list[Token], num: NumberMention, j: int) -> bool:
    """Whether a number with no noun (its next token at ``j``) continues the previous troop figure."""
    nxt = tokens[j].text if j < len(tokens) else ""
    if nxt in presence_words("continuation_after"):
        return True
    lead = lead_of(doc, num)
    before = doc.nt.norm[max(0, lead - 60) : lead].split()
    if before and (before[-1] in {"و", "ول", "وب"} or before[-1] in presence_words("continuation_before")):
        return True
    return fronted_place(doc, lead) is not None or _restates_figure(before)


def _restates_figure(before: list[str]) -> bool:
    """A number after a pronoun of identity that a figure head announces (``الرقم المعلن سابقا وهو 900``)."""
    if not before or before[-1] not in presence_words("restating_pronouns"):
        return False
    return any(w in presence_words("figure_heads") for w in before[-1 - _HEAD_WINDOW : -1])


def fronted_place(doc: Doc, lead: int) -> int | None:
    """Where a coordinated place in front of a number opens: ``… في العراق 2500 جندي، وفي سوريا 900``.

    The normalised start of ``وفي`` when a place follows it and the number (at ``lead``) follows
    the place, else None.
    """
    place = next((m for m in doc.places if m.end <= lead and not doc.nt.norm[m.end : lead].strip()), None)
    if place is None:
        return None
    opener = doc.nt.norm[max(0, place.start - 8) : place.start].split()
    if not opener or opener[-1] not in presence_words("fronted_place_openers"):
        return None
    return doc.nt.norm.rfind(opener[-1], 0, place.start)
