"""The ends of speaker phrases: what follows a head and its complement.

:func:`read_role` reads a role (or anonymous head) with its complement
(:func:`rasd.complements.complement`), a second role joined by و (``الخبير الأمني والقيادي
السابق``) and the name of the person set after it, an acronym in brackets possibly coming
first. :func:`org_tail` reads what follows an organisation: its acronym in brackets
(``(قسد)``), an outlet's quoted name or the name of the office holder. :func:`plural_role`
says whether a role noun names several people, after whom no one person's name is read.
"""

from __future__ import annotations

from rasd.complements import NP, affiliation, complement, take
from rasd.gazetteer import role_matcher
from rasd.lexicon import PhraseMatch
from rasd.names import apposed_role, known_name_after, name_after, read_name
from rasd.offices import is_office_pronoun
from rasd.role_qualifiers import qualified_name
from rasd.speakers import (
    Cx,
    is_adjective,
    is_singular_head,
    lex,
    place_covers,
    role_at,
    speaking_place,
    word_in,
)

__all__ = ["read_role", "org_tail", "plural_role"]

_QUOTED_NAME_WORDS = 5  # longest quoted outlet name read after its kind


def read_role(cx: Cx, r: PhraseMatch, i: int) -> NP:
    """Read a role (or anonymous head) matched at ``i``, its complement and a name after it."""
    kind = "anon" if r.value.get("type") == "anonymous_head" else "role"
    np = NP(
        i,
        r.last_token + 1,
        kind,
        head=r.value.get("lemma", r.phrase),
        pre=len(r.prefix),
        rtype=r.value.get("type", ""),
        rkind=r.value.get("kind", ""),
    )
    np.keep.append((i, r.last_token + 1))
    last = cx.word(r.last_token)
    np.definite = any(w.startswith("ال") for w in r.phrase.split()) or place_covers(
        cx, r.last_token
    )
    np.open = r.phrase.endswith("باسم") or not (
        last.startswith("ال") or place_covers(cx, r.last_token) or _closed_by_adjective(kind, r.phrase)
    )
    np.role_end = np.hi
    if r.phrase.endswith(" في") and lex().phrase_at("adverbials", cx.tokens, r.last_token, cx.hi):
        np.hi = np.role_end = r.last_token  # "وأكد مسؤول في وقت لاحق أن": a time phrase follows the head
        np.keep[-1] = (i, np.hi)
        return np
    if r.phrase.endswith(" في"):
        np.role_end -= 1
        end = affiliation(cx, np, np.hi)
        if end is not None and speaking_place(cx, np.hi, ("",)) is None:
            np.aff = (np.hi, end)
            take(np, np.hi, end, True)
    complement(cx, np)
    _coordinated_roles(cx, np)
    if (
        np.hi < cx.hi
        and not cx.punct_before(np.hi)
        and lex().has("anaphor_modifiers", cx.word(np.hi))
    ):
        np.hi += 1
        return np
    if np.kind == "anon" and r.phrase not in lex().words["named_anonymous"]:
        return np
    if np.kind == "role" and plural_role(r.phrase.split()[0]):
        return np  # "محللون وخبراء أمنيون قرار بغداد": no one person's name after a plural
    if np.kind == "role" and np.hi < cx.hi and not cx.punct_before(np.hi) and is_office_pronoun(cx.word(np.hi)):
        np.keep.append((np.hi, np.hi + 1))  # "المتحدث باسمها هاشم الموسوي": the body as a pronoun, then the name
        np.hi += 1
    bracket = _bracket_end(cx, np.hi) if np.kind == "role" else None
    if bracket is not None and name_after(cx, bracket, appositive=True) is not None:
        np.hi = bracket  # "المتحدث باسم وزارة الدفاع (البنتاغون) بات رايدر": the acronym, then the name
    elif bracket is not None and _phrase_ends(cx, bracket):
        np.hi = bracket  # "وكان المتحدث باسم وزارة الدفاع (البنتاغون) أعلن": the alias closes the role
    name = name_after(cx, np.hi, appositive=np.kind == "role")
    if name is None and np.kind == "role":
        name = qualified_name(cx, np.hi)  # "الأمين العام لحركة … التابعة لـ…، فلان الفلاني،"
    if name is None and np.kind == "anon" and is_singular_head(np.head):
        # "القيادي في حركة النجباء، حسن الموسوي، إن": a name set off by commas
        name = name_after(cx, np.hi, appositive=True)
        if name is not None and (
            name[1] >= cx.hi
            or "," not in cx.gap(name[1])
            or any(lex().has(k, cx.word(name[0])) for k in ("hedge_starters", "hedge_markers"))
            or any(lex().has("hedge_markers", cx.word(x)) for x in range(*name))
        ):
            name = None
    second = apposed_role(cx, np.hi) if name is None and np.kind == "role" else None
    if second is not None:
        name = name_after(cx, second, appositive=False)
        if name is not None:
            np.keep.append((np.hi, second))
    if name is None and np.kind in ("role", "anon"):
        name = _chained_name(cx, np)  # "عضو لجنة … في مجلس الشيوخ السيناتور فلان"
    if name is not None:
        np.name = name
        np.hi = name[1]
    elif np.kind == "role":
        np.person = known_name_after(cx, np.hi)
        if np.person is not None:
            np.name = (np.hi, np.hi + 1)
            np.hi += 1
    return np


