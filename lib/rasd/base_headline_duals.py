"""Base rows of a headline's two bases that the lede says host a force through a dual noun.

``ماذا نعرف عن قاعدتي عين الأسد وأربيل اللتين هاجمتهما إيران؟`` then ``تعرضت قاعدتان توجد بهما
قوات أمريكية في العراق لهجوم``: the lede names no base, but its dual base noun with a presence
clause and a force points back to the two bases the headline named after its own dual base
noun. Only the first body sentences are read, and only when they name no base of their own.
The dual nouns are in data/presence_context.yaml (``headline_dual_nouns``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["dual_lede_rows"]

_LEDE_SENTENCES = 2  # body sentences read for the dual noun
_CLAUSE_REACH = 4  # tokens between the dual noun and its presence verb
_FORCE_REACH = 4  # tokens after the verb where the force is named


def _headline_duals(doc: Doc) -> list[tuple[Any, Any]]:
    """(sentence, base match) of the bases a headline names after a dual base noun."""
    duals = presence_words("headline_dual_nouns")
    found = []
    for sent in doc.sentences:
        if sent.kind != "headline":
            continue
        tokens = doc.sentence_tokens(sent)
        opened = [k for k, t in enumerate(tokens) if t.text in duals]
        if not opened:
            continue
        bases = [m for m in doc.within(doc.places, sent) if base_of(doc, m) is not None and m.first_token - sent.tok_lo > opened[0]]
        found.extend((sent, m) for m in bases[:2])
    return found


def _hosted_force(tokens: list[Token]) -> str | None:
    """The force a dual base noun's presence clause names (``قاعدتان توجد بهما قوات أمريكية``)."""
    duals = presence_words("headline_dual_nouns")
    for k, tok in enumerate(tokens):
        if tok.text not in duals:
            continue
        for v in presence_verb_matcher().find(tokens):
            if 0 < v.first_token - k <= _CLAUSE_REACH:
                window = tokens[v.last_token + 1 : v.last_token + 1 + _FORCE_REACH]
                named = next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)
                if named is not None:
                    return str(named.value)
    return None


def dual_lede_rows(doc: Doc, seen: set[str]) -> list[dict[str, Any]]:
    """Rows of the headline's two bases when the lede's dual base noun hosts a force.

    Args:
        doc: The article.
        seen: Places of the base rows already given (bases named again give none).

    Returns:
        One row per new base, in headline order.
    """
    named = _headline_duals(doc)
    if len(named) != 2:
        return []
    for sent in doc.narrative()[:_LEDE_SENTENCES]:
        if any(base_of(doc, m) is not None for m in doc.within(doc.places, sent)):
            continue
        force = _hosted_force(doc.sentence_tokens(sent))
        if force is None:
            continue
        rows = []
        for head, m in named:
            base = base_of(doc, m)
            if base is not None and base["canonical"] not in seen:
                seen.add(base["canonical"])
                rows.append({"count": None, "qualifier": "", "force": force, "country": base["country"],
                             "place": base["canonical"], "role": "", **doc.row_evidence(head, m.start, m.end)})
        return rows
    return []
