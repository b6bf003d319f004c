"""The second base of a construct dual whose other base hosts a force.

``أجرت قيادة قاعدتي عريفجان وبيورينغ في الكويت مراسم …`` then ``… في القاعدة الأميركية الأكبر
بالكويت``: the article ties one of the two bases to a force, and the construct dual (``قاعدتي X
وY``, ``معسكري X وY``; ``construct_dual_nouns`` in data/presence_context.yaml) names the two as one
pair of the same kind. The other base of the pair hosts the same force when it lies in the same
country, has no row yet and no other state's adjective owns it (``قاعدتي التنف وحميميم الروسية``).
Only a national force's rows are read (the coalition alone gives no row).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, presence_words
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["with_dual_partners"]

_JOINERS = frozenset({"و"})  # the conjunction between the two names, once split from its word
_ADJECTIVE_REACH = 3  # tokens after the second name where another state's adjective owns it


def _is_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _joined(tokens: list[Token], lo: int, hi: int) -> bool:
    """Only marks and one «و» between two names (``«عريفجان» و«بيورينغ»``, ``التنف والشدادي``)."""
    return [t.text for t in tokens[lo:hi] if _is_word(t.text)] in ([*_JOINERS], [])


def _pairs(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[tuple[Any, Any]]:
    """(match, match) of the two bases right after each construct dual noun of the sentence."""
    duals = presence_words("construct_dual_nouns")
    bases = [m for m in doc.within(doc.places, sent) if base_of(doc, m) is not None]
    found = []
    for k, tok in enumerate(tokens):
        if tok.text not in duals and not (tok.text[:1] in _JOINERS and tok.text[1:] in duals):
            continue
        after = [m for m in bases if m.first_token - sent.tok_lo > k]
        if len(after) < 2 or [t.text for t in tokens[k + 1 : after[0].first_token - sent.tok_lo] if _is_word(t.text)]:
            continue
        first, second = after[0], after[1]
        gap_lo, gap_hi = first.last_token - sent.tok_lo + 1, second.first_token - sent.tok_lo
        if _joined(tokens, gap_lo, gap_hi):  # "والشدادي": the conjunction glued to the name leaves no gap
            found.append((first, second))
    return found


def _owned_by_other(tokens: list[Token], k_last: int, force: str) -> bool:
    window = tokens[k_last + 1 : k_last + 1 + _ADJECTIVE_REACH]
    return any(str(a.value) != force for a in adjective_matcher().find(window))


def with_dual_partners(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, with the partner of a construct dual whose other base has a force's row.

    Args:
        doc: The article.
        rows: Its deployment rows.

    Returns:
        ``rows`` and one new row per partner base (see the module docstring).
    """
    hosted = {str(r["place"]): str(r["force"]) for r in rows if r.get("count") is None and r.get("force") not in ("", None, "coalition")}
    seen = {str(r["place"]) for r in rows if r.get("count") is None}
    added: list[dict[str, Any]] = []
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        for first, second in _pairs(doc, sent, tokens):
            a, b = base_of(doc, first), base_of(doc, second)
            for (held, _), (other, m) in (((a, first), (b, second)), ((b, second), (a, first))):
                force = hosted.get(str(held["canonical"]))
                if force is None or str(other["canonical"]) in seen or other.get("country") != held.get("country"):
                    continue
                if _owned_by_other(tokens, m.last_token - sent.tok_lo, force):
                    continue
                seen.add(str(other["canonical"]))
                added.append({"count": None, "qualifier": "", "force": force, "country": other["country"],
                              "place": other["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows + added
