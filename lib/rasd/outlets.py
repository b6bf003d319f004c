"""Outlets a statement is made to or carried by (``لوكالة رويترز``, ``للصحفيين``, ``مع "X"``).

Each finder takes a sentence context and a token, and returns the token after the outlet's name (or
``None``), writing the name into the zone it is given.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.speakers import Cx, is_adjective, is_stop, lex

if TYPE_CHECKING:
    from rasd.zones import Zone

__all__ = ["media_at", "outlet_at", "loose_outlet"]


@cache
def _outlet_matcher() -> PhraseMatcher:
    outlets = load_yaml("page_furniture.yaml").get("outlets", [])
    return PhraseMatcher((a, o["name"]) for o in outlets for a in o.get("aliases", []))


def media_at(cx: Cx, j: int) -> bool:
    """An outlet starts at token ``j`` (a media actor or outlet name, or a media noun)."""
    w = cx.word(j)
    m = cx.actor(j)
    if m is not None and m.value.get("type") == "media":
        return True
    o = _outlet_matcher().match_at(cx.tokens, j)
    if o is not None and o.prefix in ("", "ل", "ب") and o.last_token < cx.hi:
        return True
    stem = _unclitic(w, w)
    return lex().has("media_heads", stem)


def _unclitic(text: str, word: str) -> str:
    """``text`` (starting with ``word``) without a glued ل/ب (``للصحفيين`` → ``الصحفيين``)."""
    if word.startswith("لل"):
        return "ا" + text[1:]
    if word[:1] in "لب" and not word.startswith("ال"):
        return text[1:]
    return text


def outlet_at(cx: Cx, j: int, z: Zone) -> int | None:
    """An addressee at ``j`` (``لـ"X"``, ``لوكالة رويترز``, ``للصحفيين``, ``مع "X"``): its end."""
    w = cx.word(j)
    if w in ("ل", "مع", "ب") or (w == "لدي"):
        q = cx.quote_run(j + 1)
        if q is not None and (w != "ب" or media_at(cx, j + 1)):
            z.outlet = z.outlet or cx.text(j + 1, q + 1)
            return q + 1
        if w == "مع" and j + 1 < cx.hi and media_at(cx, j + 1):
            return _outlet_name(cx, j + 1, z, strip=0)
        return None
    if w[:1] in "لب" and not w.startswith("ال") and media_at(cx, j):
        return _outlet_name(cx, j, z, strip=1)
    return None


def loose_outlet(cx: Cx, j: int, z: Zone) -> int | None:
    """Right after the speaker: ``لنورث برس،`` or a bare outlet name (``مصادر أمنية الميادين``)."""
    w = cx.word(j)
    if media_at(cx, j) and w[:1] not in "لب":
        return _outlet_name(cx, j, z, strip=0)
    if w[:1] != "ل" or w.startswith("ال") or lex().has("openers", w) or j in cx.trigger_at:
        return None
    for k in range(j + 1, min(cx.hi, j + 3) + 1):
        if k >= cx.hi or cx.punct_before(k) or lex().has("openers", cx.word(k)):
            z.outlet = z.outlet or _unclitic(cx.text(j, k), w)
            return k
        if is_stop(cx, k) or k in cx.trigger_at:
            return None
    return None


def _outlet_name(cx: Cx, j: int, z: Zone, strip: int) -> int:
    k = j + 1
    m = cx.actor(j) or _outlet_matcher().match_at(cx.tokens, j)
    if m is not None and m.last_token < cx.hi:
        k = m.last_token + 1
    # "للصحفيين “لا نرى …”": reporters take no quoted name, the quotation is the statement
    named = not lex().has("audience_heads", _unclitic(cx.word(j), cx.word(j)))
    while (
        k < cx.hi
        and not cx.punct_before(k)
        and (
            k in cx.quoted and named
            or is_adjective(cx.word(k))
            or cx.word(k).startswith("ال") and k == j + 1 and cx.word(k) not in lex().maps["relatives"]
            and not is_stop(cx, k)  # "للصحفيين اليوم الاثنين": the date is not the outlet's name
        )
    ):
        q = cx.quote_run(k)
        k = (q + 1) if q is not None else k + 1
    if not z.outlet:
        name = cx.text(j, k)
        z.outlet = (_unclitic(name, cx.word(j)) if strip else name).lstrip("ـ")
    return k
