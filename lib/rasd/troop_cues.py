"""Cues of a troop sentence that a word alone misreads: a request met, a ruler's fall.

``طلب`` is a plan cue (``طلبا لارسال 2000 جندي``) except after ``على`` (``بناء على طلب
الحكومة، تم نشر 3813 عسكريا``: a request met); ``سقوط`` is a casualty cue (``سقوط 3
جنود``) except before a weapon (``لحظة سقوط الصواريخ``) or a ruler (``قبل سقوط نظام
الأسد``). A background clause after a troop figure (``بعد مقتل قائد فيلق القدس``,
``عندما أعلنت أن إيران تخطط لمهاجمة``) tells what moved the force, so its casualty and plan
words do not reach the figure (:func:`rasd.forces.background_cut`).
"""

from __future__ import annotations

from rasd.forces import has_presence_word, presence_words
from rasd.gazetteer import weapon_matcher
from rasd.text import Token

__all__ = ["falls_as_casualty", "is_planned"]


def is_planned(tokens: list[Token]) -> bool:
    """Whether the sentence tells a plan, study or request not yet met (see the module docstring)."""
    granted = presence_words("granted_requests")
    leads = presence_words("granted_request_leads")
    kept = [t for k, t in enumerate(tokens) if t.text not in granted and not (k and tokens[k - 1].text in leads)]
    return has_presence_word(kept, "plan_cues")


def falls_as_casualty(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is a fall word telling casualties, not a weapon's or a ruler's fall."""
    if not has_presence_word(tokens[k : k + 1], "fall_words"):
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return weapon_matcher().match_at(tokens, k + 1) is None and nxt not in presence_words("fallen_rulers")

