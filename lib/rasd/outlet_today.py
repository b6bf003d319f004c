"""«اليوم» that ends an outlet's name told as a source: «ونقلت روسيا اليوم عن …».

Several outlets are named «<place> اليوم» (روسيا اليوم, بغداد اليوم, العراق اليوم).
Unquoted, the name reads like «<place>» + «today». It is the outlet when the name
stands as the source of a report: right after a verb of transmission (``نقلت``,
``ذكرت``, ``أفادت``), an attribution preposition (``بحسب``, ``وفقا لـ``, ``نقلا عن``)
or a media noun (``قناة``, ``موقع``), or glued to ل after such a cue or before «أن»
(``في حديث لروسيا اليوم``, ``قال مصدر لبغداد اليوم إن``). A weekday or a time of day after «اليوم» keeps it a date (``ببغداد اليوم الخميس``),
and so does any other context (``في بغداد اليوم``, ``قالت روسيا اليوم إنها``: a state
speaking today). The names and cues are in ``data/dates.yaml`` (``outlet_today``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.lexicon import load_yaml

__all__ = ["ends_outlet_name"]

_LOOKBACK = 40  # characters before «اليوم» where the name and its cue are read
_CONJUNCTIONS = ("و", "ف")


@cache
def _lex() -> dict[str, Any]:
    """The ``dates.yaml`` lexicon (read here so that :mod:`rasd.datescan` can call this module)."""
    return load_yaml("dates.yaml")


def _bare(word: str) -> str:
    """A word without a leading و or ف (when more than two letters remain)."""
    return word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 3 else word


def ends_outlet_name(text: str, start: int, after: str) -> bool:
    """Whether «اليوم» at ``start`` of normalised ``text`` ends an outlet's name told as a source.

    Args:
        text: The normalised text.
        start: The offset of «اليوم».
        after: The word right after «اليوم» (``""`` when none).

    Returns:
        True when the word before is an outlet's place name and its own cue makes it a source.
    """
    lex = _lex()["outlet_today"]
    if after in _lex()["weekdays"] or after in _lex()["times_of_day"]:
        return False
    words = text[max(0, start - _LOOKBACK) : start].split()
    if not words:
        return False
    name, cues = words[-1], {_bare(words[-2]) if len(words) > 1 else "", " ".join(words[-3:-1])}
    told = bool(cues & set(lex["cues_before"]))
    if name in lex["names"]:
        return told
    glued = name[1:] if name[:1] == "ل" else ""
    return glued in lex["names"] and (told or after in lex["told_after"])
