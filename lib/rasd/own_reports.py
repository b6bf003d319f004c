"""An attribution whose verb names no source: ``…، وفق ما أعلنته.`` (as the subject announced).

After ``وفق ما``/``بحسب ما`` the reporting verb usually has its source after it (``وفق ما
أعلنته الوزارة``). When the verb ends the clause instead, the source is the subject of the
sentence (``ونفذت القيادة غارة على مخزن، وفق ما أعلنته.``); after a statement of the same
sentence it only refers back to its speaker and adds no row.

A short form after the cue refers back the same way when it stands for the speaker of an
act told earlier in the sentence (``أعلن المركز الإعلامي … مقتل ستة مقاتلين بحسب المركز``).
"""

from __future__ import annotations

from typing import Any

from rasd.speakers import Cx, Phrase, Speaker
from rasd.triggers import Trigger

__all__ = ["own_report", "restates_speaker"]


def own_report(cx: Cx, t: Trigger, subject: list[Speaker], acts: list[Any]) -> Phrase | None:
    """The sentence's subject as the source of ``وفق ما أعلنته`` ending its clause.

    Args:
        cx: The sentence being read.
        t: The attribution cue (``وفق ما``, ``بحسب ما``, ``حسبما``).
        subject: The sentence's subject (none: no row).
        acts: The acts read before in the sentence (any: no row).

    Returns:
        A one-speaker phrase with the ``subject`` anaphor, or None.
    """
    k = t.last + 1 + (cx.word(t.last + 1) == "ما")
    if not subject or acts or not (t.phrase.endswith("ما") or k > t.last + 1):
        return None
    if k not in cx.trigger_at or (k + 1 < cx.hi and not cx.punct_before(k + 1)):
        return None
    sp = Speaker(cx.text(k, k + 1), "organization", anaphor="subject", pos=cx.tokens[k].start)
    return Phrase([sp], k, k + 1, kind="subject")


def restates_speaker(ph: Phrase, speakers: list[Speaker], acts: list[Any]) -> bool:
    """The attribution's short form (``بحسب المركز``) is a speaker of an act of the same sentence.

    Args:
        ph: The source phrase after the cue.
        speakers: Its resolved speakers.
        acts: The acts read before in the sentence.

    Returns:
        True when one definite short form (anaphor ``head``) resolves to a speaker of a main
        act (not an attribution, not nested) read before it.
    """
    if len(ph.speakers) != 1 or ph.speakers[0].anaphor != "head" or len(speakers) != 1:
        return False
    told = [sp.text for a in acts if not a.nested and a.trig.hint != "attribution" for sp in a.speakers]
    return speakers[0].text in told
