"""Salvos told twice: a weapon figure repeated later in an article counts no new weapons.

The press retells a salvo: the lead says ``استهدفت قاعدة في سوريا بـ8 قذائف صاروخية`` and
a later paragraph ``تعرضت لـ8 قذائف صاروخية أطلقت باتجاه قاعدة القرية الخضراء``; a second
agency's account gives the same number again (``4 صواريخ سقطت حول القاعدة``). A weapon
figure with the count and unit of an earlier row is that salvo retold, unless the two name
different places (``بطائرتين`` on one base, ``بمسيرتين`` on another) or the later one is
dated on a day of its own (``هجوم مماثل … إذ أغارت ثلاث طائرات في 19 أكتوبر``); a first
telling with no date is of the day of publication (``اليوم``). The
retelling may name the place more precisely: the row then takes its scope.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.attack_nouns import WEAPON_UNITS
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import place_rows

__all__ = ["find_retold_row", "sentence_day"]


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
    """True when two scopes may name the same place (one within the other, or one unknown)."""
    if not old or not new or old == new:
        return True
    if old.startswith("base:") and new.startswith("base:"):
        return False
    a, b = _countries(old), _countries(new)
    return bool(a & b) and (a <= b or b <= a)


def _narrower(old: str, new: str) -> str:
    """The more precise of two compatible scopes."""
    if not old or new.startswith("base:"):
        return new
    if old.startswith("base:"):
        return old
    return new if len(_countries(new)) < len(_countries(old)) else old


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
        return None
    for old in rows:
        if (old["count"], old["unit"]) != (row["count"], row["unit"]) or old["sentence"] == row["sentence"]:
            continue
        if (day and day != old["_day"]) or not _compatible(old["scope"], row["scope"]):
            continue
        old["scope"] = _narrower(old["scope"], row["scope"])
        return old
    return None
