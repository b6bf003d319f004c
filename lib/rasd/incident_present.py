"""Whether a known incident named after a background cue is still told as the day's news.

The background cues of ``data/known_incidents.yaml`` («بعد», «منذ», «عقب») before an
incident's first key make it a mention of an earlier incident («منذ الهجوم على البرج 22»).
A report of the day uses the same words for its own news: «أثيرت حالة من الغموض بعد قصف
قاعدة كالسو فجر اليوم السبت». A day of the present («اليوم», «أمس»: the relative days of
offset 0 or -1 in ``data/dates.yaml``) among the few words after the key, in the same
clause (up to a comma or a stop), dates the incident to the day of writing or the day before, so the cue does not make
it background.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.datescan import LEX

__all__ = ["told_as_present"]

_AFTER_WORDS = 8  # words after the incident's first key where a day of the present is looked for
_CLAUSE_END_RE = re.compile(r"[.!?؟\n,،;؛]")
_CLITIC_RE = re.compile(r"^[وف]")


@cache
def _present_days() -> frozenset[str]:
    """The one-word relative days of the day of writing and the day before («اليوم», «أمس»)."""
    return frozenset(k for k, v in LEX["relative_days"].items() if v in (0, -1) and " " not in k)


def told_as_present(norm_after: str) -> bool:
    """Whether a day of the present follows an incident's first key closely, in its clause.

    Args:
        norm_after: Normalised text from the incident's first key on.

    Returns:
        Whether «اليوم» or «أمس» stands among the next few words of that clause.
    """
    words = _CLAUSE_END_RE.split(norm_after, maxsplit=1)[0].split()[:_AFTER_WORDS]
    days = _present_days()
    return any(w in days or _CLITIC_RE.sub("", w) in days for w in words)
