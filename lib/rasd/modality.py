"""Modality: does a sentence make its acts conditional, predicted or threatened?"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.text import Token
from rasd.whether_clauses import opens_whether

if TYPE_CHECKING:
    from rasd.doc import Doc, DocSentence

__all__ = ["is_hypothetical", "is_urged", "sentence_is_hypothetical"]

_NEGATION_REACH = 3  # words between a negation and "أي" ("لم يسجل أي هجوم")
_URGE_REACH = 8  # words between an urging verb ("يدفع", "دعا") and the act it urges
_READY_REACH = 3  # words between a readiness word ("جاهزة", "مستعدة") and the act ("جاهزة لمواصلة ضرب")


@cache
def _lex() -> dict:
    return load_yaml("event_triggers.yaml")


@cache
def _cue_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in _lex()["hypothetical_cues"])


def _negated(tokens: list[Token], k: int) -> bool:
    """True when a negation stands a few words before token ``k`` (``لم يسجل اي هجوم``: none, not any)."""
    negations = frozenset(_lex()["negations"])
    return any(t.text in negations for t in tokens[max(0, k - _NEGATION_REACH) : k])


def _after_complementizer(tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].text in frozenset(_lex()["complementizers"])


def is_hypothetical(tokens: list[Token]) -> bool:
    """True when the sentence holds a conditional or predictive cue (``في حال``, ``إذا``, ``أي هجوم``).

    ``أي`` + attack noun after a negation (``لم يسجل أي هجوم``) denies the attacks
    instead: the sentence is not hypothetical. ``توقع`` after ``أن`` is the verb "inflict"
    (``دون أن توقع ضحايا``), not "expect". ``إذا`` that opens a question of whether
    (``ما إذا كانت``, :mod:`rasd.whether_clauses`) is no condition.
    """
    for m in _cue_matcher().find(tokens):
        if m.phrase.startswith("اي ") and _negated(tokens, m.first_token):
            continue
        if m.phrase in _lex()["inflict_homographs"] and _after_complementizer(tokens, m.first_token):
            continue  # "من دون أن توقع ضحايا": "inflict", not "expect"
        if opens_whether(tokens, m.first_token):
            continue  # "لم يتضح ما إذا كانت الطائرة تحمل متفجرات": a question, not a condition
        return True
    return False


def sentence_is_hypothetical(doc: Doc, sent: DocSentence) -> bool:
    """:func:`is_hypothetical` of the tokens of a sentence, read once per sentence.

    Attack counts, tallies, events, deployments and bases all ask it of the same
    sentences; the answer is kept in ``doc.memo``.
    """
    key = ("hypothetical", sent.tok_lo, sent.tok_hi)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = is_hypothetical(doc.sentence_tokens(sent))
    return found


def _feared(tokens: list[Token], first: int) -> bool:
    """A fear noun right before token ``first``, or before ``من`` there (``خوفا من استهداف``)."""
    fear = frozenset(_lex()["fear_words"])
    k = first - 1
    if k > 0 and tokens[k].text in {"من", "ل"}:
        k -= 1
    return k >= 0 and tokens[k].text in fear


def _wanted(tokens: list[Token], first: int) -> bool:
    """A word of eagerness a few words before token ``first``, joined to it by ``على`` (``حريصة على استئناف شن هجمات``)."""
    eager = frozenset(_lex()["eagerness_words"])
    for k in range(first - 1, max(-1, first - 1 - _READY_REACH), -1):
        if tokens[k].text in eager:
            return any(t.text == "علي" for t in tokens[k + 1 : first])
    return False


def _readied(tokens: list[Token], first: int) -> bool:
    """A readiness word a few words before token ``first``, joined to it by ``ل`` (``مستعدة لضرب``)."""
    ready = frozenset(_lex()["readiness_words"])
    for k in range(first - 1, max(-1, first - 1 - _READY_REACH), -1):
        if tokens[k].text in ready:
            return any(t.text.startswith("ل") for t in tokens[k + 1 : first + 1])
    return False


def is_urged(tokens: list[Token], first: int) -> bool:
    """True when the act at token ``first`` is what someone urges, is driven to, prevents, fears, wants or stands ready for.

    An urging verb, then ``إلى`` or ``ب``, then the act (``قد يدفع واشنطن إلى شن
    ضربات``, ``دعا إلى ضرب مواقع الفصائل``): the act has not happened.
    """
    if first > 0 and tokens[first - 1].text in frozenset(_lex()["prevention_words"]):
        return True  # "طالبت الحكومة بمنع استهداف السفارة": the act is what is to be prevented
    if _feared(tokens, first):
        return True  # "خشية تعرضها لهجمات": the act is feared
    if _readied(tokens, first):
        return True  # "ستظل جاهزة لمواصلة ضرب": the act is one the side stands ready for
    if _wanted(tokens, first):
        return True  # "كانت حريصة على شن هجمات": the act is one the side wants
    urging = frozenset(_lex()["urging_verbs"])
    lo = max(0, first - _URGE_REACH)
    for k in range(lo, first):
        if tokens[k].text in urging:
            return any(t.text == "الي" or t.text in _lex()["urging_objects"] for t in tokens[k + 1 : first + 1])
    return False
