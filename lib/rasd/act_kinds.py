"""Kinds of ``other`` acts: two developments of different kinds are two incidents.

An ``other`` row may carry ``act``, the kind of development its words tell: a convoy
moving (``convoy``), a cargo plane landing (``flight``), a weapon found (``find``), a
meeting held (``meeting``), an arrest (``arrest``) or a deployment decided
(``deployment``). Rows of one type and place are folded into one incident
(:func:`rasd.incidents.same_incident`) unless they tell different kinds:
``سترسل 300 جندي`` and ``إن نحو 900 من القوات … وصلوا`` in one article are two acts, as
are ``رتل يضم 30 شاحنة دخل إلى الحسكة`` and ``حطت طائرة شحن … في الشدادي``. A row with no
kind (a withdrawal noun, a handover) folds as before. Rows of two speakers stay apart too
(:func:`rasd.threat_speakers.same_speaker`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.threat_speakers import same_speaker

__all__ = ["distinct_acts", "with_act"]


def with_act(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The rows, each marked with the kind of development ``kind``."""
    return [{**r, "act": kind} for r in rows]


def distinct_acts(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two rows tell two acts: two speakers, or two kinds of development.

    Args:
        a: An event row.
        b: Another event row of the same article.
    """
    ka, kb = str(a.get("act") or ""), str(b.get("act") or "")
    return not same_speaker(a, b) or bool(ka and kb and ka != kb)
