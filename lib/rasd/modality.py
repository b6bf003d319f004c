"""Modality: does a sentence make its acts conditional, predicted or threatened?"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.text import Token

__all__ = ["is_hypothetical"]


@cache
def _cue_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["hypothetical_cues"])


def is_hypothetical(tokens: list[Token]) -> bool:
    """True when the sentence holds a conditional or predictive cue (``في حال``, ``إذا``, ``أي هجوم``)."""
    return next(iter(_cue_matcher().find(tokens)), None) is not None
