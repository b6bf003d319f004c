"""Strikes and offensives of third states (Turkey, Israel, Russia): ``other`` developments, not attacks.

``على وقع هجوم عسكري تركي ضد المقاتلين الأكراد``, ``ضربة إسرائيلية استهدفت حزب
الله`` and ``بضربات إسرائيلية على الأراضي الإيرانية`` tell acts of states that are
neither the armed groups attacking US forces nor the United States: the theatre's
context, which ACLED and the gold count as strategic developments (``other``). The
act is an attack noun whose adjective names a third state (``third_state_adjectives``),
right after it or after a word of kind (``عسكري``, ``جوية``; ``act_kind_words``), the noun
standing as the trigger or just before it, or as the subject right after its verb
(``استهدف قصف تركي سيارة``), or the act's
doer is the state or its aircraft (:mod:`rasd.third_state_agents`), or the row's actor is
that state's army (``قصف يشنه الجيش التركي``; ``third_state_sides``) and the act lies in the
theatre (an attack outside it, on Gaza, is dropped as before). An act
the sentence answers (``ردا على العدوان الإسرائيلي``) keeps its row as it is: the
incidents module folds it into the act that answers it; so does a row that only leads the
sentence's acts. A sentence with no act of its own that tells such an act, new (an
indefinite noun) and dated (``اندلعت المواجهة فجر الجمعة بضربات إسرائيلية``), gives it an
``other`` row; a definite or undated one is the background (``في ظل العدوان الإسرائيلي``,
``بعد غارات إسرائيلية على الأراضي السورية``), and so is the act a response clause answers.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.event_rows import event_row, response_start
from rasd.event_theatre import in_theatre
from rasd.gazetteer import actor_entries, attack_noun_matcher
from rasd.lexicon import PhraseMatch, word_set
from rasd.state_act_folds import STATE_STRIKE
from rasd.text import Token, clitic_variants
from rasd.third_state_agents import third_state_doer, third_state_elaboration

__all__ = ["retype_third_state_acts"]

_RETYPED = frozenset({"attack", "us_strike"})
_ACT_TYPES = frozenset({"attack", "us_strike", "interception", "claim", "other", "threat"})


def _third_state_noun(tokens: list[Token], k: int, bare: bool = False) -> bool:
    """The attack noun at ``k`` has a third state's adjective after it (``هجوم عسكري تركي``).

    With ``bare``, the noun has no preposition on it (a subject, not ``لقصف تركي``).
    """
    m = attack_noun_matcher().match_at(tokens, k)
    if m is None or (bare and m.prefix):
        return False
    j = m.last_token + 1
    if j < len(tokens) and is_word(tokens[j].text, "act_kind_words"):
        j += 1
    return j < len(tokens) and is_word(tokens[j].text, "third_state_adjectives")


@cache
def _state_force_names() -> frozenset[str]:
    """Names of the armed forces of third states, as the actor column writes them."""
    sides = word_set("event_triggers.yaml", "third_state_sides")
    return frozenset(str(a["name_ar"]) for a in actor_entries() if a.get("side") in sides and a.get("type") == "state")


def _trigger_index(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> int | None:
    return next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] == row.get("start")), None)


def retype_third_state_acts(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the attacks and strikes of a sentence told as a third state's acts ``other`` rows.

    Args:
        doc: The article.
        sent: One narrative sentence.
        rows: Its event rows.

    Returns:
        The rows, those whose trigger is (or follows right after) a third state's act retyped ``other``;
        with no act row, the ``other`` row of a third state's act named by its noun.
    """
    if not any(r["type"] in _ACT_TYPES and not r.get("lead") for r in rows):
        return rows + _noun_rows(doc, sent)  # a row that only leads is not reported
    if not any(r["type"] in _RETYPED for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    out = []
    for r in rows:
        k = _trigger_index(doc, tokens, r) if r["type"] in _RETYPED and not (r.get("earlier") or r.get("lead")) else None
        if k is not None and (
            any(_third_state_noun(tokens, i) for i in range(max(0, k - 3), k + 1))
            or _third_state_noun(tokens, k + 1, bare=True)  # "استهدف قصف تركي": its subject, not "تعرضت لقصف تركي"
            or third_state_doer(tokens, k)
            or third_state_elaboration(tokens, k)
            or (str(r.get("actor") or "") in _state_force_names() and in_theatre(r))
        ):
            r = {**r, "type": "other", "claimed": False, STATE_STRIKE: True}
        out.append(r)
    return out


def _noun_rows(doc: Doc, sent: DocSentence) -> list[dict[str, Any]]:
    """The dated ``other`` row of the first new third state's act the sentence names, outside a response clause."""
    tokens = doc.sentence_tokens(sent)
    k = next((k for k in range(response_start(tokens)) if _third_state_noun(tokens, k)), None)
    if k is None or any(stem.startswith("ال") for _, stem in clitic_variants(tokens[k].text)):
        return []
    noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    return [r for r in event_row(doc, sent, tokens, noun, "other", (0, len(tokens))) if r["date"]]
