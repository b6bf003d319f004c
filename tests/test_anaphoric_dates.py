"""Tests of rasd.anaphoric_dates: dates a text fixes from another date it prints (undated pages, and
phrases pointing back on dated pages).

The cases are in tests/cases/anaphoric_cases.py (one per line, with their origin).
"""

import datetime as dt

import pytest

from rasd.anaphoric_dates import point_back_dated, resolve_anaphoric_dates
from rasd.dates import find_dates
from rasd.pipeline import extract_article
from rasd.text import normalize
from rasd.undated_anchor import anchor_undated
from tests.cases.anaphoric_cases import (
    ANAPHORIC_CASES,
    ANAPHORIC_XFAIL_CASES,
    DATED_ANAPHORIC_CASES,
)


@pytest.mark.parametrize("text,expr,iso,origin", ANAPHORIC_CASES, ids=[c[3][:40] for c in ANAPHORIC_CASES])
def test_anaphoric_date(text, expr, iso, origin):
    nt = normalize(text)
    found = resolve_anaphoric_dates(nt, anchor_undated(nt, find_dates(nt, None)))
    got = [d.iso for d in found if d.expr == expr]
    assert (got[0] if got else "") == iso


@pytest.mark.xfail(strict=True, reason="session 31: a month-year as the reference of yearless days, withdrawn (see the cases)")
@pytest.mark.parametrize("text,expr,iso,origin", ANAPHORIC_XFAIL_CASES, ids=[c[3][:40] for c in ANAPHORIC_XFAIL_CASES])
def test_anaphoric_date_known_failure(text, expr, iso, origin):
    test_anaphoric_date(text, expr, iso, origin)


@pytest.mark.parametrize(
    "text,published,expr,iso,origin", DATED_ANAPHORIC_CASES, ids=[c[4][:40] for c in DATED_ANAPHORIC_CASES]
)
def test_dated_anaphoric_date(text, published, expr, iso, origin):
    nt = normalize(text)
    found = point_back_dated(nt, find_dates(nt, dt.date.fromisoformat(published)))
    got = [d.iso for d in found if d.expr == expr]
    assert (got[0] if got else "") == iso


def test_dated_event_takes_the_day_pointed_back_to():
    article = {"article_id": "a", "text": "عنوان\nأصيب جنود يوم 18 أكتوبر في هجوم بمسيرة على قاعدة التنف.\n"
               "وفي اليوم ذاته، استهدفت مسيرة قاعدة عين الأسد.", "published": "2023-10-25"}
    out = extract_article(article)
    assert {(r["place"], r["date"]) for r in out["events"]} >= {("عين الأسد", "2023-10-18")}
    assert [r["expr"] for r in out["dates"]] == ["يوم 18 أكتوبر"]


def test_dated_text_keeps_its_mentions():
    article = {"article_id": "a", "text": "عنوان\nقصفت مسيرة القاعدة في 14 تشرين الثاني 2023. وفي اليوم التالي سقطت صواريخ",
               "published": "2023-11-20"}
    assert [r["expr"] for r in extract_article(article)["dates"]] == ["14 تشرين الثاني 2023"]


def test_event_of_the_phrase_takes_its_date():
    article = {"article_id": "a", "text": "عنوان\nاستهدفت الفصائل قاعدة التنف في 10 تشرين الثاني 2023. "
               "وفي الشهر نفسه ضربت واشنطن مواقع في البوكمال", "published": None}
    dates = {r["type"]: r["date"] for r in extract_article(article)["events"]}
    assert dates.get("us_strike") == "2023-11"
