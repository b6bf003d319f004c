"""The attack noun or weapon that stands beside a trigger: its subject before it, its object far after it.

``الضربات التي نفذتها``, ``الطائره المسيره اطلقت``, ``تعرضت قاعدة عين الأسد، التي تستضيف قوات
أميركية غربي العراق، لقصف``: where the noun or weapon telling an act stands relative to the verb
that tells it. :mod:`rasd.event_types` reads the type from them, :mod:`rasd.event_rows` and
:mod:`rasd.event_fields` the weapon and target.
"""

from __future__ import annotations

from rasd.civil_operations import civil_operation
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token
from rasd.time_adverbials import dates_act

__all__ = ["noun_before", "weapon_before", "attack_object_far"]

_WEAPON_MODIFIER_REACH = 2  # words between a weapon and its verb ("طائره مسيره محمله بالمتفجرات ضربت")


def noun_before(tokens: list[Token], k: int) -> PhraseMatch | None:
    """An attack noun just before a trigger, through a relative pronoun (``الضربات التي نفذتها``).

    A noun after a time word (``بعد ذلك الهجوم استهدفت القوات``) only dates the act: it is not its subject.
    """
    for j in range(k - 1, max(-1, k - 4), -1):
        m = attack_noun_matcher().match_at(tokens, j)
        if m is not None:
            return None if civil_operation(tokens, m) or dates_act(tokens, m) else m
    return None


def weapon_before(tokens: list[Token], k: int) -> PhraseMatch | None:
    """A weapon that is the subject of the trigger at ``k``: ``الطائره المسيره اطلقت``.

    A participle phrase may stand between them, with no punctuation
    (``طائره مسيره محمله بالمتفجرات ضربت``).
    """
    for j in range(max(0, k - 3 - _WEAPON_MODIFIER_REACH), k):
        m = weapon_matcher().match_at(tokens, j)
        if m is not None and k - 1 - _WEAPON_MODIFIER_REACH <= m.last_token < k and all(
            t.joined for t in tokens[m.last_token + 1 : k + 1]
        ):
            return m
    return None


def attack_object_far(tokens: list[Token], k: int, reach: int) -> PhraseMatch | None:
    """An attack noun or weapon read with ``ل`` (or after ``إلى``) within ``reach`` words after a ``تعرض`` trigger.

    ``تعرضت قاعدة عين الأسد، التي تستضيف قوات أميركية غربي العراق، لقصف``,
    ``تعرضت … عند الساعة 11:50 إلى عدة ضربات جوية``.
    """
    for j in range(k + 1, min(k + 1 + reach, len(tokens))):
        if tokens[j].text.startswith("ل") or any(t.text == "الي" for t in tokens[max(k + 1, j - 2) : j]):
            m = attack_noun_matcher().match_at(tokens, j) or weapon_matcher().match_at(tokens, j)
            if m is not None:
                return m
    return None
