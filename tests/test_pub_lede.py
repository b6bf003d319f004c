"""The publication date read from the day a lede's statement is dated with, or from a yearless «اليوم + weekday»."""

from __future__ import annotations

import pytest

from rasd.pub_lede import infer_statement_published
from rasd.pub_yearless import infer_yearless_published
from tests.cases.page_head_cases import STATEMENT_PUB_CASES, YEARLESS_PUB_CASES


@pytest.mark.parametrize("paragraphs, iso, origin", STATEMENT_PUB_CASES)
def test_statement_published(paragraphs, iso, origin):
    assert infer_statement_published(paragraphs) == iso, origin


@pytest.mark.parametrize("paragraphs, iso, origin", YEARLESS_PUB_CASES)
def test_yearless_published(paragraphs, iso, origin):
    assert infer_yearless_published(paragraphs) == iso, origin
