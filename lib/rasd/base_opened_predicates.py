"""A definite base noun that opens its sentence as the topic of a predicate naming a force's bases.

A sentence that names no base may open with a topic word and ``القاعدة`` (data/presence_context.yaml
``topic_openers`` and ``base_anaphors``) and go on to count it among a force's bases: ``… قاعدة عين
الأسد غرب العراق. وتعد القاعدة من أبرز مواقع القوات الأمريكية في البلاد``, ``وتعتبر القاعدة واحدة من
أكبر القواعد الأمريكية``. The base named before hosts that force, as :func:`rasd.base_predicates.predicate_force`
reads it when the base itself opens the sentence (``وتعد قاعدة عين الأسد من أبرز …``). Called by
:func:`rasd.base_carry.anaphor_host_rows` when no presence verb points back to the base.
"""

from __future__ import annotations

from typing import Any

from rasd.base_predicates import predicate_force
from rasd.base_topic_anaphors import opening_base_noun
from rasd.doc import Doc, DocSentence
from rasd.text import Token

__all__ = ["opened_predicate_rows"]


def opened_predicate_rows(doc: Doc, sent: DocSentence, tokens: list[Token], base: dict[str, Any]) -> list[dict[str, Any]]:
    """A row for ``base`` when an opening ``القاعدة`` is counted among a force's bases.

    Args:
        doc: The article.
        sent: The sentence, which names no base.
        tokens: Tokens of the sentence.
        base: The gazetteer row of the base the article named last.

    Returns:
        One row with the force of the predicate, or nothing.
    """
    noun = opening_base_noun(tokens)
    if noun is None:
        return []
    force = predicate_force(tokens, noun, len(tokens))
    if force is None:
        return []
    start, end = doc.tokens[sent.tok_lo].start, doc.tokens[sent.tok_lo + noun].end
    return [{"count": None, "qualifier": "", "force": force, "country": base["country"],
             "place": base["canonical"], "role": "", **doc.row_evidence(sent, start, end)}]
