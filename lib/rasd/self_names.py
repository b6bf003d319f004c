"""A group named by the name it goes by: ``جماعة تطلق على نفسها اسم "X"``, ``ما تعرف بـX``.

The press often introduces an armed group by a common noun and the name it uses for itself
(``فصائل عراقية تعرّف نفسها بـ"المقاومة الإسلامية في العراق"``, ``فصيل مسلح يدعى X``,
``ما تُعرف بـ«X»``). The speaker of such a phrase, and of the short forms that refer back
to it (``وقالت الفصائل``), is the name X, quoted or known to the actor lexicon; the noun
stays its head.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.speakers import Cx, Phrase, Speaker, lex
from rasd.text import normalize_str

__all__ = ["named_group", "self_named"]

def _naming_end(cx: Cx, j: int) -> int | None:
    """First token after the longest naming phrase (``data/statement_context.yaml``) at ``j``."""
    best = None
    for phrase in lex().raw.get("self_naming", []):
        words = phrase.split()
        if j + len(words) < cx.hi and all(
            cx.word(j + k) == w or (k == 0 and cx.word(j).removeprefix("و") == w)
            for k, w in enumerate(words)
        ):
            best = max(best or 0, j + len(words))
    return best


def _name_at(cx: Cx, n: int) -> tuple[int, int, int, dict] | None:
    """The name at token ``n``: first and end tokens, proclitic length, actor entry."""
    if cx.word(n) == "ب":
        n += 1
    q = cx.quote_run(n)
    m = cx.actor(n)
    if m is not None and m.prefix in ("", "ب") and (q is None or m.last_token >= q):
        return n, m.last_token + 1, len(m.prefix), dict(m.value)
    if q is not None and q - n < 6:
        return n, q + 1, 0, {}
    return None


def _named(cx: Cx, k: int) -> tuple[int, Speaker] | None:
    """The name after a naming phrase at token ``k`` as a bare speaker, with its end token."""
    n = _naming_end(cx, k)
    if n is None:
        return None
    found = _name_at(cx, n)
    if found is None:
        return None
    lo, hi, skip, actor = found
    sp = Speaker(
        cx.text(lo, hi, skip),
        "organization",
        canonical=str(actor.get("name_en", "")),
        kind=str(actor.get("type", "")),
    )
    return hi, sp


def self_named(cx: Cx, ph: Phrase) -> Phrase:
    """The phrase with a group's noun renamed by the name it goes by, when one follows.

    The naming words may have been read into the phrase (``جماعة تطلق``) or follow it; after
    a definite noun alone they follow it (``الجماعة التي تطلق على نفسها "X"``).
    """
    if len(ph.speakers) != 1 or ph.speakers[0].stype != "organization":
        return ph
    if ph.speakers[0].anaphor not in ("", "head"):
        return ph
    first = ph.hi if ph.speakers[0].anaphor else ph.lo + 1
    for k in range(first, min(ph.hi + 1, cx.hi)):
        found = _named(cx, k)
        if found is not None:
            hi, name = found
            sp = ph.speakers[0]
            renamed = replace(
                sp,
                text=name.text,
                stype="organization",
                canonical=name.canonical or sp.canonical,
                kind=name.kind or sp.kind,
                anaphor="",
            )
            return Phrase([renamed], ph.lo, max(hi, ph.hi), ph.kind)
    return ph


def named_group(cx: Cx, i: int) -> Phrase | None:
    """``ما تعرف بـX`` / ``ما يسمى X`` at token ``i``: the name X as the speaker, or None."""
    if cx.word(i) not in ("ما", "وما"):
        return None
    found = _named(cx, i + 1)
    if found is None:
        return None
    hi, sp = found
    head = normalize_str(sp.text).split()[0].removeprefix("ال")
    return Phrase([replace(sp, gender="f", head=head, pos=cx.tokens[i].start)], i, hi)
