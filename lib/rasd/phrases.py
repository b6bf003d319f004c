"""Where a speaker phrase starts and what it is: :func:`parse_speaker`.

At a token the reader tries, in order: a quantity before an anonymous head (``ثلاثة مصادر``),
a role, a rank and a name (``الأميرال جون كيربي``), a lexicon actor, a statement noun standing
for its issuer (``بيان لوزارة الدفاع``, :func:`read_statement_phrase`), an organisation noun, an
outlet named after its kind (``موقع "أكسيوس"``), a speaking capital or country, a short form
referring back (``الأخير``, a family name), a bare person's name; two joined by و are coordinated.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.bracket_names import bracket_run
from rasd.complements import NP, complement, read_org
from rasd.document_speakers import document_phrase
from rasd.glossed_names import glossed
from rasd.issued_sources import issued_source, other_document_source
from rasd.joined_subjects import comma_join, opens_after
from rasd.lexicon import PhraseMatch
from rasd.names import is_lone_name, is_registered_family, name_boundary, read_name
from rasd.phrase_tails import org_tail, plural_role, read_role
from rasd.self_names import named_group, self_named
from rasd.speaker_forms import finish_phrase, no_article
from rasd.speakers import (
    Cx,
    Phrase,
    Speaker,
    article_stems,
    clitic_stem,
    clitic_stems,
    gender_of_head,
    is_adjective,
    lex,
    ok_match,
    org_head,
    role_at,
    speaking_place,
)
from rasd.titled_names import apposed_role, titled_name

__all__ = ["parse_speaker", "read_statement_phrase", "finish_phrase"]

_MEDIA_DESCRIPTION = 3  # words between an outlet's kind and its quoted name


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
        r = role_at(cx, i + 1)
        if r is not None and r.value.get("type") == "anonymous_head":
            sp = Speaker(
                cx.text(i, r.last_token + 1),
                "anonymous",
                head=no_article(cx.word(i + 1)),
                anaphor="head",
                pos=cx.tokens[i].start,
            )
            return Phrase([sp], i, r.last_token + 1)
    for person in cx.registry:
        if person.family and stem in (person.family, "ال" + person.family):  # شامي ~ الشامي
            return Phrase([replace(person, anaphor="family", pos=cx.tokens[i].start)], i, i + 1)
    return None


def _statement_noun(word: str, prefixes: tuple[str, ...]) -> tuple[str, bool] | None:
    """``(noun, suffixed)`` when ``word`` is a statement noun, possibly with a pronoun."""
    nouns = lex().words["statement_nouns"]
    for _, stem in article_stems(word, prefixes):
        if stem in nouns:
            return stem, False
        for suf in ("هما", "هم", "ها", "ه"):
            if stem.endswith(suf) and stem[: -len(suf)] in nouns:
                return stem[: -len(suf)], True
    return None


def read_statement_phrase(cx: Cx, i: int, prefixes: tuple[str, ...] = ("",)) -> Phrase | None:
    """A statement noun and its issuer: ``بيان لـ X``, ``بيان X``, ``بيانات نشرتها X``.

    The phrase's ``kind`` is ``backref`` for ``البيان``/``تعبيره`` (no issuer named: the
    issuer of the last statement), ``subject`` for ``بيانات نشرتها`` with no subject
    after the verb (the subject of the sentence) and ``issued`` for ``بيان نشرته X`` (a
    channel when the sentence names its speaker otherwise).
    """
    if lex().has("statement_quantifiers", cx.word(i)) and _statement_noun(cx.word(i + 1), ("",)):
        inner = read_statement_phrase(cx, i + 1)  # "وذكرت سلسلة بيانات وزعتها X"
        return None if inner is None else Phrase(inner.speakers, i, inner.hi, kind=inner.kind)
    found = _statement_noun(cx.word(i), prefixes)
    if found is None:
        return other_document_source(cx, i, prefixes, parse_speaker)  # "بحسب صور نشرها التحالف"
    noun, suffixed = found
    here = Speaker(cx.text(i, i + 1), "organization", anaphor="statement", pos=cx.tokens[i].start)
    j, lx = i + 1, lex()  # "البيان الأخير": «الأخير» right after the noun is its adjective
    while j < cx.hi and (is_adjective(cx.word(j)) or cx.word(j) in lx.words["last_mentioned"]) and not cx.punct_before(j):
        j += 1
    if suffixed or j >= cx.hi or cx.punct_before(j):
        if suffixed or noun.startswith("ال"):
            return Phrase([here], i, j, kind="backref")
        return document_phrase(cx, i, j, noun)
    issued = issued_source(cx, i, j, here, parse_speaker)  # "بيانات نشرتها X", "حصيلة أعلنها X"
    if issued is not None:
        return issued
    link = lx.phrase_at("source_links", cx.tokens, j, cx.hi)
    own = next(
        (k for k in (j, j + 1) if k < cx.hi and cx.word(k) in lx.words["source_pronouns"]), None
    )
    if own == j + 1 and cx.word(j) not in lx.words["issued_words"]:
        own = None
    if own is not None:
        return Phrase([replace(here, anaphor="subject")], i, own + 1, kind="subject")
    if link is not None:
        inner = parse_speaker(cx, link.last_token + 1, prefixes=("", "ل"), names=False)
    elif cx.word(j) == "ل":
        inner = parse_speaker(cx, j + 1, names=False)
    else:
        inner = parse_speaker(cx, j, prefixes=("ل", ""), names=False)
    if inner is None:
        return Phrase([here], i, j, kind="backref") if noun.startswith("ال") else document_phrase(cx, i, j, noun)
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
    lead = 2 if cx.word(i) == "كل" and cx.word(i + 1) == "من" else 0  # "وأكد كل من X وY"
    ph = named_group(cx, i) or _parse_one(cx, i + lead, prefixes, names)
    if ph is None:
        return None
    ph = glossed(cx, self_named(cx, ph), parse_speaker)  # "البنتاغون، أي وزارة الدفاع،"
    if (
        ph.hi < cx.hi
        and not cx.punct_before(ph.hi)
        and ph.speakers[0].anaphor == "head"
        and lex().has("anaphor_modifiers", cx.word(ph.hi))
    ):
        ph.hi += 1
    j = ph.hi
    if j < cx.hi and (not cx.punct_before(j) or comma_join(cx, j)) and cx.word(j).startswith("و"):
        other = _parse_one(cx, j, ("و",), names)
        other = other if other is None or not cx.punct_before(j) or opens_after(cx, other.hi) else None
        if ph.speakers[0].stype == "anonymous" and role_at(cx, j, ("و",)) is None:
            other = None
        if other is not None and other.speakers[0].anaphor:
            other = None
        if other is not None and _can_coordinate(ph.speakers[0], other.speakers[0]):
            return Phrase(
                ph.speakers + [s.with_gender("p") for s in other.speakers], ph.lo, other.hi
            )
    return ph


def _can_coordinate(a: Speaker, b: Speaker) -> bool:
    """Two phrases joined by و are two speakers: same type, or a person and an unnamed group."""
    return a.stype == b.stype or {a.stype, b.stype} == {"person", "anonymous"}


def _parse_one(cx: Cx, i: int, prefixes: tuple[str, ...], names: bool) -> Phrase | None:
    lx = lex()
    j = i
    quant = lx.phrase_at("quantifiers", cx.tokens, j, cx.hi)
    starts = {cx.tokens[j].start + len(p) for p in prefixes if cx.word(j).startswith(p)}
    num = next((n for n in cx.doc.numbers if n.nstart in starts), None)
    if (quant is not None and clitic_stem(cx.word(j), prefixes) is not None) or num is not None:
        k = quant.last_token + 1 if quant is not None else j + 1
        while num is not None and k < cx.hi and cx.tokens[k].end <= num.nend:
            k += 1
        demo = quant is not None and k + 1 < cx.hi and lx.has("demonstratives", cx.word(k))
        k += demo  # "أحد هذه المصادر" is written "أحد المصادر"
        partitive = k < cx.hi and cx.word(k) == "من" and num is not None
        r = role_at(cx, k + 1 if partitive else k) if k < cx.hi else None
        one_of = quant is not None and quant.phrase in ("احد", "احدي") and plural_role(cx.word(k))
        if r is not None and (partitive or one_of) and r.value.get("type") != "anonymous_head":
            np = read_role(cx, r, k + 1)
            np.lo = i
            np.pre = num.nstart - cx.tokens[j].start if num is not None else len(quant.prefix)  # type: ignore[union-attr]
            np.keep[0] = (i, np.keep[0][1])
            sp = finish_phrase(cx, np)
            return Phrase([replace(sp, stype="anonymous", anaphor="", gender="p")], i, np.hi)
        if r is not None and r.value.get("type") == "anonymous_head":
            np = read_role(cx, r, k)
            np.lo = i
            np.keep[0:1] = [(i, k - 1), (k, np.keep[0][1])] if demo else [(i, np.keep[0][1])]
            return Phrase([replace(finish_phrase(cx, np), anaphor="")], i, np.hi)
    r = role_at(cx, j, prefixes)
    if r is not None and r.value.get("lemma") == "الصحفي" and lx.has("press_event_nouns", cx.word(j - 1)):
        return None  # "في مؤتمر صحفي عقده": the adjective of a press event, not a journalist
    if r is None and lx.has("role_prefixes", cx.word(j)) and j + 1 < cx.hi:
        r = role_at(cx, j + 1)
        if r is not None:
            r = PhraseMatch(
                cx.tokens[j].start, r.end, j, r.last_token, cx.word(j) + " " + r.phrase, r.value, ""
            )
    if r is not None:
        np = read_role(cx, r, j)
        return Phrase([finish_phrase(cx, np)], i, np.hi)
    titled = titled_name(cx, j, prefixes)
    if titled is not None:
        return titled
    m = cx.actor(j)
    if ok_match(m, cx, prefixes):
        assert m is not None
        np = NP(
            i,
            _quoted_tail(cx, m.last_token + 1),
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
    for pre, stem in article_stems(cx.word(j), prefixes):  # "بيان للوزارة": ل + الوزارة
        head = (
            org_head(stem)
            if stem[:1] not in "وفلب" or stem.startswith("ال") or lx.has("org_heads", stem)
            else None
        )
        if head is not None:
            np = read_org(cx, j, head, len(pre))
            org_tail(cx, np)
            return Phrase([finish_phrase(cx, np)], i, np.hi)
    media = _media_phrase(cx, j, prefixes)
    if media is not None:
        return media
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


def _media_phrase(cx: Cx, j: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """An outlet named after its kind (``موقع "أكسيوس"``, ``لموقع "أكسيوس" الأميركي``)."""
    for pre, stem in clitic_stems(cx.word(j), prefixes):
        if not lex().has("media_heads", stem):
            continue
        k = j + 1  # "شبكة التلفزة الأميركية "سي بي إس"": a description before the name
        while (
            k < min(cx.hi, j + 1 + _MEDIA_DESCRIPTION)
            and cx.quote_run(k) is None
            and not cx.punct_before(k)
            and k not in cx.quoted
            and (is_adjective(cx.word(k)) or cx.word(k).startswith("ال"))
        ):
            k += 1
        q = cx.quote_run(k) if not cx.punct_before(k) else None
        if q is None:
            q = cx.quote_run(j + 1)
        if q is None:
            q = bracket_run(cx, j + 1)
        m = cx.actor(j + 1)
        if q is None and (m is None or m.prefix):
            continue
        end = q + 1 if q is not None else m.last_token + 1  # type: ignore[union-attr]
        while end < cx.hi and not cx.punct_before(end) and is_adjective(cx.word(end)):
            end += 1
        sp = Speaker(
            cx.text(j, end, len(pre)),
            "organization",
            gender=gender_of_head(stem),
            head=stem,
            media=True,
            pos=cx.tokens[j].start,
            kind="media",
        )
        return Phrase([sp], j, end)
    return None


def _quoted_tail(cx: Cx, k: int) -> int:
    """End of an outlet's quoted name the actor lexicon matched in part.

    ``قناة "السومرية نيوز"``: the lexicon knows ``قناة السومرية``; the words left before the
    closing mark (at most two) are still the name.
    """
    end = k
    while end < cx.hi and end in cx.quoted and end - 1 in cx.quoted and '"' not in cx.gap(end):
        end += 1
    closed = end >= cx.hi or '"' in cx.gap(end) or end not in cx.quoted
    return end if closed and end - k <= 2 else k


def _bare_name(cx: Cx, j: int) -> Phrase | None:
    end = read_name(cx, j)
    if end is None and (is_lone_name(cx, j) or is_registered_family(cx, j)):
        end = j + 1
    if end is None:
        return None
    last = cx.word(end - 1)
    if not (name_boundary(cx, end) or (last.startswith("ال") and last.endswith("ي"))):
        return None
    sp = Speaker(cx.text(j, end), "person", gender="m", family=last, pos=cx.tokens[j].start)
    if end < cx.hi and "," in cx.gap(end):
        r = role_at(cx, end)
        if r is not None and apposed_role(r):
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
