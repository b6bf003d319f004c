"""A force that makes a base its headquarters, named in a clause after the force, for :mod:`rasd.bases`.

The force comes first and the base sits in its relative clause or participle (or the force is the
subject right after the verb: ``وتتخذ القوات الأمريكية من قاعدة حرير مقرا``), after ``من`` and
before the noun of what it is made: ``القوات الأمريكية التي تتخذ من قاعدة حرير مقرا لها``,
``الجنود الأمريكيون المتخذون من قاعدة عين الأسد مركزا``, ``التحالف الذي يتخذ من مطار أربيل
قاعدة``. The verbs are data/presence_context.yaml ``take_as_verbs``, the nouns ``take_as_nouns``.
"""

from __future__ import annotations

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.text import Token, clitic_variants

__all__ = ["headquarters_force"]

_FORCE_REACH = 4  # tokens before the verb (a relative pronoun included) where the force ends
_NOUN_REACH = 3  # tokens after the base where the noun of what it is made stands


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def headquarters_force(tokens: list[Token], k_first: int, k_last: int) -> str | None:
    """The force named right before ``<verb of taking> من <base> <noun>``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        k_last: Index of the base's last token.

    Returns:
        The force between the verb of taking and ``من`` (``وتتخذ القوات الأمريكية من قاعدة حرير``), or
        ending at most ``_FORCE_REACH`` tokens before the verb when ``من`` follows the verb directly,
        when a noun of headquarters follows the base within ``_NOUN_REACH``.
    """
    if k_first < 3 or tokens[k_first - 1].text != "من":
        return None
    verbs = presence_words("take_as_verbs")
    verb = next((k for k in range(k_first - 2, max(-1, k_first - 2 - _FORCE_REACH), -1) if _stems(tokens[k].text) & verbs), None)
    after = tokens[k_last + 1 : k_last + 1 + _NOUN_REACH]
    if verb is None or not any(_stems(t.text) & presence_words("take_as_nouns") for t in after):
        return None
    between = tokens[verb + 1 : k_first - 1]  # "وتتخذ القوات الأمريكية من قاعدة حرير مقرا"
    window = between or tokens[max(0, verb - _FORCE_REACH) : verb]
    named = [*force_matcher().find(window), *adjective_matcher().find(window)]
    if between and (not named or max(f.last_token for f in named) != len(between) - 1):
        return None  # the subject between the verb and «من» is the force, and nothing else
    return str(max(named, key=lambda f: f.last_token).value) if named else None
