"""Tests of rasd.undated_weekday_year: a yearless day naming its weekday, on an undated page with no full date.

Origins: press = a form seen in Arabic news pages that print no publication date
(search corpus, session-28 real set), in a sentence of our own; trap = a near miss that
must stay unresolved. Calendar notes: 4 January 2024 and 19 October 2023 are Thursdays,
20 October 2023 a Friday.
"""

import pytest

from rasd.dates import find_dates
from rasd.text import normalize
from rasd.undated_weekday_year import place_weekday_years

CASES = [
    # (form, origin, text, expression, expected iso; "" = left unresolved)
    # --- session 28: the weekday fixes the year within the era's window (press)
    ("era-window", "press", "قال مسؤول إن مسيرة استهدفت قاعدة عين الأسد يوم الخميس 4 يناير، وسط هجمات متواصلة منذ طوفان الأقصى",
     "يوم الخميس 4 يناير", "2024-01-04"),
    ("printed-month-window", "press", "أسقطت الدفاعات مسيرتين فجر الجمعة 20 تشرين الأول، بعد هجمات بدأت في أيلول 2023",
     "فجر الجمعة 20 تشرين الأول", "2023-10-20"),
    ("relative-weekday-date", "press", "قالت الفصائل أمس الخميس 19 تشرين الأول إنها هاجمت قاعدة، في ذروة معركة طوفان الأقصى",
     "أمس الخميس 19 تشرين الأول", "2023-10-19"),
    # --- session 28: traps: no window, a weekday no year of the window has, no weekday
    ("no-window-trap", "trap", "أسقطت الدفاعات مسيرتين فجر الجمعة 20 تشرين الأول قرب قاعدة التنف", "فجر الجمعة 20 تشرين الأول", ""),
    ("wrong-weekday-trap", "trap", "أسقطت الدفاعات مسيرتين فجر السبت 20 تشرين الأول، بعد هجمات بدأت في أيلول 2023",
     "فجر السبت 20 تشرين الأول", ""),
    ("no-weekday-trap", "trap", "أسقطت الدفاعات مسيرتين في 20 تشرين الأول، وسط هجمات متواصلة منذ طوفان الأقصى", "20 تشرين الأول", ""),
    # --- session 29: a serving US or Syrian office-holder, or the tally «منذ 17 تشرين الأول», gives the window (press|trap)
    ("defense-secretary-window", "press", "حذر وزير الدفاع الأمريكي لويد أوستن بعد مسيرة ضربت قاعدة التنف يوم الخميس 4 يناير",
     "يوم الخميس 4 يناير", "2024-01-04"),
    ("syrian-president-window", "press", "زار الرئيس السوري أحمد الشرع دير الزور يوم الأحد 18 أيار بعد انسحاب قوات أمريكية",
     "يوم الأحد 18 أيار", "2025-05-18"),
    ("tally-window", "press", "سقطت مسيرة على قاعدة التنف يوم الخميس 4 يناير، في الهجوم الـ130 على القوات الأمريكية منذ 17 تشرين الأول",
     "يوم الخميس 4 يناير", "2024-01-04"),
    ("former-holder-trap", "trap", "قال وزير الدفاع الأمريكي السابق مارك إسبر إن مسيرة ضربت قاعدة التنف يوم الخميس 4 يناير",
     "يوم الخميس 4 يناير", ""),
]


@pytest.mark.parametrize("form,origin,text,expr,iso", CASES)
def test_place_weekday_years(form, origin, text, expr, iso):
    nt = normalize(text)
    found = place_weekday_years(nt, find_dates(nt, None))
    got = {d.expr: d.iso for d in found}
    assert got[expr] == iso
