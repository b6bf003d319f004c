"""Date lines that are not the story's: the site header's date of the day, the dates of a box.

Many sites print the date of the day at the top of every page, above the story's own
headline and date line. Copied pages keep it, and it is then the first date line of the
text. :func:`find_header_dates` recognises two layouts (besides a masthead line right
below the date, which :func:`rasd.page_heads.find_banner_dates` reads):

- the date stands above the headline and another publication date line follows the
  headline within a few lines (``الجمعة 29 آذار/مارس 2024`` … headline …
  ``21.10.2020``): the one below the headline dates the story;
- the date follows a weather reading of the header (``12.1 C`` / ``تونس`` /
  ``7 يناير، 2025``);
- the date names its weekday, and the first body paragraph dates its news «اليوم» with
  another one (``الإثنين ١١ / مارس / ٢٠٢٤`` above «صباح اليوم السبت»): the day of
  writing is the lede's weekday, or the next day for a page put online after midnight.

Below the story, a box of related or most-read links or of comments (``اقرأ أيضاً``,
``الأكثر قراءة``, ``التعليقات``) prints the dates of other pages or of comments: a date
line after such a label and before any further body paragraph is not the page's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from rasd.dates import find_dates
from rasd.furniture import furniture, is_box_label, line_key, prefix_re
from rasd.pub_infer import named_weekdays, writing_offset
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


def _today_weekdays(text: str) -> set[int]:
    """The weekdays a paragraph gives to «اليوم» (``فجر اليوم الثلاثاء``: Tuesday), Monday 0."""
    out: set[int] = set()
    for d in find_dates(text):
        offset, weekday = writing_offset(d.expr)
        if offset == 0 and weekday is not None:
            out.add(weekday)
    return out


def _contradicted(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Date lines above the body whose own weekday is neither the lede's «اليوم» weekday nor the day after."""
    if "body" not in kinds:
        return set()
    first = kinds.index("body")
    today = _today_weekdays(texts[first])
    if not today:
        return set()
    fits = today | {(w + 1) % 7 for w in today}
    out = set()
    for i in range(first):
        iso = _published_iso(texts[i]) if kinds[i] == "dateline" else ""
        weekday = dt.date.fromisoformat(iso).weekday() if iso else None
        if weekday is not None and named_weekdays(texts[i]) == {weekday} and weekday not in fits:
            out.add(i)
    return out


@cache
def _box_prefix_re() -> re.Pattern[str]:
    """A box label opening a line, before the title of a link (``اقرا ايضا انفجار في …``)."""
    fur = furniture()
    return prefix_re(fur.related_labels | fur.end_labels)


def _opens_box(text: str) -> bool:
    """Whether a line is the label of a links or comments box, alone or before a link (``اقرأ أيضا: …``)."""
    key = line_key(text)
    return is_box_label(key, furniture()) or bool(_box_prefix_re().match(key))


def _boxed(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Date lines after the body that stand under a box label, before any further body paragraph."""
    out: set[int] = set()
    seen_body = in_box = False
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if kind == "body":
            seen_body, in_box = True, False
        elif seen_body and kind != "dateline" and _opens_box(text):
            in_box = True
        elif in_box and kind == "dateline":
            out.add(i)
    return out


def find_header_dates(texts: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """Indexes of date lines that belong to the site's header or to a box, not to the story.

    Args:
        texts: The lines of the page, in order.
        kinds: Their kinds as first labelled (``headline``, ``dateline``, ``body`` …).

    Returns:
        The indexes of such date lines (to be read as boilerplate).
    """
    return _superseded(texts, kinds) | _after_weather(texts, kinds) | _boxed(texts, kinds) | _contradicted(texts, kinds)
