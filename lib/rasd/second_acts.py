"""A second act told in the sentence of a first one: its own event row.

- An attack or interception in a clause of its own (``… ، في حين أصابت الثالثة
  القاعدة``), after a clause opener.
- The downing of only part of the attacking weapons (``تعرضت القاعدة لهجوم
  صاروخي، وتمكنت الدفاعات من إسقاط أحد الصواريخ``): the attack stands, and the
  interception is an event of its own, as the annotated sets write it.
- An act the forces managed, told after a verb of managing that opens a clause
  (``هاجمت ثلاث طائرات مسيرة القاعدة، فيما نجحت الدفاعات المنتشرة هناك في إسقاط
  اثنتين``): the verb and its subject stand between the opener and the act.
- Another attack told beside the first (``، إلى جانب هجوم آخر استهدف قاعدة حرير``;
  :mod:`rasd.accompanying_acts`).
- Another attack joined by «و» after a comma with a day of its own (``، وتعرضت عين الأسد يوم
  الأحد لقصف``; :mod:`rasd.coordinated_acts`).
- A US or coalition response told by its noun (``تبع ذلك رد من قوات التحالف الدولي
  استهدفت فيه مواقع``): a US strike of its own.
"""

from __future__ import annotations

from rasd.accompanying_acts import accompanying_act
from rasd.added_acts import added_act
from rasd.coordinated_acts import coordinated_act
from rasd.event_lexicon import is_word
from rasd.event_responses import is_response_verb, us_response_noun
from rasd.event_rows import is_anaphoric, is_series
from rasd.event_types import is_attackish
from rasd.lexicon import PhraseMatch, word_set
from rasd.sequel_acts import sequel_act
from rasd.shared_kinds import shared_kind
from rasd.text import Token, clitic_variants
from rasd.when_clauses import downing_after_when_clause

__all__ = ["able_verbs", "second_act", "shared_kind"]


def able_verbs() -> frozenset[str]:
    """Verbs of managing that open the clause of an act (``data/event_triggers.yaml``, ``able_verbs``)."""
    return word_set("event_triggers.yaml", "able_verbs")


def _variants(word: str) -> tuple[tuple[str, str], ...]:
    return tuple((word[:n], stem) for n, stem in clitic_variants(word))

_SECOND_ACT_REACH = 4  # tokens between a clause opener ("في حين") and the trigger of its act
_PARTIAL_REACH = 4  # tokens between a downing word and "some of them" (its subject may stand between)
_ABLE_REACH = 8  # tokens between a verb of managing and the act ("نجحت الدفاعات المنتشره هناك في اسقاط")


def _able_clause(tokens: list[Token], k: int, joined: bool = True) -> bool:
    """Token ``k`` is a verb of managing (``تمكنت``, ``نجحت``) opening a clause: with ``و`` on it when ``joined``.

    ``هاجمت ثلاث طائرات القاعدة، وتمكنت القوات من إسقاط اثنتين``, ``فيما نجحت الدفاعات
    المنتشرة هناك في إسقاط طائرتين``: the act the forces managed is told a few words on.
    """
    if k >= len(tokens):
        return False
    return any((prefix == "و" or not joined) and stem in able_verbs() for prefix, stem in _variants(tokens[k].text))


def _partial_downing(tokens: list[Token], m: PhraseMatch) -> bool:
    """An interception of only part of the weapons: ``إسقاط أحد الصواريخ``, ``أسقطت اثنتين منها``."""
    after = tokens[m.last_token + 1 : m.last_token + 1 + _PARTIAL_REACH]
    return m.value == "interception" and any(is_word(t.text, "partial_words") for t in after)


def second_act(
    tokens: list[Token], trig: PhraseMatch, triggers: list[PhraseMatch], resp: int
) -> tuple[int, PhraseMatch] | None:
    """A second act of the sentence after the trigger ``trig``: where its clause opens, and its trigger.

    Only attacks, strikes and interceptions that are not told as pointing back or
    as a series count; the first act then reads its fields before the opener.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act.
        triggers: The triggers of the sentence's main clause.
        resp: Token index where a response clause starts (``len(tokens)`` if none).
    """
    when = downing_after_when_clause(tokens, trig, triggers, resp)
    if when is not None:
        return when  # "وحين أطلقت إيران صواريخ على إسرائيل، أدى الأردن دورا في إسقاطها"
    if str(trig.value) != "interception":
        partial = next((m for m in triggers if trig.last_token < m.first_token < resp and _partial_downing(tokens, m)), None)
        if partial is not None:
            return partial.first_token, partial
    claimed = any(is_word(t.text, "claim_reporters") for t in tokens[: trig.first_token])  # "اعلان الفصائل قصف …"
    beside = accompanying_act(tokens, trig.last_token, resp) if str(trig.value) == "attack" and not claimed else None
    if beside is not None:
        return beside  # "، الي جانب هجوم اخر استهدف قاعده حرير"
    sequel = sequel_act(tokens, trig.last_token, resp) if is_attackish(str(trig.value)) else None
    if sequel is not None:
        return sequel  # "ثلاث هجمات مساء الاحد، تلاها هجوم واحد صباح الاثنين"
    added = added_act(tokens, trig, triggers, resp)
    if added is not None:
        return added  # "…، مضيفا انه تم اسقاط طائره مسيره اخري حاولت استهداف قاعده التنف"
    joined = coordinated_act(tokens, trig, triggers, resp)
    if joined is not None:
        return joined  # "صاروخا علي قاعده بلد، وتعرضت عين الاسد يوم الاحد لقصف"
    response = next((m for m in triggers if trig.last_token < m.first_token < resp and is_response_verb(m)), None)
    if response is not None and str(trig.value) in {"attack", "interception", "claim"} and not is_response_verb(trig):
        return response.first_token, response  # "أصاب صاروخ القاعدة، وردت الولايات المتحدة بضربة"
    for m in triggers:
        noun = us_response_noun(tokens, m) if trig.last_token < m.first_token < resp else None
        if noun is not None and noun > trig.last_token and str(trig.value) != "us_strike":
            return noun, m  # "تعرضت القاعدة لهجوم، تبع ذلك رد من قوات التحالف استهدفت فيه مواقع"
    for k in range(trig.last_token + 1, resp):
        able = _able_clause(tokens, k)
        if not (is_word(tokens[k].text, "clause_openers") or able):
            continue
        reach = _ABLE_REACH if able or _able_clause(tokens, k + 1, joined=False) else _SECOND_ACT_REACH
        for m in triggers:
            if k < m.first_token <= k + reach and m.value in {"attack", "interception"}:
                if not (is_anaphoric(tokens, m, str(m.value)) or is_series(tokens, m)):
                    return k, m
        return None
    return None
