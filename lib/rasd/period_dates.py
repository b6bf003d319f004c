"""Dates that open a period told after «منذ»: ``منذ توليه السلطة قبل خمسة أشهر``.

The date lexicon marks a date as the start of a period when ``منذ`` stands right
before it or one word before (:attr:`rasd.datemention.DateMention.since`). The
press also measures from an event told in a few words (``منذ توليه السلطة``,
``منذ بدء الحرب في 7 أكتوبر``, ``منذ عودته إلى البيت الأبيض في كانون الثاني``): the
date dates that start, not the act of the sentence. An attack noun between them
tells an earlier act of its own (``منذ الهجوم على قاعدة التنف في 5 كانون الثاني``,
:mod:`rasd.cause_clauses`), whose date is kept.
"""

from __future__ import annotations

from rasd.dates import DateMention
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher, weapon_matcher

__all__ = ["opens_period"]

_PERIOD_REACH = 5  # words between «منذ» and the date ("منذ عودته الى البيت الابيض في")


def opens_period(doc: Doc, sent: DocSentence, date: DateMention) -> bool:
    """The date is the start of a period opened by «منذ» a few words before it."""
    before = doc.tokens_between(sent.nstart, date.nstart)[-_PERIOD_REACH - 1 :]
    for k in range(len(before) - 1, -1, -1):
        if is_word(before[k].text, "period_openers"):
            gap = before[k + 1 :]
            return bool(gap) and not any(
                attack_noun_matcher().match_at(gap, j) or weapon_matcher().match_at(gap, j) for j in range(len(gap))
            )
    return False
