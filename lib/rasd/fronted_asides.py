"""An aside between a fronted subject and its verb: ``الحكومة العراقية، من جهتها، أكدت``.

Arabic sets off a turn marker (``من جهتها``, ``بدوره``), a channel phrase (``في بيان``,
``في بيان مقتضب لها``), a time (``مساء الثلاثاء``) or an adverb (``مجددا``) with commas between
a subject named first and its verb; the subject still speaks.
"""

from __future__ import annotations

from rasd.speakers import Cx, is_adjective, lex

__all__ = ["aside_end"]

# Words that may follow the statement noun of a channel aside (في بيان له، في بيان مقتضب).
_CHANNEL_TAILS = frozenset({"له", "لها", "لهم", "لهما"})


def _channel_tail(word: str) -> bool:
    return is_adjective(word) or word in _CHANNEL_TAILS


def aside_end(cx: Cx, j: int) -> int | None:
    """The token after an aside opening at ``j`` and closed by punctuation, or None.

    Args:
        cx: The sentence.
        j: The first token after the comma that follows the subject.

    Returns:
        The token after the aside, when punctuation follows it; otherwise None.
    """
    lx = lex()
    m = lx.phrase_at("turn_markers", cx.tokens, j, cx.hi)
    m = m or lx.phrase_at("adverbials", cx.tokens, j, cx.hi)
    if m is not None:
        k = m.last_token + 1
    elif j in cx.date_at:
        k = cx.date_at[j] + 1
    elif cx.word(j) in ("في", "عبر") and cx.word(j + 1) in lx.words["statement_nouns"]:
        k = j + 2
        while k < cx.hi and not cx.punct_before(k) and _channel_tail(cx.word(k)):
            k += 1
    else:
        return None
    return k if k < cx.hi and cx.punct_before(k) else None
