"""Salvos told twice: a weapon figure repeated later in an article counts no new weapons.

The press retells a salvo: the lead says ``استهدفت قاعدة في سوريا بـ8 قذائف صاروخية`` and
a later paragraph ``تعرضت لـ8 قذائف صاروخية أطلقت باتجاه قاعدة القرية الخضراء``; a second
agency's account gives the same number again (``4 صواريخ سقطت حول القاعدة``). A weapon
figure with the count and unit of an earlier row is that salvo retold, unless the two name
different places (``بطائرتين`` on one base, ``بمسيرتين`` on another) or the later one is
dated on a day of its own (``هجوم مماثل … إذ أغارت ثلاث طائرات في 19 أكتوبر``); a first
telling with no date is of the day of publication (``اليوم``). The
retelling may name the place more precisely: the row then takes its scope. A figure of the
whole region («تعرضت للهجوم 165 مرة منذ بدء التصعيد في المنطقة») may retell one of Iraq and
Syria («165 هجوما في العراق وسوريا»).

A tally of attacks is retold the same way (``استهدفت بـ55 هجوما على مدى الشهر الماضي``, then
``رصدنا منذ 17 تشرين الأول 55 هجوما``): a figure of at least ``tally_min_count`` attacks or
operations with the count of an earlier row is that tally, unless the two sentences date it to
different months (the month a tally counts from, ``منذ 17 تشرين الأول``, is not one of them) (``39 هجوما في كانون الثاني … 10 على قاعدة العمر``, ``في شباط … 10 على
قاعدة العمر``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.attack_nouns import WEAPON_UNITS
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import place_rows
from rasd.lexicon import load_yaml

__all__ = ["find_retold_row", "sentence_day", "sentence_months"]


@cache
def _tally_settings() -> tuple[frozenset[str], int]:
    data = load_yaml("attack_context.yaml")
    return frozenset(data["tally_units"]), int(data["tally_min_count"])


@cache
def _base_countries() -> dict[str, str]:
    return {r["canonical"]: r["country"] for r in place_rows() if r["type"] in {"base", "airport"}}


def _countries(scope: str) -> frozenset[str]:
    """Countries a scope lies in (a base lies in its country; ``region`` and ``""`` in none)."""
    if scope.startswith("base:"):
        country = _base_countries().get(scope[5:], "")
        return frozenset({country} if country else ())
    return frozenset(p for p in scope.split("+") if p and p != "region")


def _compatible(old: str, new: str) -> bool:
    """True when two scopes may name the same place (one within the other, or one unknown).

    ``region`` (the Middle East, «في المنطقة») holds every country of the theatre, so it is
    compatible with any country scope, though not with a base.
    """
    if not old or not new or old == new:
        return True
    if old.startswith("base:") and new.startswith("base:"):
        return False
    if "region" in (old, new):
        return not old.startswith("base:") and not new.startswith("base:")
    a, b = _countries(old), _countries(new)
    return bool(a & b) and (a <= b or b <= a)


def _narrower(old: str, new: str) -> str:
    """The more precise of two compatible scopes (an unknown one or ``region`` is never more precise)."""
    if not new or new == "region":
        return old
    if not old or old == "region" or new.startswith("base:"):
        return new
    if old.startswith("base:"):
        return old
    return new if len(_countries(new)) < len(_countries(old)) else old


def sentence_months(doc: Doc, sent: DocSentence) -> frozenset[str]:
    """Months (``YYYY-MM``) the dates of the sentence fall in."""
    return frozenset(d.iso[:7] for d in doc.within(doc.dates, sent) if d.iso and "/" not in d.iso)


def _retold_tally(old: dict[str, Any], row: dict[str, Any]) -> bool:
    """True when ``row`` tells again the tally of attacks of ``old`` (see module doc)."""
    units, least = _tally_settings()
    if row["unit"] not in units or row["count"] < least or old["sentence"] == row["sentence"]:
        return False
    if (old["count"], old["unit"]) != (row["count"], row["unit"]) or not _compatible(old["scope"], row["scope"]):
        return False
    a, b = _tally_months(old), _tally_months(row)
    return not a or not b or bool(a & b)


def _tally_months(row: dict[str, Any]) -> frozenset[str]:
    """Months a tally's sentence dates it to, without the month it counts from (``منذ 17 تشرين الأول``)."""
    since = (row.get("since") or "")[:7]
    return frozenset(m for m in row.get("_months", frozenset()) if m != since)


def sentence_day(doc: Doc, sent: DocSentence) -> str:
    """ISO day of the first date of the sentence given to the day, or ``""``."""
    for d in doc.within(doc.dates, sent):
        if d.precision == "day" and d.iso and "/" not in d.iso:
            return d.iso
    return ""


def find_retold_row(rows: list[dict[str, Any]], row: dict[str, Any], day: str) -> dict[str, Any] | None:
    """The earlier row whose salvo ``row`` retells, with its scope made precise, or None.

    Args:
        rows: Rows of the article so far, each with a ``_day`` key: the day its sentence
            is dated to (see :func:`sentence_day`), else the day of publication.
        row: A new row, not yet added.
        day: ISO day its sentence is dated to, or ``""``.

    Returns:
        The earlier row (its ``scope`` narrowed to the retelling's when that is more
        precise), or None when ``row`` is a figure of its own.
    """
    if row["unit"] not in WEAPON_UNITS:
        old = next((r for r in rows if _retold_tally(r, row)), None)
        if old is not None:
            old["scope"], old["since"] = _narrower(old["scope"], row["scope"]), old["since"] or row["since"]
        return old
    for old in rows:
        if (old["count"], old["unit"]) != (row["count"], row["unit"]) or old["sentence"] == row["sentence"]:
            continue
        if (day and day != old["_day"]) or not _compatible(old["scope"], row["scope"]):
            continue
        old["scope"] = _narrower(old["scope"], row["scope"])
        return old
    return None
