"""«في القاعدة ذاتها»: a force in the very base the article named before.

``أجرت قوات التحالف تدريبات داخل قاعدة قسرك. … ونفذت القوات الأميركية تدريبات مشابهة في القاعدة
ذاتها``. A definite base noun (data/presence_context.yaml ``base_anaphors``) after في or داخل and
followed by a "same" word (``same_markers``: ذاتها, نفسها) points back to the base named last; a US
force named before it in the sentence is in that base. A sentence that names a base of its own, a
place named between the force and the noun, or no US force (``واستهدف هجوم القاعدة ذاتها``) gives
nothing.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import find_places
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of
from rasd.text import Token, clitic_variants

__all__ = ["same_base_rows"]

_FORCE_REACH = 12  # tokens between the force and the base noun
_PREPOSITIONS = frozenset({"في", "داخل"})


def _same_noun(tokens: list[Token]) -> int | None:
    """Index of «<في|داخل> القاعدة ذاتها» 's base noun, or None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k + 1].text not in presence_words("same_markers"):
            continue
        noun = {stem for _, stem in clitic_variants(tokens[k].text)} & presence_words("base_anaphors")
        prep = tokens[k].text.startswith(("ب", "في")) or tokens[k - 1].text in _PREPOSITIONS
        if noun and prep:
            return k
    return None


def same_base_rows(doc: Doc, sent: DocSentence, tokens: list[Token], named: PhraseMatch | None) -> list[dict[str, Any]]:
    """A row for the base named last when a US force is «في القاعدة ذاتها» in this sentence.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.
        named: The base the article named last, if any.

    Returns:
        One US row for that base, or nothing.
    """
    if named is None or any(base_of(doc, m) for m in doc.within(doc.places, sent)):
        return []
    k = _same_noun(tokens)
    if k is None:
        return []
    before = tokens[max(0, k - _FORCE_REACH) : k]
    forces = [f for f in (*adjective_matcher().find(before), *force_matcher().find(before)) if f.value == "US"]
    if not forces or find_places(before[max(f.last_token for f in forces) + 1 :]):
        return []
    base = base_of(doc, named) or named.value
    t = doc.tokens[sent.tok_lo + k]
    return [{"count": None, "qualifier": "", "force": "US", "country": base["country"], "place": base["canonical"],
             "role": "", **doc.row_evidence(sent, t.start, doc.tokens[sent.tok_lo + k + 1].end)}]
