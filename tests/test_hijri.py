"""Hijri dates of date lines converted to the Gregorian day (:mod:`rasd.hijri`)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.hijri import hijri_to_gregorian, read_hijri_date
from rasd.text import normalize_str

# --- session 27: the tabular Islamic calendar (civil epoch) (dev) ---
CONVERSIONS = [
    # (year, month, day, gregorian ISO or None)
    (1, 1, 1, "0622-07-19"),
    (1445, 1, 1, "2023-07-19"),
    (1444, 9, 1, "2023-03-23"),
    (1445, 6, 13, "2023-12-26"),
    (1445, 12, 30, "2024-07-07"),
    (1445, 13, 1, None),
    (1445, 6, 31, None),
]


@pytest.mark.parametrize("year,month,day,iso", CONVERSIONS)
def test_hijri_to_gregorian(year, month, day, iso):
    found = hijri_to_gregorian(year, month, day)
    assert (found.isoformat() if found else None) == iso
    assert found is None or isinstance(found, dt.date)


# --- session 27: a line that is only a Hijri date (press, trap) ---
LINES = [
    # (line, ISO or None, origin)
    ("13 جمادى الآخرة 1445هـ", "2023-12-26", "press: day, month, year and era mark glued"),
    ("الأحد 17 ربيع الآخر 1446 هـ", "2024-10-20", "press: the weekday moves the tabular day (Monday) back one"),
    ("الثلاثاء، 8 جمادى الأولى 1445 هـ", "2023-11-21", "press: weekday with a comma, tabular day fits"),
    ("5 من شعبان 1445 هجري", "2024-02-15", "press: «من» between day and month, the word هجري"),
    ("الجمعة 17 ربيع الآخر 1446 هـ", None, "trap: a weekday more than a day off"),
    ("جمادى الآخرة 1445هـ", None, "trap: a month without its day"),
    ("سقطت قذائف في 13 جمادى الآخرة 1445هـ", None, "trap: a Hijri date inside a sentence"),
]


@pytest.mark.parametrize("line,iso,origin", LINES)
def test_read_hijri_date(line, iso, origin):
    assert read_hijri_date(normalize_str(line)) == iso
