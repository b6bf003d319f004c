"""Reporting words read in another sense, dropped before the clause reader sees them.

- ``نقل`` reports only with a source (``عن``, ``قوله``: ``ونقلت الوكالة، اليوم، عن مصدر``)
  or relayed content (``أن``, a colon, a quotation: ``ونقلت وسائل إعلام أن``) after it;
  without either it means "moved" (``نقلت القوات الجرحى``). After ``ما`` (``وفق ما نقلت
  رويترز``) it keeps its reporting reading.
- A verb form right after an attribution cue is a noun: ``حسب رأي القيادة`` ("in the
  opinion of"); the cue alone is the act.
- An adverb participle (``مجددا`` "again") before a prepositional phrase (``، مجددا لهجوم``)
  is the adverb.
- ``عبّر`` reports only with ``عن`` after it (``وعبّر عن اعتقاده``, ``عبّرت الوزارة عن
  قلقها``); right after another verb, or with no ``عن`` within its clause, it is the
  preposition "via" (``أعلنت عبر حسابها``) or the verb "crossed".
- A relay verb with its object pronoun right after a statement noun (``وفي بيان نقلته حسابات
  جهادية، توعد التنظيم``) describes how the statement travelled; the issuer's verb is the act.
- ``نسب`` (``ascribing_verbs``) reports only as ``ونسبت الوكالة إلى مسؤول قوله``: its
  preposition, then a verbal noun of saying (``ascribed_words``) before the next comma or
  reporting word; otherwise it is "attributed (an act) to" (``قصف نسب إلى تركيا``) or "rates".
- ``تابعة`` right after a noun and before ``لـ`` is the adjective "belonging to" (``قوات تابعة
  للقيادة المركزية``), not the verb "went on" (``وتابع لـ"الجزيرة" أن``, with its و).

The word lists are in ``data/statement_context.yaml`` (``relay_sources``, ``relay_stops``,
``adverb_participle_preps``, ``expressing_verbs``, ``expressing_preps``, ``expressing_stops``).
"""

from __future__ import annotations

from typing import Protocol

from rasd.gazetteer import reporting_verb_matcher
from rasd.speakers import Cx, is_channel_noun, lex

__all__ = ["drop_other_senses", "relay_keeps_cue"]

# How many tokens after نقل its source (عن، قوله) may stand.
RELAY_WINDOW = 12
# How many tokens after عبّر its عن may stand (the subject between them).
EXPRESS_WINDOW = 6


class _Trig(Protocol):
    first: int
    last: int
    form: str

    @property
    def hint(self) -> str: ...

    @property
    def lemma(self) -> str: ...


def _has_relay_source(cx: Cx, t: _Trig) -> bool:
    """A source (``عن``, ``قوله``) or relayed content (``أن``, a colon, a quotation) after the verb.

    The look stops at the end of the sentence and at the next reporting word.
    """
    verbs = reporting_verb_matcher()
    if lex().has("relay_destinations", cx.word(t.last + 1)):
        return False  # "نقله إلى العربية" (translated), "نقلت إلى المستشفى" (moved)
    for j in range(t.last + 1, min(cx.hi, t.last + 1 + RELAY_WINDOW)):
        w = cx.word(j)
        if lex().has("relay_sources", w) or lex().has("relay_stops", w):
            return True
        if ":" in cx.gap(j) or j in cx.quoted:
            return True
        if "." in cx.gap(j) or verbs.match_at(cx.tokens, j) is not None:
            return False
    return False


def _moves(cx: Cx, t: _Trig) -> bool:
    """``نقل`` in the sense "moved": a finite form with no source after it, not after ``ما``."""
    if t.lemma != "نقل" or t.hint != "verb":
        return False
    prev = cx.word(t.first - 1)
    if prev in ("ما", "مما", "وما") or cx.word(t.first).startswith("ما"):
        return False
    return not _has_relay_source(cx, t)


def _not_ascribing(cx: Cx, t: _Trig) -> bool:
    """``نسب`` with no ``إلى`` source closed by ``قوله`` after it: not a reporting act."""
    prep = lex().maps["ascribing_verbs"].get(t.lemma)
    if prep is None or t.hint != "verb":
        return False  # the participle "ناسبا الهجوم إلى" keeps its own reading
    verbs = reporting_verb_matcher()
    seen_prep = False
    for j in range(t.last + 1, min(cx.hi, t.last + 1 + RELAY_WINDOW)):
        w = cx.word(j)
        if j > t.last + 1 and ("." in cx.gap(j) or verbs.match_at(cx.tokens, j) is not None):
            return True
        seen_prep = seen_prep or w == prep
        if seen_prep and lex().has("ascribed_words", w):
            return False
    return True


