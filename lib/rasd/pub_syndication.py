"""The date an aggregator's notice gives the copy of an article it republishes.

Aggregator sites open a republished story with a notice naming the original outlet and
the day the copy was taken: «هذا الخبر بعنوان "…" نشر أولاً على موقع … وتم جلبه من مصدره
الأصلي بتاريخ ١٧ كانون الأول ٢٠٢٥». That day is when the page itself was published; the
labels are listed as ``syndication_labels`` in ``data/page_furniture.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from rasd.furniture import phrase_alternation
from rasd.lexicon import load_yaml
from rasd.pubdate import parse_date_line
from rasd.text import normalize_str

__all__ = ["find_syndication_date"]

# The notice stands among this many first paragraphs.
NOTICE_PARAGRAPHS = 3
# The date follows its label within this many characters.
MAX_DATE_CHARS = 40

_YEAR_RE = re.compile(r"\d{4}(?!\d)")


@cache
def _label_re() -> re.Pattern[str]:
    """The labels of an aggregator's notice, as a regex over normalised text."""
    labels = load_yaml("page_furniture.yaml")["syndication_labels"]
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(labels) + r")\s*:?\s*")


def find_syndication_date(paragraphs: Iterable[str]) -> str | None:
    """The day an aggregator's notice says the copy was taken, as ISO, or None.

    Args:
        paragraphs: The headline and body paragraphs, in order; the notice is looked for
            in the first three.

    Returns:
        The whole date (day, month and year) after the notice's label, or None.
    """
    for text in islice(paragraphs, NOTICE_PARAGRAPHS):
        norm = normalize_str(text)
        for m in _label_re().finditer(norm):
            tail = norm[m.end() : m.end() + MAX_DATE_CHARS]
            year = _YEAR_RE.search(tail)
            found = parse_date_line(tail[: year.end()]) if year is not None else None
            if found is not None and found.iso:
                return found.iso
    return None
