"""A second act joined to the first by «و» after a comma, told with its own day: its own event row.

``أطلقت الفصائل يوم الإثنين صاروخا على قاعدة بلد، وتعرضت عين الأسد يوم الأحد أيضا لقصف
صاروخي``: after a punctuation mark, a finite verb of attack with «و» on it opens a clause of its
own. When that clause names a day or a time of day of its own (``يوم الأحد``, ``أمس``, ``فجر``)
before the next punctuation mark, it tells another incident, not a detail of the first one
(``تعرضت القاعدة لهجوم، وسقطت صواريخ في محيطها`` stays one act). The words are data
(``data/event_triggers.yaml``: ``coordinated_act_verbs``, ``clause_day_words``).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["coordinated_act"]


def _clause_end(tokens: list[Token], k: int, resp: int) -> int:
    """Index of the first token after ``k`` that a punctuation mark separates from the one before."""
    return next((j for j in range(k + 1, resp) if not tokens[j].joined), resp)


def coordinated_act(
    tokens: list[Token], trig: PhraseMatch, triggers: list[PhraseMatch], resp: int
) -> tuple[int, PhraseMatch] | None:
    """Where a second act joined by «و» after ``trig`` opens, and its trigger, if any.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act.
        triggers: The triggers of the sentence's main clause.
        resp: Token index where a response clause starts.
    """
    if str(trig.value) != "attack":
        return None
    for m in triggers:
        k = m.first_token
        if m.value != "attack" or not trig.last_token < k < resp:
            continue
        word = tokens[k].text
        if tokens[k].joined or not word.startswith("و") or not is_word(word, "coordinated_act_verbs"):
            continue
        if any(is_word(tokens[j].text, "clause_day_words") for j in range(k + 1, _clause_end(tokens, k, resp))):
            return k, m
    return None
