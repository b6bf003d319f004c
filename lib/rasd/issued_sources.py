"""The issuer named in a relative clause after a document noun: ``وفق حصيلة أعلنها البنتاغون``.

After an attribution (``بحسب``، ``وفقا لـ``) or as a subject, a document noun is often followed
by a relative clause whose verb publishes it and whose subject is its source: ``بحسب حصيلة
أولية أوردها مصدر محلي``، ``وفق نص نشرته اليوم الأحد وزارة الدفاع``، ``ووفق المعلومات التي
جمعها المرصد``، ``وفقا لتقرير صلاحيات الحرب الذي رفعه البيت الأبيض``. The verb carries an
object pronoun back to the noun (``issuing_stems`` of ``data/statement_context.yaml`` with
ه/ها/هم/هما) or is one of the bare ``issuing_verbs`` (``نشرت``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rasd.speakers import Cx, Phrase, Speaker, article_stems, is_adjective, lex

__all__ = ["issued_source", "other_document_source"]

_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
_MAX_TITLE = 3  # words of a document's title before its relative (تقرير صلاحيات الحرب الذي)
Parse = Callable[..., "Phrase | None"]


@lru_cache(maxsize=1)
def _pronoun_forms() -> frozenset[str]:
    forms: set[str] = set()
    for stem in lex().words["issuing_stems"]:
        for pron in _OBJECT_PRONOUNS:
            forms.update({stem + pron, stem + "ت" + pron, stem + "و" + pron})
    return frozenset(forms)


def _issuing(word: str, bare: bool) -> bool:
    return word in _pronoun_forms() or (bare and word in lex().words["issuing_verbs"])


def _verb_at(cx: Cx, j: int, bare: bool, title: int) -> int | None:
    """The issuing verb at ``j``, or after up to ``title`` words and a relative (``… الذي رفعه``)."""
    if j < cx.hi and not cx.punct_before(j) and _issuing(cx.word(j), bare):
        return j
    for r in range(j, min(cx.hi - 1, j + title + 1)):
        if cx.punct_before(r) or cx.punct_before(r + 1) or lex().has("prepositions", cx.word(r)):
            return None
        if cx.word(r) in lex().raw["relatives"]:
            return r + 1 if _issuing(cx.word(r + 1), bare) else None
    return None


def _source_start(cx: Cx, k: int) -> int:
    """The token after a time phrase right after the verb (``نشرته اليوم الأحد وزارة …``)."""
    while k < cx.hi and not cx.punct_before(k):
        if k in cx.date_at:
            k = cx.date_at[k] + 1
        elif lex().has("time_words", cx.word(k)):
            k += 1
        else:
            break
    return k


def issued_source(
    cx: Cx, i: int, j: int, here: Speaker | None, parse: Parse, title: int = _MAX_TITLE
) -> Phrase | None:
    """The source of the document noun at ``i`` (its adjectives end before ``j``), or None.

    Args:
        cx: The sentence.
        i: Token of the document noun.
        j: First token after the noun's adjectives.
        here: The noun as a speaker, for a verb with no subject after it (``بيانات نشرتها``:
            the sentence subject issued them); None when a source must be named.
        parse: The speaker-phrase reader (:func:`rasd.phrases.parse_speaker`).
        title: Words of a title the noun may take before a relative pronoun.

    Returns:
        The source's phrase (kind ``issued``), the noun itself (kind ``subject``), or None.
    """
    k = _verb_at(cx, j, here is not None, title)
    if k is None:
        return None
    s = _source_start(cx, k + 1)
    inner = parse(cx, s, names=False) if s < cx.hi and (s == k + 1 or not cx.punct_before(s)) else None
    if inner is not None:
        return Phrase(inner.speakers, i, inner.hi, kind="issued")
    if here is None or k > j + 1:  # "بيان الكتائب الذي نشرته": the title names the issuer
        return None
    return Phrase([replace(here, anaphor="subject")], i, k + 1, kind="subject")


def other_document_source(cx: Cx, i: int, prefixes: tuple[str, ...], parse: Parse) -> Phrase | None:
    """``بحسب صور نشرها التحالف``: a noun that is no statement noun, with an issuing relative."""
    if i >= cx.hi or i in cx.quoted or cx.actor(i) is not None:
        return None
    stems = [stem for _, stem in article_stems(cx.word(i), prefixes)]
    if not stems or all(len(stem) < 2 or lex().has("prepositions", stem) for stem in stems):
        return None
    j = i + 1
    while j < cx.hi and not cx.punct_before(j) and is_adjective(cx.word(j)):
        j += 1
    return issued_source(cx, i, j, None, parse, title=0)
