"""Event rows of a sentence that retells acts already told, or sums up a record of acts.

Two constructions give a trigger that is no incident of its own:

- a definite plural strike noun standing right before its verb as its subject, after a US strike
  was told: ``وأوضح البيت الأبيض أن الضربات طالت ثلاث منشآت في العراق وأربعا في سوريا`` gives
  the detail of the strikes already reported (``retold_plurals``). The row points back
  (``anaphoric``): :func:`rasd.incidents.merge_incidents` folds it into those strikes, which
  take a more precise place from it (``أن الغارات طالت مقرا في القائم``);
- a vague quantifier of many before a plural attack noun: ``وسبق للجماعة أن تبنت عددا من
  الهجمات``, ``ونفذت الكتائب العديد من العمليات`` sum up a record (``record_quantifiers``):
  the row is dropped.

Both only when the sentence gives no date of its own: a dated sentence tells acts of that day.
The word lists are in ``data/retold_acts.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_types import is_attackish
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import word_set
from rasd.text import Token

__all__ = ["drop_retold_acts"]

_RECORD_REACH = 12  # tokens between a trigger and the quantifier of the record it sums up
_RECORD_BEFORE = 4  # tokens between the quantifier and a verb of its relative clause ("العديد من العمليات التي استهدفت")
_OF = "من"


@cache
def _set(key: str) -> frozenset[str]:
    return word_set("retold_acts.yaml", key)


def _trigger_index(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> int | None:
    """Index of the sentence token where the row's trigger starts."""
    for k, tok in enumerate(tokens):
        if doc.nt.to_original(tok.start, tok.end)[0] == row.get("start"):
            return k
    return None


def _bare(word: str) -> str:
    return word[1:] if word.startswith("و") and word[1:] in _set("retold_plurals") else word


def _retells_strikes(tokens: list[Token], k: int) -> bool:
    """The token before the trigger is a definite plural strike noun, its subject (``أن الغارات طالت``).

    Not after a partitive word that singles one strike out (``إحدى الضربات طالت``).
    """
    if k < 1 or _bare(tokens[k - 1].text) not in _set("retold_plurals"):
        return False
    return k < 2 or tokens[k - 2].text not in _set("partitive_words")


def _sums_up_record(tokens: list[Token], k: int) -> bool:
    """A vague quantifier of many, then ``من`` and a plural attack noun, around the trigger."""
    for q in range(max(0, k - _RECORD_BEFORE), min(len(tokens) - 2, k + _RECORD_REACH)):
        if tokens[q].text not in _set("record_quantifiers") or tokens[q + 1].text != _OF:
            continue
        noun = attack_noun_matcher().match_at(tokens, q + 2)
        if noun is not None and noun.phrase.endswith("ات"):
            return True
    return False


def drop_retold_acts(
    doc: Doc, sent: DocSentence, rows: list[dict[str, Any]], told: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows of a sentence, those retelling strikes told before marked, those summing up a record dropped.

    Args:
        doc: The article.
        sent: One of its narrative sentences.
        rows: The event rows of that sentence.
        told: The rows of the sentences before it.

    Returns:
        The rows kept, in their order; a row retelling strikes is marked ``anaphoric``.
    """
    if doc.within(doc.dates, sent):
        return rows
    tokens = doc.sentence_tokens(sent)
    kept: list[dict[str, Any]] = []
    for row in rows:
        k = _trigger_index(doc, tokens, row) if row["type"] == "claim" or is_attackish(row["type"]) else None
        if k is not None and not row.get("date"):
            struck_before = any(r["type"] == "us_strike" for r in [*told, *kept])
            if row["type"] == "us_strike" and struck_before and _retells_strikes(tokens, k):
                row = {**row, "anaphoric": True}
            elif _sums_up_record(tokens, k):
                continue
        kept.append(row)
    return kept
