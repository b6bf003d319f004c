"""Date labels that the layout parts from their date, or that join two dates on one line.

Two layouts of a page's head defeat a reader of one self-contained date line:

- the label on its own line and the date on the next («آخر تحديث:» / «13/11/2023», then
  «تاريخ النشر:» / «12/11/2023»): the date line takes the kind of the label line above it, so
  an update date is not read as the publication date;
- the publication date and the update date on one line with no separator between them
  («تاريخ النشر: 12 نوفمبر 2023 آخر تحديث: 13 نوفمبر 2023»): the publication date is the part
  before the update label.

The labels are those of ``data/page_furniture.yaml`` (``date_labels``).
"""

from __future__ import annotations

import re
from functools import cache

from rasd.furniture import furniture, line_key, phrase_alternation
from rasd.lexicon import load_yaml
from rasd.text import normalize_str

__all__ = ["read_label_line", "split_before_update"]


@cache
def _update_re() -> re.Pattern[str]:
    """An update label inside a normalised line, after some text."""
    labels = load_yaml("page_furniture.yaml")["date_labels"]["updated"]
    return re.compile(r"(?<=\S)\s+(?:" + phrase_alternation(labels) + r")(?!\w)")


def read_label_line(text: str) -> str | None:
    """The kind (``published`` or ``updated``) of a line that is only a date label, else None.

    Args:
        text: One line of the page.

    Returns:
        The label's kind when the whole line is a date label («آخر تحديث:»), else None.
    """
    fur = furniture()
    if line_key(text) not in fur.date_labels:
        return None
    norm = normalize_str(text)
    return next((kind for kind, regex in fur.date_label_res if regex.match(norm)), None)


def split_before_update(text: str) -> str | None:
    """The part of a line before an update label that follows a date («… 2023 آخر تحديث: …»), else None.

    Args:
        text: One line of the page.

    Returns:
        The normalised text before the update label, or None when the line has no update label
        after some text.
    """
    norm = normalize_str(text)
    m = _update_re().search(norm)
    return norm[: m.start()] if m and any(ch.isdigit() for ch in norm[: m.start()]) else None
