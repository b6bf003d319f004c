"""US convoys, forces and cargo planes moving into or out of a place: ``other`` events.

``أدخل الجيش الأمريكي رتلا عسكريا إلى قاعدته``, ``وصلت قافلة عسكرية أمريكية إلى
الشدادي``, ``قوة عسكرية أمريكية جديدة وصلت إلى قاعدة الحرير`` and ``حطت طائرة شحن
عسكرية في الشدادي`` tell a strategic development (ACLED's ``other``), not a visit:
the one who moves is a convoy, a force or a cargo plane, not an official. A movement
verb (``movement_verbs``) with a convoy noun (``convoy_nouns``) a few words before
or after it gives one ``other`` row for the sentence; a visit read from the same
verb (``توجه الرتل الى القاعده``, ``حطت``) is dropped. A movement that is only the
topic of talk (``تحدثت مصادر عن وصول ارتال``) gives no row. Sentences that already hold
an attack, strike or development keep their rows as they are.

A sentence whose first convoy noun is definite (``أن القافلة تتألف من 75 شاحنة … ودخلت من
معبر الوليد``) tells again the convoy told before: its row points back to that one
(``anaphoric``, folded by :func:`rasd.incidents.merge_incidents`). A row is marked a
``flight`` when the nearest convoy noun is a plane, else a ``convoy`` (:mod:`rasd.act_kinds`):
a cargo plane landing is not the convoy told before it.
"""

from __future__ import annotations

from typing import Any

from rasd.act_kinds import with_act
from rasd.convoy_destinations import place_at_destination
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, list_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["convoy_moves"]

_CONVOY_REACH = 14  # tokens between the movement verb and its convoy (a subject or object; a place and a date may stand between)
_KEPT_TYPES = frozenset({"attack", "us_strike", "interception", "claim", "other"})


def _has_convoy(tokens: list[Token], verb: PhraseMatch) -> bool:
    """A convoy noun stands within reach before or after the movement verb."""
    lo = max(0, verb.first_token - _CONVOY_REACH)
    hi = min(len(tokens), verb.last_token + 1 + _CONVOY_REACH)
    matcher = list_matcher("convoy_nouns")
    return any(matcher.match_at(tokens, k) is not None for k in range(lo, hi) if not verb.first_token <= k <= verb.last_token)


def _hearsay(tokens: list[Token], verb: PhraseMatch) -> bool:
    """The movement is the topic of talk (``تحدثت مصادر عن وصول ارتال``) or an idiom, not told as a fact."""
    if verb.last_token + 1 < len(tokens) and is_word(tokens[verb.last_token + 1].text, "movement_idioms"):
        return True  # "توجه أصابع الاتهام إلى": suspicion, no move
    return verb.first_token > 0 and is_word(tokens[verb.first_token - 1].text, "hearsay_markers")


def _points_back(tokens: list[Token]) -> bool:
    """The first convoy noun of the sentence is a definite one (``القافلة``, ``الرتل``): a convoy told before."""
    matcher = list_matcher("convoy_nouns")
    first = next((m for k in range(len(tokens)) if (m := matcher.match_at(tokens, k)) is not None), None)
    return first is not None and is_word(tokens[first.first_token].text, "convoy_anaphors")


def _kind(tokens: list[Token], verb: PhraseMatch) -> str:
    """``flight`` when the convoy noun nearest the verb is a plane (``حطت طائرة شحن``), else ``convoy``."""
    matcher = list_matcher("convoy_nouns")
    lo = max(0, verb.first_token - _CONVOY_REACH)
    hi = min(len(tokens), verb.last_token + 1 + _CONVOY_REACH)
    found = [m for k in range(lo, hi) if (m := matcher.match_at(tokens, k)) is not None]
    nearest = min(found, key=lambda m: abs(m.first_token - verb.first_token), default=None)
    return "flight" if nearest is not None and is_word(tokens[nearest.first_token].text, "plane_nouns") else "convoy"


def _movement(tokens: list[Token]) -> PhraseMatch | None:
    return next(
        (m for m in list_matcher("movement_verbs").find(tokens) if _has_convoy(tokens, m) and not _hearsay(tokens, m)),
        None,
    )


def convoy_moves(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentence's rows with its convoy movement as an ``other`` row (see the module docstring).

    Args:
        doc: The article.
        sent: One narrative sentence.
        rows: The event rows already read from the sentence.

    Returns:
        ``rows`` unchanged, or without their visits and with one ``other`` row added.
    """
    if any(r["type"] in _KEPT_TYPES for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    verb = _movement(tokens)
    if verb is None:
        return rows
    kept = [r for r in rows if r["type"] != "visit"]
    own = with_act(event_row(doc, sent, tokens, verb, "other", (0, len(tokens))), _kind(tokens, verb))
    own = place_at_destination(doc, sent, tokens, own)  # "قادمة من إقليم كردستان. … واتجهت القافلة إلى قاعدة قسرك"
    return kept + ([{**r, "anaphoric": True} for r in own] if _points_back(tokens) else own)
