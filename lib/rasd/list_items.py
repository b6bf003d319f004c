"""Lines of a list announced by the body: read them as body, not as page furniture.

A monitor's tally is often followed by its breakdown as a list, one short line per
item, announced by a sentence that ends with a colon::

    ومنذ 19 تشرين الأول وثق المرصد 40 هجوما، توزعت على النحو التالي:
    • 7 على قاعدة التنف
    - 9 على قاعدة حقل العمر
    3- 6 على قاعدة الشدادي

and a force's bases are listed the same way (``— قاعدة الشدادي``). Such lines are short
and unpunctuated, so the layout analysis would take them for a footer link or a byline.
A line is a list item when it opens with a bullet or holds a figure (a digit), it
follows a body line that ends with a colon (or another item of the same list), and the
list is not longer than :data:`MAX_ITEMS` lines. A short line with neither stays as it
was: a label or a related-links box is not read as the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MAX_ITEMS", "announces_list", "is_list_item", "mark_list_items"]

MAX_ITEMS = 12
_INTRO_END = re.compile(r"[:：]\s*[\"“”»]?\s*$")
_BULLET = re.compile(r"^\s*[-–—•*·▪●]\s*\S")
_FIGURE = re.compile(r"[0-9٠-٩]")
# Kinds the layout analysis gives a line it could not read as the story.
_MOVABLE = frozenset({"short", "boilerplate", "subhead"})


def announces_list(text: str) -> bool:
    """A line or sentence that ends with a colon: the lines after it list what it announces."""
    return bool(_INTRO_END.search(text))


def is_list_item(text: str) -> bool:
    """A line that opens with a bullet (``— 18 على قاعدة الشدادي``)."""
    return bool(_BULLET.match(text))


def mark_list_items(kinds: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The kinds with the items of announced lists turned into ``body``.

    Args:
        kinds: Kind of every line, from the layout analysis.
        texts: The lines' text, in the same order.

    Returns:
        A new list of kinds.
    """
    out = list(kinds)
    left = 0
    for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
        if left and kind in _MOVABLE and (is_list_item(text) or _FIGURE.search(text)):
            out[i], left = "body", left - 1
            continue
        left = MAX_ITEMS if kind == "body" and announces_list(text) else 0
    return out
