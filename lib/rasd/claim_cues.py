"""Claim cues: an armed group tells the act of its own fighters.

``قالت الكتائب إن مقاتليها ضربوا قاعدة حرير`` and ``وأضافت أن عناصرها قصفوا``
are claims, like ``أعلنت الجماعة أنها استهدفت``: the act's subject is "its
fighters" (``عناصرها``, ``مجاهديها``) right after a complementizer, and the one
who says it is the group itself, even when the sentence names it only by the
pronoun of its verb. A US reporter before the complementizer tells what its
own troops did (``أعلنت القيادة المركزية أن عناصرها قتلوا المسلح``): no claim.
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.text import Token, clitic_variants

__all__ = ["fighters_claim"]

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
