"""Tests of rasd.undated_anchor: yearless dates of an undated text placed by its latest full date.

Origins: press = a form seen in Arabic news pages that print no publication date
(search corpus, dt23 real set), in a sentence of our own; trap = a near miss that
must stay unresolved. Calendar notes: 2024-09-28 is a Saturday, 2024-01-05 a Friday.
"""

import pytest

from rasd.dates import find_dates
from rasd.text import normalize
from rasd.undated_anchor import anchor_undated

CASES = [
    # (form, origin, text, expression, expected iso; "" = left unresolved)
    # --- session 23: a weekday of an undated text is the last one on or before its latest full date
    ("weekday-same-day", "press", "هاجمت الفصائل يوم السبت 28 سبتمبر 2024 قاعدة، وقالت إنها هاجمت فجر السبت هدفا آخر",
     "فجر السبت", "2024-09-28"),
    ("weekday-earlier-in-week", "press", "أعلنت الجماعة السبت 28 سبتمبر 2024 هجوما، وكانت قد أعلنت فجر الأربعاء هجوما سابقا",
     "فجر الأربعاء", "2024-09-25"),
    ("weekday-before-tally-end", "press", "أسقطت الدفاعات الجمعة مسيرة، وبلغت الهجمات حتى الـ 5 يناير 2024 نحو ثمانين",
     "الجمعة", "2024-01-05"),
    # --- session 23: a yearless day and month takes the year nearest the latest full date
    ("day-month-same-year", "press", "سقطت صواريخ فجر الخميس 9 يناير 2020 بعد هجوم فجر الأربعاء 8 يناير على قاعدة",
     "فجر الأربعاء 8 يناير", "2020-01-08"),
    ("ordinal-day-later-full-date", "press", "بدأت المعارك في الثاني عشر من نيسان واستمرت حتى الرابع من تموز عام 2015",
     "الثاني عشر من نيسان", "2015-04-12"),
    ("day-month-previous-year", "press", "جاء الهجوم في 3 يناير 2020 بعد أسبوع من قصف وقع في 27 ديسمبر على القاعدة",
     "27 ديسمبر", "2019-12-27"),
    ("month-paired-alone", "press", "وقع الهجوم في 20 يناير 2024، وكانت الهجمات قد بدأت في أكتوبر (تشرين الأول) على القواعد",
     "أكتوبر (تشرين الأول)", "2023-10"),
    # --- session 23: a hint word does not choose the year (writing is on or after the latest printed date)
    ("day-month-hint-after-full-date", "press", "بدأت الحرب في 7 أكتوبر 2023، وتعرضت القواعد لهجمات منذ 17 تشرين الأول الماضي",
     "17 تشرين الأول الماضي", "2023-10-17"),
    ("day-month-hint-before-tweet-date", "press", "نشر المرصد صورة في February 20, 2024 بعد هجمات بدأت منذ 17 تشرين الأول الماضي",
     "17 تشرين الأول الماضي", "2023-10-17"),
    # --- session 23: traps: a weekday with a hint, a relative day, a text with no full date
    ("weekday-hint-trap", "trap", "وقع الهجوم في 7 أكتوبر 2023، ثم أعلن البنتاغون الثلاثاء الماضي حصيلة", "الثلاثاء الماضي", ""),
    ("relative-day-trap", "trap", "قال المصدر اليوم إن الهجوم وقع في 7 أكتوبر 2023", "اليوم", ""),
    ("no-full-date-trap", "trap", "تعرضت القواعد لهجمات من 17 تشرين الأول حتى 11 كانون الأول", "17 تشرين الأول", ""),
]


@pytest.mark.parametrize("form,origin,text,expr,iso", CASES)
def test_anchor_undated(form, origin, text, expr, iso):
    nt = normalize(text)
    found = anchor_undated(nt, find_dates(nt, None))
    got = {d.expr: d.iso for d in found}
    assert got[expr] == iso


def test_dated_text_is_unchanged():
    nt = normalize("هاجمت الفصائل يوم السبت 28 سبتمبر 2024 قاعدة")
    found = find_dates(nt, None)
    assert anchor_undated(nt, found) == found
