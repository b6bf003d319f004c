"""Bases listed after the plural base noun of a force that owns or controls them.

A force is named as the owner (``للقوات الأمريكية … العديد من القواعد العسكرية``) or as the
subject of a verb of owning or controlling (``تسيطر القوات الأمريكية على 3 مطارات عسكرية``,
data/presence_context.yaml ``owning_words``), then a plural base noun (``owned_list_nouns``),
then, after a copula or a part opener (``وهم``, ``إحداها``, ``owned_list_openers``) or a colon, the
bases: ``…، وهم مطار الشدادي العسكري``, ``…، لعل إحداها في عين الأسد وحرير``, ``احتفظت الولايات
المتحدة بثلاث قواعد رئيسية في العراق: عين الأسد، وحرير``. A possessive pronoun right after
the plural or dual noun (``بدأ الجيش الأمريكي ببناء قاعدتين جديدتين له …، إحداها في بلدة الصور``,
``توسعة لأكبر قاعدتين عسكريتين لها …، وهما تل بيدر``; ``owner_pronouns``) makes the force named last
before the noun the owner; so does a founding word right before the noun, after the force
(``بدأ الجيش الأمريكي ببناء قاعدتين في دير الزور، إحداهما في بلدة الصور``). The first base gets the
force; the bases conjoined after it share it (:mod:`rasd.bases`). A base added to them with «إضافة
إلى» is theirs too (:mod:`rasd.base_additions`).
"""

from __future__ import annotations

from rasd.base_additions import added_base_force
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["owned_list_force"]

_OPENER_GAP = 3  # locator or base words between the opener and the base ("إحداها في عين الأسد")
_NOUN_REACH = 8  # tokens between the plural base noun and the opener ("قاعدتين لها في شمال شرقي سوريا، وهما")
_OWNER_REACH = 6  # tokens between the force and the plural base noun
_PRONOUN_GAP = 2  # qualifiers between the plural base noun and its possessive pronoun ("قاعدتين جديدتين له")
_ANTECEDENT_REACH = 12  # tokens before the plural base noun where the pronoun's force is named


def _opener_before(tokens: list[Token], k_first: int) -> int | None:
    """Index of a list opener right before the base, past locator and base words only."""
    skip = presence_words("locator_words") | presence_words("base_nouns") | {"مطار", "مطاري"}
    j = k_first - 1
    while j >= 0 and k_first - 1 - j < _OPENER_GAP and tokens[j].text not in presence_words("owned_list_openers"):
        if tokens[j].text not in skip:
            return None
        j -= 1
    return j if j >= 0 and tokens[j].text in presence_words("owned_list_openers") else None


def _owner(tokens: list[Token], p: int) -> str | None:
    """The force owning the plural base noun at ``p``: ل + force, or a force after an owning word."""
    lo = max(0, p - _OWNER_REACH)
    for m in [*adjective_matcher().find(tokens[lo:p]), *force_matcher().find(tokens[lo:p])]:
        k = lo + m.first_token
        owned = m.prefix.endswith("ل") or (k > 0 and tokens[k - 1].text.removeprefix("و") in presence_words("owning_words"))
        if owned:
            return str(m.value)
    if p > 0 and any(stem in presence_words("founding_words") for _, stem in clitic_variants(tokens[p - 1].text)):
        named = sorted([*adjective_matcher().find(tokens[lo : p - 1]), *force_matcher().find(tokens[lo : p - 1])], key=lambda f: f.last_token)
        return str(named[-1].value) if named else None  # "بدأ الجيش الأمريكي ببناء قاعدتين …، إحداهما في"
    return None


def _pronoun_owner(tokens: list[Token], p: int) -> str | None:
    """The force a possessive pronoun after the plural base noun at ``p`` points to (``قاعدتين جديدتين له``)."""
    for j in range(p + 1, min(p + 2 + _PRONOUN_GAP, len(tokens))):
        if tokens[j].text in presence_words("owner_pronouns"):
            lo = max(0, p - _ANTECEDENT_REACH)
            named = sorted([*adjective_matcher().find(tokens[lo:p]), *force_matcher().find(tokens[lo:p])], key=lambda f: f.last_token)
            return str(named[-1].value) if named else None
        if tokens[j].text not in presence_words("base_qualifiers") and tokens[j].text not in presence_words("owned_noun_qualifiers"):
            return None
    return None


def _after_colon(tokens: list[Token], k_first: int, norm: str) -> bool:
    """Whether a colon stands between the base and the token before it (``في العراق: عين الأسد``)."""
    return 0 < k_first < len(tokens) and ":" in norm[tokens[k_first - 1].end : tokens[k_first].start]


def owned_list_force(tokens: list[Token], k_first: int, norm: str = "") -> str | None:
    """The force that owns the bases a list names, when this base opens the list, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        norm: The document's normalised text, where a colon before the base is seen.

    Returns:
        The force of ``<owner> … <plural base noun> …، <opener> <base>`` (``تسيطر القوات
        الأمريكية على 3 مطارات عسكرية في سوريا، وهم مطار الشدادي``).
    """
    j = _opener_before(tokens, k_first)
    if j is None and _after_colon(tokens, k_first, norm):
        j = k_first
    if j is None:
        return added_base_force(tokens, k_first)  # "… 11 قاعدة عسكرية، إضافة إلى قاعدة التنف"
    for p in range(j - 1, max(-1, j - 1 - _NOUN_REACH), -1):
        if any(stem in presence_words("owned_list_nouns") for _, stem in clitic_variants(tokens[p].text)):
            return _owner(tokens, p) or _pronoun_owner(tokens, p)
    return None
