"""An attack verb whose subject is a pronoun for the attack named before it in the sentence.

``قال الناطق إن الهجوم لم يقع داخل الأراضي الأردنية، وإنما استهدف قاعدة التنف``,
``نفى أن يكون الهجوم قد وقع على أرض المملكة، موضحا أنه استهدف قاعدة التنف``: the
verb tells where the attack already told took place, not a new attack. The row
points back (``anaphoric``) and is folded into that attack.
"""

from __future__ import annotations

from functools import cache

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.text import Token

__all__ = ["carries_attack_subject"]

_PRONOUN_REACH = 2  # tokens between "أنه"/"وإنما" and the verb ("أنه قد استهدف")


@cache
def _anaphor_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["anaphoric_nouns"])


def carries_attack_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The attack verb ``trig`` follows a pronoun subject (``أنه``, ``وإنما``) and a definite attack noun before it.

    Args:
        tokens: Tokens of the sentence.
        trig: An attack trigger.
    """
    before = tokens[max(0, trig.first_token - _PRONOUN_REACH) : trig.first_token]
    if not any(is_word(t.text, "pronoun_subject_cues") for t in before):
        return False
    lo = max(0, trig.first_token - _PRONOUN_REACH)
    return any(m.last_token < lo for m in _anaphor_matcher().find(tokens[:lo]))
