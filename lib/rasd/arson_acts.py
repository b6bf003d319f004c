"""Attacks told by a verb of burning whose object is a convoy of the coalition or the US.

``وأضرم مسلحون مجهولون النار في ثلاث شاحنات تنقل معدات للتحالف الدولي``: no attack
verb or noun tells the act, but the trucks set on fire carry the coalition's supplies.
A verb of burning (``burning_verbs`` of ``data/event_triggers.yaml``), its subject and
``النار في`` at most between it and a vehicle noun (``burnt_vehicles``), tells an
attack when the owner of the vehicles, the coalition or the US, is named within a
few words after them, past words of carrying and belonging (``شاحنات تحمل معدات
لوجستية للقوات الأمريكية``). Trucks of no named owner (``أحرق محتجون شاحنات
للبلدية``) give no row.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["arson_rows"]

_OBJECT_REACH = 6  # tokens between the verb of burning and the vehicles (subject, "النار في", a number)
_OWNER_REACH = 8  # tokens between the vehicles and their owner ("شاحنات تحمل معدات لوجستية وسيارات عسكرية للتحالف")


def _vehicles_after(tokens: list[Token], k: int, limit: int) -> int | None:
    """Index of the vehicle noun the verb of burning at ``k`` takes as its object, or None."""
    for j in range(k + 1, min(limit, k + 1 + _OBJECT_REACH)):
        if is_word(tokens[j].text, "burnt_vehicles"):
            return j
    return None


def _owned(tokens: list[Token], j: int, limit: int) -> bool:
    """The coalition or the US is named within reach after the vehicles, only carrying words between."""
    for k in range(j + 1, min(limit, j + 1 + _OWNER_REACH)):
        if list_matcher("coalition_owners").match_at(tokens, k) is not None or us_matcher().match_at(tokens, k) is not None:
            return True
        if not (is_word(tokens[k].text, "convoy_owner_links") or is_word(tokens[k].text, "burnt_cargo_words")):
            return False
    return False


def arson_rows(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[dict[str, Any]]:
    """One attack row for the first verb of burning whose object is an owned convoy (before ``limit``)."""
    limit = min(limit, len(tokens))
    for k in range(limit):
        if not is_word(tokens[k].text, "burning_verbs"):
            continue
        j = _vehicles_after(tokens, k, limit)
        if j is not None and _owned(tokens, j, limit):
            verb = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
            return event_row(doc, sent, tokens, verb, "attack", (0, limit))
    return []
