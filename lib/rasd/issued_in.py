"""A verb in a clause describing a statement just issued: ``أصدرت الكتائب بيانا أكدت فيه أن``.

The press reports a statement through the act of issuing it: ``نشرت الوزارة بيانا قالت
فيه إن …``, ``أدلى الوزير بتصريح صحفي أكد فيه أن …``. The reporting verb stands in an
unmarked relative clause after the indefinite statement noun and carries ``فيه``/``فيها``
back to it; its subject is the one who issued the statement, the subject of the sentence.

A statement fronted in a channel phrase names its issuer after the pronoun instead: ``وفي
بيان أعلنت فيه الوزارة مقتل …، قالت إن …``, ``وفي تغريدة أكدت فيها السفارة …``. A time noun
carries the pronoun the same way (``في وقت أعلنت فيه وزارة الدفاع إرسال تعزيزات``, ``في اليوم
الذي`` aside): the speaker is named after ``فيه``.

A prepositional aside may stand between the noun and the verb, closed by a comma: ``أصدر
الأمين العام بيانا في ذكرى استشهاد مقاتلين، جدد فيه التأكيد على …``.

``جاء فيه`` / ``ورد فيه`` ("it said") agrees with the statement noun, not with its issuer:
``أصدرت الكتائب بيانا جاء فيه أن …`` (the sentence's subject issued it), ``بيان للوزارة
جاء فيه`` (the issuer named after the noun).

A statement noun that a denial verb governs (``نفت الكتائب إصدار بيان تعلن فيه …``) was
never issued: the verb after it reports nothing.
"""

from __future__ import annotations

from rasd.coref import agrees
from rasd.phrases import Phrase, parse_speaker, read_statement_phrase
from rasd.speaker_lex import is_channel_noun
from rasd.speakers import Cx, Speaker, lex
from rasd.triggers import Trigger

__all__ = ["issuer_of_noun", "subject_after_pronoun"]

_MAX_GAP = 3  # adjectives between the statement noun and the verb (بيانا مقتضبا رسميا)
_MAX_DENIAL_GAP = 8  # the denial verb, its subject and the masdar before the noun (نفت كتائب حزب الله إصدار)
_MAX_ISSUER_SPAN = 9
_MAX_ASIDE = 10  # words of a prepositional aside between the statement noun and the verb (في ذكرى …)  # the statement noun and the issuer named after it (بيان لوزارة الخارجية الإيرانية)


def issuer_of_noun(cx: Cx, t: Trigger, subject: list[Speaker]) -> tuple[list[Speaker], int] | None:
    """The issuer speaking through verb ``t`` and where its content starts, when it applies.

    Args:
        cx: The sentence.
        t: A reporting verb with no proclitic.
        subject: The subject of the sentence's first verb (:func:`rasd.positions.main_subject`).

    Returns:
        The speakers and the token after ``فيه``, or None when ``t`` is not such a verb.
    """
    lx = lex()
    after = t.last + 1
    if t.lemma == "جاء فيه" and not t.prefix:  # no statement noun before it: no act
        return _said_in(cx, t, subject) or ([], after)
    if t.prefix or after >= cx.hi or cx.word(after) not in lx.words["issued_pronouns"]:
        return None
    if cx.punct_before(after):
        return None
    named = _named_issuer(cx, t)
    if named:
        return named, after + 1
    if len(subject) != 1 or not agrees(t.gender, subject[0]):
        return None
    k = t.first - 1
    while k >= cx.lo and t.first - k <= _MAX_GAP + 1:
        if lx.has("issued_nouns", cx.word(k)):
            return ([], after + 1) if _denied(cx, k) else (subject, after + 1)
        if k in cx.trigger_at or lx.has("openers", cx.word(k)) or cx.word(k) in lx.maps["relatives"]:
            return None  # "ببيان السوداني الذي ندد فيه": the relative's own antecedent speaks
        k -= 1
    k = _noun_before_aside(cx, t)
    return None if k is None or _denied(cx, k) else (subject, after + 1)


