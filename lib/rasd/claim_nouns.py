"""A faction's claim told by a verbal noun before another act of its sentence.

``أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة، وتوعدت بمواصلة عملياتها``,
``أعلنت الفصائل استهداف قاعدة حرير، فيما أكد جهاز مكافحة الإرهاب إسقاط مسيرة``: the first
trigger of the sentence (the vow, the downing) stands after the claim, which has no verb of
attack of its own: the verbal noun (``استهداف``) names the act and the claiming verb governs it.
Each such noun before that trigger is a claim row of its own, beside the row of the trigger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.event_types import classify_trigger
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["noun_claims_before"]


def noun_claims_before(
    doc: Doc,
    sent: DocSentence,
    tokens: list[Token],
    trig: PhraseMatch,
    kind: str,
    groups: list[int],
    nouns: Callable[[int], list[PhraseMatch]],
) -> list[dict[str, Any]]:
    """The claims a claiming verb makes by verbal nouns before the sentence's first trigger.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.
        trig: The sentence's first trigger.
        kind: Its event type; a claim itself tells the act (no second row).
        groups: Sentence token indexes where an armed group is named.
        nouns: The attack nouns that report an act with no verb, before a token index.

    Returns:
        One claim row per such noun (none when the trigger is a claim).
    """
    if kind == "claim":
        return []
    rows: list[dict[str, Any]] = []
    for noun in nouns(trig.first_token):
        if classify_trigger(tokens, noun, groups) == "claim":
            rows += event_row(doc, sent, tokens, noun, "claim", (0, trig.first_token))
    return rows
