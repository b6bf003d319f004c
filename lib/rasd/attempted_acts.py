"""The attack an interception foiled: an event of its own when the text tells the attempt.

The annotated sets give one incident both an ``interception`` row and an
``attack`` row when the downed weapons are told as trying to hit, or nearing,
their target (``أسقطت الدفاعات طائرتين مسيرتين حاولتا استهداف القاعدة``, ``أسقط التحالف طائرة
مسيرة، استهدفت قاعدة حقل العمر``: a strike verb with no «و», the downed weapon's own clause,
``أسقطت مسيرتين أثناء اقترابهما من قاعدة عين الأسد``, ``أحبطت محاولة هجوم
على قاعدة التنف``), or as used in the attack (``حيدت مسيرتين استخدمتا في هجوم
على قاعدة حرير``; not a weapon of the same type as one used before: ``من النوع الذي استخدم``). A bare downing (``أسقطت طائرة مسيرة فوق المطار``) or a
foiled attack told without the attempt (``أحبطت هجوما بطائرة مسيرة``) is only
an interception.

An attack told with its own verb and then downed in the same sentence
(``تعرضت القاعدة لهجوم بطائرة مسيرة أسقطت قبل بلوغها``, ``حاولت مسيرة ضرب القاعدة
وأسقطتها الدفاعات``) is typed an interception by :func:`rasd.event_types.classify_trigger`;
the attack itself is a row of its own too.
"""

from __future__ import annotations

from typing import Any

from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.interception_cues import defender_targets_weapon
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token

__all__ = ["attempted_attack_rows"]

_ATTEMPT_REACH = 10  # tokens between the interception and the word of the attempt ("أحبطت يوم الاثنين … اقتربتا")


def _tells_attempt(tokens: list[Token], trig: PhraseMatch, end: int) -> bool:
    window = tokens[trig.last_token + 1 : min(end, trig.last_token + 1 + _ATTEMPT_REACH)]
    aimed = word_set("event_triggers.yaml", "downed_aim_verbs")
    return any(is_word(t.text, "attempt_cues") or t.text in aimed for t in window) or _used_in_attack(tokens, trig.last_token + 1, min(end, trig.last_token + 1 + _ATTEMPT_REACH))


def _used_in_attack(tokens: list[Token], lo: int, hi: int) -> bool:
    """The downed weapons told as used in the attack (``مسيرتين استخدمتا في هجوم على``), not a type of them."""
    for k in range(lo, hi):
        if is_word(tokens[k].text, "used_in_cues") and k + 2 < len(tokens) and tokens[k + 1].text == "في":
            if attack_noun_matcher().match_at(tokens, k + 2) is not None:
                return not any(is_word(t.text, "weapon_type_words") for t in tokens[lo:k])
    return False


def _downed_after(tokens: list[Token], trig: PhraseMatch, later: list[PhraseMatch]) -> bool:
    """An attack trigger followed by the downing of its weapon (``هاجمت مسيرة القاعدة وأسقطتها الدفاعات``).

    A defender's verb aimed at the weapon (``استهدفت قوات التحالف طائرة مسيرة وأسقطتها``) tells no attack.
    """
    if str(trig.value) != "attack" or defender_targets_weapon(tokens, trig, set()):
        return False
    return any(m.value == "interception" and m.first_token > trig.last_token for m in later)


def attempted_attack_rows(
    tokens: list[Token], trig: PhraseMatch, end: int, rows: list[dict[str, Any]], later: list[PhraseMatch] | None = None
) -> list[dict[str, Any]]:
    """Attack rows of the interception rows ``rows`` of trigger ``trig`` when the attempt is told.

    Args:
        tokens: Tokens of the sentence.
        trig: The interception trigger, or the attack trigger typed an interception.
        end: Token index where the interception's clause ends.
        rows: The interception rows of the trigger (same day and place for the attack).
        later: The other triggers of the sentence's main clause.
    """
    told = str(trig.value) == "interception" and _tells_attempt(tokens, trig, end)
    if not (told or _downed_after(tokens, trig, later or [])):
        return []
    return [{**r, "type": "attack", "actor": "", "claimed": False} for r in rows if r["type"] == "interception"]
