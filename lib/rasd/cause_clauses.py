"""Clauses that tell the earlier act a strike answers or follows, cut off from the act's own place.

``شنت القوات الأمريكية غارات على مواقع في العراق، بعد أيام من هجوم استهدف قاعدة عين الأسد``:
the base belongs to the attack the strikes follow, not to the strikes. A since cue
(``بعد``, ``عقب``, ``منذ``) opens such a clause when a single attack noun follows it, right
after it or after a span of time (``بعد أسبوع من كمين``, ``بعد يومين على الهجوم``), or
strikes a US adjective marks (``تعرضت القاعدة لقصف، بعد غارات جوية أميركية استهدفت مواقع``), or
strikes a relative clause says the US flew (``في أعقاب الضربات التي شنتها القوات الأمريكية يوم الجمعة``).
``بدأت تنفيذ ضربات انتقامية في العراق وسورية على مقتل الجنود في هجوم الأردن``: after a
word of revenge, ``على`` before a killing or an attack opens the clause of what is avenged.
"""

from __future__ import annotations

from functools import cache

from rasd.event_agents import us_agent_after
from rasd.event_lexicon import is_word, trigger_words, us_matcher
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import word_set
from rasd.text import Token

__all__ = ["cause_start", "earlier_act_after", "us_marked_strikes"]

_SPAN_REACH = 4  # words of a span of time between a since cue and the attack noun ("بعد نحو اسبوعين من")
_REVENGE_REACH = 8  # words between a strike trigger and the "علي" of what it avenges


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _single_noun_at(tokens: list[Token], k: int) -> bool:
    m = attack_noun_matcher().match_at(tokens, k) if k < len(tokens) else None
    return m is not None and (m.phrase == m.value.get("lemma") or not m.phrase.endswith(("ات", "ين", "ان")))


def us_marked_strikes(tokens: list[Token], k: int) -> bool:
    """Attack nouns at ``k`` with a US adjective after them (``غارات جويه اميركيه``): acts of the other side."""
    m = attack_noun_matcher().match_at(tokens, k) if k < len(tokens) else None
    if m is None:
        return False
    j = m.last_token + 1
    if j < len(tokens) and is_word(tokens[j].text, "strike_adjectives"):
        j += 1
    us = us_matcher().match_at(tokens, j) if j < len(tokens) else None
    return us is not None and us.phrase in trigger_words("us_adjectives")


def _us_flown_wave(tokens: list[Token], k: int) -> bool:
    """Strikes at ``k`` whose relative clause names the US as their striker (``الضربات التي شنتها القوات الأمريكية``)."""
    m = attack_noun_matcher().match_at(tokens, k) if k < len(tokens) else None
    return m is not None and us_agent_after(tokens, m)


def earlier_act_after(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a since cue followed by a single attack noun, directly or after a span of time.

    Args:
        tokens: The sentence tokens.
        k: Index of the word tested.

    Returns:
        Whether the clause opened at ``k`` tells an earlier act.
    """
    if not is_word(tokens[k].text, "since_cues"):
        return False
    if _single_noun_at(tokens, k + 1) or us_marked_strikes(tokens, k + 1) or _us_flown_wave(tokens, k + 1):
        return True
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + _SPAN_REACH)):
        word = tokens[j].text
        if word in _words("since_links") and j > k + 1:
            return _single_noun_at(tokens, j + 1)
        if word not in _words("since_span_words") and not word.isdigit():
            return False
    return False


def _avenged_at(tokens: list[Token], k: int) -> bool:
    """``علي`` at ``k`` names a killing or an attack (``علي مقتل الجنود``, ``علي هجوم الاردن``)."""
    if tokens[k].text != "علي" or k + 1 >= len(tokens):
        return False
    return tokens[k + 1].text in _words("killing_words") or attack_noun_matcher().match_at(tokens, k + 1) is not None


def cause_start(tokens: list[Token], after: int) -> int:
    """Index of the first word of a clause telling an earlier act, after token ``after``, or ``len(tokens)``.

    Args:
        tokens: The sentence tokens.
        after: Index of the last token of the act's trigger.

    Returns:
        Where the clause of the earlier act opens: a since cue before it
        (:func:`earlier_act_after`), or the ``علي`` of what a revenge word avenges.
    """
    revenge = False
    for k in range(after + 1, len(tokens) - 1):
        if earlier_act_after(tokens, k):
            return k - 1 if k - 1 > after and tokens[k - 1].text in _words("since_preps") else k  # "في اعقاب"
        revenge = revenge or is_word(tokens[k].text, "revenge_words")
        if revenge and k - after <= _REVENGE_REACH and _avenged_at(tokens, k):
            return k
    return len(tokens)
