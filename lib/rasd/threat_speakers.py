"""The speaker of a threat: two speakers' threats are two events, even on one day.

A threat is an act of speech, so the incidents module folds two threat rows into one only
when the same speaker made them. The speaker is the one of the statement read in the
threat's sentence (the last one before its trigger, else the first of the sentence):
``وصرح الرئيس الأميركي: "سنرد"``, then ``وقال وزير الدفاع: "ستطاردكم الولايات المتحدة"``
are the president's threat and the secretary's, though both are undated or of one day.
Two names are one speaker when one contains the other or they share the family name
(``جو بايدن`` and ``بايدن``), as the statements are scored. Only people speaking for
themselves are told apart: a body, or a spokesman (``المتحدث باسم الحركة``) and a commander
of the same group, voice one threat (``speaking_for_words`` in ``data/event_triggers.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.doc import Doc
from rasd.lexicon import word_set
from rasd.text import normalize_str

__all__ = ["same_speaker", "tag_threat_speakers"]


def _principal(st: Mapping[str, Any]) -> str:
    """The folded name of a person speaking for himself, or "" for a body or a spokesman."""
    words = normalize_str(f"{st.get('speaker') or ''} {st.get('role') or ''}").split()
    if st.get("speaker_type") != "person" or any(w in word_set("event_triggers.yaml", "speaking_for_words") for w in words):
        return ""
    return " ".join(normalize_str(str(st["speaker"])).split())


def _speaker(doc: Doc, row: Mapping[str, Any]) -> str:
    said = [st for st in doc.statements if st.get("speaker") and st.get("sentence") == row.get("sentence")]
    before = [st for st in said if int(st["start"]) <= int(row.get("start") or 0)]
    chosen = before[-1] if before else (said[0] if said else None)
    return _principal(chosen) if chosen else ""


def tag_threat_speakers(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give every threat row the ``speaker`` of its sentence's statement (empty when none)."""
    return [{**r, "speaker": _speaker(doc, r)} if r["type"] == "threat" else r for r in rows]


def same_speaker(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True unless both rows name a speaker and the names are of two people or bodies."""
    sa, sb = str(a.get("speaker") or ""), str(b.get("speaker") or "")
    if not sa or not sb or sa in sb or sb in sa:
        return True
    return sa.split()[-1] == sb.split()[-1]
