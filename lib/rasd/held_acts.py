"""Meetings held, arrests made and deployments decided: ``other`` developments of the theatre.

Three press forms tell a concrete act that is not an attack, a strike or a visit (word
lists in ``data/developments.yaml``):

- a meeting held: a past verb of holding with a meeting noun after it (``عقدت اللجنة يوم
  أمس … في العاصمة بغداد اجتماعا``), or a verb of receiving with an envoy after it
  (``استقبل وزير الدفاع … السفير الأميركي``); the present ``يعقدون اجتماعات`` is a habit;
- an arrest tied to an attack: a bare word of arresting (``بالقبض`` after a demand is
  urged, not made) with an attack noun or a word of the
  culprits after it (``اعتقلت قوات الأمن خمسة أشخاص فيما يتصل بهجوم``, ``إلقاء القبض على
  خمسة من المتورطين``); an arrest in a raid on another foe (``واعتقل 94 عنصرا من التنظيم``,
  ``اعتقال إرهابي من داعش في عملية نوعية``) is not one;
- a protest at an embassy: a noun or verb of protesting or storming with the embassy
  near it (``الاحتجاجات العنيفة التي شهدها محيط السفارة الأميركية``); one threatened or
  called for (``هددوا باقتحام السفارة``) carries a clitic and is not read;
- a deployment decided with its number: a future verb of sending, or a word of deciding or
  announcing right before a verbal noun of sending, with a number of troops after it
  (``سترسل خلال الفترة القادمة 300 جندي إضافي``, ``قرار نشر 300 جندي``); a deployment
  only studied or requested (``تدرس طلبا لإرسال نحو 5000 جندي``) is no decision.

A verb of agreeing with ``على`` and a view right after it (``اتفقا على استمرار تهديد داعش``,
``اتفقوا على أن الهجوم تصعيد``) tells shared words, not an agreement reached: no event
(:func:`agrees_on_view`).
"""

from __future__ import annotations

import re
from functools import cache

from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["agrees_on_view", "held_act_kind"]

_MEETING_REACH = 14  # tokens between "عقدت" and its meeting noun (subject, date and place between)
_ENVOY_REACH = 10  # tokens between "استقبل" and the envoy received (the host's name and title between)
_ARREST_REACH = 10  # tokens between an arrest word and the attack or culprits it is tied to
_DECISION_REACH = 2  # tokens between a word of deciding and the verbal noun of sending ("قررت الوزاره ارسال")
_TROOPS_REACH = 8  # tokens between a word of sending and the number of troops
_EMBASSY_REACH = 8  # tokens between a protest word and the embassy, before or after it
_DRILL_REACH = 8  # tokens between "اجرت" and its drill noun ("اجرت القوات الاميركيه وقوات قسد مناورات")
_CONJUNCTIONS = "وف"
_NUMBER_RE = re.compile(r"^\(?\d[\d.,]*\)?$")
_ON = frozenset({"علي"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("developments.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _any(tokens: list[Token], lo: int, hi: int, key: str) -> bool:
    return any(_is(t.text, key) for t in tokens[max(0, lo) : min(len(tokens), hi)])


def _bare(word: str) -> str:
    """The word without a leading و or ف (``واعتقلت``); other clitics (``بالقبض``, ``لاعتقال``) stay."""
    return word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 3 else word


def _meeting(tokens: list[Token], k: int) -> bool:
    """A meeting held (``عقدت … اجتماعا``) or an envoy received (``استقبل … السفير``)."""
    word = tokens[k].text
    if _is(word, "hold_verbs"):
        return _any(tokens, k + 1, k + 1 + _MEETING_REACH, "meeting_nouns")
    return _is(word, "receive_verbs") and _any(tokens, k + 2, k + 1 + _ENVOY_REACH, "envoy_nouns")


def _tied_attack(tokens: list[Token], j: int) -> bool:
    """An attack noun at ``j`` tied to what comes before by ``ب`` (``فيما يتصل بهجوم``), not an operation."""
    word = tokens[j].text
    if _is(word, "operation_nouns") or attack_noun_matcher().match_at(tokens, j) is None:
        return False
    return word.startswith("ب") or (j > 0 and _is(tokens[j - 1].text, "charge_words"))


def _arrest(tokens: list[Token], k: int) -> bool:
    """An arrest tied to an attack by a culprit word or a tied attack noun after it."""
    if _bare(tokens[k].text) not in _words("arrest_words"):
        return False  # "نطالب بالقبض على منفذي الهجوم": an arrest urged, not made
    hi = min(len(tokens), k + 1 + _ARREST_REACH)
    return _any(tokens, k + 1, hi, "culprit_words") or any(_tied_attack(tokens, j) for j in range(k + 1, hi))


def _protest(tokens: list[Token], k: int) -> bool:
    """A protest or storming told as such (no ب/ل clitic) with the embassy near it."""
    if _bare(tokens[k].text) not in _words("protest_words"):
        return False
    return _any(tokens, k - _EMBASSY_REACH, k, "embassy_nouns") or _any(tokens, k + 1, k + 1 + _EMBASSY_REACH, "embassy_nouns")


def _troop_number(tokens: list[Token], lo: int) -> bool:
    """A number followed by a troop noun stands within reach after token ``lo``."""
    hi = min(len(tokens), lo + _TROOPS_REACH)
    return any(
        _NUMBER_RE.match(tokens[j].text) and _any(tokens, j + 1, j + 3, "troop_nouns") for j in range(lo, hi)
    )


def _decided_deployment(tokens: list[Token], k: int) -> bool:
    """A future verb of sending, or a decision right before a noun of sending, with a number of troops."""
    word = tokens[k].text
    if _is(word, "future_send_verbs"):
        return _troop_number(tokens, k + 1)
    if _is(word, "send_nouns") and _any(tokens, k - _DECISION_REACH, k, "decision_words"):
        return _troop_number(tokens, k + 1)
    return False


def held_act_kind(tokens: list[Token], k: int) -> str:
    """The kind of act token ``k`` opens: ``meeting``, ``arrest``, ``protest``, ``drill``, ``deployment``, or ``""``.

    Args:
        tokens: Tokens of one sentence.
        k: Index of the token to read.
    """
    if _meeting(tokens, k):
        return "meeting"
    if _arrest(tokens, k):
        return "arrest"
    if _protest(tokens, k):
        return "protest"
    if _is(tokens[k].text, "drill_verbs") and _any(tokens, k + 1, k + 1 + _DRILL_REACH, "drill_nouns"):
        return "drill"  # "اجرت القوات الاميركيه مناورات عسكريه في قاعده الشدادي"
    return "deployment" if _decided_deployment(tokens, k) else ""


def agrees_on_view(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is a verb of agreeing followed by ``على`` and a view (``اتفقا على استمرار``).

    Args:
        tokens: Tokens of one sentence.
        k: Index of the token to read.
    """
    if not _is(tokens[k].text, "agree_verbs") or k + 2 >= len(tokens) or tokens[k + 1].text not in _ON:
        return False
    return _is(tokens[k + 2].text, "view_words")
