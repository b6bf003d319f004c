"""A read speaker phrase turned into a :class:`rasd.speakers.Speaker`: :func:`finish_phrase`.

The phrase reader (:mod:`rasd.phrases`, :mod:`rasd.complements`) says which tokens are the
head, the role, the affiliation and the name; this module writes the speaker's text, type
(person, organization, anonymous), role and affiliation, gender (a dual head takes dual
verbs, ``إحدى`` feminine ones) and how it may refer back.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.complements import NP
from rasd.phrase_tails import plural_role
from rasd.speakers import Cx, Speaker, gender_of_head, is_nisba, is_singular_head, lex

__all__ = ["finish_phrase", "no_article"]


def finish_phrase(cx: Cx, np: NP) -> Speaker:
    """Turn a read phrase into a speaker."""
    text = " ".join(cx.text(a, b, np.pre if a == np.lo else 0) for a, b in np.keep)
    canonical = str(np.actor.value.get("name_en", "")) if np.actor is not None else ""
    pos = cx.tokens[np.lo].start
    if np.person is not None:
        return replace(np.person, pos=pos, anaphor="")
    if np.name is not None:
        name = cx.text(*np.name)
        role, aff = _role_parts(cx, np, text)
        role_norm = _after_prefix(cx.norm(np.lo, np.keep[-1][1]), np.pre)
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
        acronym = cx.text(*np.acronym)
        if acronym not in text:
            # "سنتكوم" (القيادة المركزية الأمريكية): the full name first, the short one in brackets.
            long_first = len(acronym.split()) > len(text.split())
            text = f"{acronym} ({text})" if long_first else f"{text} ({acronym})"
    gender = gender_of_head(np.head)
    if np.kind == "actor" and np.actor is not None:
        gender = gender_of_head(cx.word(np.lo))
    bare = (
        np.kind == "org"
        and len(np.keep) == 1
        and np.keep[0][1] - np.keep[0][0] == 1
        and np.definite
    )
    words = [cx.word(k) for lo, hi in np.keep for k in range(lo, hi)]
    adjectival = (
        np.kind == "org"
        and np.actor is None
        and len(words) > 1
        and words[0].startswith("ال")
        and all(
            w.startswith("ال") and (is_nisba(w) or lex().has("adjectives", w) or lex().has("generic_adjectives", w))
            for w in words[1:]
        )
        and (is_nisba(words[1]) or lex().has("generic_adjectives", words[1]))
    )
    media = (np.actor is not None and np.actor.value.get("type") == "media") or lex().has(
        "media_heads", np.head
    )
    kind = str(np.actor.value.get("type", "")) if np.actor is not None else ""
    return Speaker(
        text,
        "organization",
        canonical=canonical,
        gender=gender,
        head=np.head,
        anaphor="head" if bare else ("head_adj" if adjectival else ""),
        media=media,
        pos=pos,
        kind="media" if media else kind,
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


def _dual(cx: Cx, np: NP) -> bool:
    """A dual head noun (``مسؤولان``, ``مصدرين``): the phrase takes dual verbs (``وأوضحا``)."""
    word = no_article(cx.word(np.keep[0][1] - 1) if np.keep else "")
    return word.endswith(("ان", "ين")) and word[:-2] == no_article(np.head)


def no_article(word: str) -> str:
    """``word`` without the article ال."""
    return word[2:] if word.startswith("ال") else word


def _unnamed(cx: Cx, np: NP, text: str, pos: int) -> Speaker:
    lo_word = _after_prefix(cx.word(np.lo), np.pre)
    role_norm = _after_prefix(cx.norm(np.lo, np.keep[-1][1]), np.pre)
    role, aff = _role_parts(cx, np, text)
    if np.kind == "anon":
        definite = lo_word.startswith("ال") and (
            np.hi == np.keep[0][1] or lex().has("anaphor_modifiers", cx.word(np.hi - 1))
        )
        if not aff or np.head.startswith("مصدر"):
            role = ""
        gender = "f" if np.head.startswith("مصدر") and len(lo_word) > 4 else gender_of_head(lo_word)
        if _dual(cx, np):
            gender = "d"
        elif lo_word in lex().maps["quantifier_genders"]:
            gender = lex().maps["quantifier_genders"][lo_word]
        head = np.head[2:] if np.head.startswith("ال") else np.head
        # "عضو الاطار": a head made definite by the noun after it may be a person named before
        # with that role ("عصام شاكر، عضو الاطار التنسيقي").
        construct = (
            not lo_word.startswith("ال")
            and is_singular_head(lo_word)
            and not np.head.startswith("مصدر")
            and np.hi > np.lo + 1
            and cx.word(np.lo + 1).startswith("ال")
        )
        return Speaker(
            text,
            "anonymous",
            role=role,
            affiliation=aff,
            gender=gender,
            head=head,
            anaphor="head" if definite else ("role" if construct else ""),
            role_key=role_norm,
            pos=pos,
            kind=np.rkind,
        )
    bare_definite = np.hi - np.lo == 1 and lo_word.startswith("ال")
    if (plural_role(lo_word) and not aff) or not (
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
