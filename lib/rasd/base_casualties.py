"""A base where an attack killed or wounded a force's soldiers hosts that force.

``إصابة 3 جنود أمريكيين بشكل طفيف في الهجوم على القرية الخضراء``, ``مقتل جندي أمريكي في هجوم بطائرة
مسيرة على البرج 22``, ``هجوم صاروخي على قاعدة عين الأسد أسفر عن إصابة عسكريين أمريكيين``: an attack
noun (data/presence_context.yaml ``casualty_attack_nouns``) and a target link (``attack_target_links``)
stand before the base, with at most a weapon or an adjective between the noun and the link; between
the link and the base only a date (``هجوم استهدف الأربعاء قاعدة القرية الخضراء``) or the words that
describe and name a site (``الهجوم على الموقع العسكري المعروف باسم البرج 22``). A target verb after a
conjunction of time (``casualty_when_links``) needs no attack noun: ``أصيب أربعة عسكريين أميركيين حين
استهدفت صواريخ قاعدة الأسد``, its subject between the verb and the base. A casualty word
(``casualty_words``) and the force of the soldiers it counts are named before the attack noun, or
after the base, or named as the subject right before it (``3 جنود أمريكيين أصيبوا بجروح جراء هجوم``: a
soldier noun of ``casualty_subject_nouns`` and the force's adjective, at most ``_SUBJECT_GAP`` words such as
``قد`` before the casualty word). Soldiers of the host state (``جنود عراقيين``: a nationality that is not a force of
data/forces.yaml) tie nothing.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["casualty_force"]

_LINK_REACH = 5  # tokens between the attack noun and the base ("هجوم بطائرة مسيرة على")
_BEFORE_REACH = 12  # tokens before the attack noun where the casualties are told
_AFTER_REACH = 10  # tokens after the base where they are told ("أسفر عن إصابة …")
_FORCE_REACH = 5  # tokens after the casualty word where the soldiers' force is named
_SITE_REACH = 5  # dated or site-describing tokens between the target link and the base
_SUBJECT_REACH = 3  # tokens of a target verb's subject between the verb and the base ("استهدفت صواريخ")
_SUBJECT_GAP = 3  # tokens between a fronted subject's adjective and the casualty word ("امريكيين قد قتلوا")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _site_words() -> frozenset[str]:
    return presence_words("described_site_nouns") | presence_words("base_qualifiers") | presence_words("naming_words")


def _link_before(tokens: list[Token], k_first: int, dated: frozenset[int]) -> int | None:
    """Index of the target link before the base, past the words that date the attack or describe the site."""
    j = k_first - 1
    while j >= 0 and k_first - 1 - j < _SITE_REACH and (j in dated or tokens[j].text in _site_words()):
        j -= 1
    return j if j >= 1 and _stems(tokens[j].text) & presence_words("attack_target_links") else None


def _site_lead(tokens: list[Token], k_first: int) -> int:
    """First index of a base noun phrase and ``في`` right before the base (``القاعدة العسكرية في التنف``), else ``k_first``."""
    k = k_first
    while k > 0 and k_first - k < _SITE_REACH and (tokens[k - 1].text == "في" or tokens[k - 1].text in _lead_words()):
        k -= 1
    return k if any(tokens[i].text in presence_words("base_nouns") for i in range(k, k_first)) else k_first


def _lead_words() -> frozenset[str]:
    return presence_words("base_nouns") | presence_words("base_qualifiers")


def _when_verb_before(tokens: list[Token], k_first: int) -> int | None:
    """Index of a target verb after a conjunction of time, its subject before the base (``حين استهدفت صواريخ``).

    The base may follow a base noun and ``في`` (``حين استهدفت مسيرتان على الأقل القاعدة العسكرية في التنف``).
    """
    k_first = _site_lead(tokens, k_first)
    for j in range(k_first - 2, max(0, k_first - 2 - _SUBJECT_REACH), -1):
        if _stems(tokens[j].text) & presence_words("attack_target_links") and tokens[j - 1].text in presence_words("casualty_when_links"):
            return j
    return None


def _attack_before(tokens: list[Token], k_first: int, dated: frozenset[int] = frozenset()) -> int | None:
    """Index of the attack noun (or time-clause target verb) whose target the base at ``k_first`` is, or None."""
    link = _link_before(tokens, k_first, dated)
    if link is None:
        return _when_verb_before(tokens, k_first)
    for j in range(link - 1, max(-1, link - 1 - _LINK_REACH), -1):
        if _stems(tokens[j].text) & presence_words("casualty_attack_nouns"):
            return j
    return None


def _subject_force(tokens: list[Token], c: int) -> str | None:
    """The force of soldiers named as the subject just before the casualty word at ``c`` (``جنود أمريكيين قد قتلوا``)."""
    for j in range(c - 1, max(0, c - 1 - _SUBJECT_GAP), -1):
        named = next(iter(adjective_matcher().find(tokens[j : j + 1])), None)
        if named is not None:
            return str(named.value) if tokens[j - 1].text in presence_words("casualty_subject_nouns") else None
    return None


def _soldiers_force(tokens: list[Token], lo: int, hi: int, fronted: bool = False) -> str | None:
    """The force of the soldiers a casualty word in ``[lo, hi)`` counts, or None.

    The force is named in the few tokens after the casualty word, or (``fronted``: the words before the attack
    noun of the base at ``hi``) as its subject just before it; there a casualty word followed by another attack
    noun before ``hi`` counts that attack's soldiers, not this one's.
    """
    for c in range(max(0, lo), min(hi, len(tokens))):
        if not _stems(tokens[c].text) & presence_words("casualty_words"):
            continue
        if fronted and any(_stems(t.text) & presence_words("casualty_attack_nouns") for t in tokens[c + 1 : hi]):
            continue  # "إصابة جندي أميركي في الهجوم على X، فيما لم تسفر الهجمات على Y": another attack's
        window = tokens[c + 1 : min(c + 1 + _FORCE_REACH, len(tokens))]
        named = next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)
        if named is not None:
            return str(named.value)
        subject = _subject_force(tokens, c) if fronted else None
        if subject is not None:
            return subject
    return None


def casualty_force(tokens: list[Token], k_first: int, k_last: int, dated: frozenset[int] = frozenset()) -> str | None:
    """The force whose soldiers an attack on the base killed or wounded, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        k_last: Index of its last token.
        dated: Indexes of the tokens of a date expression (``استهدف الأربعاء قاعدة``).

    Returns:
        The force named after a casualty word before the attack noun, or after the base.
    """
    a = _attack_before(tokens, k_first, dated)
    if a is None:
        return None
    return _soldiers_force(tokens, a - _BEFORE_REACH, a, fronted=True) or _soldiers_force(tokens, k_last + 1, k_last + 1 + _AFTER_REACH)
