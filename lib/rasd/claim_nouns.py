"""A faction's claim told by a verbal noun before another act of its sentence.

``أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة، وتوعدت بمواصلة عملياتها``,
``أعلنت الفصائل استهداف قاعدة حرير، فيما أكد جهاز مكافحة الإرهاب إسقاط مسيرة``: the first
trigger of the sentence (the vow, the downing) stands after the claim, which has no verb of
attack of its own: the verbal noun (``استهداف``) names the act and the claiming verb governs it.
Each such noun before that trigger is a claim row of its own, beside the row of the trigger.

A faction also claims by a verbal noun whose object is a US base named only by its owner, then the
area it lies in (``أعلنت المقاومة الإسلامية في العراق استهداف قاعدتين أميركيتين شرقي سوريا``):
like ``أنها استهدفت قاعدة أمريكية في سوريا``, a claim placed at that area.
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

__all__ = ["noun_claims_before", "owned_target_claim_nouns"]

_FACTION_TYPES = frozenset({"militia"})
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
