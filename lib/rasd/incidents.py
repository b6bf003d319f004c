"""Incidents: one event row per incident of an article.

An article often tells one incident in several sentences (the attack, then the statement about
it, then its toll). Sentence events are folded, in article order, into the first row of the incident:

- two rows of the same type, the same day and agreeing places are one incident; an attack
  and the interception of its weapons stay two rows (as the annotated sets write them), but
  the interception takes the place and weapon of the attack told before it when it names
  none (``أسقطت الدفاعات اثنتين منها``), and an undated one of the pair takes the other's day;
- a row dated to a month joins a row of the same type whose day falls in that month, and an
  undated row joins a dated one (unless it was told with a day of its own that the page's
  missing date leaves unresolved), when their places agree: the same place, one of them
  unknown, or one containing the other (``سوريا`` and ``البوكمال``, ``بغداد`` and ``مطار بغداد``);
- an undated row that names no place joins any row of its type; two undated rows naming places
  are one incident only when the places are the same, save US strikes: a wave told at a country
  (``غارات في العراق``) and at a place in it (``القائم``) is one row, which then stays at that
  place, so a strike at a second place of the country is a row of its own; a strike told at a governorate
  (``غارات في ريف دير الزور``) and one at a town in it (``كما ضربت الطائرات … قرب البوكمال``)
  stay two rows, as the annotated sets write a wave. Claims too: a claim told at a country
  (``تبنت الفصائل هجوما على القوات الأمريكية في العراق``, or the statement's country) and
  the claim in the statement's words naming a base in it (``استهدف مقاتلونا قاعدة عين الأسد``) are one;
- an undated series told before the dated acts (``الضربات الأميركية الأخيرة``, then ``في 27
  أكتوبر و9 نوفمبر``) stays an event of its own, as in the seed gold, and so does one placed
  nowhere before an act at a base (``تتعرض القواعد لهجمات``, then ``كما استهدفت … خراب الجير``);
- a row that only points back to an act already told (``الهجوم``, ``الطائرة المسيرة`` as its
  subject or object, ``الزيارة``) joins the latest row of its kind (any act for an act), when
  it is undated or of the same type (a pointer of another type in a later sentence still gives it a
  site in its vaguer place: ``واستهدف القصف الرتل في بلدة الغبرة``); a claim pointing back to an attack (``وتبنت الجماعة
  الهجوم``) stays a claim row of its own, with the place and day of the act it claims, and so
  does an interception pointing back to an attack (``وأسقطت القوات المسيرة بمحيط القاعدة``);
  an act of another type at another place told with its own toll (``الهجوم على قاعدة في الأردن
  والذي أسفر عن مقتل ثلاثة جنود`` after a US strike in Baghdad) is a new act, not a pointer;
- an attack told right after a claim of a base, naming no place and pointing back to its
  target (``وكانت مصادر أفادت بوقوع هجوم استهدف القاعدة``), is the claimed attack told again:
  it takes the claim's place, and the claim adds no attack row of its own (:func:`claimed_attacks`).

The row kept is the first; it takes the more precise date and place of the rows folded into
it, and the casualties it lacked. A date that only dates the words reporting an act
(``speech_dated``) gives way to a date of the act itself. Once folded, an act still undated
takes the day of the act told just before it (:func:`date_from_context`, :func:`apply_context`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from rasd.act_kinds import distinct_acts
from rasd.claim_sites import continued_claims, place_pointing_claims, told_apart, unclaim_denied
from rasd.event_lexicon import is_word
from rasd.gazetteer import place_rows
from rasd.speech_twins import SPEECH_MARK, date_speech_twins
from rasd.state_act_folds import joins_state_strike, retells_state_strike
from rasd.text import normalize_str

__all__ = ["apply_context", "claimed_attacks", "contains_place", "date_from_context", "merge_incidents",
           "place_country", "same_incident"]

_DATE_FIELDS = ("date", "date_expr", "time_precision")
_PLACE_FIELDS = ("place", "lat", "lon")
_ACTS = frozenset({"attack", "us_strike", "interception", "claim"})
# Acts that can take the day of the act told before them (a claim too: "وذكرت الفصائل أنها ضربت").
_DATEABLE = frozenset({"attack", "us_strike", "interception", "claim"})
_CONTAINERS = frozenset({"governorate", "city", "area"})
_BROAD = frozenset({"governorate", "area"})  # settings a site or town told of the same act places more precisely
# An attack and the downing of its weapons: one incident, reported as two rows (as the annotated sets do).
_CLAIMED_PLACES = frozenset({"base", "airport", "oilfield"})  # a claim at a country or city may be a tally
_ONE_ACT = frozenset({"attack", "interception"})
_WORD = re.compile(r"\w+")
# A row pointing back to an act of these types is still a row of its own (a claim of the act, the downing of its drone).
_OWN_ROWS = {"claim": frozenset({"attack", "us_strike", "interception"}), "interception": frozenset({"attack"})}
_WAVES = frozenset({"us_strike", "claim"})  # undated rows of these types join a row whose place contains theirs


@cache
def _place_info() -> dict[str, tuple[str, str, str]]:
    """Canonical place name -> (type, English country name, governorate)."""
    return {
        str(r["canonical"]): (str(r["type"]), str(r["name_en"] if r["type"] == "country" else r["country"]), str(r["admin1"]))
        for r in place_rows()
    }


def place_country(place: str) -> str:
    """English country of a canonical place name (``""`` when unknown or a region)."""
    return _place_info().get(place, ("", "", ""))[1]


_country = place_country


def _is_country(place: str) -> bool:
    return _place_info().get(place, ("", "", ""))[0] == "country"


def contains_place(outer: str, inner: str) -> bool:
    """``outer`` is the country, governorate, city or area ``inner`` lies in (``بغداد`` ⊃ ``مطار بغداد``)."""
    kind, country, admin1 = _place_info().get(outer, ("", "", ""))
    if kind == "country":
        return _country(inner) == country
    return kind in _CONTAINERS and bool(admin1) and _place_info().get(inner, ("", "", ""))[2] == admin1


def _places_agree(a: str, b: str, loose: bool) -> bool:
    """Same place, one unknown, or (when ``loose``) one containing the other."""
    if not a or not b or a == b:
        return True
    return loose and (contains_place(a, b) or contains_place(b, a))


def _refines(place: str, new: str) -> bool:
    """``new`` places an act more precisely than ``place``: none yet, or a place in its country, governorate or area.

    ``في محافظة الأنبار`` then ``قاعدة عين الأسد``, ``قاعدة في شمال شرق سوريا`` then ``قاعدة خراب الجير``.
    """
    if not new or not place:
        return bool(new)
    if _is_country(new):
        return False
    if _is_country(place):
        return _country(new) == _country(place)
    return _place_info().get(place, ("",))[0] in _BROAD and contains_place(place, new)


def _precision(date: str) -> int:
    return 0 if not date else (2 if len(date) >= 10 else 1)


def same_incident(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two event rows of one article report the same incident (see the module docstring)."""
    if (a["type"] != b["type"] and not joins_state_strike(a, b)) or distinct_acts(a, b):
        return False  # two speakers' threats, a convoy and a cargo plane: two acts (rasd.act_kinds)
    da, db = str(a.get("date") or ""), str(b.get("date") or "")
    pa, pb = str(a.get("place") or ""), str(b.get("place") or "")
    if _precision(da) == 2 and _precision(db) == 2:
        return da == db and _places_agree(pa, pb, loose=True)
    if da and db:
        return (da.startswith(db) or db.startswith(da)) and _places_agree(pa, pb, loose=True)
    if da or db:
        if (a if db else b).get("date_expr"):
            return False  # "اليوم (الإثنين)" on a page with no date, and "في مطلع مارس 2021": two times told
        # An undated report joins a dated one of the same place, or one that names no place.
        return _places_agree(pa, pb, loose=True)
    # Two undated US strikes (or claims), one told at a country or region and one at a place in it: one wave.
    return _places_agree(pa, pb, loose=a["type"] in _WAVES and (_is_country(pa) or _is_country(pb))) and not told_apart(a, b)