def _noun_before_aside(cx: Cx, t: Trigger) -> int | None:
    """``أصدر X بيانا في ذكرى …، أكد فيه``: the statement noun before a prepositional aside.

    The aside opens with a preposition right after the noun and runs, with no other
    punctuation, no reporting word and no opener, to the comma before the verb.
    """
    lx = lex()
    if t.first <= cx.lo or "," not in cx.gap(t.first).replace("،", ","):
        return None
    k = t.first - 1
    while k > cx.lo and t.first - k <= _MAX_ASIDE:
        if k in cx.trigger_at or lx.has("openers", cx.word(k)) or cx.punct_before(k):
            return None
        if lx.has("issued_nouns", cx.word(k - 1)) and lx.has("aside_preps", cx.word(k)):
            return k - 1
        k -= 1
    return None


def _denied(cx: Cx, k: int) -> bool:
    """``نفت الكتائب إصدار بيان``: a denial verb stands a few words before the statement noun at ``k``."""
    lx = lex()
    for j in range(k - 1, max(cx.lo, k - _MAX_DENIAL_GAP) - 1, -1):
        w = cx.word(j)
        if lx.has("denial_verbs", w[1:] if w[:1] in "وف" and len(w) > 3 else w):
            return True
        if cx.punct_before(j + 1) or lx.has("openers", w):
            return False
    return False


def _named_issuer(cx: Cx, t: Trigger) -> list[Speaker]:
    """``في بيان لوزارة الخارجية أدانت فيه``: the issuer the statement phrase names right before the verb.

    The phrase must end at the verb (nothing but the noun, its issuer and adjectives between)
    and the issuer must agree with the verb.
    """
    k = t.first - 1
    while k >= cx.lo and t.first - k <= _MAX_ISSUER_SPAN and not cx.punct_before(k + 1):
        if lex().has("issued_nouns", cx.word(k)):
            ph = read_statement_phrase(cx, k)
            if ph is None or ph.hi != t.first:
                return []
            return [sp for sp in ph.speakers if not sp.anaphor and agrees(t.gender, sp)]
        k -= 1
    return []


def _said_in(cx: Cx, t: Trigger, subject: list[Speaker]) -> tuple[list[Speaker], int] | None:
    """``بيانا جاء فيه``: the issuer named after the statement noun, else the sentence's subject.

    Inside the channel phrase of an earlier act (``قالت الوزارة في بيان جاء فيه``) it is no
    act of its own.
    """
    k = t.first - 1
    while k >= cx.lo and t.first - k <= _MAX_GAP + 1 and not cx.punct_before(k + 1):
        if lex().has("issued_nouns", cx.word(k)):
            if cx.word(k - 1) == "في" and any(cx.lo <= j < k for j in cx.trigger_at):
                return None  # "وقالت الوزارة في بيان جاء فيه": the channel of that act
            ph = read_statement_phrase(cx, k)
            named = [sp for sp in (ph.speakers if ph is not None else []) if not sp.anaphor]
            speakers = named or subject
            return (speakers, t.last + 1) if speakers else None
        k -= 1
    return None


def subject_after_pronoun(cx: Cx, t: Trigger) -> Phrase | None:
    """The speaker named right after ``فيه``/``فيها`` in a fronted statement's clause.

    Args:
        cx: The sentence.
        t: A reporting verb at the head of its clause (``وفي بيان أعلنت فيه الوزارة``).

    Returns:
        The speaker phrase after the pronoun, when a statement noun stands just before the
        verb (or a time noun right before it) and the speaker agrees with it; otherwise None.
    """
    after = t.last + 1
    if after + 1 >= cx.hi or cx.word(after) not in lex().words["issued_pronouns"]:
        return None
    if cx.punct_before(after) or cx.punct_before(after + 1):
        return None
    lo = max(cx.lo, t.first - _MAX_GAP - 1)
    nouns = [k for k in range(lo, t.first) if is_channel_noun(cx.word(k))]
    nouns = nouns or [k for k in (t.first - 1,) if k >= cx.lo and lex().has("time_antecedents", cx.word(k))]
    if not nouns or any(cx.punct_before(x) for x in range(nouns[-1] + 1, t.first + 1)):
        return None
    ph = parse_speaker(cx, after + 1)
    if ph is None or not agrees(t.gender, ph.speakers[0]):
        return None
    return ph
