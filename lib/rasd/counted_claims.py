"""A claim of counted operations is one claim, not a tally of acts.

``تبنت المقاومة الإسلامية في العراق، تسع عشرة عملية`` tells one act of
the group: it claimed a number of operations. A sentence that counts three or more
attacks is otherwise a tally with no act of its own (:mod:`rasd.events`); a past
verb of claiming whose object is the counted operations keeps its claim row. The
verbs are ``counted_claim_verbs`` of ``data/event_triggers.yaml``. A vague count
(``تبنت في بيانات عشرات الهجمات``) sums up a campaign: no act.
"""

from __future__ import annotations

from rasd.attacks import find_figures, sentence_numbers
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["claims_counted_acts"]

_COUNT_REACH = 12  # tokens between the verb and the number it claims (the group's name may stand between)
_COUNTED_UNITS = frozenset({"attack", "operation"})


def claims_counted_acts(doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch, kind: str) -> bool:
    """True when a past verb of claiming takes an exact count of operations as its object.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        trig: The claim trigger.
        kind: The kind the trigger was read as.
    """
    if kind != "claim" or trig.phrase not in trigger_words("counted_claim_verbs"):
        return False
    hi = tokens[min(len(tokens) - 1, trig.last_token + _COUNT_REACH)].end
    lo = tokens[trig.last_token].end
    return any(
        fig.unit in _COUNTED_UNITS and lo <= fig.num.nstart < hi and fig.how not in {"ordinal", "restated"} and fig.num.kind != "vague"
        for fig in find_figures(doc, tokens, sentence_numbers(doc, sent))
    )
