"""A reporting verb joined by و inside the content of the sentence's statement.

``قالت إيران إنها تعارض أي أعمال تضر بأمن العراق ونفت صلتها بالجماعة`` and ``ذكر بيان صادر
عن "المقاومة الإسلامية" أن خمسة من أعضائها قتلوا وتعهدت بالانتقام``: the second verb stands
inside the first statement's content, with no subject of its own and none fronted before it
(the content's subject is a pronoun or a count). It is a second act of the same speaker when
its agreement allows that speaker (an organisation takes a verb of either gender).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.coref import agrees
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Speaker

if TYPE_CHECKING:
    from rasd.clauses import Act
    from rasd.triggers import Trigger

__all__ = ["joined_speaker"]


def joined_speaker(cx: Cx, t: Trigger, acts: list[Act], pos: str) -> list[Speaker] | None:
    """The speaker of the statement whose content a و-joined reporting verb continues.

    Args:
        cx: The sentence.
        t: The reporting verb (position ``nested``, no subject found for it).
        acts: The acts read so far in the sentence.
        pos: The verb's position (:func:`rasd.positions.verb_position`).

    Returns:
        The earlier speakers, or None when the verb is not such a continuation.
    """
    if not pos.startswith("nested") or t.prefix != "و" or cx.punct_before(t.first):
        return None
    finite = [a for a in acts if a.trig.hint == "verb" and not a.nested]
    if not finite or finite[-1] is not acts[-1] or not finite[-1].zone.opener:
        return None
    if t.last + 1 < cx.hi and parse_speaker(cx, t.last + 1, names=False) is not None:
        return None
    speakers = finite[-1].speakers
    if all(sp.stype == "organization" or agrees(t.gender, sp) for sp in speakers):
        return list(speakers)
    return None
