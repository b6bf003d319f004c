"""A second act told by a verb with no subject of its own after «كما»: the first act's doer.

``فإن الغارات الأمريكية استهدفت منطقة الحيدرية ببادية الميادين، كما استهدفت منطقة الحزام في
البوكمال``: the verb after ``كما`` has no subject of its own, so it tells more targets of the
same strikes, and its row is a US strike as the first one is. A verb whose own subject, weapon
or attack noun follows it (``كما استهدفت طائرة مسيرة قاعدة حرير``) keeps its own type.
"""

from __future__ import annotations

from rasd.event_lexicon import us_matcher
from rasd.gazetteer import actor_matcher, attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["shared_kind"]

_ALSO = frozenset({"كما", "وكما"})  # "and also": the clause goes on with the same subject
_ADVERBS = frozenset({"ايضا", "كذلك"})  # may stand between the verb and its object


def _own_subject(tokens: list[Token], k: int) -> bool:
    """A weapon, attack noun, actor or US name stands at ``k``: the verb's own subject."""
    if k >= len(tokens):
        return False
    return any(
        m.match_at(tokens, k) is not None for m in (weapon_matcher(), attack_noun_matcher(), actor_matcher(), us_matcher())
    )


def shared_kind(tokens: list[Token], opener: int, act: PhraseMatch, first: str, own: str) -> str:
    """The type of a second act: the first act's US strike when it goes on after «كما» with no subject.

    Args:
        tokens: Tokens of the sentence.
        opener: Token index of the word opening the second act's clause.
        act: The second act's trigger.
        first: The type of the sentence's first act.
        own: The type the second act has read by itself.
    """
    if first != "us_strike" or own != "attack" or tokens[opener].text not in _ALSO or act.first_token != opener + 1:
        return own
    k = act.last_token + 1
    k += k < len(tokens) and tokens[k].text in _ADVERBS
    return own if _own_subject(tokens, k) else first
