"""Where a speaker phrase starts and what it is: :func:`parse_speaker`.

At a token the reader tries, in order: a quantity before an anonymous head (``ثلاثة مصادر``,
``أحد المصادر``), a role (``نائب`` + role too), a rank and a name (``الأميرال جون كيربي``), a
lexicon actor, a statement noun standing for its issuer (``بيان لوزارة الدفاع``,
:func:`read_statement_phrase`), an organisation noun, a speaking capital or country, a
short form referring back (``الأخير``, ``تلك الجماعات``, a family name named elsewhere),
and last a bare person's name. Two phrases joined by و are coordinated speakers.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.complements import NP, complement, org_tail, read_org, read_role
from rasd.lexicon import PhraseMatch
from rasd.names import name_boundary, read_name
from rasd.speakers import (
    Cx,
    Phrase,
    Speaker,
    clitic_stem,
    clitic_stems,
    gender_of_head,
    is_adjective,
    lex,
    ok_match,
    org_head,
    role_at,
    speaking_place,
    title_at,
)

__all__ = ["parse_speaker", "read_statement_phrase", "finish_phrase"]


def _anaphor_phrase(cx: Cx, i: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """Short forms that refer back: الأخير, تلك الجماعات, a family name."""
    w = cx.word(i)
    st = clitic_stem(w, prefixes)
    if st is None:
        return None
    lx = lex()
    stem = st[1]
    if stem in lx.words["last_mentioned"]:
        return Phrase(
            [Speaker(cx.text(i, i + 1), "person", anaphor="last_person", pos=cx.tokens[i].start)],
            i,
            i + 1,
        )
    if stem in lx.words["demonstratives"] and i + 1 < cx.hi:
        head = org_head(cx.word(i + 1)) or ""
        if cx.word(i + 1).startswith("ال") and head:
            sp = Speaker(
                cx.text(i, i + 2), "organization", head=head, anaphor="head", pos=cx.tokens[i].start
            )
            return Phrase([sp], i, i + 2)
    for person in cx.registry:
        if person.family and stem == person.family:
            return Phrase([replace(person, anaphor="family", pos=cx.tokens[i].start)], i, i + 1)
    return None


def _statement_noun(word: str, prefixes: tuple[str, ...]) -> tuple[str, bool] | None:
    """``(noun, suffixed)`` when ``word`` is a statement noun, possibly with a pronoun."""
    nouns = lex().words["statement_nouns"]
    for _, stem in clitic_stems(word, prefixes):
        if stem in nouns:
            return stem, False
        for suf in ("هما", "هم", "ها", "ه"):
            if stem.endswith(suf) and stem[: -len(suf)] in nouns:
                return stem[: -len(suf)], True
    return None


def read_statement_phrase(cx: Cx, i: int, prefixes: tuple[str, ...] = ("",)) -> Phrase | None:
    """A statement noun and its issuer: ``بيان لـ X``, ``بيان X``, ``بيانات نشرتها X``.

    The phrase's ``kind`` is ``backref`` for ``البيان``/``تعبيره`` (no issuer named: the
    issuer of the last statement) and ``subject`` for ``بيانات نشرتها`` with no subject
    after the verb (the subject of the sentence).
    """
    found = _statement_noun(cx.word(i), prefixes)
    if found is None:
        return None
    noun, suffixed = found
    here = Speaker(cx.text(i, i + 1), "organization", anaphor="statement", pos=cx.tokens[i].start)
    j = i + 1
    while j < cx.hi and is_adjective(cx.word(j)) and not cx.punct_before(j):
        j += 1
    if suffixed or j >= cx.hi or cx.punct_before(j):
        return Phrase([here], i, j, kind="backref") if suffixed or noun.startswith("ال") else None
    lx = lex()
    if cx.word(j) in lx.words["issuing_verbs"]:
        inner = parse_speaker(cx, j + 1, names=False)
        if inner is None:
            return Phrase([replace(here, anaphor="subject")], i, j + 1, kind="subject")
        return Phrase(inner.speakers, i, inner.hi)
    link = lx.phrase_at("source_links", cx.tokens, j, cx.hi)
    if link is not None:
        inner = parse_speaker(cx, link.last_token + 1, names=False)
    elif cx.word(j) == "ل":
        inner = parse_speaker(cx, j + 1, names=False)
    else:
        inner = parse_speaker(cx, j, prefixes=("ل", ""), names=False)
    if inner is None:
        return Phrase([here], i, j, kind="backref") if noun.startswith("ال") else None
    return Phrase(inner.speakers, i, inner.hi)


def parse_speaker(
    cx: Cx, i: int, prefixes: tuple[str, ...] = ("",), names: bool = True
) -> Phrase | None:
    """Read a speaker phrase starting at token ``i``.

    Args:
        cx: The sentence.
        i: First token of the phrase.
        prefixes: Proclitics the first word may carry (``""`` for a subject, ``"ل"`` after
            ``وفقا``, ``"و"`` for a coordinated subject).
        names: Accept a bare person's name (not preceded by a role).

    Returns:
        The phrase (speakers and token extent), or None when no speaker starts there.
    """
    if i >= cx.hi:
        return None
    q = cx.quote_run(i)
    if i in cx.quoted and (q is None or q - i > 3) and cx.actor(i) is None:
        return None
    ph = _parse_one(cx, i, prefixes, names)
    if ph is None:
        return None
    j = ph.hi
    if (
        j < cx.hi
        and not cx.punct_before(j)
        and cx.word(j).startswith("و")
        and ph.speakers[0].stype != "anonymous"
    ):
        other = _parse_one(cx, j, ("و",), names)
        if (
            other is not None
            and other.speakers[0].stype == ph.speakers[0].stype
            and not other.speakers[0].anaphor
        ):
            return Phrase(
                ph.speakers + [s.with_gender("p") for s in other.speakers], ph.lo, other.hi
            )
    return ph


def _parse_one(cx: Cx, i: int, prefixes: tuple[str, ...], names: bool) -> Phrase | None:
    lx = lex()
    j = i
    quant = lx.phrase_at("quantifiers", cx.tokens, j, cx.hi)
    num = next((n for n in cx.doc.numbers if n.nstart == cx.tokens[j].start), None)
    if (quant is not None and clitic_stem(cx.word(j), prefixes) is not None) or num is not None:
        k = quant.last_token + 1 if quant is not None else j + 1
        while num is not None and k < cx.hi and cx.tokens[k].end <= num.nend:
            k += 1
        r = role_at(cx, k) if k < cx.hi else None
        if r is not None and r.value.get("type") == "anonymous_head":
            np = read_role(cx, r, k)
            np.lo = i
            np.keep[0] = (i, np.keep[0][1])
            return Phrase([replace(finish_phrase(cx, np), anaphor="")], i, np.hi)
    r = role_at(cx, j, prefixes)
    if r is None and lx.has("role_prefixes", cx.word(j)) and j + 1 < cx.hi:
        r = role_at(cx, j + 1)
        if r is not None:
            r = PhraseMatch(
                cx.tokens[j].start, r.end, j, r.last_token, cx.word(j) + " " + r.phrase, r.value, ""
            )
    if r is not None:
        np = read_role(cx, r, j)
        return Phrase([finish_phrase(cx, np)], i, np.hi)
    titled = _titled_name(cx, j, prefixes)
    if titled is not None:
        return titled
    m = cx.actor(j)
    if ok_match(m, cx, prefixes):
        assert m is not None
        np = NP(
            i,
            m.last_token + 1,
            "actor",
            head=m.phrase.split()[0],
            actor=m,
            pre=len(m.prefix),
            definite=True,
        )
        np.keep.append((i, np.hi))
        complement(cx, np)
        org_tail(cx, np)
        return Phrase([finish_phrase(cx, np)], i, np.hi)
    st = clitic_stem(cx.word(j), prefixes)
    if st is None:
        return None
    sub = read_statement_phrase(cx, j, prefixes)
    if sub is not None:
        return sub
    for pre, stem in clitic_stems(cx.word(j), prefixes):
        head = (
            org_head(stem)
            if stem[:1] not in "وفلب" or stem.startswith("ال") or lx.has("org_heads", stem)
            else None
        )
        if head is not None:
            np = read_org(cx, j, head, len(pre))
            org_tail(cx, np)
            return Phrase([finish_phrase(cx, np)], i, np.hi)
    pm = speaking_place(cx, j, prefixes)
    if pm is not None:
        sp = Speaker(
            cx.text(j, pm.last_token + 1, len(pm.prefix)),
            "organization",
            canonical=pm.value.get("name_en", ""),
            gender="f",
            head=pm.phrase,
            pos=cx.tokens[j].start,
        )
        return Phrase([sp], i, pm.last_token + 1)
    ana = _anaphor_phrase(cx, j, prefixes)
    if ana is not None:
        return ana
    if names and st[0] == "":
        return _bare_name(cx, j)
    return None


def _titled_name(cx: Cx, j: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """``الأميرال جون كيربي المتحدث باسم البنتاغون``: a rank, a name, maybe a role after it."""
    t = title_at(cx, j)
    if t is None or t.prefix not in prefixes:
        return None
    end = read_name(cx, t.last_token + 1, strong=True)
    if end is None:
        return None
    sp = Speaker(
        cx.text(t.last_token + 1, end),
        "person",
        gender="m",
        family=cx.word(end - 1),
        pos=cx.tokens[j].start,
    )
    k = end + 1 if end < cx.hi and "," in cx.gap(end) else end
    r = role_at(cx, k) if k < cx.hi and not (k == end and cx.punct_before(end)) else None
    if r is not None and r.value.get("type") != "anonymous_head":
        np = read_role(cx, r, k)
        if np.name is None:
            fin = finish_phrase(cx, np)
            return Phrase(
                [
                    replace(
                        sp,
                        role=fin.role,
                        affiliation=fin.affiliation,
                        role_key=fin.role_key,
                        gender=fin.gender,
                    )
                ],
                j,
                np.hi,
            )
    return Phrase([sp], j, end)


def _bare_name(cx: Cx, j: int) -> Phrase | None:
    end = read_name(cx, j)
    if end is None:
        return None
    last = cx.word(end - 1)
    if not (name_boundary(cx, end) or (last.startswith("ال") and last.endswith("ي"))):
        return None
    sp = Speaker(cx.text(j, end), "person", gender="m", family=last, pos=cx.tokens[j].start)
    if end < cx.hi and "," in cx.gap(end):
        r = role_at(cx, end)
        if r is not None and r.value.get("type") != "anonymous_head":
            np = read_role(cx, r, end)
            if np.name is not None:
                np.keep.append(np.name)
                np.name = None
            fin = finish_phrase(cx, np)
            sp = replace(
                sp,
                role=fin.role,
                affiliation=fin.affiliation,
                role_key=fin.role_key,
                gender=fin.gender,
            )
            return Phrase([sp], j, np.hi)
    return Phrase([sp], j, end)


def finish_phrase(cx: Cx, np: NP) -> Speaker:
    """Turn a read phrase into a speaker."""
    text = " ".join(cx.text(a, b, np.pre if a == np.lo else 0) for a, b in np.keep)
    canonical = str(np.actor.value.get("name_en", "")) if np.actor is not None else ""
    pos = cx.tokens[np.lo].start
    if np.name is not None:
        name = cx.text(*np.name)
        role, aff = _role_parts(cx, np, text)
        role_norm = cx.norm(np.lo, np.keep[-1][1])[np.pre :]
        fem = cx.word(np.lo).endswith("ه") and not cx.word(np.lo).startswith("احد")
        return Speaker(
            name,
            "person",
            role=role,
            affiliation=aff,
            gender="f" if fem else "m",
            family=cx.word(np.name[1] - 1),
            role_key=role_norm,
            pos=pos,
        )
    if np.kind in ("anon", "role"):
        return _unnamed(cx, np, text, pos)
    if np.acronym is not None:
        text = cx.text(*np.acronym)
    gender = gender_of_head(np.head)
    if np.kind == "actor" and np.actor is not None:
        gender = gender_of_head(cx.word(np.lo))
    bare = (
        np.kind == "org"
        and len(np.keep) == 1
        and np.keep[0][1] - np.keep[0][0] == 1
        and cx.word(np.lo).startswith("ال")
    )
    media = (np.actor is not None and np.actor.value.get("type") == "media") or lex().has(
        "media_heads", np.head
    )
    return Speaker(
        text,
        "organization",
        canonical=canonical,
        gender=gender,
        head=np.head,
        anaphor="head" if bare else "",
        media=media,
        pos=pos,
    )


def _role_parts(cx: Cx, np: NP, text: str) -> tuple[str, str]:
    """Split a role phrase into role and affiliation (``المتحدث باسم`` | ``وزارة الدفاع``)."""
    end = np.keep[-1][1]
    if np.role_end and cx.word(np.role_end - 1) == "باسم" and np.role_end < end:
        return cx.text(np.lo, np.role_end, np.pre), cx.text(np.role_end, end)
    if np.aff is None:
        return text, ""
    aff = cx.text(np.aff[0], np.aff[1], np.aff_skip)
    k = np.aff[0]
    while k > np.lo and cx.word(k - 1) in ("في", "عن", "ل", "ب", "من"):
        k -= 1
    return (cx.text(np.lo, k, np.pre) if k > np.lo else text), aff


def _after_prefix(word: str, pre: int) -> str:
    """``word`` without its ``pre`` proclitic letters (``للمصادر``, 1 → ``المصادر``)."""
    return "ا" + word[pre:] if pre and word[pre - 1 : pre + 1] == "لل" else word[pre:]


def _unnamed(cx: Cx, np: NP, text: str, pos: int) -> Speaker:
    lo_word = _after_prefix(cx.word(np.lo), np.pre)
    role_norm = cx.norm(np.lo, np.keep[-1][1])[np.pre :]
    role, aff = _role_parts(cx, np, text)
    if np.kind == "anon":
        definite = lo_word.startswith("ال") and (
            np.hi == np.keep[0][1] or lex().has("anaphor_modifiers", cx.word(np.hi - 1))
        )
        if not aff or np.head.startswith("مصدر"):
            role = ""
        gender = "f" if np.head.startswith("مصدر") and len(lo_word) > 4 else gender_of_head(lo_word)
        head = np.head[2:] if np.head.startswith("ال") else np.head
        return Speaker(
            text,
            "anonymous",
            role=role,
            affiliation=aff,
            gender=gender,
            head=head,
            anaphor="head" if definite else "",
            role_key=role_norm,
            pos=pos,
        )
    bare_definite = np.hi - np.lo == 1 and lo_word.startswith("ال")
    if (lo_word.endswith(("ون", "ين")) and not aff) or not (
        np.definite or lo_word.startswith("ال")
    ):
        return Speaker(
            text, "anonymous", role=role, gender="p", head=lo_word, role_key=role_norm, pos=pos
        )
    return Speaker(
        text,
        "person",
        role=role,
        affiliation=aff,
        gender="f" if lo_word.endswith("ه") else "m",
        role_key=role_norm,
        anaphor="role",
        head=lo_word if bare_definite else "",
        pos=pos,
    )
