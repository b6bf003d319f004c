"""A second speaker joined after a comma: ``اعتبر وزير الدفاع X، ووزير الخارجية Y أن …``.

Two subjects joined by و usually follow each other without punctuation (``قال X وY إن``);
the press also writes a comma before the و when the first subject carries a long title.
After a comma the و may as well open a new clause, so the second phrase is taken as a
co-speaker only when the content opener (``أن``, ``بأن``, ``قائلا``; the ``openers`` of
``data/statement_context.yaml``) or a colon comes right after it.
"""

from __future__ import annotations

from rasd.speakers import Cx, lex

__all__ = ["comma_join", "opens_after"]

_COMMAS = frozenset({",", "،"})


def comma_join(cx: Cx, j: int) -> bool:
    """Only a comma stands before token ``j``, which carries the conjunction و.

    Args:
        cx: The sentence.
        j: Token right after the first speaker phrase.

    Returns:
        True for ``…، وY``.
    """
    return cx.gap(j).strip() in _COMMAS and cx.word(j).startswith("و")


def opens_after(cx: Cx, k: int) -> bool:
    """The content of the statement opens at token ``k`` (an opener word or a colon before it).

    Args:
        cx: The sentence.
        k: Token right after the second speaker phrase.

    Returns:
        True when ``k`` is an opener (``أن``, ``بأن``, ``قائلا``) or a colon precedes it.
    """
    if k >= cx.hi:
        return False
    return ":" in cx.gap(k) or lex().has("openers", cx.word(k))
