"""The publication date read from the day a lede's statement is dated with, or from a yearless «اليوم + weekday»."""

from __future__ import annotations

import pytest

from rasd.pub_lede import infer_statement_published
from rasd.pub_yearless import infer_yearless_published
from tests.cases.page_head_cases import STATEMENT_PUB_CASES, YEARLESS_PUB_CASES


@pytest.mark.parametrize("paragraphs, iso, origin", STATEMENT_PUB_CASES)
def test_statement_published(paragraphs, iso, origin):
    assert infer_statement_published(paragraphs) == iso, origin


# Traps of sessions 24-29 that the corpus years (2019-2026, data/news_eras.yaml) now resolve:
# with no year printed and no era, the one year of the window with that weekday is taken, as
# the annotators of the real sets do (session 30). Kept as known failures.
_CORPUS_YEARS = "session 30: the corpus years 2019-2026 now give the window; one year fits"
SUPERSEDED: dict[str, str] = {
    "trap: the Lebanese group's name is no era of the Iraqi campaign": _CORPUS_YEARS,
    "trap: a bare background year gives no window (12 February 2015 was a Thursday too)": _CORPUS_YEARS,
    "trap: no year printed and no era: the year is not known": _CORPUS_YEARS,
    "trap: a bare background year gives no window (19 October 2014 was a Sunday)": _CORPUS_YEARS,
    "trap: a former office-holder gives no window": _CORPUS_YEARS,
}


@pytest.mark.parametrize(
    "paragraphs, iso, origin",
    [
        pytest.param(*case, marks=[pytest.mark.xfail(reason=SUPERSEDED[case[2]])] if case[2] in SUPERSEDED else [])
        for case in YEARLESS_PUB_CASES
    ],
)
def test_yearless_published(paragraphs, iso, origin):
    assert infer_yearless_published(paragraphs) == iso, origin
