"""Base rows of subheads that head a paragraph on one base of an article about a force's bases.

Reports that go through a force's bases one by one give each its own subhead (``قاعدة التنف..
حصن على مفترق طرق``) under a headline about the bases of that force (``القواعد الأمريكية في
سوريا``). Subheads are not narrative, so such a base gets a row here when the subhead opens with
the base (``قاعدة X``, or the base name itself) and the headline names the bases of one force
only. A subhead with a force adjective of its own takes that force; one naming another force
than the headline's (``قاعدة حميميم الروسية``) gives none, nor does an article whose headline
names the bases of two forces (``القواعد الأمريكية والروسية``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, presence_words
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["subhead_rows"]

_NOUN_REACH = 2  # tokens between a plural base noun and the force adjective after it
_OPEN_REACH = 1  # tokens before the base in a subhead (the base noun قاعدة)


def _headline_bases_force(doc: Doc) -> str | None:
    """The one force whose bases the headline names (``القواعد الأميركية في سوريا``), or None."""
    nouns = presence_words("base_nouns")
    found: set[str] = set()
    for sent in doc.sentences:
        if sent.kind != "headline":
            continue
        tokens = doc.sentence_tokens(sent)
        forces = {str(a.value) for a in adjective_matcher().find(tokens)}
        for k, tok in enumerate(tokens):
            if tok.text not in nouns:
                continue
            if any(adjective_matcher().match_at(tokens, j) for j in range(k + 1, min(k + 1 + _NOUN_REACH, len(tokens)))):
                found |= forces
    return next(iter(found)) if len(found) == 1 else None


def _own_forces(tokens: list[Token]) -> set[str]:
    return {str(a.value) for a in adjective_matcher().find(tokens)}


def _opening_base(doc: Doc, sent: DocSentence, tokens: list[Token]) -> Any:
    """The base a subhead opens with (``قاعدة التنف..``), or None."""
    nouns = presence_words("base_nouns")
    for m in doc.within(doc.places, sent):
        k = m.first_token - sent.tok_lo
        if k <= _OPEN_REACH and base_of(doc, m) is not None and all(t.text in nouns for t in tokens[:k]):
            return m
    return None


def subhead_rows(doc: Doc, seen: set[str]) -> list[dict[str, Any]]:
    """Rows of bases that open a subhead under a headline on one force's bases.

    Args:
        doc: The article.
        seen: Places of the base rows already given (bases named again give none).

    Returns:
        One row per new base, in subhead order.
    """
    topic = _headline_bases_force(doc)
    if topic is None:
        return []
    rows: list[dict[str, Any]] = []
    for sent in doc.sentences:
        if sent.kind != "subhead":
            continue
        tokens = doc.sentence_tokens(sent)
        m = _opening_base(doc, sent, tokens)
        own = _own_forces(tokens)
        if m is None or (own and own != {topic}):
            continue  # "قاعدة حميميم الروسية" under a headline on US bases
        base = base_of(doc, m)
        if base is None or base["canonical"] in seen:
            continue
        seen.add(base["canonical"])
        rows.append({"count": None, "qualifier": "", "force": topic, "country": base["country"],
                     "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows
