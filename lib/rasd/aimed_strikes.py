"""``وجّه`` + a strike noun: ``وجهت الولايات المتحدة الليلة الماضية ضربة جوية للميليشيات``.

The verb "direct, aim" tells an act only when what it aims is an indefinite
strike or attack noun (``ضربة``, ``ضربات``, ``غارات``). Aimed criticism, charges
or letters (``وجهت الوزارة انتقادات بعد الضربة الأمريكية``, ``وجهت اتهامات
للفصائل بتنفيذ الهجوم``) are not acts, even with an attack noun after them.
"""

from __future__ import annotations

from rasd.event_lexicon import trigger_words
from rasd.event_types import attack_object
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["aims_no_strike"]


def aims_no_strike(tokens: list[Token], m: PhraseMatch, skip: frozenset[int] = frozenset()) -> bool:
    """The trigger ``m`` is a verb of aiming whose object is no indefinite attack noun right after it.

    Only a date, the subject and its adjectives may stand between (``وجهت الولايات
    المتحدة الأمريكية الليلة الماضية ضربة``): no other noun comes first.
    """
    if m.phrase not in trigger_words("aim_verbs"):
        return False
    obj = attack_object(tokens, m.last_token, skip)
    if obj is None or obj.phrase.startswith("ال") or "ال" in obj.prefix:
        return True
    between = tokens[m.last_token + 1 : obj.first_token]
    return any(t.text in trigger_words("aimed_non_acts") for t in between)
