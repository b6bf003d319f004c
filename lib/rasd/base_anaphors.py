"""A presence word whose place is a definite base noun that points back, for :mod:`rasd.deployments`.

A sentence that names no base but says a force is at ``القاعدة`` (or ``الموقع``, ``المطار``: data/
presence_context.yaml ``base_anaphors``) after a presence word and ``في`` points back to the base the
sentence before named last: ``… قاعدة التنف. وقالت مصادر إن الجنود الأمريكيين المتمركزين في القاعدة
أسقطوا المسيرة``, ``… قاعدة البرج 22. ويقيم في الموقع نحو 350 عسكريا أمريكيا``. The force stands
right before a participle (``الجنود الأمريكيين المتمركزين``) or after a verb (``يقيم في الموقع …
عسكريا أمريكيا``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["anaphor_presence_rows"]

_FORCE_BEFORE = 4  # tokens before a participle where its force ends
_FORCE_AFTER = 8  # tokens after the base noun where a verb's force is named


def _anaphor_after(tokens: list[Token], verb: PhraseMatch) -> int | None:
    """Index of the base noun after the verb and ``في`` (or after a verb phrase that ends in ``في``), or None."""
    k = verb.last_token + 1
    if tokens[verb.last_token].text not in ("في", "داخل"):
        if k >= len(tokens) or tokens[k].text != "في":
            return None
        k += 1
    return k if k < len(tokens) and tokens[k].text in presence_words("base_anaphors") else None


def _force_of(tokens: list[Token], verb: PhraseMatch, noun: int) -> str | None:
    """The force right before a participle, or named after the base noun for a verb."""
    if verb.value.get("kind") == "participle":
        window = tokens[max(0, verb.first_token - _FORCE_BEFORE) : verb.first_token]
        named = [*adjective_matcher().find(window), *force_matcher().find(window)]
        ending = [f for f in named if f.last_token == len(window) - 1]
        return str(ending[0].value) if ending else None
    if verb.value.get("kind") != "verb":
        return None
    rest = tokens[noun + 1 : noun + 1 + _FORCE_AFTER]
    named = next(iter(adjective_matcher().find(rest)), None) or next(iter(force_matcher().find(rest)), None)
    return str(named.value) if named is not None else None


def anaphor_presence_rows(doc: Doc, sent: DocSentence, tokens: list[Token], last_base: PhraseMatch | None) -> list[dict[str, Any]]:
    """The row of the base named last in the sentence before, when this sentence puts a force at ``القاعدة``.

    Args:
        doc: The article.
        sent: The sentence, which names no base of its own.
        tokens: Tokens of the sentence.
        last_base: The base the sentence before named last, or None.

    Returns:
        One row with the force, evidence the presence word and the base noun; empty otherwise.
    """
    if last_base is None or any(base_of(doc, m) for m in doc.within(doc.places, sent)):
        return []
    for verb in presence_verb_matcher().find(tokens):
        noun = _anaphor_after(tokens, verb)
        force = _force_of(tokens, verb, noun) if noun is not None else None
        if force is None or noun is None:
            continue
        base = base_of(doc, last_base) or last_base.value
        start, end = doc.tokens[sent.tok_lo + verb.first_token].start, doc.tokens[sent.tok_lo + noun].end
        return [{"count": None, "qualifier": "", "force": force, "country": base["country"], "place": base["canonical"],
                 "role": "", **doc.row_evidence(sent, start, end)}]
    return []
