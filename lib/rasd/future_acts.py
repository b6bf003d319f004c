"""Acts told as future ones by an adjective (``شن هجمات مستقبلية``): no event.

``ستؤدي الضربات إلى إضعاف قدرة الجماعات على التخطيط وشن هجمات مستقبلية على القوات``:
the attacks are yet to come; a row for them would also absorb an attack told before in
the article when the incidents are merged. A word of the future (``مستقبلية``,
``المستقبلية``: data/event_triggers.yaml ``future_act_words``) within the few words after
the trigger of a row makes it no event.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.lexicon import word_set
from rasd.text import normalize_str

__all__ = ["drop_future_acts"]

_FUTURE_REACH = 3  # words after a trigger ("شن هجمات مستقبليه", "هجمات اخري مستقبليه")
_CHARS = 60  # characters read after a trigger for those words


@cache
def _future_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "future_act_words")


def _told_as_future(doc: Doc, row: dict[str, Any]) -> bool:
    end = row.get("end")
    if not isinstance(end, int):
        return False
    words = normalize_str(doc.nt.original[end : end + _CHARS]).split()[:_FUTURE_REACH]
    return any(w.strip("\",.") in _future_words() for w in words)


def drop_future_acts(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows, without acts told as future ones (see the module docstring).

    Args:
        doc: The article.
        rows: Its event rows, before the incidents are merged.

    Returns:
        The rows whose trigger no word of the future follows.
    """
    return [r for r in rows if r.get("type") == "threat" or not _told_as_future(doc, r)]
