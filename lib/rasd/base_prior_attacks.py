"""A base attacked shortly before (or after) an attack on a force's site told in the same sentence.

``تعرضت قاعدة فكتوريا التي تضم عسكريين أمريكيين لهجوم صاروخي، بعد أقل من ساعة من قصف قاعدة بلد``,
``تعرضت القاعدة الأميركية في حقل كونيكو لهجومين، بعد ساعات من تعرض قاعدة التنف لقصف مماثل``: the
press links attacks of one campaign on the same force's bases. The base follows an attack word
(data/presence_context.yaml ``casualty_attack_nouns``, ``exposure_words``; or such a noun and a target
link, ``الهجوم على``), after a time lead (``prior_attack_leads``: ``بعد``, ``قبل``) and ``من``; the
clause before the lead tells an attack too and names the force, whose base this one is.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["prior_attack_force"]

_LEAD_REACH = 5  # tokens between the time lead and the attack word ("بعد أقل من ساعة من قصف")
_CLAUSE_REACH = 25  # tokens of the clause before the lead where the attack and the force are told


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _attack_word(word: str) -> bool:
    return bool(_stems(word) & (presence_words("casualty_attack_nouns") | presence_words("exposure_words")))


def _attack_index(tokens: list[Token], k_first: int) -> int | None:
    """Index of the attack word whose target the base at ``k_first`` is, or None."""
    if k_first >= 1 and _attack_word(tokens[k_first - 1].text):
        return k_first - 1  # "من قصف قاعدة بلد"
    if k_first >= 2 and _stems(tokens[k_first - 1].text) & presence_words("attack_target_links") and _attack_word(tokens[k_first - 2].text):
        return k_first - 2  # "من الهجوم على قاعدة حرير"
    return None


def prior_attack_force(tokens: list[Token], k_first: int) -> str | None:
    """The force whose site the sentence says was attacked, when this base was attacked just before or after.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force named last in the clause before the time lead, when that clause tells an attack.
    """
    a = _attack_index(tokens, k_first)
    if a is None or a < 2 or tokens[a - 1].text != "من":
        return None
    leads = presence_words("prior_attack_leads")
    lead = next((b for b in range(a - 2, max(-1, a - 2 - _LEAD_REACH), -1) if tokens[b].text.removeprefix("و") in leads), None)
    if lead is None:
        return None
    clause = tokens[max(0, lead - _CLAUSE_REACH) : lead]
    if not any(_attack_word(t.text) for t in clause):
        return None
    named = sorted([*adjective_matcher().find(clause), *force_matcher().find(clause)], key=lambda m: m.last_token)
    return str(named[-1].value) if named else None
