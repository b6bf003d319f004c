"""Totals whose attack noun is the subject of a verb of rising next to the number.

``أعلن البنتاغون أن الهجمات على القوات الأمريكية ارتفعت إلى 66``: a definite plural attack noun
opens its clause (after ``أن``, a stop or at the start of the sentence) and a feminine verb of
rising or reaching (``fronted_total_verbs`` of ``data/attack_context.yaml``) closes its subject
right before ``إلى`` and the number. The verb may also come first (``وارتفعت الهجمات على
القواعد إلى 66``), as may its verbal noun (``ارتفاع الهجمات على القوات الأمريكية إلى 170``, a
headline form). A plural of people in between (``الجنود المصابين في الهجمات``) takes another
verb form and is no subject here.
"""

from __future__ import annotations

from rasd.attack_nouns import WEAPON_UNITS, context_words, find_unit_at, has_context_word
from rasd.text import Token

__all__ = ["fronted_total_unit"]

_SUBJECT_REACH = 6  # tokens from the attack noun to the verb (its place and target phrases)
_TO = "الي"


def _plural_attack_unit(tokens: list[Token], k: int) -> str | None:
    """Unit of a definite feminine plural attack noun (``الهجمات``, ``والضربات``) at token ``k``."""
    word = tokens[k].text[1:] if tokens[k].text[:1] in "وف" else tokens[k].text
    if not (word.startswith("ال") and word.endswith("ات")):
        return None
    found = find_unit_at(tokens, k)
    return found[0] if found and found[0] not in WEAPON_UNITS else None


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` opens its clause: first, after a stop, or after ``أن``."""
    return k == 0 or not tokens[k].joined or tokens[k - 1].text in context_words("complementizers")


def _subject_before(before: list[Token], v: int) -> str | None:
    """Unit of the attack noun opening the clause that the verb at ``v`` closes, else None."""
    for s in range(v - 1, max(-1, v - 1 - _SUBJECT_REACH), -1):
        if not before[s + 1].joined or before[s].text[:1].isdigit():
            return None  # a comma or other stop, or another figure, between the noun and the verb
        if before[s + 1].text in context_words("complementizers"):
            return None  # "… وإن الإصابات وصلت": the verb's clause opened with no attack noun
        if find_unit_at(before, s):
            unit = _plural_attack_unit(before, s)
            return unit if unit and _opens_clause(before, s) else None
    return None


def fronted_total_unit(before: list[Token]) -> str | None:
    """Unit of the total a bare number closes after a fronted or leading verb of rising, else None.

    Args:
        before: The tokens of the sentence before the number (and its qualifier words).
    """
    if not before:
        return None
    v = len(before) - 1 - (before[-1].text == _TO)
    if v >= 1 and has_context_word(before[v].text, "fronted_total_verbs"):
        return _subject_before(before, v)
    if before[-1].text != _TO:
        return None
    for v in range(len(before) - 2, max(-1, len(before) - 4 - _SUBJECT_REACH), -1):
        if not before[v + 1].joined:
            return None
        if has_context_word(before[v].text, "rise_nouns") and v + 1 < len(before) - 1:
            return _plural_attack_unit(before, v + 1)  # "ارتفاع الهجمات على القوات الأمريكية إلى 170"
        if has_context_word(before[v].text, "fronted_total_verbs") and v + 1 < len(before) - 1:
            return _plural_attack_unit(before, v + 1) if _opens_clause(before, v) else None
    return None
