"""The date anchor of a well-known incident (:mod:`rasd.pub_incident`) and its data file."""

import datetime as dt
import json

import pytest

from rasd.corpus import read_corpus
from rasd.incident_rows import date_incident_rows, date_stable_mentions
from rasd.lexicon import load_yaml
from rasd.pub_incident import (
    date_incident_events,
    date_incident_mentions,
    infer_incident_published,
    load_incidents,
    matching_incidents,
)
from rasd.pub_incident_bare import (
    infer_bare_incident_published,
    infer_dayless_incident_published,
    infer_plain_incident_published,
)
from rasd.pub_incident_day import infer_told_incident_published
from rasd.text import normalize_str
from rasd.told_incident_dates import date_told_mentions
from tests.cases.incident_cases import (
    INCIDENT_BARE_PUB_CASES,
    INCIDENT_DAYLESS_KNOWN_FAILURES,
    INCIDENT_DAYLESS_PUB_CASES,
    INCIDENT_EVENT_CASES,
    INCIDENT_EVENT_TYPED_CASES,
    INCIDENT_MENTION_CASES,
    INCIDENT_NIGHT_ROW_CASES,
    INCIDENT_PLAIN_PUB_CASES,
    INCIDENT_PRESENT_CASES,
    INCIDENT_PUB_CASES,
    INCIDENT_ROW_CASES,
    INCIDENT_STABLE_CASES,
    INCIDENT_TOLD_MENTION_CASES,
    INCIDENT_TOLD_PUB_CASES,
)


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_PUB_CASES)
def test_incident_published(paragraphs, iso, origin):
    assert infer_incident_published(list(paragraphs)) == iso


@pytest.mark.parametrize("paragraphs, sentence, date, origin", INCIDENT_EVENT_CASES)
def test_incident_event_date(paragraphs, sentence, date, origin):
    rows = date_incident_events(list(paragraphs), [{"sentence": sentence, "date": ""}])
    assert rows[0]["date"] == date


@pytest.mark.parametrize("paragraphs, kind, sentence, date, origin", INCIDENT_EVENT_TYPED_CASES)
def test_incident_event_type(paragraphs, kind, sentence, date, origin):
    rows = date_incident_events(list(paragraphs), [{"type": kind, "sentence": sentence, "date": ""}])
    assert rows[0]["date"] == date


@pytest.mark.parametrize("row, date, origin", INCIDENT_NIGHT_ROW_CASES)
def test_incident_night_row(row, date, origin):
    kind, place, target, sentence, expr, before = row
    rows = [{"type": kind, "place": place, "target": target, "sentence": sentence, "date_expr": expr, "date": before}]
    assert date_incident_rows([], rows)[0]["date"] == date


@pytest.mark.parametrize("text, expr, iso, origin", INCIDENT_MENTION_CASES)
def test_incident_mention_date(text, expr, iso, origin):
    row = {"expr": expr, "iso": "", "start": text.index(expr)}
    assert date_incident_mentions([text], text, [row])[0]["iso"] == iso


@pytest.mark.parametrize("paragraphs, row, date, origin", INCIDENT_ROW_CASES)
def test_incident_row_date(paragraphs, row, date, origin):
    kind, place, target, sentence = row
    rows = [{"type": kind, "place": place, "target": target, "sentence": sentence, "date": ""}]
    assert date_incident_rows(list(paragraphs), rows)[0]["date"] == date


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_TOLD_PUB_CASES)
def test_told_incident_published(paragraphs, iso, origin):
    assert infer_told_incident_published(list(paragraphs)) == iso


@pytest.mark.parametrize("paragraphs, expr, iso, origin", INCIDENT_STABLE_CASES)
def test_incident_stable_mention(paragraphs, expr, iso, origin):
    text = "\n".join(paragraphs)
    row = {"expr": expr, "iso": "", "start": text.index(expr)}
    assert date_stable_mentions(list(paragraphs), text, [row])[0]["iso"] == iso


@pytest.mark.parametrize("text, expr, iso, origin", INCIDENT_TOLD_MENTION_CASES)
def test_told_incident_mention(text, expr, iso, origin):
    row = {"expr": expr, "iso": "", "start": text.index(expr)}
    assert date_told_mentions(text, [row])[0]["iso"] == iso


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_BARE_PUB_CASES)
def test_bare_incident_published(paragraphs, iso, origin):
    assert infer_bare_incident_published(list(paragraphs)) == iso


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_DAYLESS_PUB_CASES)
def test_dayless_incident_published(paragraphs, iso, origin):
    assert infer_dayless_incident_published(list(paragraphs)) == iso


@pytest.mark.xfail(strict=True, reason="an elapsed span after the incident («قبل عامين») is not read as background")
@pytest.mark.parametrize("paragraphs, iso, reason", INCIDENT_DAYLESS_KNOWN_FAILURES)
def test_dayless_incident_known_failures(paragraphs, iso, reason):
    assert infer_dayless_incident_published(list(paragraphs)) == iso


@pytest.mark.parametrize("paragraphs, iso, origin", INCIDENT_PLAIN_PUB_CASES)
def test_plain_incident_published(paragraphs, iso, origin):
    assert infer_plain_incident_published(list(paragraphs)) == iso


def test_incidents_are_well_formed():
    data = load_yaml("known_incidents.yaml")
    ids = [e["id"] for e in data["incidents"]]
    assert len(ids) == len(set(ids)) == len(load_incidents())
    for entry in data["incidents"]:
        assert dt.date(2019, 1, 1) <= dt.date.fromisoformat(entry["date"]) <= dt.date(2026, 12, 31), entry["id"]
        assert entry["source"].startswith("https://"), entry["id"]
        keys = [*entry["places"], *(k for group in entry["keys"].values() for k in group)]
        assert all(normalize_str(k) == k for k in keys), entry["id"]
    assert all(normalize_str(c) == c for c in data["background_cues"])
    assert all(normalize_str(c) == c for c in data["likeness_cues"])
    assert all(normalize_str(c) == c for c in data["anniversary_cues"])
    assert {e["type"] for e in data["incidents"]} <= {"attack", "us_strike", "interception", "claim", "threat", "visit", "other"}


def test_incident_date_is_the_last_source(tmp_path):
    text = "قتل ثلاثة جنود أمريكيين أمس الأحد بمسيرة استهدفت موقعا في شمال شرقي الأردن."
    (tmp_path / "a.json").write_text(json.dumps({"text": text}, ensure_ascii=False), encoding="utf-8")
    frame, _ = read_corpus(tmp_path)
    assert (frame.iloc[0]["published"], frame.iloc[0]["published_source"]) == ("2024-01-29", "inferred_incident")


@pytest.mark.parametrize("text, ids, origin", INCIDENT_PRESENT_CASES)
def test_incident_told_as_present(text, ids, origin):
    assert {inc.id for inc in matching_incidents(text)} == ids
