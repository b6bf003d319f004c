"""A sentence that only tells when the act told before it took place.

``وأعلنت القيادة المركزية أن قواتها أسقطت مسيرة قرب قاعدة التنف. وقالت إن الحادث وقع مساء
الخميس``, ``ووقعت الحادثة فجر الأحد``: a verb of taking place with a subject that points back
without naming a kind of act (``data/happened_dates.yaml``) and one day's date. The sentence
tells no act of its own; its date is the date of the last undated act of the sentence before.
A named act (``ووقع الهجوم مساء الخميس``) is read by the event rules themselves.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.dates import to_time_precision
from rasd.doc import Doc, DocSentence
from rasd.lexicon import load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["date_happened_act", "tells_happening"]

# Acts a bare "الحادث" may date (a claim or a threat is words, dated by their own sentence).
_ACTS = frozenset({"attack", "us_strike", "interception", "other"})


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("happened_dates.yaml")


def _is(word: str, key: str) -> bool:
    return any(stem in _lex()[key] for _, stem in clitic_variants(word))


def tells_happening(tokens: list[Token]) -> bool:
    """A verb of taking place next to a subject pointing back (``وقع الحادث``, ``الحادثة وقعت``).

    Args:
        tokens: The tokens of one sentence.

    Returns:
        True when such a verb and subject stand within the reach of each other.
    """
    reach = int(_lex()["reach"])
    verbs = [k for k, t in enumerate(tokens) if _is(t.text, "happen_verbs")]
    subjects = [k for k, t in enumerate(tokens) if _is(t.text, "incident_words")]
    return any(0 < abs(v - s) <= reach for v in verbs for s in subjects)


def date_happened_act(doc: Doc, sent: DocSentence, own: list[dict[str, Any]], told: list[dict[str, Any]]) -> None:
    """Give the last undated act of the sentence before the date of a sentence that only dates it.

    Args:
        doc: The article.
        sent: One of its narrative sentences.
        own: The event rows of that sentence (the rule applies only when there are none).
        told: The rows of the sentences before it, changed in place.
    """
    if own or not tells_happening(doc.sentence_tokens(sent)):
        return
    days = [d for d in doc.within(doc.dates, sent) if d.precision == "day" and len(d.iso) == 10 and not d.since]
    before = [s for s in doc.narrative() if s.end <= sent.start]
    if len(days) != 1 or not before:
        return
    last = [r for r in told if r.get("start") is not None and r["start"] >= before[-1].start]
    act = last[-1] if last else None
    if act is None or act["type"] not in _ACTS or act.get("date"):
        return
    act.update(date=days[0].iso, date_expr=days[0].expr, time_precision=to_time_precision(days[0].precision))
