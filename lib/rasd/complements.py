"""Reading one speaker phrase: a head (role, anonymous source, organisation) and its complement.

A role or an organisation noun takes construct nouns (``قائد قوات الحدود``), adjectives
that agree in definiteness (``مصادر عراقية مطلعة``, ``الرئاسة العراقية``), quoted names,
prepositional complements that name the body it belongs to (``باسم``, ``في``, ``لـ``, ``عن``,
``من``), then possibly a rank and a name (after a role, read by :mod:`rasd.phrase_tails`). A
place after an anonymous head is read but left out of the speaker (``مصادر أمنية في محافظة
الأنبار``). :func:`rasd.phrases.finish_phrase` turns the read phrase into a
:class:`rasd.speakers.Speaker` with its role and affiliation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.lexicon import PhraseMatch
from rasd.names import bloc_end, read_name
from rasd.place_constructs import location_name_end
from rasd.portfolios import portfolio_end
from rasd.postings import posting_end
from rasd.quoted_names import quoted_affiliation, takes_quoted_name
from rasd.speakers import (
    Cx,
    Speaker,
    clitic_prep,
    conjunction_len,
    is_adjective,
    is_channel_noun,
    is_nisba,
    is_singular_head,
    is_stop,
    lex,
    org_head,
    place_covers,
    role_at,
    speaking_place,
    title_at,
)
from rasd.text import normalize_str

__all__ = ["NP", "take", "affiliation", "complement", "read_org"]

# Prepositions before a place that complete a role: origin (من) and posting (لدى، إلى).
_POSTING_PREPS = frozenset({"من", "لدي", "الي"})


@dataclass
class NP:
    """State of one phrase being read."""

    lo: int
    hi: int
    kind: str
    head: str = ""
    keep: list[tuple[int, int]] = field(default_factory=list)
    aff: tuple[int, int] | None = None
    role_end: int | None = None
    name: tuple[int, int] | None = None
    actor: PhraseMatch | None = None
    acronym: tuple[int, int] | None = None
    open: bool = False
    pre: int = 0
    definite: bool = False
    chain: bool = False
    aff_skip: int = 0
    rtype: str = ""
    rkind: str = ""
    person: Speaker | None = None


def _include(np: NP, a: int, b: int) -> None:
    if np.keep and np.keep[-1][1] == a:
        np.keep[-1] = (np.keep[-1][0], b)
    else:
        np.keep.append((a, b))
    np.hi = b


def take(np: NP, a: int, b: int, definite: bool, still_open: bool = False) -> int:
    """Add tokens ``a..b-1`` to the phrase; return ``b``."""
    _include(np, a, b)
    np.definite = np.definite or definite
    np.open = still_open
    return b


def _location_word(word: str) -> bool:
    """A noun heading a place phrase, with or without the article (``محافظة``, ``البلدة``)."""
    lx = lex()
    return lx.has("location_words", word) or (
        word.startswith("ال") and lx.has("location_words", word[2:])
    )


def _drop_place(cx: Cx, np: NP, j: int) -> int:
    """Read a place phrase after an anonymous head (``في بغداد``), keeping it out of the speaker."""
    k = j + 1
    m = cx.place_at.get(k)
    if m is not None and m.last_token < cx.hi:
        k = m.last_token + 1
    elif _location_word(cx.word(k)):
        k += 1
        while k < cx.hi and not cx.punct_before(k) and not is_stop(cx, k) and k - j < 5:
            k += 1
    else:
        return j
    np.hi = k
    return k


def affiliation(cx: Cx, np: NP, j: int) -> int | None:
    """Read an organisation at ``j`` (actor, organisation noun phrase or quoted name)."""
    q = cx.quote_run(j)
    m = cx.actor(j)
    if m is not None and m.last_token < cx.hi:
        if m.value.get("type") == "media":
            return None
        np.actor = np.actor or m
        return m.last_token + 1
    if q is not None and quoted_affiliation(cx, j, q, np.kind):
        return q + 1
    w = cx.word(j)
    head = org_head(w)
    if head is not None and not lex().has("media_heads", head):
        pre = 1 if w[:1] in "لب" and not w.startswith("ال") and not lex().has("org_heads", w) else 0
        return read_org(cx, j, head, pre).hi
    return None


def _prep_complement(cx: Cx, np: NP, j: int) -> int | None:
    """A ``في``/``لـ``/``عن``/``ب`` complement at ``j``: new end, or None to stop the phrase."""
    w = cx.word(j)
    lx = lex()
    anon = np.kind == "anon"
    if lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None:
        return None  # "وقال المتحدث في اليوم التالي إن": a time phrase, not where he serves
    if np.kind == "role" and (w == "لدي" or w == "عن" and np.rtype != "member"):
        return posting_end(cx, j)
    if w in ("في", "ب") or (w == "من" and anon):
        nxt = j + 1
        if is_channel_noun(cx.word(nxt)):
            return None
        end = affiliation(cx, np, nxt)
        if end is not None and speaking_place(cx, nxt, ("",)) is None:
            np.aff = (nxt, end)
            return end
        if nxt in cx.place_at or _location_word(cx.word(nxt)):
            if anon:
                _drop_place(cx, np, j)
                return None
            m = cx.place_at.get(nxt)
            return m.last_token + 1 if m is not None and m.last_token < cx.hi else nxt + 1
        if not anon and np.kind == "role" and w == "في" and cx.word(nxt).startswith("ال"):
            k = nxt + 1
            while (
                k < cx.hi
                and not cx.punct_before(k)
                and (is_adjective(cx.word(k)) or cx.word(k).startswith("ال"))
            ):
                k += 1
            return k
        return None
    if w.startswith("ب") and anon and (j in cx.place_at or lx.has("location_words", w[1:])):
        _drop_place(cx, np, j - 1)
        return None
    if w.startswith("بال") and np.kind == "role" and np.rtype == "analyst" and j + 1 < cx.hi:
        # "الخبير بالشؤون الاستراتيجية", "المختص بالشأن الأمني": the field of an analyst
        k = j + 1
        while k < cx.hi and not cx.punct_before(k) and is_adjective(cx.word(k)):
            k += 1
        return k
    if w.startswith("ب") and w != "ب":
        m = cx.actor(j)
        if m is not None and m.prefix.endswith("ب") and m.value.get("type") != "media":
            np.aff, np.aff_skip = (j, m.last_token + 1), 1
            np.actor = np.actor or m
            return m.last_token + 1
        pm = cx.place_at.get(j)
        if (
            np.kind in ("role", "org", "actor")  # "جهاز مكافحة الإرهاب بإقليم كردستان"
            and pm is not None
            and pm.prefix.endswith("ب")
            and pm.last_token < cx.hi
        ):
            return pm.last_token + 1
        return None
    if w == "ل":
        q = cx.quote_run(j + 1)
        m = cx.actor(j + 1)
        if q is not None and m is not None and m.value.get("type") != "media" and m.last_token <= q:
            np.aff = (j + 1, q + 1)
            np.actor = np.actor or m
            return q + 1
        return None
    if w.startswith("ل") and not w.startswith("ال"):
        if lx.has("media_heads", w[1:]) or lx.has("media_heads", "ال" + w[2:]):
            return None
        m = cx.actor(j)
        if m is not None and m.prefix.endswith("ل") and m.last_token < cx.hi:
            if m.value.get("type") == "media":
                return None
            if np.aff is None:
                np.aff, np.aff_skip = (j, m.last_token + 1), 1
            np.actor = np.actor or m
            return m.last_token + 1
        r = role_at(cx, j, ("ل",))
        if r is not None:  # "المعاون الإعلامي لأمين عام حركة النجباء": the office's body follows
            end = r.last_token + 1
            body = affiliation(cx, np, end) if end < cx.hi and not cx.punct_before(end) else None
            if body is not None and np.aff is None:
                np.aff = (end, body)
            return body or end
        if org_head(w) is not None:
            end = affiliation(cx, np, j)
            if end is not None:
                np.aff, np.aff_skip = (j, end), 1
                return end
        return portfolio_end(cx, j) if np.kind == "role" else None
    if w == "عن" and np.kind == "role" and np.rtype == "member":
        end = affiliation(cx, np, j + 1) or bloc_end(cx, j + 1)
        if end is not None:
            np.aff = (j + 1, end)
        return end
    return None


def _agrees(cx: Cx, j: int) -> bool:
    """A sound masculine plural adjective (-ين/-ون) follows only a noun of the same shape.

    ``الأمين العام للكتائب المقاتلين``: ``المقاتلين`` cannot describe ``الكتائب``; it is the
    verb's object.
    """
    w = cx.word(j)
    if not w.endswith(("ين", "ون")) or len(w) < 6:
        return True
    return cx.word(j - 1).endswith(("ين", "ون"))


def _restates(cx: Cx, np: NP, j: int, m: PhraseMatch) -> bool:
    """The actor at ``j`` names again, by its alias, the body the phrase just named."""
    if m.prefix or m.last_token >= cx.hi or "(" in cx.gap(j):
        return False
    if np.actor is not None:
        return np.actor is not m and np.actor.value.get("id") == m.value.get("id")
    first = normalize_str(str(m.value.get("name_ar", ""))).split()[:1]
    return bool(first) and any(cx.word(k) == first[0] for k in range(np.lo, j))


# Words of a quoted alias after an organisation's name ("واس", "سانا").
_MAX_ALIAS = 2


def complement(cx: Cx, np: NP) -> None:
    """Extend a head with its construct nouns, adjectives, quoted names and complements."""
    j = np.hi
    while j < cx.hi and not cx.punct_before(j):
        w = cx.word(j)
        q = cx.quote_run(j)
        if _unit_number(cx, np, j):  # "قائد الفرقة 16 في الجيش": the unit's number
            j = take(np, j, j + 1, True)
            continue
        if w in _POSTING_PREPS and np.kind == "role" and j + 1 in cx.place_at:
            # "من العراق", and where an envoy is posted: "السفيرة لدى بغداد", "المبعوث إلى العراق"
            j = np.hi = min(cx.place_at[j + 1].last_token + 1, cx.hi)
            continue
        posted = w == "لدي" and np.kind == "role"  # "المستشار لدى رئيس الوزراء"
        if w in {"في", "عن", "ل"} or posted or (w == "من" and np.kind == "anon") or clitic_prep(cx, j):
            if is_stop(cx, j) and w not in {"في", "عن", "ل", "من", "لدي"}:
                break
            end = _prep_complement(cx, np, j)
            if end is None:
                break
            j = take(np, j, end, np.definite)
            continue
        if is_stop(cx, j) or (title_at(cx, j) is not None and np.kind != "org"):
            break
        if np.kind == "anon" and w.startswith("و") and role_at(cx, j, ("و",)) is not None:
            break
        if np.kind == "anon" and (j in cx.place_at or _location_word(w)):
            _drop_place(cx, np, j - 1)
            while np.hi < cx.hi and not cx.punct_before(np.hi) and is_adjective(cx.word(np.hi)):
                np.hi += 1
            break
        m = cx.actor(j)
        if q is not None:
            if not (takes_quoted_name(np.open, m, j, q) or _quoted_alias(cx, np, q)) or _closed_anon(np):
                break  # "أبلغ مصدر أمني «شفق نيوز» بأن": after its adjective the outlet is the object
            np.actor = np.actor or m
            j = take(np, j, q + 1, True)
            continue
        if m is not None and m.prefix == "" and m.last_token < cx.hi and np.open:
            np.actor = np.actor or m
            j = take(np, j, m.last_token + 1, True)
            continue
        if m is not None and _restates(cx, np, j, m):  # "وزارة الدفاع البنتاغون": the alias again
            j = take(np, j, m.last_token + 1, True)
            continue
        if np.open and np.kind == "role" and (end := location_name_end(cx, j)) is not None:
            j = take(np, j, end, True)  # "حاكم ولاية أيوا كيم رينولدز": the state, then the name
            continue
        plural_org = np.kind == "org" and lex().has("plural_heads", np.head)  # "أحزاب كردية قرار …"
        if np.open and (np.kind == "role" or plural_org) and not np.definite and not w.startswith("ال") and is_adjective(w):
            # "خبراء سياسيون": an adjective ends the construct chain; "خبراء سياسيون الانسحاب" is
            # subject + object
            np.open = False
            j = take(np, j, j + 1, False)
            continue
        construct_ok = (
            np.kind != "anon"
            or np.chain
            or org_head(w) is not None
            or role_at(cx, j) is not None
            # "عضو الاطار", "مسؤول الاعلام": a singular head and the definite noun it belongs to
            or (j == np.lo + 1 and w.startswith("ال") and is_singular_head(np.head) and not np.head.startswith("مصدر"))
        )
        if np.open and construct_ok:
            np.chain = True
            if j in cx.place_at:
                j = take(np, j, min(cx.place_at[j].last_token + 1, cx.hi), True)
                continue
            proper = w.startswith("ال") or j in cx.place_at or place_covers(cx, j)
            j = take(np, j, j + 1, proper, still_open=not proper)
            continue
        if (
            is_adjective(w)
            and w.startswith("ال") == np.definite
            and _agrees(cx, j)
            and (j not in cx.place_at or _nisba_country(cx, j))
        ):
            j = take(np, j, j + 1, np.definite)
            continue
        if (
            w.startswith("و")
            and is_adjective(w[1:])
            and w[1:].startswith("ال") == np.definite
            and j > np.lo
        ):
            j = take(np, j, j + 1, np.definite)
            continue
        break


def _closed_anon(np: NP) -> bool:
    """An anonymous head closed by its adjective, with no construct noun or affiliation yet."""
    return np.kind == "anon" and not np.open and not np.chain and np.aff is None


def _quoted_alias(cx: Cx, np: NP, q: int) -> bool:
    """A short quoted short form after an organisation's name (``وكالة الأنباء السعودية "واس"``).

    The quotation (at most :data:`_MAX_ALIAS` words, ending at ``q``) is the name's alias when
    a relay's ``عن`` or a content opener follows it at once (one or two quoted words are not
    the statement itself), or punctuation follows a single quoted word.
    """
    if np.kind != "org" or q - np.hi + 1 > _MAX_ALIAS:
        return False
    if q + 1 >= cx.hi or cx.punct_before(q + 1):
        return q == np.hi  # "“لن نسكت”،" is speech; one word is a name
    w = cx.word(q + 1)
    return w == "عن" or lex().has("openers", w)


def _unit_number(cx: Cx, np: NP, j: int) -> bool:
    """A number of at most three digits right after a unit noun of the phrase (``الوحدات 70``)."""
    w = cx.word(j)
    return j > np.lo and w.isdigit() and len(w) <= 3 and lex().has("numbered_units", cx.word(j - 1))


def _nisba_country(cx: Cx, j: int) -> bool:
    """A one-word country that is itself a nisba (``السعودية``): after a noun it is its adjective.

    ``وزارة الدفاع السعودية`` is the Saudi ministry, not the ministry and a second speaker.
    """
    m = cx.place_at[j]
    return m.first_token == m.last_token == j and not m.prefix and is_nisba(cx.word(j))


def read_org(cx: Cx, i: int, head: str, pre: int = 0) -> NP:
    """Read an organisation noun at ``i`` (``pre`` proclitic letters) and its complement.

    A conjunction the noun carries (``ووزارة``, ``والحكومة``) is a proclitic too.
    """
    np = NP(i, i + 1, "org", head=head, pre=pre or conjunction_len(cx.word(i)))
    np.keep.append((i, i + 1))
    word = cx.word(i)
    np.definite = word[pre:].startswith("ال") or (pre == 1 and word.startswith("لل"))
    np.open = not np.definite
    complement(cx, np)
    if title_at(cx, np.hi - 1) is not None:
        end = read_name(cx, np.hi, strong=True)
        if end is not None:
            take(np, np.hi, end, True)
    return np
