"""A bare definite plural of strikes as the subject of a US strike: the wave told before.

After a US strike wave is told (``ضربت الولايات المتحدة الميليشيات على الحدود العراقية
السورية يوم الأحد``), the press details it with the bare definite plural (``واستهدفت الضربات
مراكز عمليات ومخازن أسلحة في موقعين في سوريا``): the same strikes, not a new act. With an
adjective after it (``الضربات الأمريكية``, ``الغارات الجديدة``) the noun may open a wave of its own
and is not read so; an ordinal marks another act of a series.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["points_back_plural"]

_SETTING_TYPES = frozenset({"country", "governorate", "region"})  # the setting of a wave, not a site of it
_CLAUSE_STARTS = frozenset({"ان", "بان", "انه", "فان"})  # a fronted subject opens its clause ("إن الغارات طالت")


def points_back_plural(
    tokens: list[Token], trig: PhraseMatch, heads: list[PhraseMatch], kind: str, place: Mapping[str, Any] | None = None
) -> bool:
    """A US strike whose subject is a bare definite strike plural (``الضربات``, ``الغارات``).

    The plural stands right after the verb (``واستهدفت الضربات``) or opens the clause right
    before it (``إن الغارات طالت``); a plural after a quantifier (``إحدى الضربات طالت``) or
    counted by a noun before it (``سلسلتين من الضربات``) tells an act of its own.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the act.
        heads: The attack nouns and weapons of the trigger (:func:`rasd.event_rows.head_nouns`).
        kind: The event type of the trigger.
        place: The row's place: a town or base it names (``وطالت الضربات موقعا في القائم``) is a
            site of the wave of its own, which the merging of incidents places.
    """
    if kind != "us_strike" or (place is not None and place.get("type") not in _SETTING_TYPES):
        return False
    for m in heads:
        if m.phrase not in trigger_words("anaphoric_strike_plurals") or m.prefix not in {"", "و"}:
            continue
        before = tokens[m.first_token - 1].text if m.first_token else ""
        fronted = m.last_token == trig.first_token - 1 and (not before or before in _CLAUSE_STARTS)
        if m.first_token != trig.last_token + 1 and not fronted:
            continue
        nxt = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
        if not nxt.startswith("ال"):
            return True
    return False
