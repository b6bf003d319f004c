"""The force of bases a presence verb spreads bare troops over, carried from the sentence before.

``وينتشر نحو 2500 جندي أمريكي في العراق. وتتوزع القوات على قواعد في عين الأسد وحرير``: the
second sentence names its troops only as ``القوات`` (or ``هؤلاء``, ``هذه القوات``), and its
bases are the bases of the force the sentence before named last. Nothing is carried when the
sentence names a force of its own (``القوات الروسية``) or local troops (``القوات العراقية``).
The bare subjects are in data/presence_context.yaml (``bare_troop_subjects``).
"""

from __future__ import annotations

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, has_presence_word, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.text import Token

__all__ = ["carried_force"]

_SUBJECT_REACH = 2  # tokens on either side of a presence verb where its bare subject stands


def _bare_subject_verb(tokens: list[Token]) -> int | None:
    """Index of the last token of a presence verb whose subject is a bare troop noun, or None."""
    bare = presence_words("bare_troop_subjects")
    for v in presence_verb_matcher().find(tokens):
        near = range(max(0, v.first_token - 1), min(v.last_token + 1 + _SUBJECT_REACH, len(tokens)))  # "تتوزع القوات" is one verb phrase
        if any(tokens[k].text in bare for k in near):
            return v.last_token
    return None


def _previous_force(doc: Doc, sent: DocSentence) -> str:
    """The force the narrative sentence before ``sent`` names last, or ""."""
    before = [s for s in doc.narrative() if s.tok_hi <= sent.tok_lo]
    if not before:
        return ""
    named = list(force_matcher().find(doc.sentence_tokens(before[-1])))
    return str(named[-1].value) if named else ""


def carried_force(doc: Doc, sent: DocSentence, tokens: list[Token]) -> tuple[str, int] | None:
    """The force of the sentence before and the verb's end, when bare troops are spread over bases.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.

    Returns:
        (force, index of the verb's last token) — bases after that verb take the force — or
        None when the sentence names a force or local troops, or has no such verb.
    """
    if list(force_matcher().find(tokens)) or list(adjective_matcher().find(tokens)) or has_presence_word(tokens, "local_adjectives"):
        return None
    verb_end = _bare_subject_verb(tokens)
    if verb_end is None:
        return None
    force = _previous_force(doc, sent)
    return (force, verb_end) if force else None
