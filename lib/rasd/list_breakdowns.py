"""Items of a breakdown laid out as a list, one line per base or country.

A tally is often broken down as a list announced by a colon::

    ومنذ 19 تشرين الأول وثق المرصد 40 هجوما، توزعت على النحو التالي:
    • 7 على قاعدة التنف
    - 9 على قاعدة حقل العمر

Each item is a sentence of its own that opens with a bare number placed by a
preposition (``على``, ``في``, ``ضد``): it counts what the tally counted. The
lines are read as body by :mod:`rasd.list_items`; this module finds their figure.

Two more layouts of a breakdown's parts are told apart here: a bare figure in brackets
after its place (``بين العراق (66) وسوريا (98)``) and a bare figure right before a named
base (``استهدفت 12 منها قاعدة عين الأسد و8 قاعدة حرير``), where the base noun names one
base and counts none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.attack_nouns import context_words, has_context_word
from rasd.doc import Doc, DocSentence
from rasd.list_items import announces_list
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["is_bracketed_part", "list_item_number", "names_base_after", "opens_list"]

# "2- 36 على قاعدة كونيكو": the item's rank, then its figure (read as one range by the number finder).
_RANKED = re.compile(r"^[0-9٠-٩]{1,2}\s*[-–.)]\s*[0-9٠-٩]")


def opens_list(sent: DocSentence) -> bool:
    """True when a sentence announces a list: it ends with a colon."""
    return announces_list(sent.text)


def list_item_number(tokens: list[Token], nums: list[NumberMention]) -> NumberMention | None:
    """The number of a list item (``- 13 على قاعدة حقل العمر``), or None.

    The number must be the item's first word and be followed by a place preposition:
    ``13 هجوما على …`` has its own noun and is read as any figure. A ranked item
    (``2- 36 على …``) gives the figure after its rank.
    """
    if not tokens or not nums or isinstance(nums[0].value, float):
        return None
    num = nums[0]
    if num.qualifier == "range" and isinstance(num.upper, int) and _RANKED.match(num.text):
        num = replace(num, value=num.upper, upper=None, qualifier="exact")
    if tokens[0].start < num.nstart or tokens[0].end > num.nend:
        return None
    after = next((t.text for t in tokens if t.start >= num.nend), "")
    return num if after in context_words("place_prepositions") else None


def is_bracketed_part(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A bare number in brackets right after a place, in a sentence that breaks a tally down.

    ``وتوزعت الهجمات بين العراق (66) وسوريا (98)``, ``بواقع قاعدة التنف (5) وحقل العمر (8)``.
    """
    norm = doc.nt.norm
    if norm[max(0, num.nstart - 1) : num.nstart] != "(" or norm[num.nend : num.nend + 1] != ")":
        return False
    if not any(p.end in (num.nstart - 1, num.nstart - 2) for p in doc.places):
        return False
    return any(has_context_word(t.text, "breakdown_cues") for t in tokens if t.end <= num.nstart)


def names_base_after(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A named base right after a bare number: ``استهدفت 12 منها قاعدة عين الأسد و8 قاعدة حرير``.

    The base noun there opens the name of one base, the object of the verb; the number does
    not count bases (``8 قواعد``, ``12 قاعدة عسكرية`` name no base).
    """
    nxt = next((t for t in tokens if t.start >= num.nend), None)
    return nxt is not None and any(p.start == nxt.start and p.value.get("type") == "base" for p in doc.places)
