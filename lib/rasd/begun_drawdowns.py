"""A drawdown of US forces that has begun: an ``other`` development (ACLED's strategic development).

Two forms tell it. A verb of starting before a noun of cutting that has the forces
after it: ``بدأت الولايات المتحدة تقليص وجودها العسكري``, ``شرعت واشنطن في خفض قواتها``.
Or the definite noun of cutting, as the subject, with the verb of starting right after
it: ``وأوضح مسؤولون أن تنفيذ قرار الخفض بدأ يوم الخميس``. A cut of anything but the
forces (``بدأت الأطراف خفض التصعيد``) is no drawdown.
"""

from __future__ import annotations

from functools import cache

from rasd.event_lexicon import is_word
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["begun_drawdown"]

_VERB_REACH = 8  # tokens between the verb of starting and the noun of cutting (its subject, a day, "في")
_FORCE_REACH = 2  # tokens between the noun of cutting and the forces it cuts ("تقليص عدد قواتها")


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("developments.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _cuts_forces(tokens: list[Token], k: int) -> bool:
    return any(_is(t.text, "force_nouns") for t in tokens[k + 1 : k + 1 + _FORCE_REACH])


def begun_drawdown(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The token range of the words telling a begun drawdown whose noun is token ``k`` (see the module docstring).

    The words start after the "that" that reports them (``أعلن اليوم المبعوث أن واشنطن
    شرعت في خفض وجودها``: the day is the announcement's) and stop before a cue of a start
    date (``منذ انهيار النظام في كانون الأول``): those dates are of other times.

    Args:
        tokens: The sentence's tokens.
        k: Index of the candidate noun.

    Returns:
        The start and end token indexes of the drawdown's words, or ``None`` when the noun tells no begun drawdown.
    """
    word = tokens[k].text
    if not _is(word, "drawdown_nouns"):
        return None
    started = _cuts_forces(tokens, k) and any(
        _is(t.text, "far_start_verbs") for t in tokens[max(0, k - _VERB_REACH) : k]
    )
    if not (started or (word.startswith("ال") and k + 1 < len(tokens) and _is(tokens[k + 1].text, "far_start_verbs"))):
        return None
    start = next((j + 1 for j in range(k - 1, -1, -1) if is_word(tokens[j].text, "complementizers")), 0)
    end = next((j for j in range(k + 1, len(tokens)) if is_word(tokens[j].text, "since_cues")), len(tokens))
    return start, end
