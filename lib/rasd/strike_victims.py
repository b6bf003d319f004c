"""A strike told by the figure it killed: the killing of a leader killed by a US strike.

``وكان سليماني قد قتل بضربة طائرة مسيرة قرب مطار بغداد``: no American actor is
named, but the figure killed (``data/event_triggers.yaml``, ``us_strike_victims``:
leaders of the Iran axis killed by US strikes) makes the strike American. Leaders
killed by other states' strikes are not in the list (Israeli strikes killed
others of the axis).

A killing told in a response clause (``ضربت إيران قاعدة عين الأسد ردا على مقتل
سليماني``) is the earlier act: only the rows of that clause are retyped, and the
act that answers it keeps its type.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.event_lexicon import is_word
from rasd.event_rows import response_start
from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.text import Token

__all__ = ["retype_victim_strikes"]

_VICTIM_REACH = 6  # tokens between the killing word and the figure killed, either side ("سليماني قد قتل في …")


@cache
def _victims() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["us_strike_victims"])


def _victim_at(tokens: list[Token]) -> int | None:
    """Index of a killing word with a known US-strike victim a few tokens before or after it.

    A verb of targeting with the victim a few tokens after it as its object counts too
    (``ضرب صاروخا هيلفاير موكب المهندس``).
    """
    names = [m.first_token for m in _victims().find(tokens)]
    kills = [k for k, t in enumerate(tokens) if is_word(t.text, "killing_words")]
    found = next((k for k in kills if any(abs(n - k) <= _VICTIM_REACH for n in names)), None)
    if found is not None:
        return found
    resp = response_start(tokens)  # "قصفت إيران القاعدة انتقاما لسليماني": the leader is what is avenged
    aims = [k for k, t in enumerate(tokens) if is_word(t.text, "victim_target_verbs")]
    return next((k for k in aims if any(k < n <= k + _VICTIM_REACH and n < resp for n in names)), None)


def avenged(tokens: list[Token], k: int) -> bool:
    """The killing word at ``k`` follows a revenge cue (``انتقاما لمقتل``, ``ثأرا لاغتيال``): it is what is avenged."""
    return k > 0 and is_word(tokens[k - 1].text, "revenge_cues") and tokens[k].text.startswith("ل")


def retype_victim_strikes(tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the attack rows of a sentence that tells a US-strike victim's killing US strikes.

    Args:
        tokens: Tokens of the sentence.
        rows: Its event rows.
    """
    kill = _victim_at(tokens)
    if not any(r["type"] == "attack" for r in rows) or kill is None:
        return rows
    answered = kill >= response_start(tokens) or avenged(tokens, kill)  # "ردا علي مقتل سليماني": only the earlier act is the strike
    us = "الولايات المتحدة"
    return [
        {**r, "type": "us_strike", "actor": us, "claimed": False}
        if r["type"] == "attack" and (r.get("earlier") or not answered)
        else r
        for r in rows
    ]
