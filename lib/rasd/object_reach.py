"""How far after a verb its required object word may stand (``need_object``).

Most verbs that report only with a given object word have it right after the content start
(``أبدت الوزارة قلقها``, ``طلب من``). A verb of two objects (``double_object``: حمّل X
المسؤولية) puts its first object before that word, and the first object may carry a relative
clause (``محمّلا التحالف الدولي الذي تقوده الولايات المتحدة مسؤولية الاستهداف``): then the
word is looked for further, up to ``double_object_reach`` tokens, inside the same clause (no
punctuation in between).
"""

from __future__ import annotations

from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["need_object_end"]

# Tokens after the content start within which the object word of a one-object verb stands.
_NEAR = 6


def need_object_end(cx: Cx, t: Trigger, start: int) -> int:
    """The token before which the ``need_object`` word of ``t`` must stand.

    Args:
        cx: The sentence being read.
        t: The reporting verb.
        start: First token of its content.

    Returns:
        An end index (exclusive), never past the sentence.
    """
    near = min(cx.hi, start + _NEAR)
    if t.lemma not in lex().words["double_object"]:
        return near
    reach = min(cx.hi, start + int(lex().raw.get("double_object_reach", 12)))
    k = start + 1
    while k < reach and not cx.punct_before(k):
        k += 1
    return max(near, k)
