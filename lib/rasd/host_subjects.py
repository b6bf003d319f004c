"""The subject of the clause a participle hangs on, when that clause is not a statement.

``وبحسب بيان للوزارة، استعرض الوزير البريطاني موقف بلاده، مشيراً إلى …`` and
``وذكرت الوزارة أن اللقاء تناول الأوضاع، حيث استقبل الوزير السفير، مؤكداً …``: a
circumstantial participle describes the subject of the verb it follows. When a clause of
its own (after a comma, ``حيث`` or ``إذ``) opens with a news verb (``subject_verbs``:
استقبل, بحث, استعرض …) and a named subject between the last reporting act and the
participle, that subject speaks, not the source of the act before it. An unnamed role
(``الوزير البريطاني``) is taken only with nisbas after its head, as an object noun may
otherwise be read into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.coref import Discourse, agrees
from rasd.phrases import parse_speaker
from rasd.speaker_lex import is_nisba
from rasd.speakers import Cx, Speaker, lex
from rasd.triggers import Trigger

if TYPE_CHECKING:
    from rasd.clauses import Act

__all__ = ["host_subject"]

_CLAUSE_LEADS = frozenset({"حيث", "اذ"})


def host_subject(cx: Cx, disc: Discourse, acts: list[Act], t: Trigger) -> list[Speaker]:
    """The subject of a news verb opening a clause between the last act and participle ``t``.

    Args:
        cx: The sentence.
        disc: The discourse, to name the subject in full.
        acts: The acts of the sentence read before ``t``.
        t: A circumstantial participle.

    Returns:
        The subject's speakers, or an empty list when no such clause stands there or its
        subject does not agree with the participle.
    """
    if not acts:
        return []
    found: list[Speaker] = []
    for k in range(acts[-1].trig.last + 1, t.first - 1):
        if k in cx.quoted:
            return []
        opens = cx.punct_before(k) or cx.word(k - 1) in _CLAUSE_LEADS
        if not opens or not lex().has("subject_verbs", cx.word(k)):
            continue
        ph = parse_speaker(cx, k + 1, names=True)
        if ph is None or ph.kind or ph.hi >= t.first or len(ph.speakers) != 1:
            continue
        if ph.speakers[0].anaphor == "role" and not all(is_nisba(cx.word(j)) for j in range(k + 2, ph.hi)):
            continue  # "الوزير البريطاني الموقف الجديد": an unnamed role reads only its nisbas safely
        sp = disc.resolve(ph.speakers[0])[0]
        if sp.anaphor or sp.stype == "anonymous" or not agrees(t.gender, sp):
            continue
        found = [sp]
    return found
