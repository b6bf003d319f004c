"""A town or city named as the place of an unnamed base that hosts a force, for :mod:`rasd.bases`.

``واستهدفت كذلك قاعدة ثانية تتمركز فيها قوات أميركية بمدينة إربيل``: an indefinite base noun
(data/presence_context.yaml ``unnamed_base_nouns``, an ordinal or qualifier after it allowed), a
presence verb whose pronoun points back to it (``تتمركز فيها``) and the force it hosts, then the town
after ``في`` or a ب proclitic. The town stands for the base; a force only said to be in a town
(``العناصر الأمريكية المتمركزة في أربيل``) names no base there.
"""

from __future__ import annotations

from rasd.base_locators import located_by_clitic
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.text import Token

__all__ = ["unnamed_base_town"]

_CLAUSE_REACH = 9  # tokens between the base noun and the town ("قاعدة ثانية تتمركز فيها قوات أميركية بمدينة")


def _clause_force(tokens: list[Token], lo: int, hi: int) -> str | None:
    """The force of ``<base noun> [<qualifier>] <presence verb> <pronoun> … <force>`` in ``tokens[lo:hi]``."""
    window = tokens[lo:hi]
    for v in presence_verb_matcher().find(window):
        k = lo + v.first_token - 1
        while k > lo and tokens[k].text in presence_words("base_qualifiers"):
            k -= 1
        after = lo + v.last_token + 1
        if tokens[k].text not in presence_words("unnamed_base_nouns") or after >= hi:
            continue
        if tokens[after].text not in presence_words("resumptive_pronouns") and tokens[lo + v.last_token].text not in presence_words("resumptive_pronouns"):
            continue
        rest = tokens[after:hi]
        named = next(iter(adjective_matcher().find(rest)), None) or next(iter(force_matcher().find(rest)), None)
        if named is not None:
            return str(named.value)
    return None


def unnamed_base_town(tokens: list[Token], k_first: int) -> bool:
    """Whether the town at ``k_first`` is where an unnamed base said to host a force stands.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the town's first token.
    """
    if located_by_clitic(tokens, k_first):
        hi = k_first
    elif k_first > 0 and tokens[k_first - 1].text == "في":
        hi = k_first - 1
    else:
        return False
    return _clause_force(tokens, max(0, hi - _CLAUSE_REACH), hi) is not None
