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
from functools import lru_cache

from rasd.gazetteer import attack_noun_matcher, event_verb_matcher, weapon_matcher
from rasd.speakers import (
    Cx,
    Speaker,
    clitic_prep,
    is_adjective,
    is_stop,
    lex,
    org_head,
    role_at,
    title_at,
)
from rasd.text import normalize_str

__all__ = [
    "is_registered_family",
    "name_boundary",
    "read_name",
    "name_after",
    "apposed_role",
    "known_name_after",
    "bloc_end",
    "is_lone_name",
]


_TANWEEN_RE = re.compile("[\u064b-\u064d]")
# A derived imperfect verb (ترتبط، يستهدف، تتحدث، ينتظر), or و + a derived perfect verb of
# the feminine (وانطلقت صفارات الإنذار، واستهدفت): never the first word of a name.
_DERIVED_IMPERFECT_RE = re.compile(r"^(?:[تي](?:ست|ت|.ت)..|واست|وان.{2,4}ت$)")
# Pronoun suffixes of a possessed noun (عملياتها، قواته، مواقعهم): never the end of a name.
_POSSESSIVE_ENDS = ("ها", "هم", "هما", "اته")


@lru_cache(maxsize=1 << 16)
def _common_noun(word: str) -> bool:
    """An attack noun, a weapon or an event verb (الهجوم، لهجوم، صواريخ، تعرضت): never a name (memoised)."""
    stems = (word, word[1:]) if word[:1] in "لب" and not word.startswith("ال") else (word,)
    return any(
        w in attack_noun_matcher() or w in weapon_matcher() or w in event_verb_matcher()
        for w in stems
    )


@lru_cache(maxsize=1)
def _object_words() -> frozenset[str]:
    """Words a statement verb needs as its object (حمّل … مسؤوليته): never a name word."""
    need = lex().raw.get("need_object", {})
    return frozenset(w for words in need.values() for w in words)


def name_boundary(cx: Cx, j: int) -> bool:
    """A name may end before token ``j``."""
    if j >= cx.hi or cx.punct_before(j) or is_stop(cx, j):
        return True
    w = cx.word(j)
    if w[:1] in "لب" and not w.startswith("ال"):
        return True
    if _country_at(cx, j):  # "طالب ظريف أميركا بأن": the verb's object follows the name
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
        or w in _object_words()
        or (len(w) >= 5 and w.endswith(_POSSESSIVE_ENDS))
        or _common_noun(w)
        or role_at(cx, j, ("", "و")) is not None
        or j in cx.actor_at
        or _country_at(cx, j)
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
                "content_nouns",
                "evidence_nouns",
                "issued_nouns",
                "issued_pronouns",
                "last_mentioned",
                "subject_verbs",
            )
        )
        or title_at(cx, j) is not None
        or (w[:1] == "ب" and lx.has("content_nouns", w[1:]))  # "أفاد مراسل القناة بسماع دوي"
    )


def _country_at(cx: Cx, j: int) -> bool:
    """A country's name starts at token ``j`` (``طالب ظريف أميركا بأن``: the object, not a name)."""
    m = cx.place_at.get(j)
    return m is not None and isinstance(m.value, dict) and m.value.get("type") == "country"


def _prep_verbal_noun(word: str) -> bool:
    """``بمواصلة``, ``لمواجهة``: ب/ل glued to a noun of the م…ة pattern, never a first name."""
    stem = word[1:]
    return word[:1] in "لب" and len(stem) >= 5 and stem[0] == "م" and stem.endswith("ه")


def _name_start_ok(cx: Cx, j: int) -> bool:
    """A first name may start at token ``j``.

    Not a function word (``علي`` written with ي is a name), and not the article (``ألينا``
    is written with a hamza, the article never is).
    """
    orig = cx.text(j, j + 1)
    if cx.word(j) == "علي" and orig.endswith("ي"):
        return True
    if clitic_prep(cx, j):  # "ورحب الوزير ببيان السوداني": no name starts with a preposition
        return False
    if _prep_verbal_noun(cx.word(j)) or _DERIVED_IMPERFECT_RE.match(cx.word(j)):
        return False
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
                or (lenient and k == j + 1)
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


