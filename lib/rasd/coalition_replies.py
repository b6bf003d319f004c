"""Coalition acts told inside the sentence of an attack: their own ``us_strike`` rows.

- A cause clause (``دوت انفجارات …، ناجمة عن ضربات جوية لقوات التحالف على مواقع في
  بادية الميادين``): the strike noun after ``ناجمة عن``, owned by the coalition with
  ``ل``, is a US strike read from that noun to the end of the sentence.
- Return fire with no means stated (``استهدفت الفصائل قاعدة حقل العمر، لترد قوات
  التحالف على مصادر النيران``): the coalition as subject of a verb of answering, then
  ``على مصادر`` + the fire, is a US strike at the place of the attack it answers.

Words are in ``data/coalition_replies.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import list_matcher
from rasd.event_rows import event_row
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token

__all__ = ["coalition_reply_rows"]

_NOUN_REACH = 4  # tokens between the strike noun and "ل" + coalition ("ضربات جوية لقوات التحالف")
_SUBJECT_REACH = 3  # tokens after the verb where the coalition stands ("لترد بعد ذلك قوات التحالف")
_SOURCE_REACH = 4  # tokens after the coalition's name where "علي مصادر" stands
_COALITION = "التحالف الدولي"


def _words(key: str) -> frozenset[str]:
    return word_set("coalition_replies.yaml", key)


def _coalition_at(tokens: list[Token], lo: int, hi: int) -> int | None:
    """End (exclusive) of the coalition's name between ``lo`` and ``hi``, or ``None``."""
    for k in range(lo, min(hi, len(tokens))):
        m = list_matcher("coalition_owners").match_at(tokens, k)
        if m is not None:
            return m.last_token + 1
        text = tokens[k].text
        if text.startswith("ل") and list_matcher("coalition_owners").match_at(
            [replace(tokens[k], text=text[1:]), *tokens[k + 1 :]], 0
        ) is not None:
            return k + 1
    return None


def _cause_strike(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """The coalition strike after ``ناجمة عن`` (see the module docstring), or nothing."""
    for k in range(len(tokens) - 2):
        if tokens[k].text not in _words("cause_words") or tokens[k + 1].text != "عن":
            continue
        m = attack_noun_matcher().match_at(tokens, k + 2)
        if m is None or _coalition_at(tokens, m.last_token + 1, m.last_token + 1 + _NOUN_REACH) is None:
            continue
        noun = PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "us_strike", m.prefix)
        return [{**r, "actor": _COALITION} for r in event_row(doc, sent, tokens, noun, "us_strike", (k, len(tokens)))]
    return []


def _returns_fire(tokens: list[Token]) -> bool:
    """A verb of answering, the coalition as its subject, then ``على مصادر`` + the fire."""
    for k, tok in enumerate(tokens):
        if tok.text not in _words("reply_verbs"):
            continue
        end = _coalition_at(tokens, k + 1, k + 1 + _SUBJECT_REACH)
        if end is None:
            continue
        for j in range(end, min(len(tokens) - 2, end + _SOURCE_REACH)):
            if tokens[j].text == "علي" and tokens[j + 1].text == "مصادر" and tokens[j + 2].text in _words("fire_sources"):
                return True
    return False


def coalition_reply_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the coalition acts told beside a sentence's first attack (see the module docstring).

    Args:
        doc: The article.
        sent: The sentence.
        rows: Event rows already read from the sentence.

    Returns:
        ``rows`` with one US strike row per construction found, when an attack row is there.
    """
    first = next((r for r in rows if r.get("type") == "attack"), None)
    if first is None or any(r.get("type") == "us_strike" for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    extra = _cause_strike(doc, sent, tokens)
    if not extra and _returns_fire(tokens):
        extra = [{**first, "type": "us_strike", "actor": _COALITION, "weapon": "", "target": "", "killed": None, "injured": None}]
    return rows + extra