def _noun_after_cue(cx: Cx, t: _Trig, trigs: list[_Trig]) -> bool:
    """A verb form right after a one-word attribution cue (``حسب رأي``) is a noun."""
    if t.hint != "verb" or cx.punct_before(t.first):
        return False
    return any(
        c.hint == "attribution" and c.first == c.last == t.first - 1 and not c.form.endswith("ما")
        for c in trigs
    )


def _adverb_before_prep(cx: Cx, t: _Trig) -> bool:
    """``، مجددا لهجوم``: the adverb "again" before a preposition-led noun."""
    if t.form not in lex().words["adverb_participles"] or t.last + 1 >= cx.hi:
        return False
    nxt = cx.word(t.last + 1)
    return len(nxt) > 3 and nxt[:1] in lex().words["adverb_participle_preps"]


def _not_expressing(cx: Cx, t: _Trig) -> bool:
    """``عبر`` with no ``عن`` after it in its clause, or right after a verb: not "expressed"."""
    if t.lemma not in lex().words["expressing_verbs"] or t.hint != "verb":
        return False
    if t.first > cx.lo and reporting_verb_matcher().match_at(cx.tokens, t.first - 1) is not None:
        return True  # أعلنت عبر حسابها
    for j in range(t.last + 1, min(cx.hi, t.last + 1 + EXPRESS_WINDOW)):
        if j > t.last + 1 and any(p in cx.gap(j) for p in "،,.:"):
            return True
        if cx.word(j) in lex().words["expressing_preps"]:
            return cx.word(j + 1) in lex().words["expressing_stops"]
    return True


def _belonging_to(cx: Cx, t: _Trig) -> bool:
    """``قوات تابعة للقيادة``: a bare form of تابع between a noun and a ل-led noun."""
    if t.lemma != "تابع" or t.first <= cx.lo or cx.punct_before(t.first) or t.last + 1 >= cx.hi:
        return False
    nxt = cx.word(t.last + 1)
    bare = cx.word(t.first)[:1] not in "وف"
    return bare and nxt[:1] == "ل" and len(nxt) > 3 and not lex().has("openers", nxt)


def _relayed_statement(cx: Cx, t: _Trig) -> bool:
    """``بيان نقلته حسابات``: a relay verb (``relay_verbs``) right after a statement noun."""
    if t.first <= cx.lo or cx.punct_before(t.first) or not lex().has("relay_verbs", cx.word(t.first)):
        return False
    return is_channel_noun(cx.word(t.first - 1))


def drop_other_senses(cx: Cx, trigs: list[_Trig]) -> list[_Trig]:
    """The triggers of a sentence without those read in another sense (see the module docstring).

    Args:
        cx: The sentence context.
        trigs: The triggers found in it, in order.

    Returns:
        The triggers kept, in order.
    """
    return [
        t
        for t in trigs
        if not (
            _moves(cx, t)
            or _not_ascribing(cx, t)
            or _noun_after_cue(cx, t, trigs)
            or _adverb_before_prep(cx, t)
            or _not_expressing(cx, t)
            or _belonging_to(cx, t)
            or _relayed_statement(cx, t)
        )
    ]


def relay_keeps_cue(cx: Cx, form: str, verb_last: int) -> bool:
    """``حسبما نقلت قناة "الحرة"``: an outlet relaying (``attributed_relays``) with no source.

    The outlet is the source and «حسبما» stays the verb (as ``بحسب ما نقله موقع``); with a
    source after «عن» (``حسبما أوردت صحيفة عن مسؤولين``) the relaying verb is the act, as in
    ``نقلت X عن Y``. «عن» is looked for within ``relay_reach`` tokens after the verb.
    """
    if not lex().has("attributed_relays", form):
        return False
    reach = int(lex().raw.get("relay_reach", 6))
    return all(cx.word(k) != "عن" for k in range(verb_last + 1, min(verb_last + 1 + reach, cx.hi)))
