"""The base of the force that answered an attack (``وردت القوات الأمريكية في حقل العمر بقصف …``).

A reply verb (``ردت``, ``فردت``) followed by a force noun, its modifiers and ``في`` + a base
names where the answering force sits: the base is not what the reply struck, as a stationed
participle (``القوات المتمركزة في حقل العمر``) would say. The reply's own target follows
(``بقصف قرى خشام``). A base after a reply verb with no force noun first (``ردت على الهجوم
في حقل العمر``) is left alone.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch

__all__ = ["is_responder_base"]

_PHRASE_REACH = 4  # tokens from the reply verb to "في" ("ردت قوات التحالف الدولي في")


def is_responder_base(doc: Doc, m: PhraseMatch) -> bool:
    """Whether the place ``m`` ends a reply verb's force phrase (see the module docstring).

    Args:
        doc: The article.
        m: A place match of the gazetteer.

    Returns:
        True when the token before ``m`` is ``في`` and a reply verb followed by a force noun
        opens the few words before it.
    """
    k = m.first_token - 1
    if k < 1 or doc.tokens[k].text != "في":
        return False
    for j in range(k - 1, max(-1, k - _PHRASE_REACH - 1), -1):
        if is_word(doc.tokens[j].text, "response_verbs"):
            return j + 1 < k and is_word(doc.tokens[j + 1].text, "responder_heads")
    return False
