"""Word ordinals that number a series of strikes named earlier in their sentence.

``الهجوم الثالث`` numbers a series right after its noun (rasd.attacks). The press also
closes a clause about strikes with the ordinal and ``من نوعها`` (``وجهت ضربات جديدة …، هي
الثالثة من نوعها``): the ordinal counts the rounds of strikes so far, as the annotated sets
write it (heldout11 hm17). The same form after an attack noun (``وهذا الهجوم هو الثاني من
نوعه``) is annotated both ways in the development sets (a row in heldout11, none in heldout12
and devset_figures), so it stays no count here.
"""

from __future__ import annotations

from rasd.attack_nouns import context_words, find_unit_at
from rasd.text import Token

__all__ = ["series_unit"]

_SERIES_UNITS = frozenset({"strike"})


def series_unit(tokens: list[Token], i: int, j: int) -> str | None:
    """Unit of a word ordinal (before token ``j``, after token ``i``) closing a series of strikes, else None.

    ``من نوعها`` must follow it; the unit is that of the nearest attack or strike noun before
    it in the sentence, when that is a strike.
    """
    if " ".join(t.text for t in tokens[j : j + 2]) not in context_words("of_its_kind"):
        return None
    for k in range(i, -1, -1):
        found = find_unit_at(tokens, k)
        if found:
            return found[0] if found[0] in _SERIES_UNITS else None
    return None
