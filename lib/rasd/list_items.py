"""Lines of a list announced by the body: read them as body, not as page furniture.

A monitor's tally is often followed by its breakdown as a list, one short line per
item, announced by a sentence that ends with a colon::

    ومنذ 19 تشرين الأول وثق المرصد 40 هجوما، توزعت على النحو التالي:
    • 7 على قاعدة التنف
    - 9 على قاعدة حقل العمر
    3- 6 على قاعدة الشدادي

Such lines are short and unpunctuated, so the layout analysis would take them for
a footer or a byline. A line is a list item when it holds a figure (a digit), it
follows a body line that ends with a colon (or another item of the same list), and
the list is not longer than :data:`MAX_ITEMS` lines. A short line without a figure
stays as it was: a label or a related-links box is not read as the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MAX_ITEMS", "is_list_intro", "mark_list_items"]

MAX_ITEMS = 12
_INTRO_END = re.compile(r"[:：]\s*[\"“”»]?\s*$")
_FIGURE = re.compile(r"[0-9٠-٩]")
_AFTER_BODY = frozenset({"boilerplate", "subhead"})


def is_list_intro(text: str) -> bool:
    """True for a line that announces a list: it ends with a colon."""
    return bool(_INTRO_END.search(text))


def mark_list_items(kinds: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The kinds with the items of announced lists turned into ``body``.

    Args:
        kinds: Kind of every line, after the layout analysis.
        texts: The lines' text, in the same order.

    Returns:
        A new list of kinds.
    """
    out = list(kinds)
    left = 0
    for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
        if left and kind in _AFTER_BODY and _FIGURE.search(text):
            out[i], left = "body", left - 1
            continue
        left = MAX_ITEMS if kind == "body" and is_list_intro(text) else 0
    return out
