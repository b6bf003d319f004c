"""Speaker phrases that open with a rank or honorific (``اللواء``, ``الكولونيل``, ``الشيخ``).

``الأميرال جون كيربي المتحدث باسم البنتاغون`` names a person, maybe with a role after the
name. A rank standing alone as a subject (``وأضاف الكولونيل أن``, ``وأكد العميد في حديثه``)
names nobody: the press uses it for the officer it named earlier with that same rank, so it
refers back to the last ``<rank> <name>`` of the text (by family name); a rank never written
with a name is left unread. Honorifics alone (``وقال الشيخ``, ``وقال القاضي``) are not read
that way: they are as often a person the text never names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.lexicon import PhraseMatch
from rasd.names import read_name
from rasd.phrase_tails import read_role
from rasd.speaker_forms import finish_phrase
from rasd.speakers import (
    Cx,
    Phrase,
    Speaker,
    clitic_prep,
    is_singular_head,
    lex,
    role_at,
    title_at,
)
from rasd.text import normalize_str

__all__ = ["apposed_role", "titled_name"]

# How many characters back a bare rank may find its officer named.
_LOOKBACK = 3000


def apposed_role(r: PhraseMatch) -> bool:
    """A role that can stand after a person's name.

    Any office, or a singular head of unnamed sources (``أبو علي العسكري، المسؤول
    الأمني للكتائب``, ``…، القيادي في الحشد``, ``عصام شاكر، عضو الإطار التنسيقي``).
    """
    if r.value.get("type") != "anonymous_head":
        return True
    return not r.prefix and is_singular_head(r.phrase.split()[0])


def titled_name(cx: Cx, j: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """``الأميرال جون كيربي المتحدث باسم البنتاغون``: a rank, a name, maybe a role after it.

    Args:
        cx: The sentence being read.
        j: Token where the phrase may start.
        prefixes: Proclitics allowed on the title.

    Returns:
        The phrase, a bare rank referring back (:func:`_bare_rank`), or None.
    """
    t = title_at(cx, j)
    if t is None or t.prefix not in prefixes:
        return None
    end = read_name(cx, t.last_token + 1, strong=True)
    if end is None:
        return _bare_rank(cx, j, t)
    sp = Speaker(
        cx.text(t.last_token + 1, end),
        "person",
        gender="m",
        family=cx.word(end - 1),
        pos=cx.tokens[j].start,
    )
    apposed = end < cx.hi and cx.punct_before(end) and "," in cx.gap(end).replace("،", ",")
    r = role_at(cx, end) if end < cx.hi and (apposed or not cx.punct_before(end)) else None
    if r is not None and apposed_role(r):
        np = read_role(cx, r, end)
        if np.name is None:
            fin = finish_phrase(cx, np)
            sp = replace(
                sp, role=fin.role, affiliation=fin.affiliation, role_key=fin.role_key, gender=fin.gender
            )
            return Phrase([sp], j, np.hi)
    return Phrase([sp], j, end)


def _bare_rank(cx: Cx, j: int, t: PhraseMatch) -> Phrase | None:
    """``وأضاف الكولونيل أن``: a rank with no name, closing the subject, is the officer of that rank named before."""
    k = t.last_token + 1
    if lex().has("honorific_titles", t.phrase) or not _subject_ends(cx, k):
        return None
    named = _ranked_person(cx, j, t.phrase)
    if named is None:
        return None
    sp = replace(named, anaphor="family", pos=cx.tokens[j].start)
    return Phrase([sp], j, k)


def _ranked_person(cx: Cx, j: int, rank: str) -> Speaker | None:
    """The person of the article last written right after ``rank`` before token ``j``."""
    before = cx.doc.nt.norm[max(0, cx.tokens[j].start - _LOOKBACK) : cx.tokens[j].start]
    starts = [m.end() for m in re.finditer(rf"(?<!\S)[وف]?{re.escape(rank)}\s+", before)]
    for at in reversed(starts):
        rest = before[at:]
        for p in cx.registry:
            if p.stype == "person" and p.family and rest.startswith(normalize_str(p.text)):
                return p
    return None


def _subject_ends(cx: Cx, k: int) -> bool:
    """The subject phrase ends before token ``k``: a clause end, an opener, a channel or a dative."""
    if k >= cx.hi or cx.punct_before(k):
        return True
    lx = lex()
    return (
        lx.has("openers", cx.word(k))
        or lx.phrase_at("channel_preps", cx.tokens, k, cx.hi) is not None
        or clitic_prep(cx, k)
    )
