"""A faction's claim told by a verbal noun before another act of its sentence.

``أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة، وتوعدت بمواصلة عملياتها``,
``أعلنت الفصائل استهداف قاعدة حرير، فيما أكد جهاز مكافحة الإرهاب إسقاط مسيرة``: the first
trigger of the sentence (the vow, the downing) stands after the claim, which has no verb of
attack of its own: the verbal noun (``استهداف``) names the act and the claiming verb governs it.
Each such noun before that trigger is a claim row of its own, beside the row of the trigger.

A faction also claims by a verbal noun whose object is a US base named only by its owner, then the
area it lies in (``أعلنت المقاومة الإسلامية في العراق استهداف قاعدتين أميركيتين شرقي سوريا``):
like ``أنها استهدفت قاعدة أمريكية في سوريا``, a claim placed at that area.

A faction claims its act too by a verbal noun carrying its own possessive (``own_act_nouns``) right
after the claiming verb and its name: ``أعلنت فصائل المقاومة استهدافها قاعدة حرير بطائرة مسيرة``
is a claim and the attack at the place named after the noun. A denial, a threat, an intent or a
condition before the noun (``possessive_claim_stops``: ``نفت``, ``تتوعد``, ``عزمها``, ``إذا``) tells
no act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_fields import generic_actor_matcher
from rasd.event_lexicon import is_word, us_matcher
from rasd.event_rows import event_row
from rasd.event_types import classify_trigger
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["noun_claims_before", "owned_target_claim_nouns", "possessive_claim_nouns"]

_FACTION_TYPES = frozenset({"militia"})
_SUBJECT_REACH = 11  # tokens between the claiming verb and the possessed noun ("أكدت كتائب سيد الشهداء، في بيان مساء الخميس، قصفها")
_FRONTED_REACH = 4  # tokens a fronted subject may stand before the claiming verb ("وكانت الفصائل العراقية قد أعلنت")
_OBJECT_REACH = 6  # tokens between the possessed noun and the place it names ("استهدافها قاعدة الاحتلال الأمريكي (حرير)")
_AREA_REACH = 3  # tokens between the owner of the base and the area it lies in ("قاعدتين أميركيتين شرقي سوريا")


def noun_claims_before(
    doc: Doc,
    sent: DocSentence,
    tokens: list[Token],
    trig: PhraseMatch,
    kind: str,
    groups: list[int],
    nouns: Callable[[int], list[PhraseMatch]],
) -> list[dict[str, Any]]:
    """The claims a claiming verb makes by verbal nouns before the sentence's first trigger.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.
        trig: The sentence's first trigger.
        kind: Its event type; a claim itself tells the act (no second row).
        groups: Sentence token indexes where an armed group is named.
        nouns: The attack nouns that report an act with no verb, before a token index.

    Returns:
        One claim row per such noun (none when the trigger is a claim).
    """
    if kind == "claim":
        return []
    rows: list[dict[str, Any]] = []
    for noun in nouns(trig.first_token):
        if classify_trigger(tokens, noun, groups) == "claim":
            rows += event_row(doc, sent, tokens, noun, "claim", (0, trig.first_token))
    return rows


def _owned_target(tokens: list[Token], k: int, limit: int) -> int | None:
    """Index after ``target noun + US owner`` starting at ``k`` (``قاعدة أمريكية``, ``قاعدة الاحتلال``), or None."""
    if k + 1 >= limit or not is_word(tokens[k].text, "target_nouns"):
        return None
    owner = us_matcher().match_at(tokens, k + 1)
    if owner is not None:
        return owner.last_token + 1
    if is_word(tokens[k + 1].text, "us_dual_adjectives"):
        return k + 2
    other = k + 2 < limit and is_word(tokens[k + 2].text, "other_occupiers")  # "قاعدة للاحتلال الإسرائيلي"
    return k + 2 if is_word(tokens[k + 1].text, "occupation_owners") and not other else None


def owned_target_claim_nouns(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[PhraseMatch]:
    """Verbal nouns by which a named faction claims an act on a US base named by its owner and area.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        limit: Token index the noun and its target may not reach.

    Returns:
        The first such noun after a claiming verb, as an attack trigger (none when no faction is named).
    """
    faction = any(a.value.get("type") in _FACTION_TYPES for a in doc.within(doc.actors, sent))
    if not faction and next(iter(generic_actor_matcher().find(tokens[:limit])), None) is None:
        return []
    places = {m.first_token - sent.tok_lo for m in doc.within(doc.places, sent)}
    for m in attack_noun_matcher().find(tokens[:limit]):
        if not is_word(tokens[m.first_token].text, "transitive_nouns"):
            continue
        if not any(is_word(t.text, "claim_reporters") for t in tokens[: m.first_token]):
            continue
        end = _owned_target(tokens, m.last_token + 1, limit)
        if end is not None and any(end <= k < min(limit, end + _AREA_REACH) for k in places):
            return [PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "attack", m.prefix)]
    return []


def _group_tokens(doc: Doc, sent: DocSentence, tokens: list[Token]) -> set[int]:
    """Sentence token indexes where an armed group of the Iran axis, or a generic armed group, is named."""
    named = {a.first_token - sent.tok_lo for a in doc.within(doc.actors, sent) if a.value.get("side") == "iran_axis" or a.value.get("generic")}
    return named | {m.first_token for m in generic_actor_matcher().find(tokens)}


def _other_subject(tokens: list[Token], lo: int, hi: int) -> bool:
    """A break or a US name stands between the group and the noun ("قالت الفصائل إن القوات الأمريكية أعلنت استهدافها")."""
    if any(is_word(t.text, "possessive_claim_breaks") for t in tokens[lo:hi]):
        return True
    return next(iter(us_matcher().find(tokens[lo:hi])), None) is not None


def possessive_claim_nouns(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[PhraseMatch]:
    """Own-act nouns by which a named faction claims its act: ``أعلنت الفصائل استهدافها قاعدة حرير``.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        limit: Token index the noun and the place it names may not reach.

    Returns:
        The first such noun, as an attack trigger: after a claiming verb whose subject (between
        them, or fronted just before the verb) is an armed group, with a place of the sentence named a few tokens after it, and no
        word of denial, threat, intent or condition from just before the verb to the noun.
    """
    end = min(limit, len(tokens))
    places = {m.first_token - sent.tok_lo for m in doc.within(doc.places, sent)}
    groups: set[int] | None = None
    for k in range(2, end):
        if not is_word(tokens[k].text, "own_act_nouns") or not any(k < p < min(end, k + 1 + _OBJECT_REACH) for p in places):
            continue
        verb = next((r for r in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1) if is_word(tokens[r].text, "claim_reporters")), None)
        if verb is None or any(is_word(t.text, "possessive_claim_stops") for t in tokens[max(0, verb - 2) : k]):
            continue
        if any(is_word(t.text, "possessive_claim_breaks") for t in tokens[verb + 1 : k]):
            continue  # "قالت الكتائب إن بيان الفصائل حول استهدافها": the noun is not the verb's object
        groups = _group_tokens(doc, sent, tokens) if groups is None else groups
        if any(verb - _FRONTED_REACH <= g < k and g != verb and not _other_subject(tokens, g + 1, k) for g in groups):
            return [PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")]
    return []
