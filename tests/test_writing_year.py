"""Tests of rasd.writing_year: the year of writing a relative year glossed with its number states.

Origins: press = a form of Arabic news pages that print no date (the «العام الماضي 2023»
kind the annotators read the year of writing from), in sentences of our own; trap = a near
miss that states nothing.
"""

import pytest

from rasd.writing_year import stated_writing_years

CASES = [
    # (origin, text, years of writing)
    # --- session 30: «العام/السنة + hint + year» and «هذا العام + year» state the year of writing (press|trap) ---
    ("press", "وتعرضت القاعدة لهجمات كثيرة في العام الماضي 2023.", {2024}),
    ("press", "وتتواصل الهجمات منذ مطلع العام الجاري 2024.", {2024}),
    ("press", "وارتفع عدد الجنود خلال هذا العام (2025) إلى ألفين.", {2025}),
    ("press", "وكانت القوات قد انسحبت في نهاية السنة الماضية 2021.", {2022}),
    ("press", "ومن المقرر أن تغادر القوات في العام المقبل 2026.", {2025}),
    ("press", "وبلغت الهجمات ذروتها في العام قبل الماضي 2022.", {2024}),
    ("trap", "وتأسست الهيئة في العام 2014 لمحاربة التنظيم.", set()),
    ("trap", "وشهد العام الماضي 300 هجوم على القواعد.", set()),
    ("trap", "وقال إن العام الماضي كان الأصعب منذ 2019.", set()),
]


@pytest.mark.parametrize("origin,text,years", CASES)
def test_stated_writing_years(origin, text, years):
    assert stated_writing_years([text]) == years, origin
