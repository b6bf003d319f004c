"""A claim of «the base» told after the act: the claim takes the place of that act.

``تعرضت قاعدة خراب الجير إلى استهداف صاروخي. وتبنت المقاومة الإسلامية في بيان استهداف
القاعدة``: the claim names no place of its own, only a definite base noun (``القاعدة``,
``الموقع``) that points back to the site just attacked. The claim row takes the place of
the nearest act told before it in the article, when that act is not of another day.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.event_lexicon import is_word
from rasd.text import normalize_str

__all__ = ["place_pointing_claims"]

_WORD = re.compile(r"\w+")
_ACTS = frozenset({"attack", "interception"})
_PLACE_FIELDS = ("place", "lat", "lon")


def _points_to_told_site(target: str) -> bool:
    """The claim's first target noun is definite (``استهداف القاعدة``): it takes up a site already told."""
    noun = next((w for w in _WORD.findall(normalize_str(target)) if is_word(w, "target_nouns")), None)
    return noun is not None and noun.startswith("ال")


def _act_before(rows: list[dict[str, Any]], claim: dict[str, Any]) -> dict[str, Any] | None:
    """The placed act told last before the claim, or None."""
    start = claim.get("start")
    if start is None:
        return None
    before = [r for r in rows if r["type"] in _ACTS and r.get("place") and r.get("start") is not None and r["start"] < start]
    return max(before, key=lambda r: r["start"], default=None)


def place_pointing_claims(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place each unplaced claim of «the base» at the act told just before it (see the module docstring).

    Args:
        rows: An article's event rows.

    Returns:
        The rows, such a claim now placed where the act before it is.
    """
    out = []
    for row in rows:
        if row["type"] == "claim" and not row.get("place") and _points_to_told_site(str(row.get("target") or "")):
            act = _act_before(rows, row)
            day, act_day = str(row.get("date") or ""), str((act or {}).get("date") or "")
            if act is not None and (not day or not act_day or day == act_day):
                row = {**row, **{k: act.get(k) for k in _PLACE_FIELDS}}
        out.append(row)
    return out
