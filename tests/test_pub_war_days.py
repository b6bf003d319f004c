"""The day count of a war as a publication date (:mod:`rasd.pub_war_days`) and its data file."""

import datetime as dt

import pytest

from rasd.lexicon import load_yaml
from rasd.pub_war_days import infer_war_day_published, load_wars
from rasd.text import normalize_str
from tests.cases.war_day_cases import WAR_DAY_PUB_CASES


@pytest.mark.parametrize("paragraphs, iso, origin", WAR_DAY_PUB_CASES)
def test_war_day_published(paragraphs, iso, origin):
    assert infer_war_day_published(list(paragraphs)) == iso, origin


def test_war_data_is_normalised_and_sourced():
    data = load_yaml("war_days.yaml")
    for entry in data["wars"]:
        assert entry["source"].startswith("https://")
        dt.date.fromisoformat(entry["start"])
        assert all(k == normalize_str(k) for k in entry["keys"]), entry["id"]
    wars, max_days = load_wars()
    assert len(wars) == len(data["wars"]) and max_days > 0
