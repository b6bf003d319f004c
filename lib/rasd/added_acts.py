"""Another act added to the first by a reporting word: its own event row.

``… حاولت استهداف قاعدة عين الأسد وتم إسقاطها، مضيفا أنه تم إسقاط طائرة مسيرة أخرى حاولت
استهداف قاعدة التنف``: after a word of adding (``مضيفا``, ``وأضاف``, ``كما``) the source
tells a second act, marked as another one by ``أخرى``/``آخر``/``ثانية`` on its weapon or
attack noun, before or after its trigger (``مضيفا أن هجوما آخر استهدف قاعدة حرير``;
``other_act_words``); ``مرة أخرى`` (again) marks no other act. The first act reads its fields before that word.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["added_act"]

_ADDED_REACH = 6  # tokens between the word of adding and the trigger of the act it adds ("مضيفا انه تم اسقاط")
_OTHER_REACH = 4  # tokens between that trigger and an "اخري" after it ("اسقاط طائره مسيره اخري")


def added_act(tokens: list[Token], trig: PhraseMatch, triggers: list[PhraseMatch], resp: int) -> tuple[int, PhraseMatch] | None:
    """Where a second act added after ``trig`` opens (its word of adding), and its trigger, if any.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act.
        triggers: The triggers of the sentence's main clause.
        resp: Token index where a response clause starts.
    """
    for k in range(trig.last_token + 1, resp):
        if not is_word(tokens[k].text, "adding_words"):
            continue
        for m in triggers:
            if m.value not in {"attack", "interception"} or not k < m.first_token <= k + _ADDED_REACH:
                continue
            around = range(k + 1, min(resp, m.last_token + 1 + _OTHER_REACH))
            if any(is_word(tokens[j].text, "other_act_words") and not is_word(tokens[j - 1].text, "again_nouns") for j in around):
                return k, m
    return None
