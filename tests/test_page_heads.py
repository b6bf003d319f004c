"""Opening lines of real pages: datelines, glued stamps, ledes, section labels, dated openings."""

from __future__ import annotations

import json

import pytest

from rasd.corpus import read_corpus
from rasd.page_heads import find_lede_date
from rasd.pub_infer import infer_published
from rasd.structure import analyse_text
from tests.cases.page_head_cases import (
    HEADLINE_CASES,
    INFER_CASES,
    KIND_CASES,
    LEDE_DATE_CASES,
    PRIORITY_CASES,
    PUBLISHED_CASES,
)


@pytest.mark.parametrize("text, headline, origin", HEADLINE_CASES)
def test_headline(text, headline, origin):
    assert analyse_text(text).headline == headline


@pytest.mark.parametrize("text, line, kind, origin", KIND_CASES)
def test_line_kind(text, line, kind, origin):
    assert [p.kind for p in analyse_text(text).paragraphs if p.text == line] == [kind]


@pytest.mark.parametrize("text, published, origin", PUBLISHED_CASES)
def test_published(tmp_path, text, published, origin):
    (tmp_path / "a.json").write_text(json.dumps({"text": text}, ensure_ascii=False), encoding="utf-8")
    frame, _ = read_corpus(tmp_path)
    assert (frame.iloc[0]["published"] or "") == published


@pytest.mark.parametrize("text, date_field, url, published, source, origin", PRIORITY_CASES)
def test_published_priority(tmp_path, text, date_field, url, published, source, origin):
    record = {"text": text} | ({"date": date_field} if date_field else {}) | ({"url": url} if url else {})
    (tmp_path / "a.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    frame, _ = read_corpus(tmp_path)
    assert (frame.iloc[0]["published"], frame.iloc[0]["published_source"]) == (published, source)


@pytest.mark.parametrize("paragraphs, iso, origin", LEDE_DATE_CASES)
def test_lede_date(paragraphs, iso, origin):
    assert find_lede_date(paragraphs) == iso


@pytest.mark.parametrize("paragraphs, iso, origin", INFER_CASES)
def test_infer_published(paragraphs, iso, origin):
    assert infer_published(paragraphs) == iso
