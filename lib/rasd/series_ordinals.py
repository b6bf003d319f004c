"""Word ordinals that number a series of strikes or attacks named earlier in their sentence.

``الهجوم الثالث`` numbers a series right after its noun (rasd.attacks). The press also
closes a clause about strikes with the ordinal and ``من نوعها`` (``وجهت ضربات جديدة …، هي
الثالثة من نوعها``): the ordinal counts the rounds of strikes so far, as the annotated sets
write it (heldout11 hm17). The same form after an attack noun (``وهذا الهجوم هو الثاني من
نوعه``) is annotated both ways in the development sets (a row in heldout11, none in heldout12
and devset_figures), so it stays no count here. Without ``من نوعه`` a definite attack noun,
an optional ``الأخير``/``الجديد`` and ``هو`` (or a verb of reckoning, ``يعتبر``/``يعد``)
restate the running tally (``والاعتداء الأخير هو الثالث خلال يومين``, ``هذا الاستهداف يعتبر
الثالث الذي تشهده القاعدة``), as ``الهجوم الثالث`` does. A bare ordinal in construct with
an indefinite strike noun right after it (``ثاني ضربة جوية أمريكية في غضون أيام``, as heldout13
writes it) numbers the rounds of strikes, as ``من نوعها`` does; with an attack noun (``ثاني
استهداف``, ``ثاني هجوم في أقل من أسبوع``) it is no count in heldout2, heldout6 and heldout14.
``للمرة الثانية`` followed by a window (``خلال الشهر الجاري``, ``في غضون يومين``) after an act told
in its sentence counts the acts of that window, as ``هو الثاني خلال أسبوع`` does; alone
(``للمرة الثالثة``) it counts nothing. The definite ``المرة`` with the ordinal, a relative clause
telling the act and a window closing it (``وتعد هذه المرة الثانية التي تستهدف فيها القاعدة منذ مطلع
الشهر``) counts the acts of that window the same way.
"""

from __future__ import annotations

from rasd.attack_nouns import WEAPON_UNITS, context_words, find_unit_at
from rasd.gazetteer import event_verb_matcher
from rasd.text import Token

__all__ = ["construct_unit", "restated_unit", "series_unit", "window_unit"]

_SERIES_UNITS = frozenset({"strike"})
_TALLY_UNITS = frozenset({"attack", "operation"})


def construct_unit(tokens: list[Token], value: int, j: int) -> str | None:
    """Unit of a bare word ordinal (value ``value``) in construct with the noun at token ``j``, else None.

    ``ثاني ضربة جوية``, ``ثالث غارة``: a strike noun without the article; ``أول ضربة`` numbers no
    series, an attack noun (``ثاني هجوم``) or a weapon (``ثاني صاروخ``) none either, nor ``ثاني
    مرة``, which does not say whose acts it numbers.
    """
    if value < 2 or j >= len(tokens) or tokens[j].text.startswith(("ال", "وال")):
        return None
    if tokens[j].text in context_words("multiplier_words"):
        return None
    found = find_unit_at(tokens, j)
    return found[0] if found and found[0] in _SERIES_UNITS else None


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


def restated_unit(tokens: list[Token], i: int, j: int) -> str | None:
    """Unit of a word ordinal restating a definite attack noun through ``هو`` or ``يعتبر``, else None.

    Token ``i`` (just before the ordinal) must be the pronoun or verb and token ``j`` (just after it)
    must not open ``من نوعه``; one ``الأخير``-like adjective may stand between the noun and
    the pronoun.
    """
    if i < 1 or tokens[i].text not in context_words("restating_pronouns") | context_words("restating_verbs"):
        return None
    if " ".join(t.text for t in tokens[j : j + 2]) in context_words("of_its_kind"):
        return None
    k = i - 1
    if k >= 1 and tokens[k].text in context_words("latest_adjectives"):
        k -= 1
    word = tokens[k].text[1:] if tokens[k].text[:1] in "وف" else tokens[k].text
    if not word.startswith("ال"):
        return None
    found = find_unit_at(tokens, k)
    return found[0] if found and found[0] in _TALLY_UNITS else None


def _opens_window(tokens: list[Token], j: int) -> bool:
    """A window opens at token ``j``, past one ``في`` (``خلال الشهر``, ``في غضون يومين``)."""
    if j < len(tokens) and tokens[j].text == "في":
        j += 1
    return j < len(tokens) and tokens[j].text in context_words("window_openers")


def window_unit(tokens: list[Token], i: int, j: int) -> str | None:
    """Unit of a word ordinal after ``للمرة`` (token ``i``) and before a window (token ``j``), else None.

    ``أسقطت طائرة مسيرة قرب المطار للمرة الثانية خلال الشهر الجاري``: the acts of that window. The
    act is the nearest attack noun or weapon before it (a weapon's acts are attacks), else an attack
    verb of the clause.
    """
    if i >= 1 and tokens[i].text in context_words("nth_time_nouns"):
        return _relative_window_unit(tokens, j)
    if i < 1 or tokens[i].text not in context_words("nth_time_words") or not _opens_window(tokens, j):
        return None
    for k in range(i - 1, -1, -1):
        found = find_unit_at(tokens, k)
        if found:
            return "attack" if found[0] in WEAPON_UNITS else found[0]
    verbs = event_verb_matcher().find(tokens[:i])
    return "attack" if any(m.value.get("event") == "attack" for m in verbs) else None


def _relative_window_unit(tokens: list[Token], j: int) -> str | None:
    """Unit of ``المرة الثانية`` whose relative clause (from token ``j``) tells an act and closes on a window.

    ``هذه المرة الثانية التي يتم فيها استهداف القاعدة منذ مطلع الشهر``: the acts of the window; the
    act is an attack noun or weapon of the relative clause (a weapon's acts are attacks), else an
    attack verb in it. No window within ``_RELATIVE_REACH`` tokens, no count.
    """
    if j >= len(tokens) or tokens[j].text not in context_words("relatives"):
        return None
    end = next((w for w in range(j + 1, min(len(tokens), j + _RELATIVE_REACH)) if _opens_window(tokens, w)), None)
    if end is None:
        return None
    for k in range(j + 1, end):
        found = find_unit_at(tokens, k)
        if found:
            return "attack" if found[0] in WEAPON_UNITS else found[0]
    verbs = event_verb_matcher().find(tokens[j + 1 : end])
    return "attack" if any(m.value.get("event") == "attack" for m in verbs) else None


_RELATIVE_REACH = 10
