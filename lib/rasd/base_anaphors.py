"""A presence word whose place is a definite base noun that points back, for :mod:`rasd.deployments`.

A sentence that names no base but says a force is at ``القاعدة`` (or ``الموقع``, ``المطار``: data/
presence_context.yaml ``base_anaphors``) after a presence word and ``في`` points back to the base the
sentence before named last: ``… قاعدة التنف. وقالت مصادر إن الجنود الأمريكيين المتمركزين في القاعدة
أسقطوا المسيرة``, ``… قاعدة البرج 22. ويقيم في الموقع نحو 350 عسكريا أمريكيا``. The force stands
right before a participle (``الجنود الأمريكيين المتمركزين``) or after a verb (``يقيم في الموقع …
عسكريا أمريكيا``). Also a force named right before ``في القاعدة`` (``إن القوات الأمريكية في القاعدة لم
تصب بأذى``) and a force that leaves ``القاعدة`` (``بدأت القوات الأمريكية سحب معداتها من القاعدة``). Under a
headline that names one base, the first body sentences point back to it until the body names a base.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of
from rasd.text import Token, clitic_variants

__all__ = ["anaphor_presence_rows"]

_FORCE_BEFORE = 4  # tokens before a participle where its force ends
_FORCE_AFTER = 8  # tokens after the base noun where a verb's force is named
_US_SIDE = frozenset({"US", "coalition"})  # forces a bare «في القاعدة» or a withdrawal from it is kept for
_LEAVE_REACH = 3  # tokens between a withdrawal word and «من القاعدة»
_LEAVER_REACH = 6  # tokens before a withdrawal word where the force that leaves is named


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


def _named_in(tokens: list[Token], lo: int, hi: int) -> list[PhraseMatch]:
    window = tokens[max(0, lo) : hi]
    return [*adjective_matcher().find(window), *force_matcher().find(window)]


def _bare_force(tokens: list[Token], noun: int) -> str | None:
    """The force that ends right before ``في`` and the base noun (``القوات الأمريكية في القاعدة``), not one with ل."""
    if noun < 2 or tokens[noun - 1].text != "في":
        return None
    lo = max(0, noun - 1 - _FORCE_BEFORE)
    ending = [f for f in _named_in(tokens, lo, noun - 1) if lo + f.last_token == noun - 2]
    if not ending or tokens[lo + ending[0].first_token].text.startswith(("ل", "ول")):
        return None
    return str(ending[0].value)


def _leaving_force(tokens: list[Token], noun: int) -> str | None:
    """The force named before a withdrawal word shortly before ``من`` and the base noun (``سحب معداتها من القاعدة``)."""
    if noun < 2 or tokens[noun - 1].text != "من":
        return None
    words = presence_words("withdrawal_words")
    leave = next(
        (k for k in range(noun - 2, max(-1, noun - 2 - _LEAVE_REACH), -1)
         if any(stem in words for _, stem in clitic_variants(tokens[k].text))),
        None,
    )
    if leave is None:
        return None
    named = _named_in(tokens, leave - _LEAVER_REACH, noun - 1)
    if any(stem in presence_words("other_groups") for t in tokens[: noun - 1] for _, stem in clitic_variants(t.text)):
        return None
    return str(named[-1].value) if named else None


def _resumed_force(tokens: list[Token]) -> tuple[str, int, int] | None:
    """The force a sentence puts at a definite base noun, with the evidence's first and last token."""
    for verb in presence_verb_matcher().find(tokens):
        noun = _anaphor_after(tokens, verb)
        force = _force_of(tokens, verb, noun) if noun is not None else None
        if force is not None and noun is not None:
            return force, verb.first_token, noun
    for noun, t in enumerate(tokens):
        if t.text in presence_words("base_anaphors"):
            force = _bare_force(tokens, noun) or _leaving_force(tokens, noun)
            if force in _US_SIDE:
                return force, max(0, noun - 2), noun
    return None


def anaphor_presence_rows(doc: Doc, sent: DocSentence, tokens: list[Token], last_base: PhraseMatch | None) -> list[dict[str, Any]]:
    """The row of the base named last in the sentence before, when this sentence puts a force at ``القاعدة``.

    Args:
        doc: The article.
        sent: The sentence, which names no base of its own.
        tokens: Tokens of the sentence.
        last_base: The base the sentence before named last (or the headline's, before the body names
            one), or None.

    Returns:
        One row with the force, evidence the presence word and the base noun; empty otherwise.
    """
    if last_base is None or any(base_of(doc, m) for m in doc.within(doc.places, sent)):
        return []
    found = _resumed_force(tokens)
    if found is None:
        return []
    force, first, last = found
    base = base_of(doc, last_base) or last_base.value
    start, end = doc.tokens[sent.tok_lo + first].start, doc.tokens[sent.tok_lo + last].end
    return [{"count": None, "qualifier": "", "force": force, "country": base["country"], "place": base["canonical"],
             "role": "", **doc.row_evidence(sent, start, end)}]
