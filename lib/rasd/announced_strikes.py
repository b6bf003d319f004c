"""A strike its US or coalition author announces with a verbal noun: ``أعلن التحالف الدولي استهدافه مواقع``.

A reporting verb (``claim_reporters``: ``أعلن``, ``أكدت``), its subject, then a verbal noun of
attack carrying the subject's possessive (``own_act_nouns``: ``استهدافه``, ``قصفها``) tell an
act of the subject itself. When the subject is American or the US-led coalition (``التحالف
الدولي``, ``القيادة المركزية الأمريكية``) the act is a US strike. An armed group that announces
its own act (``أعلنت الكتائب استهدافها``) is a claim, read elsewhere; nothing is read here.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["announced_strike_rows"]

_SUBJECT_REACH = 10  # tokens between the reporting verb and the verbal noun ("أعلن التحالف الدولي الذي تقوده الولايات المتحدة الأميركية، استهدافه")


def _us_subject(tokens: list[Token]) -> bool:
    """The words name the US or the coalition first, before any other name."""
    for k in range(len(tokens)):
        if list_matcher("coalition_owners").match_at(tokens, k) is not None or us_matcher().match_at(tokens, k) is not None:
            return True
    return False


def announced_strike_rows(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[dict[str, Any]]:
    """The US strike a US or coalition subject announces with an own-act noun (before ``limit``)."""
    end = min(limit, len(tokens))
    for k in range(end):
        if not is_word(tokens[k].text, "claim_reporters"):
            continue
        for j in range(k + 2, min(end, k + 1 + _SUBJECT_REACH)):
            if is_word(tokens[j].text, "own_act_nouns"):
                if not _us_subject(tokens[k + 1 : j]):
                    return []
                noun = PhraseMatch(tokens[j].start, tokens[j].end, j, j, tokens[j].text, "us_strike", "")
                return event_row(doc, sent, tokens, noun, "us_strike", (0, limit))
    return []
