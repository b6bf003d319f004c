"""Casualties counted before their verb: ``ثلاثة جنود أمريكيين قتلوا في هجوم``.

The press often opens a report with the dead as the subject and the verb after
them. A number followed by one or two words naming people (``جنود``,
``عسكريين``, a nationality) and then a casualty verb counts the dead or the
wounded, as ``قتل ثلاثة جنود`` does with the verb first. ``casualties`` reads both
orders for a whole sentence.
"""

from __future__ import annotations

from rasd.casualty_acts import died_in_act
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["casualties", "casualty_after_subject", "died_in_act"]

_PERSON_WORDS = 2  # words naming the people between the number and the verb


def casualty_after_subject(tokens: list[Token], j: int) -> str:
    """``"killed"`` or ``"injured"`` when the tokens from ``j`` name people and then that verb, else ``""``.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first token after the number.
    """
    k = j
    while k < len(tokens) and k - j < _PERSON_WORDS and is_word(tokens[k].text, "casualty_persons"):
        k += 1
    if k == j or k >= len(tokens):
        return ""
    return next((key for key in ("killed", "injured") if is_word(tokens[k].text, key)), "")


def casualties(doc: Doc, sent: DocSentence, tokens: list[Token]) -> tuple[int | None, int | None]:
    """Killed and injured of a sentence: numbers next to casualty words; 0 after a negation."""
    killed = injured = None
    for num in doc.within(doc.numbers, sent):
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        prev = next((t.text for t in reversed(tokens) if t.end <= num.nstart), "")
        nxt = tokens[j].text if j < len(tokens) else ""
        after = casualty_after_subject(tokens, j)  # "ثلاثة جنود أمريكيين قتلوا"
        if killed is None and (is_word(nxt, "killed") or is_word(prev, "killed") or after == "killed"):
            killed = int(num.value)
        elif injured is None and (is_word(nxt, "injured") or is_word(prev, "injured") or after == "injured"):
            injured = int(num.value)
    for k, tok in enumerate(tokens):
        if is_word(tok.text, "negations") and any(is_word(t.text, "no_casualty_words") for t in tokens[k + 1 : k + 6]):
            killed = 0 if killed is None else killed
            injured = 0 if injured is None else injured
            break
    return killed, injured
