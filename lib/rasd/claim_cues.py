"""Cues that make a trigger an event: a group telling its fighters' act, a visit heading to a place.

``قالت الكتائب إن مقاتليها ضربوا قاعدة حرير`` and ``وأضافت أن عناصرها قصفوا``
are claims, like ``أعلنت الجماعة أنها استهدفت``: the act's subject is "its
fighters" (``عناصرها``, ``مجاهديها``) right after a complementizer, and the one
who says it is the group itself, even when the sentence names it only by the
pronoun of its verb. A US reporter before the complementizer tells what its
own troops did (``أعلنت القيادة المركزية أن عناصرها قتلوا المسلح``): no claim.

A verb that says only "headed for" (``توجه``) is a visit when ``الى`` + a named
place follows it (``توجه الوزير الى بغداد``), not ``توجهت سيارات الاسعاف الى المكان``.
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.text import Token, clitic_variants

__all__ = ["fighters_claim", "heads_to_place"]

_HEADING_REACH = 9  # tokens between "توجه" and its "الي" (the subject may stand between)

def _set(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _set(key) for _, stem in clitic_variants(word))


@cache
def _us() -> PhraseMatcher:
    return PhraseMatcher((w, "US") for w in load_yaml("event_triggers.yaml")["us_markers"])


def fighters_claim(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The trigger's subject is "its fighters" right after a complementizer, said by no US name.

    The trigger follows the subject directly: ``ان عناصرها اصيبوا في الهجوم`` tells victims.
    """
    k = trig.first_token - 1
    if k < 1 or not _is(tokens[k].text, "claimant_men_words"):
        return False
    if not any(stem in _set("complementizers") for _, stem in clitic_variants(tokens[k - 1].text)):
        return False
    return next(iter(_us().find(tokens[: k - 1])), None) is None


def heads_to_place(tokens: list[Token], m: PhraseMatch, places: frozenset[int]) -> bool:
    """``الى`` + a named place (a token index in ``places``) follows the heading verb ``m``."""
    for k in range(m.last_token + 1, min(len(tokens) - 1, m.last_token + 1 + _HEADING_REACH)):
        if tokens[k].text in _set("heading_prepositions"):
            return k + 1 in places
    return False
