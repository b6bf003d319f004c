"""Date lines of a site's header: the day the page was saved, not the day it was published.

Many sites print the date of the day at the top of every page, above the story's own
headline and date line. Copied pages keep it, and it is then the first date line of the
text. :func:`find_header_dates` recognises two layouts (besides a masthead line right
below the date, which :func:`rasd.page_heads.find_banner_dates` reads):

- the date stands above the headline and another publication date line follows the
  headline within a few lines (``الجمعة 29 آذار/مارس 2024`` … headline …
  ``21.10.2020``): the one below the headline dates the story;
- the date follows a weather reading of the header (``12.1 C`` / ``تونس`` /
  ``7 يناير، 2025``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasd.pubdate import parse_date_line

__all__ = ["find_header_dates"]

# The story's own date line follows its headline within this many lines.
STORY_DATE_LINES = 4
# A weather reading stands within this many lines above the header's date.
WEATHER_LINES = 2

# A temperature reading alone on a line: "12.1 C", "25°", "-3 °C", "18 درجة".
_TEMPERATURE_RE = re.compile(r"^\s*-?\d{1,2}(?:[.,]\d{1,2})?\s*(?:°\s*[CF]?|[CF]|درجة|درجه)\s*$")


def _published_iso(text: str) -> str:
    """The publication date a date line gives, or ``""`` (no date, or an update date)."""
    found = parse_date_line(text)
    return found.iso if found is not None and found.label == "published" else ""


def _superseded(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Date lines above the headline whose date differs from a date line right below it."""
    if "headline" not in kinds:
        return set()
    head = kinds.index("headline")
    below = {
        iso
        for i in range(head + 1, min(len(kinds), head + 1 + STORY_DATE_LINES))
        if kinds[i] == "dateline" and (iso := _published_iso(texts[i]))
    }
    if not below:
        return set()
    return {
        i for i in range(head) if kinds[i] == "dateline" and (iso := _published_iso(texts[i])) and iso not in below
    }


def _after_weather(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Date lines right below a weather reading of the header."""
    out = set()
    for i, kind in enumerate(kinds):
        if kind != "dateline":
            continue
        above = [t for t in texts[max(0, i - WEATHER_LINES) : i] if t.strip()]
        if any(_TEMPERATURE_RE.match(t) for t in above):
            out.add(i)
    return out


def find_header_dates(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Indexes of date lines that belong to the site's header, not to the story.

    Args:
        texts: The lines of the page, in order.
        kinds: Their kinds as first labelled (``headline``, ``dateline``, ``body`` …).

    Returns:
        The indexes of header date lines (to be read as boilerplate).
    """
    return _superseded(texts, kinds) | _after_weather(texts, kinds)
