"""The start of a campaign told after «منذ»: a time, not an act of the sentence.

``… أن هجومها هو الأول المعروف ضد البرج 22 منذ بدء استهداف القوات الأمريكية في 17 أكتوبر``: the
attack noun right after ``منذ`` and a noun of beginning (``data/event_triggers.yaml``,
``campaign_start_nouns``: بدء, بداية, انطلاق, اندلاع) names the campaign whose start the clause
dates, as «since the start of the attacks» does in any tally. A row triggered by that noun is
no event: its date is the campaign's start, and its type is read from a clause of no act.

A killing told right after «منذ» (``ومنذ تنفيذ عملية اغتيال قاسم سليماني، أصبحت القواعد هدفاً``,
``منذ مقتل المهندس``; data ``era_killing_nouns``, with ``تنفيذ``/``عملية`` between) marks an era
likewise: the sentence tells what followed it, not the killing.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.text import Token

__all__ = ["drop_campaign_starts"]

_SINCE = "منذ"
_ERA_FILLERS = 2  # words between «منذ» and the killing noun ("منذ تنفيذ عمليه اغتيال")


def _campaign_nouns(doc: Doc, sent: DocSentence) -> set[int]:
    """Original offsets of the attack nouns right after «منذ» and a noun of beginning."""
    tokens = doc.sentence_tokens(sent)
    found = set()
    for k in range(len(tokens) - 2):
        if tokens[k].text == _SINCE and is_word(tokens[k + 1].text, "campaign_start_nouns"):
            m = attack_noun_matcher().match_at(tokens, k + 2)
            if m is not None:
                found.add(doc.nt.to_original(tokens[k + 2].start, tokens[k + 2].end)[0])
        if tokens[k].text.removeprefix("و") == _SINCE:
            found |= {doc.nt.to_original(t.start, t.end)[0] for t in _era_killing(tokens, k + 1)}
    return found


def _era_killing(tokens: list[Token], k: int) -> list[Token]:
    """The tokens from ``k`` to a killing noun after a few filler words (``تنفيذ عمليه اغتيال``), or none."""
    for j in range(k, min(len(tokens), k + _ERA_FILLERS + 1)):
        if is_word(tokens[j].text, "era_killing_nouns"):
            return tokens[k : j + 1]  # a row triggered by a filler ("تنفيذ") is the killing's too
        if not is_word(tokens[j].text, "era_fillers"):
            return []
    return []


def drop_campaign_starts(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the sentence's rows triggered by the attack noun of a campaign's start (see the module docstring).

    Args:
        doc: The article.
        sent: The sentence.
        rows: The sentence's event rows.

    Returns:
        The rows not triggered there.
    """
    starts = _campaign_nouns(doc, sent) if rows else set()
    return [r for r in rows if r.get("start") not in starts] if starts else rows
