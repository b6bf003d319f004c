"""The latest act of a series a sentence sums up: ``كان آخرها هجوم على قاعدة عين الأسد``.

``تعرضت القواعد الأمريكية لعشرات الهجمات منذ أكتوبر، كان آخرها هجوم على قاعدة عين الأسد
يوم الاثنين``: the tally gives no row (:mod:`rasd.events` drops a sentence that counts
acts), but the noun after «آخرها» (``data/latest_acts.yaml``) tells one incident, typed as a
trigger of its own and read in the clause that follows the word, with its place and day. A
sentence whose rows already tell an act after the word keeps them as they are.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row, response_start
from rasd.event_types import classify_trigger
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["latest_act_rows"]


@cache
def _lex() -> dict[str, Any]:
    return dict(load_yaml("latest_acts.yaml"))


def _latest_word(tokens: list[Token]) -> int | None:
    """Index of the first word «آخرها» of the sentence, or None."""
    words = set(_lex()["latest_words"])
    return next((k for k, t in enumerate(tokens) if any(stem in words for _, stem in clitic_variants(t.text))), None)


def _latest_noun(tokens: list[Token], k: int) -> PhraseMatch | None:
    """The attack noun right after «آخرها» (within ``noun_reach`` words), as an attack trigger."""
    reach = int(_lex()["noun_reach"])
    for j in range(k + 1, min(len(tokens), k + 2 + reach)):
        m = attack_noun_matcher().match_at(tokens, j)
        if m is not None:
            return PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "attack", m.prefix)
    return None


def latest_act_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a sentence, with the latest act of the series it sums up when none tells it.

    Args:
        doc: The article.
        sent: One of its narrative sentences.
        rows: The event rows of that sentence.

    Returns:
        The rows, and the row of the act after «آخرها» when no row starts after that word.
    """
    tokens = doc.sentence_tokens(sent)
    k = _latest_word(tokens)
    if k is None:
        return rows
    at = doc.nt.to_original(tokens[k].start, tokens[k].end)[0]
    if any((r.get("start") or 0) > at for r in rows):
        return rows
    noun = _latest_noun(tokens, k)
    resp = response_start(tokens)
    if noun is None or noun.first_token >= resp:
        return rows
    kind = classify_trigger(tokens, noun, [])
    if kind not in {"attack", "us_strike", "other"}:
        return rows
    return rows + event_row(doc, sent, tokens, noun, kind, (k, resp))
