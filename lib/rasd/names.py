"""Person names in a speaker phrase: where a name starts and where it ends.

Arabic news writes a person as a role, maybe a rank, then two to four name words
(``وزير الدفاع الأميركي لويد أوستن``, ``اللواء يحيى رسول``, ``أبو زينب الساعدي``), or a name
alone before an apposition (``مهدي العلاق، المتحدث باسم …``). Without capital letters the
end of a name is read from its shape: a family name with the article ends it (a nisba
``الساعدي`` always, another word only before a boundary), as does punctuation, a
preposition, a reporting verb, a role or a quotation. Words with tanween (``طيراناً``) and
lexicon words (roles, organisations, places, adjectives) are never names.
"""

from __future__ import annotations

import re

from rasd.speakers import Cx, clitic_prep, is_stop, lex, org_head, role_at, title_at

__all__ = ["name_boundary", "read_name"]


_TANWEEN_RE = re.compile("[\u064b-\u064d]")


def name_boundary(cx: Cx, j: int) -> bool:
    """A name may end before token ``j``."""
    if j >= cx.hi or cx.punct_before(j) or is_stop(cx, j):
        return True
    w = cx.word(j)
    if w[:1] in "لب" and not w.startswith("ال"):
        return True
    return role_at(cx, j) is not None or cx.quote_run(j) is not None or title_at(cx, j) is not None


def _bad_name_word(cx: Cx, j: int) -> bool:
    w = cx.word(j)
    lx = lex()
    return (
        not w
        or _TANWEEN_RE.search(cx.text(j, j + 1)) is not None
        or is_stop(cx, j)
        or w.isdigit()
        or role_at(cx, j, ("", "و")) is not None
        or j in cx.actor_at
        or org_head(w) is not None
        or any(
            lx.has(k, w)
            for k in (
                "location_words",
                "media_heads",
                "statement_nouns",
                "channel_nouns",
                "adjectives",
                "quantifiers",
                "last_mentioned",
            )
        )
        or title_at(cx, j) is not None
    )


def _name_start_ok(cx: Cx, j: int) -> bool:
    """A first name may start at token ``j``.

    Not a function word (``علي`` written with ي is a name), and not the article (``ألينا``
    is written with a hamza, the article never is).
    """
    orig = cx.text(j, j + 1)
    if cx.word(j) == "علي" and orig.endswith("ي"):
        return True
    if cx.word(j).startswith("ال"):
        return orig[:2] in ("أل", "إل", "آل") and not _bad_name_word(cx, j)
    return not _bad_name_word(cx, j)


def read_name(cx: Cx, j: int, strong: bool = False, lenient: bool = False) -> int | None:
    """End (exclusive) of a person's name starting at token ``j``, or None.

    Args:
        cx: The sentence.
        j: First token of the candidate name.
        strong: A rank or title stands before it (a name must follow).
        lenient: A role stands before it: two plain words may be a name even when the
            next word is not a boundary (``وزير الخارجية فلان فلان العاصمة``).
    """
    if j >= cx.hi or not _name_start_ok(cx, j):
        return None
    if j in cx.place_at and not strong:
        return None
    k = j + 1
    while (
        k < cx.hi
        and k - j < 4
        and not cx.punct_before(k)
        and (
            not _bad_name_word(cx, k)
            or cx.word(k - 1) in lex().words["name_links"]
            and _name_start_ok(cx, k)
        )
        and not clitic_prep(cx, k)
        and (k in cx.quoted) == (j in cx.quoted)
    ):
        w, prev = cx.word(k), cx.word(k - 1)
        if w.startswith("ال") and prev not in lex().words["name_links"]:
            if (
                w.endswith("ي")
                or name_boundary(cx, k + 1)
                or any(p.family == w for p in cx.registry)
            ):
                k += 1
            break
        k += 1
    n = k - j
    last = cx.word(k - 1)
    if strong and n >= 1:
        return k if n < 3 or last.startswith("ال") or name_boundary(cx, k) else j + 2
    if n >= 2 and last.startswith("ال"):
        return k
    if name_boundary(cx, k):
        return k if n >= 2 else None
    if lenient and n >= 2 and not any(cx.word(x).endswith(("ه", "ا")) for x in (j, j + 1)):
        return j + 2
    return None
