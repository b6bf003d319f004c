"""Claims told across sentences: a claim of «the base», and the group's statement continued.

``تعرضت قاعدة خراب الجير إلى استهداف صاروخي. وتبنت المقاومة الإسلامية في بيان استهداف
القاعدة``: the claim names no place of its own, only a definite base noun (``القاعدة``,
``الموقع``) that points back to the site just attacked. The claim row takes the place of
the nearest act told before it in the article, when that act is not of another day.

``قالت فصائل عراقية إنها استهدفت 4 قواعد. وقالت إن ثلاثة منها استهدفت قاعدة عين الأسد``:
a sentence that opens with a reporting verb and a bare complementizer (no speaker named) goes
on with the speaker of the claim told just before it, so the acts it tells are claims too.

``ولم تعلن أي جهة مسؤوليتها عن الهجوم``: a claiming verb right after a negation, with no
claimant named, tells that nobody claimed the act: it is the act itself, unclaimed. When the
negated verb's subject is «any» party (``ولم تعلن أي جماعة مسؤوليتها …، حيث تتمركز ميليشيات
مدعومة من إيران``), a group named elsewhere in the sentence is no claimant either. A denial
after the act (an attack, or the interception of it) at the same site adds no row.

``تبنت المقاومة، يوم أمس الخميس، استهداف قاعدة عين الأسد … كما تبنت، قبل يومين، استهداف قاعدة
عين الأسد``: two undated claims told with different days (unresolved on a page with no date) are
two claims: a claim is dated by its own words.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.event_lexicon import is_word
from rasd.lexicon import word_set
from rasd.text import clitic_variants, normalize_str

__all__ = ["continued_claims", "place_pointing_claims", "told_apart", "unclaim_denied"]

_WORD = re.compile(r"\w+")
_ACTS = frozenset({"attack", "interception"})
_ANY = "اي"  # "لم تعلن أي جهة": no party at all
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


def _speaker_goes_on(sentence: str) -> bool:
    """The sentence opens with a reporting verb and a bare complementizer (``وقالت إن``, ``وأضافت أن``)."""
    words = _WORD.findall(normalize_str(sentence))[:2]
    if len(words) < 2 or words[1] not in word_set("event_triggers.yaml", "complementizers"):
        return False
    return any(stem in word_set("event_triggers.yaml", "claim_reporters") for _, stem in clitic_variants(words[0]))


def continued_claims(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Retype as claims the attacks told by a group's statement continued (see the module docstring).

    Args:
        rows: An article's event rows.

    Returns:
        The rows, such an attack now a claim of the group that spoke before it.
    """
    out = []
    for row in rows:
        if row["type"] == "attack" and row.get("start") is not None and _speaker_goes_on(str(row.get("sentence") or "")):
            before = [r for r in rows if r.get("start") is not None and r["start"] < row["start"] and r.get("sentence") != row.get("sentence")]
            last = max(before, key=lambda r: r["start"], default=None)
            if last is not None and last["type"] == "claim" and last.get("actor"):
                row = {**row, "type": "claim", "actor": last["actor"], "claimed": True}
        out.append(row)
    return out


def _denied(sentence: str, any_party: bool = False) -> bool:
    """A claiming verb stands right after a negation (``لم تعلن``, ``ولم تتبن``).

    With ``any_party``, the verb's subject must be «any» party (``لم تعلن أي جهة``, not ``أي تفاصيل``).
    """
    words = _WORD.findall(normalize_str(sentence))
    negations = word_set("event_triggers.yaml", "negations")
    return any(
        any(stem in negations for _, stem in clitic_variants(a))
        and b in word_set("event_triggers.yaml", "denied_claim_verbs")
        and (not any_party or (c == _ANY and d in word_set("event_triggers.yaml", "denied_any_parties")))
        for a, b, c, d in zip(words, words[1:], [*words[2:], ""], [*words[3:], "", ""], strict=False)
    )


def _same_site(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The two rows name the same place, or one of them names none."""
    pa, pb = a.get("place") or "", b.get("place") or ""
    return not pa or not pb or pa == pb


def unclaim_denied(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Retype as unclaimed attacks the claims of no named claimant told under a negation (see the module docstring).

    Args:
        rows: An article's event rows.

    Returns:
        The rows, such a denied claim now the attack it names, unclaimed; dropped when that
        attack was told before (``ولم تتبن أي جهة استهداف السفارة`` after the attack on it).
    """
    out: list[dict[str, Any]] = []
    for r in rows:
        sentence = str(r.get("sentence") or "")
        if r["type"] == "claim" and (_denied(sentence) if not r.get("actor") else _denied(sentence, any_party=True)):
            if any(o["type"] in _ACTS and _same_site(o, r) for o in out):
                continue  # the attack told before, unclaimed
            r = {**r, "type": "attack", "claimed": False}
        out.append(r)
    return out


def told_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two claims, both undated, told with different day expressions (see the module docstring)."""
    if a["type"] != "claim" or b["type"] != "claim" or a.get("date") or b.get("date"):
        return False
    ea, eb = normalize_str(str(a.get("date_expr") or "")), normalize_str(str(b.get("date_expr") or ""))
    return bool(ea and eb and ea != eb)
