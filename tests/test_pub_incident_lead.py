"""The first paragraph's day dating the lede's known incident (:mod:`rasd.pub_incident_lead`)."""

import pytest

from rasd.pub_incident_lead import first_paragraph_offsets, infer_lead_day_incident_published
from tests.cases.incident_cases import INCIDENT_LEAD_PUB_CASES


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_LEAD_PUB_CASES)
def test_lead_day_incident_published(paragraphs, iso, origin):
    assert infer_lead_day_incident_published(list(paragraphs)) == iso


def test_first_paragraph_offsets_kinds():
    assert first_paragraph_offsets("قالت الوزارة الأربعاء إن الضربة نجحت.", 2) == {None}
    assert first_paragraph_offsets("قالت الوزارة أمس الأربعاء إن الضربة نجحت.", 2) == {-1}
    assert first_paragraph_offsets("قالت الوزارة إن ضربة الأربعاء الماضي نجحت.", 2) == {1}
    assert first_paragraph_offsets("قالت الوزارة الخميس إن الضربة نجحت.", 2) == set()