def _absorb(kept: dict[str, Any], other: Mapping[str, Any]) -> None:
    """Give the kept row the more precise date and place, and the casualties it lacked."""
    retold = kept["type"] == other["type"] or kept.get("sentence") != other.get("sentence")  # not "ردا على الهجوم"
    if retold and _refines(str(kept.get("place") or ""), str(other.get("place") or "")):
        kept.update({k: other.get(k) for k in _PLACE_FIELDS})  # "واستهدف القصف الرتل في بلدة الغبرة": its site
    if kept["type"] != other["type"]:
        return  # an act pointing back to an act of another kind only confirms it (a later sentence places it)
    precision, new_precision = _precision(str(kept.get("date") or "")), _precision(str(other.get("date") or ""))
    if new_precision > precision or (
        new_precision == precision and kept.get("speech_dated") and not other.get("speech_dated")
    ):
        kept.update({k: other.get(k) for k in (*_DATE_FIELDS, "speech_dated")})
    if not precision and not new_precision and not kept.get("date_expr"):
        kept["date_expr"] = other.get("date_expr") or ""  # the unresolved day it was told with
    if not precision and not new_precision and other.get("context") and not kept.get("context"):
        kept["context"] = other["context"]  # told undated first, then again after a dated act: that act's day
    for k in ("killed", "injured"):
        if kept.get(k) is None and other.get(k) is not None:
            kept[k] = other[k]


