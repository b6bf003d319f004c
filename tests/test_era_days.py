"""Tests of rasd.era_days: yearless days an undated text places by the era it names.

The cases are in tests/cases/era_day_cases.py (one per line, with their origin).
"""

import pytest

from rasd.doc import build_doc
from rasd.lexicon import load_yaml
from rasd.text import normalize_str
from tests.cases.era_day_cases import ERA_DAY_CASES


@pytest.mark.parametrize("text,expr,iso,origin", ERA_DAY_CASES, ids=[c[3][:40] for c in ERA_DAY_CASES])
def test_era_day(text, expr, iso, origin):
    doc = build_doc({"article_id": "a", "text": "عنوان\n" + text, "published": None})
    got = [d.iso for d in doc.dates if d.expr == expr]
    assert (got[0] if got else "") == iso


def test_dated_text_is_left_to_the_publication_date():
    text = "عنوان\nأحصى البنتاغون 120 هجوما على قواته منذ 17 أكتوبر الماضي"
    doc = build_doc({"article_id": "a", "text": text, "published": "2024-03-01"})
    assert [d.iso for d in doc.dates] == ["2023-10-17"]


def test_era_day_cues_are_normalised():
    keys = [k for e in load_yaml("era_days.yaml")["days"] for group in e["cues"] for k in group]
    assert keys and [k for k in keys if normalize_str(k) != k] == []
