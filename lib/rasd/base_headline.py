"""The base a headline names, and a definite base noun of the body with a force adjective.

A body sentence that names no base often speaks of the one the headline named with a definite
base noun and a force adjective: under a headline on an attack on ``البرج 22``, ``الهجوم على القاعدة
العسكرية الأميركية الواقعة في شمال شرق الأردن`` says that the base hosts US forces. The headline
base is the base a later ``القاعدة`` points to until the body names another. A base named after a
proximity word (``قرب``) is such a base only when its sentence names a base noun before it (``قاعدة
تتمركز فيها قوات قرب مطار أربيل``): ``قتلا بقصف أمريكي قرب مطار بغداد`` only places another act.
"""

from __future__ import annotations

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of, is_landmark, scope_of
from rasd.text import Token, clitic_variants

__all__ = ["anaphor_adjective", "headline_base", "may_be_pointed"]

_QUALIFIER_REACH = 2  # qualifiers between the base noun and its force adjective ("العسكرية الجوية")


def headline_base(doc: Doc) -> PhraseMatch | None:
    """The one base the headline names, or None when it names none or several."""
    found: dict[str, PhraseMatch] = {}
    for sent in doc.sentences:
        if sent.kind == "headline":
            for m in doc.within(doc.places, sent):
                base = base_of(doc, m)
                if base is not None:
                    found.setdefault(str(base["canonical"]), m)
    return next(iter(found.values())) if len(found) == 1 else None


def anaphor_adjective(doc: Doc, tokens: list[Token], base: dict, lo: int, hi: int) -> tuple[int, int, str] | None:
    """A definite base noun with a force adjective that points back to ``base``, or None.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        base: The base the noun would point to (its gazetteer entry).
        lo: Norm offset where the sentence starts.
        hi: Norm offset where it ends.

    Returns:
        The noun's first and last token and the adjective's force (``القاعدة العسكرية الأميركية``),
        when the sentence places nothing in another country than the base's (a base outside the
        theatre: no country but its own, ``القاعدة الأميركية الأكبر بالكويت``).
    """
    scope = scope_of(doc, lo, hi)
    if scope and scope != base["country"] and not _names_only_country(doc, lo, hi, str(base["country"])):
        return None  # "القاعدة الأميركية الأكبر بالكويت" after «معسكر عريفجان»: the base's own country
    for k, token in enumerate(tokens):
        if token.text not in presence_words("base_anaphors") or token.text == "الموقع":
            continue
        j = k + 1
        while j < len(tokens) and j - k <= _QUALIFIER_REACH and tokens[j].text in presence_words("base_qualifiers"):
            j += 1
        adj = adjective_matcher().match_at(tokens, j) if j < len(tokens) else None
        if adj is not None:
            return k, adj.last_token, str(adj.value)
    return None


def _names_only_country(doc: Doc, lo: int, hi: int, country: str) -> bool:
    """The sentence names no country but the base's own (outside the theatre its scope is just "out")."""
    named = {str(m.value["name_en"]) for m in doc.places if lo <= m.start < hi and m.value["type"] == "country"}
    return named == {country}


def may_be_pointed(doc: Doc, sent: DocSentence, m: PhraseMatch) -> bool:
    """Whether the base ``m`` may be the one a later «القاعدة» points back to.

    Args:
        doc: The article.
        sent: The sentence that names ``m``.
        m: A place match of the sentence (document token indices).

    Returns:
        True for a base that is no landmark, or a landmark named with or after a base noun of its sentence.
    """
    if not base_of(doc, m):
        return False
    if not is_landmark(doc, m):
        return True
    nouns = presence_words("base_nouns")
    before = doc.tokens[sent.tok_lo : m.first_token + 1]  # "من قاعدة عين الأسد": the base's own noun
    return any(stem in nouns for t in before for _, stem in clitic_variants(t.text))
