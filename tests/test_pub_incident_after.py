"""A follow-up page's «اليوم + weekday» dated from the lede's known incident (:mod:`rasd.pub_incident_after`)."""

import pytest

from rasd.pub_incident_after import infer_followup_incident_published
from tests.cases.incident_cases import INCIDENT_FOLLOWUP_PUB_CASES


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_FOLLOWUP_PUB_CASES)
def test_followup_incident_published(paragraphs, iso, origin):
    assert infer_followup_incident_published(list(paragraphs)) == iso


def test_followup_needs_paragraphs():
    assert infer_followup_incident_published([]) == ""
