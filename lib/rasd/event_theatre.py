"""The theatre filter of the events table: acts placed outside Iraq, Syria and Jordan are dropped.

The theatre's countries are data (``theatre`` in ``data/attack_context.yaml``); the Hamas attack on
Israel, say, is an attack placed outside it. A claim by a faction of the theatre is kept when its
target lies where the factions claim acts (``claimed_abroad``: Israel):
``أعلنت المقاومة الإسلامية في العراق أنها استهدفت ميناء حيفا`` is a claim of an Iraqi faction,
placed at its target (Haifa), as the annotated sets write it; the claimed act itself stays out,
and so does a claim told by anyone else (``وبررت طهران الهجوم``, ``أعلن حزب الله``) or one
placed in Gaza or Lebanon (``قالت المقاومة إن قصف غزة جريمة``).

With no verb of attack, the faction claims the act by a verbal noun that takes its target
(``أعلنت المقاومة الإسلامية في العراق استهداف ميناء حيفا``): the noun is the act when a place
of a country the factions claim acts in (``claimed_abroad``: Israel) follows it within a few
words, after a verb of claiming, and the faction is named in the sentence.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.event_types import is_attackish
from rasd.gazetteer import actor_entries, attack_noun_matcher
from rasd.incidents import place_country
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token, normalize_str

__all__ = ["in_theatre", "outside_claim_nouns"]

_FACTION_TYPES = frozenset({"militia"})
_TARGET_REACH = 5  # tokens between the verbal noun and the place of its target ("استهداف هدف حيوي في مدينة حيفا")


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


@cache
def _claimed_abroad() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["claimed_abroad"])


@cache
def _theatre_factions() -> frozenset[str]:
    """Normalised names and aliases of the armed factions that belong to a country of the theatre."""
    names: set[str] = set()
    for actor in actor_entries():
        if actor.get("type") in _FACTION_TYPES and actor.get("country") in _theatre():
            names.add(normalize_str(str(actor["name_ar"])))
            names.update(str(a) for a in actor.get("aliases", []))
    return frozenset(names)


def _claimed_by_faction(row: dict[str, Any]) -> bool:
    """The row is a faction's claim (``المقاومة الإسلامية في العراق``) at a target in ``claimed_abroad``."""
    if row["type"] != "claim" or place_country(str(row.get("place") or "")) not in _claimed_abroad():
        return False
    return normalize_str(str(row.get("actor") or "")) in _theatre_factions()


def in_theatre(row: dict[str, Any]) -> bool:
    """An act placed in the theatre, or not placed, or a theatre faction's claim.

    Threats, visits and other developments are kept wherever they are placed.

    Args:
        row: An event row with ``type``, ``place`` and ``actor``.

    Returns:
        Whether the row stays in the events table.
    """
    if (row["type"] != "claim" and not is_attackish(row["type"])) or _claimed_by_faction(row):
        return True
    country = place_country(str(row.get("place") or ""))
    return not country or country in _theatre()


def _is_faction(actor: PhraseMatch) -> bool:
    return actor.value.get("type") in _FACTION_TYPES and actor.value.get("country") in _theatre()


def _outside(place: PhraseMatch) -> bool:
    """The place lies in a country where the theatre's factions claim acts (``claimed_abroad``)."""
    return place_country(str(place.value["canonical"])) in _claimed_abroad()


def _claimed(tokens: list[Token], k: int) -> bool:
    """A verb of claiming stands before token ``k`` (``أعلنت``, ``تبنت``)."""
    return any(is_word(t.text, "claim_reporters") for t in tokens[:k])


def outside_claim_nouns(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[PhraseMatch]:
    """Verbal nouns by which a faction of the theatre claims an act on a target outside it.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        limit: Token index the noun and its target may not reach.

    Returns:
        The first such noun, as an attack trigger (none when the sentence names no faction).
    """
    if not any(_is_faction(a) for a in doc.within(doc.actors, sent)):
        return []
    outside = [m.first_token - sent.tok_lo for m in doc.within(doc.places, sent) if _outside(m)]
    for m in attack_noun_matcher().find(tokens[:limit]):
        if is_word(tokens[m.first_token].text, "transitive_nouns") and _claimed(tokens, m.first_token) and any(
            m.last_token < k <= m.last_token + _TARGET_REACH and k < limit for k in outside
        ):
            return [PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "attack", m.prefix)]
    return []
