"""Postposed reporting clauses: "as a security source said" closing a sentence.

``قتل عشرون شخصا في الهجوم، كما أفاد مصدر أمني.``: the press often names the source
after the facts, in a clause opened by ``كما`` or ``مثلما`` ("as … said") that closes the
sentence: the verb and its subject come last and no content follows them. The content is what the sentence said before the clause.
Agency copy also closes a sentence with a bare ``، قال مصدر أمني.`` (no marker).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["is_postposed", "is_ala_ma"]

# Words a clause must have before a bare postposed verb to be its content.
_MIN_CONTENT = 4


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
    if k <= cx.lo or stop < cx.hi or t.prefix:
        return False
    if cx.punct_before(k) and lex().has("postposed_markers", cx.word(k)):
        return True
    return is_ala_ma(cx, t) or _bare_postposed(cx, t) or _after_opening_quote(cx, t)


def _after_opening_quote(cx: Cx, t: Trigger) -> bool:
    """``"لا نريد الحرب"، أضاف الوزير.``: any reporting verb right after a quotation that opens the sentence."""
    k = t.first - 1
    return (
        "," in cx.gap(t.first).replace("،", ",")
        and k in cx.quoted
        and cx.lo in cx.quoted
        and all(j in cx.quoted for j in range(cx.lo, t.first))
    )


def is_ala_ma(cx: Cx, t: Trigger) -> bool:
    """``…، على ما أفاد مصدر أمني``: after a comma, ``على ما`` ("as … said"); ``ما`` is no negation."""
    k = t.first - 2
    return (
        k > cx.lo
        and not t.prefix
        and t.vend == cx.tokens[t.first].end  # "على ما قاله الوزير": the object of a verb before
        and cx.word(k + 1) == "ما"
        and cx.punct_before(k)
        and not cx.punct_before(k + 1)
        and lex().has("postposed_ma_leads", cx.word(k))
    )


def _bare_postposed(cx: Cx, t: Trigger) -> bool:
    """``سقط صاروخان داخل القاعدة، قال مصدر أمني.``: a saying verb right after a comma, no marker.

    Agency style ("…, a security source said"): only the plain verbs of saying
    (``postposed_bare_verbs``) after a comma that closes a clause of at least
    :data:`_MIN_CONTENT` words not opened by a preposition, so that a fronted phrase
    («وفي المقابل، قال الجيش», «وفي بيان نشرته، قالت الوزارة») is not content.
    """
    return (
        "," in cx.gap(t.first).replace("،", ",")
        and t.first - cx.lo >= _MIN_CONTENT
        and lex().has("postposed_bare_verbs", t.form)
        and not lex().has("prepositions", cx.word(cx.lo))  # "وفي بيان نشرته، قالت الوزارة:" frames
    )
