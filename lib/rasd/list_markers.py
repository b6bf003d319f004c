"""The number of a numbered list at the start of a line, which is never a day.

A chronology prints its acts as a numbered list, the item's date right after the
number: «1- 18 تشرين الأول 2023: هجوم بطائرتين مسيرتين …». Read as one expression,
«1- 18 تشرين الأول» would be the range of days 1-18; the number and the dash
before the space are the item's marker, and the date starts at the day after it.
A range written without a space after the dash («7-8 آذار» at the start of a
line) stays a range.
"""

from __future__ import annotations

import re

__all__ = ["is_list_marker"]

# The item number, a dash (an optional space before it, at least one after it) and the day.
_MARKER_RE = re.compile(r"\d{1,2} ?[-\u2013] +\d")


def is_list_marker(norm: str, start: int) -> bool:
    """Whether the number at ``start`` of a normalised text is a list item's marker.

    Args:
        norm: The normalised text, with its line breaks.
        start: Offset of a number in ``norm``.

    Returns:
        True when the number opens its line and is followed by a dash, a space and
        another number («1- 18 تشرين الاول»).
    """
    if _MARKER_RE.match(norm, start) is None:
        return False
    before = norm[:start].rstrip(" \t")
    return not before or before.endswith("\n")
