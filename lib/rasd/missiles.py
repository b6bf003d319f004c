"""Missiles or rockets: a plain rocket noun (صاروخ) fired by a state's forces is a missile.

The press writes صاروخ for a faction's Katyusha and for Iran's ballistic missile alike;
who fires it decides the unit of an attack count (data/weapons.yaml, ``state_unit``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatcher, word_set
from rasd.text import Token

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["fired_by_state"]


@cache
def _air_raid_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, True) for w in word_set("attack_context.yaml", "air_raid_words"))


def _iran_as_launcher(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[Any]:
    """Iran or its capital named as the subject of a launch verb (``إن إيران أطلقت … 12 صاروخا``)."""
    launch = word_set("event_triggers.yaml", "launch_words")
    found = []
    for p in doc.within(doc.places, sent):
        if p.value.get("country") != "Iran" or p.value.get("type") not in {"country", "city"}:
            continue
        nxt = next((t.text for t in tokens if t.start >= p.end), "")
        if nxt in launch:
            found.append(p)
    return found


def fired_by_state(doc: Doc, sent: DocSentence, tokens: list[Token], fig: Figure) -> bool:
    """A plain rocket noun fired by a state's forces, in a sentence that names no faction: a missile.

    Iran's forces (``قصف الحرس الثوري … بـ12 صاروخا``), or a state's aircraft or drone
    (``أطلقت مسيرة أميركية صاروخين``), or fired in an air raid named before it; US ground
    forces fire rockets.
    """
    plain = any(m.end == fig.end and m.value.get("state_unit") for m in weapon_matcher().find(tokens))
    if not plain:
        return False
    weapons = [m for m in weapon_matcher().find(tokens)]
    if any(m.value["unit"] == "rocket" and not m.value.get("state_unit") for m in weapons):
        return False  # "صاروخين من طراز كاتيوشا"
    if next((m for m in _air_raid_matcher().find(tokens) if m.end <= fig.num.nstart), None) is not None:
        return True  # "غارات جوية طالت المقر بـ4 إلى 5 صواريخ": aircraft fire missiles
    actors = doc.within(doc.actors, sent)
    if any(a.value.get("type") in {"militia", "armed_group"} for a in actors):
        return False
    if any(m.value.get("kind") == "platform" and m.end <= fig.num.nstart for m in weapons):
        launchers = [a for a in actors if a.value.get("type") == "state"]  # "مسيرة أميركية أطلقت صاروخين"
    else:
        launchers = [a for a in actors if a.value.get("type") == "state" and a.value.get("country") == "Iran"]
        launchers += _iran_as_launcher(doc, sent, tokens)
    for a in launchers:  # the state's forces fire it: no "إن/أن" between them and the figure
        if a.end <= fig.num.nstart:
            between = {t.text for t in tokens if a.end <= t.start < fig.num.nstart}
            if not between & word_set("attack_context.yaml", "complementizers"):
                return True
    return False
