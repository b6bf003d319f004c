"""Postposed reporting clauses: "as a security source said" closing a sentence.

``قتل عشرون شخصا في الهجوم، كما أفاد مصدر أمني.``: the press often names the source
after the facts, in a clause opened by ``كما`` or ``مثلما`` ("as … said") that closes the
sentence: the verb and its subject come last and no content follows them. The content is what the sentence said before the clause.
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["is_postposed"]


def is_postposed(cx: Cx, t: Trigger, stop: int) -> bool:
    """Whether the verb ``t`` opens a closing "as X said" clause (its zone ends at ``stop``).

    Args:
        cx: The sentence.
        t: The reporting verb.
        stop: Where the clause's zone (speaker, channel, outlet) ends.

    Returns:
        True when a comma and a marker of ``postposed_markers`` stand right before the
        verb, and nothing but the speaker's zone follows it up to the sentence's end.
    """
    k = t.first - 1
    return (
        k > cx.lo
        and stop >= cx.hi
        and not t.prefix
        and cx.punct_before(k)
        and lex().has("postposed_markers", cx.word(k))
    )
