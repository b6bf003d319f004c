"""Whether a known incident is named in its anniversary, not as news.

Pages written years later name an incident in the same words as its news: «أحيا أنصار
الحشد، اليوم الجمعة، الذكرى السنوية السادسة لمقتل نائب رئيس الحشد أبو مهدي المهندس وقاسم
سليماني قرب مطار بغداد». The background cues of ``data/known_incidents.yaml`` are looked for
among the three words before the incident's first key, and here the anniversary stands six
words before it. An anniversary cue (``anniversary_cues``: «ذكرى», «السنوية») anywhere in the
same sentence before the first key makes the mention a remembrance, whatever the distance.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.lexicon import load_yaml

__all__ = ["tells_anniversary"]

_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
_CLITICS_RE = re.compile(r"^[وف]?[بلك]?(?:ال|لل)?")


@cache
def _anniversary_cues() -> frozenset[str]:
    """Words of an anniversary (``anniversary_cues`` of ``data/known_incidents.yaml``)."""
    return frozenset(load_yaml("known_incidents.yaml")["anniversary_cues"])


def tells_anniversary(norm_before: str) -> bool:
    """Whether the sentence ending a normalised text names an anniversary («الذكرى السادسة لمقتل ...»).

    Args:
        norm_before: Normalised text up to the incident's first key.

    Returns:
        Whether an anniversary cue stands in its last sentence.
    """
    parts = _SENTENCE_END_RE.split(norm_before)
    cues = _anniversary_cues()
    return any(w in cues or _CLITICS_RE.sub("", w) in cues for w in parts[-1].split())
