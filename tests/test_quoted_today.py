"""Tests of rasd.quoted_today: a quoted «اليوم» of a statement made the day before publication.

Origins: press = a form seen in Arabic news pages published the morning after the
events they report (search corpus; dt21/heldout8 real sets), in a sentence of our
own; trap = a near miss that must keep the publication day. Calendar notes:
2024-02-03 is a Saturday (publication), 2024-02-02 a Friday.
"""

import datetime as dt

import pytest

from rasd.dates import find_dates
from rasd.quoted_today import shift_quoted_today
from rasd.text import normalize, split_sentences

PUB = dt.date(2024, 2, 3)

CASES = [
    # (form, origin, text, expression, expected iso)
    # --- session 23: the statement's day is named just before the quote
    ("quote-after-weekday", "press",
     'نفذت القوات الجمعة ضربات على مواقع عدة. وقال الرئيس في بيان: "بدأ ردنا اليوم وسيستمر".',
     "اليوم", "2024-02-02"),
    ("quote-dawn-after-night", "press",
     'دمرت صواريخ ليل الخميس-الجمعة مستودعا. ونقلت الوكالة عن مصدر قوله إن "العدوان وقع فجر اليوم".',
     "فجر اليوم", "2024-02-02"),
    # --- session 23: traps
    ("quote-after-today-trap", "trap",
     'نفذت القوات اليوم ضربات. وقال الرئيس في بيان: "بدأ ردنا اليوم".', "اليوم", "2024-02-03"),
    ("unquoted-today-trap", "trap",
     "نفذت القوات الجمعة ضربات، وأعلن الجيش اليوم حصيلتها.", "اليوم", "2024-02-03"),
    ("quoted-today-weekday-trap", "trap",
     'نفذت القوات الجمعة ضربات. وقال المتحدث: "سنعلن النتائج اليوم السبت".', "اليوم السبت", "2024-02-03"),
    ("quote-far-from-weekday-trap", "trap",
     'نفذت القوات الجمعة ضربات. ثم عاد الهدوء. وتواصلت الاتصالات. وتحدث الوزير طويلا. وقال: "نراقب اليوم الوضع".',
     "اليوم", "2024-02-03"),
]


@pytest.mark.parametrize("form,origin,text,expr,iso", CASES)
def test_shift_quoted_today(form, origin, text, expr, iso):
    found = shift_quoted_today(split_sentences(text), find_dates(normalize(text), PUB), PUB)
    assert {d.expr: d.iso for d in found}[expr] == iso
