"""When a quotation right after an organisation's head is part of its name.

``جماعة "سرايا أولياء الدم"`` and ``الكتائب "كتائب حزب الله"`` name the group in quotation
marks, but a quotation that merely starts with an organisation's name is the statement itself:
``وحثت السفارة “الحكومة العراقية على حماية الدبلوماسيين …”`` (urged the government to …).
A quoted name is short, and when an actor of the lexicon opens it, the actor fills it (one more
word at most: ``"كتائب حزب الله العراقية"``).
"""

from __future__ import annotations

from rasd.lexicon import PhraseMatch
from rasd.speaker_lex import org_head
from rasd.speakers import Cx

__all__ = ["quoted_affiliation", "takes_quoted_name"]

# Most words of a quoted organisation's name ("المقاومة الإسلامية في العراق" has five).
_MAX_QUOTED_NAME = 6
# Quoted words allowed after an actor that opens the quotation.
_ACTOR_OVERHANG = 1
# Words of a quoted name that need no organisation noun ("النجباء", "سرايا السلام").
_SHORT_NAME = 2


def takes_quoted_name(head_open: bool, actor: PhraseMatch | None, j: int, q: int) -> bool:
    """Whether the quotation of tokens ``j..q`` continues the name being read.

    Args:
        head_open: The name's head still takes a construct noun (``جماعة "…"``).
        actor: The lexicon actor starting at ``j``, if any.
        j: First token of the quotation.
        q: Last token of the quotation.

    Returns:
        True for a short quotation after an open head, or one an actor fills.
    """
    if q - j + 1 > _MAX_QUOTED_NAME:
        return False
    filled = actor is not None and actor.last_token <= q and q - actor.last_token <= _ACTOR_OVERHANG
    return head_open or filled


def quoted_affiliation(cx: Cx, j: int, q: int, kind: str) -> bool:
    """Whether the quotation of tokens ``j..q`` after ``في``/``عن`` names an organisation.

    ``قيادي في "سرايا السلام"`` and ``عضو في "حركة الأوفياء"`` name where a person belongs; in
    ``استمرار المقاومة الإسلامية في "دك معاقل العدو"`` the quotation is a slogan, and a group
    (``kind`` ``org`` or ``actor``) belongs to no other group. A name opens with an organisation
    noun, or, after a person's role, is one or two quoted words.
    """
    if org_head(cx.word(j)) is not None:
        return True
    return kind not in ("org", "actor") and q - j + 1 <= _SHORT_NAME
