"""An «attack» whose victims are the factions' own: the US strike told again.

``وأوضحت أن صاروخا أصاب سيارة من طراز لاندكروزر في منطقة المشتل``, ``استهدفت طائرة مسيرة
السيارة التي كانت تقل القيادي``, ``أعلنت القيادة المركزية أنها قتلت قياديا كبيرا في كتائب حزب
الله``, ``صاروخين سقطا داخل مبنى تشغله الحركة``: an act that hits a vehicle, a faction leader or
a faction's building (``data/event_triggers.yaml``: ``faction_vehicle_nouns``,
``faction_leader_nouns`` after a word of killing, ``faction_site_nouns`` before
``faction_owner_words``) and names no US site or force (``us_side_nouns``) is no attack on US
forces. In an article telling a US strike, or told with a US name (not one of a choice of
states: ``أمريكية أو إسرائيلية``), it is that strike: the row is
a US strike, folded into the US strike of its day when the article dates one. With neither, a leader
killed is an ``other`` event with no actor (``اغتيل القيادي في كتائب حزب الله بضربة بطائرة
مسيرة``): the killing of a faction's commander by an unknown hand, whose faction is the victim.
So are a faction's members killed by an air strike with no attacker named (``قتل أربعة عناصر من
ميليشيا الحشد جراء استهداف جوي``, :func:`kills_members`).
"""

from __future__ import annotations

import re
from typing import Any

from rasd.event_lexicon import is_word, us_matcher
from rasd.presumed_strikes import ALTERNATIVE_WORDS
from rasd.text import normalize_str, tokenize

__all__ = ["kills_members", "retype_faction_victims"]

_KILL_REACH = 3  # words between a word of killing and the leader it names ("قتلت قياديا")
_OWNER_REACH = 3  # words between a building noun and its faction owner ("مبنى تشغله الحركة")
_FULL_DAY = len("2024-01-20")
_WORD = re.compile(r"\w+")


def _hits_faction(words: list[str]) -> bool:
    """The words name a faction's vehicle, leader killed or building, and no US site or force."""
    if any(is_word(w, "us_side_nouns") for w in words):
        return False
    for k, w in enumerate(words):
        if is_word(w, "faction_vehicle_nouns"):
            return True
        if is_word(w, "faction_leader_nouns") and any(is_word(v, "killing_words") for v in words[max(0, k - _KILL_REACH) : k]):
            return True
        if is_word(w, "faction_site_nouns") and any(is_word(v, "faction_owner_words") for v in words[k + 1 : k + 1 + _OWNER_REACH]):
            return True
    return False


def _kills_leader(words: list[str]) -> bool:
    """The words tell a faction leader killed (``اغتيل القيادي``), and no US site or force."""
    if any(is_word(w, "us_side_nouns") for w in words):
        return False
    return any(
        is_word(w, "faction_leader_nouns") and any(is_word(v, "killing_words") for v in words[max(0, k - _KILL_REACH) : k])
        for k, w in enumerate(words)
    )


def kills_members(words: list[str], actor: str = "") -> bool:
    """Members of a faction killed by an air strike, no US site or force, and no attacker but them named.

    ``قتل أربعة عناصر من ميليشيا الحشد الشعبي جراء استهداف جوي``, ``3 قتلى من ميليشيا الحشد في الاستهداف
    الجوي``: the faction after ``من`` is the victim; an actor named elsewhere (``بهجوم لداعش``) is the attacker.
    """
    if any(is_word(w, "us_side_nouns") for w in words) or not any(is_word(w, "air_strike_words") for w in words):
        return False
    for k, w in enumerate(words):
        if not is_word(w, "faction_member_nouns") or "من" not in words[k + 1 : k + 2]:
            continue
        killed = is_word(w, "killed_member_nouns") or any(is_word(v, "killing_words") for v in words[max(0, k - _KILL_REACH) : k])
        owner = words[k + 2 : k + 2 + _OWNER_REACH]
        if killed and any(is_word(v, "faction_owner_words") for v in owner):
            return not actor or all(a in words[k + 2 : k + 2 + _OWNER_REACH + 2] for a in _WORD.findall(normalize_str(actor)))
    return False


def _us_named(sentence: str) -> bool:
    """A US name stands in the sentence, not as one of a choice of states ("امريكيه او اسرائيليه")."""
    tokens = tokenize(normalize_str(sentence))
    return any(
        m.last_token + 1 >= len(tokens) or tokens[m.last_token + 1].text not in ALTERNATIVE_WORDS
        for m in us_matcher().find(tokens)
    )


def retype_faction_victims(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Retype as US strikes the attacks that hit the factions' own (see the module docstring).

    Args:
        rows: An article's event rows, dated and placed.

    Returns:
        The rows, such an attack now a US strike, dropped when a US strike of its day is told.
    """
    told_strike = any(r["type"] == "us_strike" for r in rows)
    out: list[dict[str, Any]] = []
    for row in rows:
        sentence = str(row.get("sentence") or "")
        words = _WORD.findall(normalize_str(sentence))
        members = row["type"] == "attack" and kills_members(words, str(row.get("actor") or ""))
        if row["type"] != "attack" or not (_hits_faction(words) or members):
            out.append(row)
            continue
        if not (told_strike or _us_named(sentence)):
            # "اغتيل القيادي … بضربة بطائرة مسيرة": no attacker known; a vehicle or building stays an attack
            out.append({**row, "type": "other", "actor": ""} if _kills_leader(words) or members else row)
            continue
        day = str(row.get("date") or "")
        twin = next((r for r in rows if r["type"] == "us_strike" and len(day) == _FULL_DAY and r.get("date") == day), None)
        if twin is None:
            out.append({**row, "type": "us_strike"})
    return out
