"""The session-16 speed-ups change nothing: each equals the plain reading it replaces.

* ``rasd.datewalk`` no longer takes a word of digits alone as a date anchor when no
  form reads it first (3 digits, 5 and more, 4 digits that are not a year nor open
  ``2023-11-13``): every position where the date regex matches is still a candidate,
  and ``find_dates`` finds what the plain scan of every position finds.
* ``find_dates`` walks the candidate positions directly (no stretches of one position).
"""

from __future__ import annotations

import datetime as dt

import pytest

import rasd.dates
from rasd.dates import find_dates
from rasd.datescan import DATE_RE
from rasd.datewalk import candidate_starts
from rasd.text import normalize

# One case per line: a text around a number, where the form comes from.
NUMBER_CASES = [
    ("قتل 900 مدني منذ 100 يوم", "press"),  # 3 digits: a count, then a duration count
    ("قتل 2500 جندي في 27 اكتوبر 2023", "press"),  # 4 digits that are not a year
    ("وصل نحو 12345 لاجئ في العام 2024", "dev"),  # 5 digits
    ("في 2500", "trap"),  # a preposition before a number that is no year
    ("في 1990 وفي 2023 وفي 2199", "dev"),  # years: 1xxx, 20xx, 21xx
    ("في 2023-11-13 و2500-01-05", "dev"),  # a numeric date opens with 4 digits
    ("في 2500/01/05 و2500.01.05", "dev"),  # the other separators of the numeric form
    ("حتي 300 يوم و(900) صاروخ", "trap"),  # a number in brackets
    ("منذ نحو 150 عاما", "press"),  # a count of years with an approximator
    ("في 5 رمضان 1445 هـ", "press"),  # a Hijri date and its year
    ("رمضان 900", "dev"),  # a Hijri month and a 3-digit year
    ("ب2500 دولار في 900م", "trap"),  # digits glued to a letter stay anchors
    ("12/10/2500 و 2500 ,12 تموز", "dev"),  # a 4-digit year after a numeric day and month
    ("السابع 900 من اكتوبر", "trap"),  # an ordinal's free words may hold digits
]


@pytest.mark.parametrize(("text", "source"), NUMBER_CASES)
def test_candidates_hold_every_match_around_numbers(text, source):
    norm = normalize(text).norm
    matches = {p for p in range(len(norm)) if DATE_RE.match(norm, p)}
    assert matches <= set(candidate_starts(norm))


@pytest.mark.parametrize("published", [None, dt.date(2024, 1, 15)])
def test_find_dates_around_numbers_equals_plain_scan(monkeypatch, published):
    texts = [text for text, _ in NUMBER_CASES]
    fast = [find_dates(t, published) for t in texts]
    monkeypatch.setattr(rasd.dates, "_try_positions", lambda norm: range(len(norm)))
    assert fast == [find_dates(t, published) for t in texts]
    assert sum(map(len, fast)) >= 5


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("قتل 900 مدني", "900"),  # 3 digits
        ("قتل 2500 جندي", "2500"),  # 4 digits, no year
        ("وصل 12345 لاجئ", "12345"),  # 5 digits
    ],
)
def test_numbers_no_form_reads_first_are_not_candidates(text, dropped):
    norm = normalize(text).norm
    assert norm.index(dropped) not in candidate_starts(norm)


@pytest.mark.parametrize("text", ["في 2023", "في 2500-01-05", "في 25", "ب2500"])
def test_numbers_a_form_may_read_first_stay_candidates(text):
    norm = normalize(text).norm
    digit = next(i for i, ch in enumerate(norm) if ch.isdigit())
    start = norm.rfind(" ", 0, digit) + 1
    assert start in candidate_starts(norm)
