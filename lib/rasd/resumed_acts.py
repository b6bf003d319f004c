"""A reporting verb after a verb of returning: ``وعادت الوزارة لتؤكد أن …``.

The press writes a renewed statement as a verb of returning (عاد، عادت، تعود), its
subject, then the reporting verb in the present tense with the purpose particle لـ
(``لتؤكد``، ``ليعلن``). The reporting verb names the act; its subject is the one of the
verb of returning, which stands before it and is not part of the speaker. With the subject
first (``الوزارة تعود لتؤكد أن``, ``لكن القيادة عادت لتنفي``) the verb of returning belongs to
the verb group, between the subject and the reporting verb.
"""

from __future__ import annotations

from rasd.speakers import Cx, lex

__all__ = ["purpose_reporting_ok", "returning_verb_before", "skip_resumptive"]

_LOOKBACK = 8  # tokens between the verb of returning and the reporting verb (subject + place)


def skip_resumptive(cx: Cx, s: int, k: int) -> int:
    """Token after a verb of returning at ``s`` that opens the clause of a verb at ``k``, else ``s``."""
    return s + 1 if s < k - 1 and lex().has("resumptive_verbs", cx.word(s)) else s


def returning_verb_before(cx: Cx, j: int, prefix: str) -> int:
    """1 when a verb of returning stands right before ``لـ`` + the verb at ``j`` (``الوزارة تعود لتؤكد``), else 0.

    The verb of returning then belongs to the verb group: a subject before it is the speaker.
    """
    ok = prefix == "ل" and j - 1 > cx.lo and lex().has("resumptive_verbs", cx.word(j - 1))
    return 1 if ok else 0


def purpose_reporting_ok(cx: Cx, j: int, prefix: str, form: str) -> bool:
    """Whether ``لـ`` + the present reporting verb at ``j`` follows a verb of returning in its clause."""
    if prefix != "ل" or not form.startswith(("ي", "ت")):
        return False
    k = j
    while k > max(cx.lo, j - _LOOKBACK) and not cx.punct_before(k):
        k -= 1
        if lex().has("resumptive_verbs", cx.word(k)):
            return True
    return False
