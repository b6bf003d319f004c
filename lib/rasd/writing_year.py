"""The year of writing a text states by glossing a relative year with its number.

A page that prints no date often names its own year in passing: «في العام الماضي 2023»
(so it is written in 2024), «منذ مطلع العام الجاري 2024», «هذا العام (2025)». The
relative word fixes how far the printed year is from the year of writing (``hints`` of
``data/dates.yaml``: الماضي −1, الجاري 0, المقبل +1, قبل الماضي −2), so the year of
writing is the printed year minus that offset. :func:`rasd.pub_yearless.year_window`
narrows the candidate years of a yearless day to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from rasd.datescan import HINT_DELTA, LEX
from rasd.text import normalize_str

__all__ = ["stated_writing_years"]

_OPEN = r"[^\S\n]*[(\[]?[^\S\n]*"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?![\d\w])"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """«العام/السنة + hint word + year» or «هذا العام + year», on the normalised text."""
    nouns = _alt(LEX["connectors"]["year_nouns"])
    hints = _alt(HINT_DELTA)
    this = _alt(LEX["connectors"]["this_year"])
    return re.compile(
        rf"(?<!\w)[وفبل]?(?:(?:{nouns})[^\S\n]+(?P<h>{hints})|(?P<this>{this})){_OPEN}{_YEAR}"
    )


def stated_writing_years(paragraphs: Iterable[str]) -> set[int]:
    """The years of writing the texts state («العام الماضي 2023» ⇒ 2024).

    Args:
        paragraphs: The texts, raw or normalised.

    Returns:
        Every year of writing so stated (empty when none is).
    """
    found = set()
    for text in paragraphs:
        for m in _pattern().finditer(normalize_str(text)):
            offset = 0 if m.group("this") else HINT_DELTA[re.sub(r"\s+", " ", m.group("h"))]
            found.add(int(m.group("y")) - offset)
    return found