def name_after(cx: Cx, j: int, appositive: bool) -> tuple[int, int] | None:
    """A name right after a role (after a rank, or set off by commas): its token span."""
    comma = j < cx.hi and cx.punct_before(j)
    if comma and not (appositive and "," in cx.gap(j)):
        return None
    t = title_at(cx, j)
    start = t.last_token + 1 if t is not None else j
    if t is not None and cx.punct_before(start):
        return None
    end = read_name(cx, start, strong=t is not None, lenient=not comma)
    if end is None or _opens_longer_quote(cx, start, end):
        return None
    if comma and not (end >= cx.hi or cx.punct_before(end) or name_boundary(cx, end)):
        return None
    if comma and _apposed_to_next_role(cx, start, end):
        return None
    return start, end


def _apposed_to_next_role(cx: Cx, start: int, end: int) -> bool:
    """A glued-preposition name between two roles belongs to the second role.

    ``جمع فلان، وزير الدفاع الأمريكي، بفلان، وزير الدفاع العراقي``: the name after the comma
    is the object of the verb, named with the role after it, not with the role before it.
    """
    w = cx.word(start)
    glued = w[:1] in "لب" and not w.startswith("ال")
    return glued and end < cx.hi and "," in cx.gap(end) and role_at(cx, end) is not None


def apposed_role(cx: Cx, j: int) -> int | None:
    """``المستشار السابق …، الباحث ريتش أوتزن،``: a second role after a comma; the token after it."""
    if j >= cx.hi or "," not in cx.gap(j):
        return None
    r = role_at(cx, j)
    if r is None or r.value.get("type") == "anonymous_head" or r.last_token + 1 >= cx.hi:
        return None
    k = r.last_token + 1
    while k < cx.hi and not cx.punct_before(k) and is_adjective(cx.word(k)):
        k += 1
    return k if k < cx.hi and not cx.punct_before(k) else None


def known_name_after(cx: Cx, j: int) -> Speaker | None:
    """``وأضاف النائب اسكندر``: one word after a role naming a person of the article."""
    if j >= cx.hi or cx.punct_before(j) or not name_boundary(cx, j + 1):
        return None
    w = cx.word(j)
    for person in cx.registry:
        if w in (person.family, normalize_str(person.text.split()[0])):
            return person
    return None


def bloc_end(cx: Cx, j: int) -> int | None:
    """What an MP sits for (``النائب عن المكون الكردي``, ``عن محافظة نينوى``): its end."""
    m = cx.place_at.get(j)
    if m is not None and m.last_token < cx.hi:
        return m.last_token + 1
    if not cx.word(j).startswith("ال") or is_stop(cx, j):
        return None
    k = j + 1
    while k < cx.hi and not cx.punct_before(k) and is_adjective(cx.word(k)):
        k += 1
    return k


def is_registered_family(cx: Cx, j: int) -> bool:
    """One plain word that is the family name of a person the article names with a role.

    ``وأضاف كيربي: "…"``, ``وأضاف أوستن يوم الاثنين إن``: once the article has named the
    person in full, his family name alone is the speaker whatever follows it (a colon, a
    comma, a time or a channel), not only before an opener. A public figure the press names
    by the family name alone (``public_figures``: ``وقال ترامب للصحفيين:``, ``وقال الكعبي في
    بيان``) needs no earlier full name.
    """
    if j >= cx.hi or j in cx.place_at or j in cx.quoted:
        return False
    w = cx.word(j)
    if w in lex().words["public_figures"]:
        return True
    if len(w) < 3 or w.startswith("ال"):
        return False
    return any(w == person.family and " " in person.text for person in cx.registry)


def is_lone_name(cx: Cx, j: int) -> bool:
    """One plain word right before ``ان``/``بان``/``قائلا``: a family name (``وقال بايدن إن``).

    The word has no article, is not a place, a role, an actor, a weapon or a function word,
    and no punctuation separates it from the opener; or a comma and an office follow it
    (``وقال بايدن، الرئيس الأمريكي، في بيان``).
    """
    if j + 1 >= cx.hi or j in cx.place_at or j in cx.quoted:
        return False
    if cx.punct_before(j + 1):
        r = role_at(cx, j + 1) if "," in cx.gap(j + 1) else None
        if r is None or r.value.get("type") == "anonymous_head":
            return False
    elif not lex().has("openers", cx.word(j + 1)):
        return False
    w = cx.word(j)
    return len(w) >= 3 and not w.startswith("ال") and _name_start_ok(cx, j)


def _opens_longer_quote(cx: Cx, start: int, end: int) -> bool:
    """``وأضاف المسؤول "جميع الأفراد بخير"``: the words open a quotation that runs past them.

    A quoted name fills its marks (``المتحدث "أبو علي العسكري"``); the first words of a longer
    quotation are the statement, not the name of the speaker before it.
    """
    q = cx.quote_run(start)
    return q is not None and q + 1 > end
