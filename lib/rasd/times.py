"""Times of an attack: ``للهجوم 31 مرة``, ``استهدفت القاعدة 5 مرات``, ``الهجمات وقعت 25 مرة``.

A number followed by ``مرة/مرات`` counts attacks when an attack noun or weapon stands right
before it (the times of a weapon are attacks, not weapons), when an attack noun stands before
a verb of occurrence right before it, or when an attack verb opens the clause a few words
before it (more across a long subject with no stop), or when an attack noun stands a few words before it with no other number between
(``تعرضت القواعد لهجوم من الفصائل الموالية لطهران لـ90 مرة``: the complement of تعرض, with
its ل). Otherwise, or after a verb of growth or a comparative, ``مرات`` makes a multiplier
(``تضاعف عدد الهجمات ثلاث مرات``, ``أكبر بثلاث مرات``).
"""

from __future__ import annotations

from rasd.attack_nouns import WEAPON_UNITS, find_unit_at
from rasd.gazetteer import event_verb_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["times_unit"]

_PHRASE_WORDS = 3  # words of the longest attack noun or weapon phrase ("طائره بدون طيار")
_VERB_REACH = 7  # tokens an attack verb may stand before the number ("استهدفت القوات المنتشره في العراق وسوريا 38 مره")
_CLAUSE_REACH = 12  # the same across a longer subject, when no stop or number cuts the clause


def _unit_at(tokens: list[Token], k: int) -> str | None:
    """Unit of an attack noun ending at token ``k``; the times of a weapon are attacks.

    The noun may be a phrase of up to three words (``بغارات جوية ثلاث مرات``).
    """
    for start in range(k, k - _PHRASE_WORDS, -1):
        found = find_unit_at(tokens, start)
        if found is not None and 0 <= k < len(tokens) and found[1] == tokens[k].end:
            return "attack" if found[0] in WEAPON_UNITS else found[0]
    return None


def _window(tokens: list[Token], i: int) -> list[Token]:
    """The tokens up to ``i`` an attack verb may stand in: a few, or the whole clause when longer.

    ``استهدفت المقاومة المدعومة من قبل إيران القواعد الأمريكية 26 مرة``: a subject of several
    words, with no comma and no number, still leaves the verb in the clause of the times.
    """
    lo = max(0, i - _VERB_REACH)
    if not all(t.joined for t in tokens[lo + 1 : i + 1]):
        return tokens[lo : i + 1]  # a stop inside the few words: the clause is no longer
    while lo > max(0, i - _CLAUSE_REACH) and tokens[lo].joined and not any(c.isdigit() for c in tokens[lo - 1].text):
        lo -= 1
    return tokens[lo : i + 1]


def _multiplies(tokens: list[Token], i: int) -> bool:
    """A verb of growth before the times: ``تضاعف عدد الهجمات ثلاث مرات``."""
    verbs = word_set("attack_context.yaml", "multiplier_verbs")
    return any(stem in verbs for t in _window(tokens, i) for _, stem in clitic_variants(t.text))


def _attack_verb_near(tokens: list[Token], i: int) -> bool:
    return any(m.value.get("event") == "attack" for m in event_verb_matcher().find(_window(tokens, i)))


def _attack_noun_near(tokens: list[Token], i: int) -> str | None:
    """Unit of the nearest attack noun read with ل in the few words before token ``i``, none of them a number.

    ``لهجوم من الفصائل الموالية لطهران لـ90 مرة``: the times of that attack.
    """
    for k in range(i, max(-1, i - _VERB_REACH), -1):
        if any(c.isdigit() for c in tokens[k].text):
            return None
        found = find_unit_at(tokens, k)
        if found is not None:
            unit = "attack" if found[0] in WEAPON_UNITS else found[0]
            return unit if tokens[k].text.startswith("ل") else None
    return None


def times_unit(tokens: list[Token], i: int) -> str | None:
    """Unit of the times counted by ``N مرة/مرات`` whose words before it end at token ``i``.

    Args:
        tokens: Tokens of the sentence.
        i: Index of the last token before the number and its qualifier words.

    Returns:
        ``"attack"`` (or the attack noun's unit, such as ``operation``) when the times are
        attacks, else None.
    """
    if i < 0 or _multiplies(tokens, i) or tokens[i].text in word_set("attack_context.yaml", "comparatives"):
        return None
    unit = _unit_at(tokens, i)
    if unit:
        return unit
    if i >= 1 and tokens[i].text in word_set("attack_context.yaml", "occurrence_verbs"):
        unit = _unit_at(tokens, i - 1)
        if unit:
            return unit
    return "attack" if _attack_verb_near(tokens, i) else _attack_noun_near(tokens, i)
