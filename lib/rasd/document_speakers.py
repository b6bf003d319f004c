"""A document that speaks for itself: ``وكشف تقرير جديد``, ``أفاد تقرير أمريكي``.

An indefinite report noun (``data/statement_context.yaml``: ``document_speakers``) with at
least one true adjective (a listed one or a nisba form) and no issuer named after it, as
the subject of its verb, is the speaker of its clause, typed as an
organisation, as the gold files do (``تقرير آخر``).
"""

from __future__ import annotations

from rasd.speakers import Cx, Phrase, Speaker, is_nisba, lex

__all__ = ["document_phrase"]


def _adjective(word: str) -> bool:
    """A listed adjective or a singular nisba (``صلاحيات`` is a plural noun, not an adjective)."""
    return lex().has("adjectives", word) or (is_nisba(word) and not word.endswith("ات"))


def document_phrase(cx: Cx, i: int, j: int, noun: str) -> Phrase | None:
    """The report noun at ``i`` with its adjectives up to ``j`` as a speaker, or None.

    Args:
        cx: The sentence.
        i: Token of the noun.
        j: First token after its adjectives.
        noun: The noun without proclitics.
    """
    lx = lex()
    if j <= i + 1 or cx.word(i) != noun or not lx.has("document_speakers", noun):
        return None  # "ووفقا لتقرير صلاحيات الحرب": after a preposition, a title follows
    if not all(_adjective(cx.word(k)) for k in range(i + 1, j)):
        return None
    sp = Speaker(cx.text(i, j), "organization", head=noun, pos=cx.tokens[i].start)
    return Phrase([sp], i, j)