def _claims_act(claim: dict[str, Any], act: Mapping[str, Any]) -> None:
    """Give a claim that points back to an act (``تبنت الجماعة الهجوم``) the act's place and day it lacks."""
    if _refines(str(claim.get("place") or ""), str(act.get("place") or "")):
        claim.update({k: act.get(k) for k in _PLACE_FIELDS})  # "ضربت الاحتلال في العراق": the base it claims
    if not claim.get("date"):
        claim.update({k: act.get(k) for k in _DATE_FIELDS})


def _at_site(row: Mapping[str, Any]) -> bool:
    """The row's act is placed at a base, airport or oilfield: one act, not part of a series told before it."""
    return _place_info().get(str(row.get("place") or ""), ("",))[0] in _CLAIMED_PLACES


def _antecedent(out: list[dict[str, Any]], row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The latest row an anaphoric row points back to: same type, any act (or a state's strike) for an attack or interception."""
    family = _ACTS if row["type"] in _ACTS - {"us_strike"} else {row["type"]}  # a US strike is never the attack
    return next((r for r in reversed(out) if r["type"] in family or retells_state_strike(r, row)), None)


def _other_day(antecedent: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """Two claims of different days, or of two sites neither within the other (``كما تبنت المسؤولية عن الهجوم على حقل العمر``): two claims.

    The day of an act pointing back corrects its antecedent's instead (``وكان الهجوم الذي وقع يوم الأحد``).
    """
    (da, db), (pa, pb) = ((str(antecedent.get(k) or ""), str(row.get(k) or "")) for k in ("date", "place"))
    return row["type"] == antecedent["type"] == "claim" and ((_precision(da) == _precision(db) == 2 and da != db) or not (_places_agree(pa, pb, loose=True) or pa in pb or pb in pa))


def _another_toll(antecedent: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """An act of another type, at a place that is not the antecedent's, told with its own toll: a new act."""
    pa, pb = str(antecedent.get("place") or ""), str(row.get("place") or "")
    tolled = row.get("killed") is not None or row.get("injured") is not None
    return antecedent["type"] != row["type"] and bool(pa and pb) and not _places_agree(pa, pb, loose=True) and tolled


def merge_incidents(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fold the sentence events of one article into one row per incident.

    Args:
        rows: Event rows in article order; a row may carry ``anaphoric`` (True
            when its act is only referred back to), ``series`` (True when it
            tells a series of acts), ``past`` (True when it tells an earlier or
            recurring act, :mod:`rasd.past_acts`) and ``speech_dated`` (True when its date is
            the date of the words that report it: a date of the act told
            elsewhere replaces it), which are dropped from the output.
    """
    out: list[dict[str, Any]] = []
    places: dict[int, list[str]] = {}  # id(kept row) -> every place told of its incident
    series: set[int] = set()  # ids of undated series told first ("الضربات الأخيرة"): events of their own
    past: set[int] = set()  # ids of earlier or recurring acts (rasd.past_acts): they fold only into each other
    for row in rows:
        antecedent = _antecedent(out, row) if row.pop("anaphoric", False) else None
        is_series, is_past = row.pop("series", False), row.pop("past", False)
        if antecedent is not None and _other_day(antecedent, row):
            antecedent = None  # "وكانت أعلنت الاثنين الماضي … أنها نفذت العملية": another claim
        if antecedent is not None and _another_toll(antecedent, row):
            antecedent = None  # after a US strike in Baghdad, "الهجوم على قاعدة في الأردن والذي أسفر عن مقتل"
        if antecedent is not None and antecedent["type"] in _OWN_ROWS.get(row["type"], ()):
            _claims_act(row, antecedent)  # "وتبنت الجماعة الهجوم", "وأسقطت القوات المسيرة": a row of its own, of that act
            antecedent = None
        if antecedent is not None and (not row.get("date") or antecedent["type"] == row["type"]):
            before = antecedent.get("place")
            _absorb(antecedent, row)  # "نفذت الهجوم", "وتأتي الزيارة …": the act told before
            if antecedent.get("place") and not before:
                places[id(antecedent)] = [str(antecedent["place"])]  # "الهجمات كانت على قاعدة التنف": now placed
            continue
        kept = next(
            (
                r
                for r in out
                if not (id(r) in series and (row.get("date") or (_at_site(row) and not r.get("place"))))
                and (id(r) in past) == is_past
                and any(same_incident({**r, "place": p}, row) for p in places[id(r)])
            ),
            None,
        ) or next((r for r in reversed(out) if _retold_at_base(r, row)), None)
        if kept is None:
            out.append(row)
            places[id(row)] = [str(row.get("place") or "")]
            if is_series and not row.get("date"):
                series.add(id(row))
            if is_past:
                past.add(id(row))
        else:
            before, undated = kept.get("place"), not kept.get("date")
            _absorb(kept, row)
            if undated and kept.get("date"):
                places[id(kept)] = [str(kept.get("place") or "")]  # the dated report names the incident
            elif kept.get("place") != before and undated and kept["type"] in _WAVES and _is_country(str(before or "")):
                places[id(kept)] = [str(kept.get("place") or "")]  # the wave is where its first strike fell
            elif kept.get("place") != before and not before:
                places[id(kept)] = [str(kept.get("place") or "")]  # the place it lacked: it is no longer unknown
            elif kept.get("place") != before:
                places[id(kept)].append(str(kept.get("place") or ""))  # a more precise place of it
    for row in out:
        if row.pop("speech_dated", None) and row.get("date"):
            row[SPEECH_MARK] = True  # its day dates its report only (rasd.speech_twins)
        row.pop("speaker", None)
    return out


def date_from_context(rows: list[dict[str, Any]]) -> None:
    """Give an undated act the day of the act told just before it, as ACLED dates an event from its report.

    ``ثلاثة مواقع تعرضت لهجمات فجر الثلاثاء. وذكر مسؤول أن إحدى الضربات طالت الحلة``: the
    strike on Hilla is dated Tuesday.

    Acts that point back and the earlier acts of response clauses neither give nor take a day;
    a series gives its day to the acts told after it, but takes none, and so does an act whose
    sentence has a time of its own (``وقبل أيام``) or that is told as an earlier or recurring one
    (``past``, :mod:`rasd.past_acts`). The day is kept in ``context`` and given
    only to the acts still undated once the incidents are merged (:func:`apply_context`).
    """
    last: dict[str, Any] | None = None
    act: dict[str, Any] | None = None  # the last attack or strike told, for the place of an interception
    for row in rows:
        earlier, timed = row.pop("earlier", False), row.pop("timed", False)
        if row["type"] not in _DATEABLE or earlier or row.get("anaphoric"):
            continue
        if row["type"] == "interception" and act is not None:
            # "واسقطت الدفاعات اثنتين منها": the downed weapons are the last attack's, where it struck
            # (also when told at the area around it: "… شمال دير الزور" after an attack on Conoco).
            if not row.get("place") or contains_place(str(row["place"]), str(act.get("place") or "")):
                row.update({k: act[k] for k in _PLACE_FIELDS})
            row["weapon"] = row.get("weapon") or act.get("weapon", "")
        elif row["type"] != "interception" and row.get("place"):
            act = row
        if row.get("date"):
            last = row if len(str(row["date"])) == 10 else None
        elif last is not None and not row.get("series") and not row.get("past") and not timed:
            row["context"] = {k: last[k] for k in _DATE_FIELDS}


def apply_context(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Date the acts still undated by the day kept in ``context`` (see :func:`date_from_context`).

    An attack and the interception of its weapons at the same place are one incident told twice: when
    only one of them is dated, the other takes its day, and so does an undated claim at that place (a
    claim is dated by its act); an interception dated only by its report takes its attack's (:mod:`rasd.speech_twins`).
    """
    for row in rows:
        context = row.pop("context", None)
        if context and not row.get("date"):
            row.update(context)
    for row in rows:
        if row["type"] not in _ONE_ACT | {"claim"} or row.get("date") or not row.get("place"):
            continue
        twins = [
            r for r in rows if r["type"] in _ONE_ACT and r["type"] != row["type"] and r.get("place") == row["place"]
        ]
        if len(twins) == 1 and _precision(str(twins[0].get("date") or "")) == 2:
            row.update({k: twins[0][k] for k in _DATE_FIELDS})
    return date_speech_twins(rows, contains_place)


@cache
def _beside() -> dict[str, str]:
    """Canonical town name -> canonical base beside it, and back (``مدينة الشدادي`` and ``الشدادي``)."""
    rows = list(place_rows())
    names = {str(r["id"]): str(r["canonical"]) for r in rows}
    pairs = [(str(r["canonical"]), names.get(str(r.get("related") or ""), "")) for r in rows]
    return {a: b for a, b in pairs if b} | {b: a for a, b in pairs if b}


def _retold_at_base(told: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """An undated act told again at the base beside the town it was told at, or at the town around its base.

    ``تعرضت القاعدة في مدينة الشدادي لقصف صاروخي. وقالت المصادر إن قذائف استهدفت القاعدة
    الأمريكية في الشدادي``: the definite base noun takes up the base already told, with the
    same weapon (or none), so the town and its base are one incident here; so is ``القاعدة التي
    تتواجد في أربيل`` after an act on the base of Harir.
    """
    if told["type"] != row["type"] or told.get("date") or row.get("date"):
        return False
    place, new = str(told.get("place") or ""), str(row.get("place") or "")
    at_base = _place_info().get(place, ("",))[0] in _CLAIMED_PLACES
    if not row.get("target") or not (_beside().get(place) == new or (at_base and contains_place(new, place))):
        return False
    wa, wb = set(str(told.get("weapon") or "").split("+")) - {""}, set(str(row.get("weapon") or "").split("+")) - {""}
    return (not wa or not wb or bool(wa & wb)) and _points_back(str(row["target"]))


def _points_back(target: str) -> bool:
    """The target names no new position: none, or its first target noun is definite (``القاعدة``, ``الموقع``).

    The subject may come first (``استهدفت طائرتان مسيرتان القاعدة التي …``).
    """
    words = _WORD.findall(normalize_str(target))
    noun = next((w for w in words if is_word(w, "target_nouns")), None)
    return not words or (noun is not None and noun.startswith("ال"))


def claimed_attacks(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the attack a claim tells, when the article tells no attack at that place.

    ``أعلنت المقاومة أنها ضربت قاعدة حرير`` is a claim and, through it, an attack on
    Harir: the attack row keeps the claim's actor, day and evidence, and ``claimed`` true.
    """
    rows = place_pointing_claims(continued_claims(unclaim_denied(rows)))  # "وتبنت … استهداف القاعدة", "وقالت إن …"
    out = list(rows)
    for i, row in enumerate(rows):
        if row["type"] != "claim" or _place_info().get(row.get("place") or "", ("",))[0] not in _CLAIMED_PLACES:
            continue
        if any(r["type"] in _ONE_ACT and r.get("place") == row["place"] for r in out):
            continue
        told = _unplaced_attack_after(rows, i)
        if told is not None:
            told.update({k: row.get(k) for k in _PLACE_FIELDS})  # "أفادت مصادر بوقوع هجوم استهدف القاعدة"
            continue
        out.append({**row, "type": "attack", "claimed": True})
    return out


def _unplaced_attack_after(rows: list[dict[str, Any]], i: int) -> dict[str, Any] | None:
    """The attack told right after the claim ``rows[i]`` when it names no place and no other day.

    ``تبنت الفصائل هجوماً على قاعدة حرير. وكانت مصادر أفادت بوقوع هجوم استهدف القاعدة``: the
    attack pointing back to the base is the claimed attack, told again.
    """
    nxt = rows[i + 1] if i + 1 < len(rows) else None
    if nxt is None or nxt["type"] != "attack" or nxt.get("place") or not _points_back(str(nxt.get("target") or "")):
        return None
    day, claim_day = str(nxt.get("date") or ""), str(rows[i].get("date") or "")
    return nxt if not day or day == claim_day else None
