"""A recalled statement does not take over the narrative's speaker.

``وذكر الكولونيل فلان أن … . وكان الجيش الأميركي قد أعلن في آب أن … . وتابع أن …``: a
sentence opening with ``وكان``/``وكانت`` recalls what someone said before the news (the
pluperfect ``كان … قد أعلن``, ``كانت تقارير تحدثت``). A subjectless verb of adding (``وأضاف``,
``وتابع``: the narrative's running quotation goes on) opening the next
sentence goes on with the last named speaker of its gender quoted before the recall (an
unnamed source such as ``الشهود`` is not resumed), if any;
otherwise the usual rules apply (:func:`rasd.statement_voice.voiced_group`, the last speaker).
"""

from __future__ import annotations

import re

from rasd.coref import Discourse
from rasd.doc import DocSentence
from rasd.speakers import Cx, Speaker
from rasd.statement_voice import voiced_group
from rasd.triggers import Trigger

__all__ = ["continued_group", "resumed_group"]

# A sentence that recalls an earlier act: "وكان"/"وكانت" first (normalised text).
_RECALL = re.compile(r"^\W*وكان(?:ت)?\s")
# Characters a subjectless verb may have before it in its sentence (a proclitic, a mark).
_OPENING = 2


def continued_group(cx: Cx, disc: Discourse, t: Trigger, gender: str) -> list[Speaker]:
    """The speakers a subjectless verb goes on with, before the last-speaker rule.

    Args:
        cx: The sentence being read.
        disc: What the article has told so far.
        t: The subjectless verb.
        gender: Its gender.

    Returns:
        :func:`resumed_group` for a verb of adding (``وأضاف``, ``وتابع``), else
        :func:`rasd.statement_voice.voiced_group` (``[]`` when neither applies).
    """
    resumed = resumed_group(cx, disc, gender, t.vstart) if t.entry.get("function") == "add" else []
    return resumed or voiced_group(cx, disc, gender, t.vstart)


def resumed_group(cx: Cx, disc: Discourse, gender: str, before: int) -> list[Speaker]:
    """The speaker quoted before a recalled statement, for a verb opening the next sentence.

    Args:
        cx: The sentence being read.
        disc: What the article has told so far.
        gender: Gender of the subjectless verb (``m`` or ``f``; others are left alone).
        before: Normalised offset of the verb.

    Returns:
        A one-speaker group, or ``[]`` when the statement right before is no recall.
    """
    if gender not in ("m", "f"):
        return []
    recall = _recall_before(cx, before)
    if recall is None:
        return []
    told = [g for g in disc.groups if g[0].pos < before]
    if not told or not recall.nstart <= told[-1][0].pos < recall.nend:
        return []
    # a named speaker only: an unnamed source (الشهود، المصادر) is not resumed past a recall
    earlier = [
        g
        for g in told
        if g[0].pos < recall.nstart and len(g) == 1 and g[0].gender == gender and g[0].stype != "anonymous"
    ]
    return earlier[-1] if earlier else []


def _recall_before(cx: Cx, before: int) -> DocSentence | None:
    """The sentence right before the verb's when it is a recall and the verb opens its own."""
    sents = cx.doc.sentences
    k = next((i for i, s in enumerate(sents) if s.nstart <= before < s.nend), None)
    if k is None or k == 0:
        return None
    norm = cx.doc.nt.norm
    if len(norm[sents[k].nstart : before].strip()) > _OPENING:
        return None
    prev = sents[k - 1]
    return prev if _RECALL.match(norm[prev.nstart : prev.nend]) else None
