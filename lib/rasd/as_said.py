"""An aside that recalls an earlier statement: ``إن الولايات المتحدة -كما أكدت سابقا- لن``.

Inside what a speaker says, the press may recall that someone said the same before, in a
parenthesis opened by a dash, comma or bracket: ``كما`` and a reporting verb, at most
adverbs of time after it (``data/statement_context.yaml``: ``adverbials``), and the
parenthesis closes with the sentence going on without a content of its own (no ``أن``/``إن``
next). Such a verb makes no new statement. ``كما أكد، في تصريحات، أن`` (the verb opening a
sentence, a content after it) stays a statement.
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["is_as_said_aside"]

_AS = "كما"
# How far after the closing mark a content opener would make the verb a statement after all.
_OPENER_REACH = 4


def _after_adverbs(cx: Cx, k: int) -> int:
    """The first token after a run of listed adverbials from ``k``."""
    lx = lex()
    while k < cx.hi:
        m = lx.phrase_at("adverbials", cx.tokens, k, cx.hi)
        if m is None or cx.punct_before(k):
            return k
        k = m.last_token + 1
    return k


def is_as_said_aside(cx: Cx, t: Trigger) -> bool:
    """Whether the verb ``t`` is a ``-كما أكد سابقا-`` aside inside a sentence.

    Args:
        cx: The sentence.
        t: A reporting verb (participles and attributions never are).
    """
    if t.hint in ("participle", "attribution") or t.prefix or t.first - 1 <= cx.lo:
        return False
    if cx.word(t.first - 1) != _AS or not cx.punct_before(t.first - 1):
        return False
    k = _after_adverbs(cx, t.last + 1)
    if k >= cx.hi or not cx.punct_before(k):
        return False
    openers = lex().words["openers"]
    return not any(cx.word(j) in openers for j in range(k, min(cx.hi, k + _OPENER_REACH)))
