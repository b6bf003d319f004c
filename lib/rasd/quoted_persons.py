"""Persons named with their role inside a quotation, for short forms told later.

A speaker quoted may name a person in full (``قال الحسيني إن "لا يمكن للرئيس الأميركي دونالد
ترامب أن …"``); the narrative then refers to that person by the role or the family name
alone (``وكان الرئيس الأميركي قد قال``, ``وذكر ترامب أن``). Quoted words are never a speaker
of the sentence they stand in, but a role with a name inside them still tells who the role
holder is: such persons join the article's registry.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.gazetteer import role_matcher
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Speaker

__all__ = ["quoted_role_persons"]

_PREFIXES = ("", "و", "ف", "ل", "ب", "وب", "ول")


def quoted_role_persons(cx: Cx) -> list[Speaker]:
    """Persons named after a role inside the quotations of a sentence.

    Args:
        cx: The sentence.

    Returns:
        One speaker per ``<role> <name>`` found wholly inside quotation marks.
    """
    if not cx.quoted:
        return []
    plain = replace(cx, quoted=frozenset(), memo={})
    out: list[Speaker] = []
    for m in role_matcher().find(cx.tokens[cx.lo : cx.hi]):
        j = cx.lo + m.first_token
        if j not in cx.quoted or m.prefix not in _PREFIXES:
            continue
        ph = parse_speaker(plain, j, prefixes=(m.prefix,))
        if ph is None or not all(k in cx.quoted for k in range(j, ph.hi)):
            continue
        sp = ph.speakers[0]
        if sp.stype == "person" and sp.family and len(sp.text.split()) > 1 and not sp.anaphor:
            out.append(sp)
    return out