def _closed_by_adjective(kind: str, phrase: str) -> bool:
    """``مصدر أمني وكالة الأنباء``: an anonymous head listed with its adjective takes no construct noun.

    After an adjective the noun phrase is closed (Arabic grammar: the construct noun comes
    right after its head), so a noun there is the verb's object (the outlet told), not part
    of the source.
    """
    words = phrase.split()
    return kind == "anon" and len(words) > 1 and is_adjective(words[-1])


def plural_role(word: str) -> bool:
    """A role noun naming several people: محللون، الخبراء (not الأمين، أمين)."""
    stem = word[2:] if word.startswith("ال") else word
    if word_in(stem, lex().words["singular_on_heads"]):
        return False  # "المعاون": a singular noun ending in -ون
    return len(stem) >= 5 and stem.endswith(("ون", "ين")) or word_in(stem, lex().words["plural_people"])


def _chained_name(cx: Cx, np: NP) -> tuple[int, int] | None:
    """``وزير الاتصال الناطق باسم الحكومة مهند مبيضين``: a second role, no comma, then the name.

    Both roles are kept in the speaker's role; without a name after the second one the
    phrase ends after the first.
    """
    j = np.hi
    if j >= cx.hi or cx.punct_before(j) or not cx.word(j).startswith("ال"):
        return None
    r = role_at(cx, j)
    if r is None or r.value.get("type") == "anonymous_head" or plural_role(r.phrase.split()[0]):
        return None
    sub = NP(j, r.last_token + 1, "role")
    sub.definite = True
    sub.open = r.phrase.endswith("باسم") or not cx.word(r.last_token).startswith("ال")
    complement(cx, sub)
    name = name_after(cx, sub.hi, appositive=False)
    if name is not None:
        np.keep.append((j, sub.hi))
    return name


def _coordinated_roles(cx: Cx, np: NP) -> None:
    """``الخبير الأمني والقيادي السابق في …``: a second role joined to the first."""
    j = np.hi
    while j < cx.hi and not cx.punct_before(j) and cx.word(j).startswith("و"):
        r = role_at(cx, j, ("و",))
        if r is None or (np.kind == "anon" and r.value.get("type") == "anonymous_head"):
            return
        sub = NP(j, r.last_token + 1, "role", pre=1)
        sub.definite = cx.word(r.last_token).startswith("ال")
        sub.open = r.phrase.endswith("باسم") or not sub.definite
        complement(cx, sub)
        np.keep.append((j, sub.hi))
        np.hi = j = sub.hi


def _phrase_ends(cx: Cx, j: int) -> bool:
    """A speaker phrase may end before ``j``: a mark, a content opener, ``قد`` or a reporting word."""
    if j >= cx.hi or cx.punct_before(j):
        return True
    w = cx.word(j)
    return lex().has("openers", w) or lex().has("pre_verb", w) or j in cx.trigger_at


def _bracket_end(cx: Cx, j: int) -> int | None:
    """End of a short run in brackets starting at token ``j`` (``(البنتاغون)``), or None."""
    if j >= cx.hi or "(" not in cx.gap(j):
        return None
    k = j
    while k + 1 < cx.hi and ")" not in cx.gap(k + 1) and k - j < 2:
        k += 1
    return k + 1 if k + 1 >= cx.hi or ")" in cx.gap(k + 1) else None


def org_tail(cx: Cx, np: NP) -> None:
    """After an organisation: an acronym in brackets (``(قسد)``), or the name of the office holder."""
    j = np.hi
    if j < cx.hi and "(" in cx.gap(j):
        end = _bracket_end(cx, j)
        if end is not None:
            np.acronym = (j, end)
            np.hi = end
        return
    if j < cx.hi and not cx.punct_before(j) and lex().has("name_tails", cx.word(j)):
        np.keep.append((j, j + 1))  # "وكالة رويترز للأنباء"
        np.hi = j = j + 1
    q = cx.quote_run(j) if j < cx.hi and not cx.punct_before(j) and lex().has("media_heads", np.head) else None
    after = q + 1 if q is not None else cx.hi
    if (
        q is not None
        and q - j < _QUOTED_NAME_WORDS
        and not lex().has("openers", cx.word(j))
        and (after >= cx.hi or cx.punct_before(after) or lex().has("openers", cx.word(after)))
    ):
        np.keep.append((j, q + 1))  # "شبكة التلفزة الأميركية "سي بي إس نيوز"": the outlet's name
        np.hi = q + 1
        return
    if any(role_matcher().match_at(cx.tokens, x) is not None for x in range(np.lo + 1, np.hi)):
        end = read_name(cx, j)
        if end is not None and (
            end >= cx.hi or cx.punct_before(end) or lex().has("openers", cx.word(end))
        ):
            np.hi = end
