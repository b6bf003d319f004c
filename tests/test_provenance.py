"""Evidence HTML: the highlighted span is the extracted text, article text is always escaped.

Sentences are written for the tests (no article text).
"""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from rasd.provenance import evidence_html, evidence_table_html, show_evidence, span_in_sentence

MARK = re.compile(r"<mark>(.*?)</mark>", re.S)
SENTENCE = "قالت وزارة الدفاع إن 12 هجوماً استهدف القوات منذ الأسبوع الماضي."
ARTICLE = "عنوان تجريبي\n\n" + SENTENCE + " " + SENTENCE


def marked(out: str) -> str | None:
    found = MARK.findall(out)
    return html.unescape(found[0]) if found else None


@pytest.mark.parametrize("sentence, start, end, sentence_start, expected", [
    (SENTENCE, 21, 30, None, "12 هجوماً"),           # dev: sentence offsets
    (SENTENCE, 121, 130, 100, "12 هجوماً"),          # dev: article offsets with the sentence start
    (SENTENCE, 0, 4, None, "قالت"),                  # dev: span at the start
    (SENTENCE, 59, 64, None, "ماضي."),               # dev: span at the end (len 64)
    (SENTENCE, 5, 5, None, ""),                      # dev: empty span
    ("أطلقت <b>3</b> صواريخ", 6, 14, None, "<b>3</b>"),  # dev: markup inside the span
])
def test_highlighted_span_is_the_span_text(sentence, start, end, sentence_start, expected):
    out = evidence_html(sentence, start, end, sentence_start)
    assert marked(out) == expected
    assert out.startswith('<div class="rasd-evidence" dir="rtl" lang="ar"')
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == sentence


@pytest.mark.parametrize("sentence, start, end, sentence_start", [
    (SENTENCE, 50, 80, None),     # dev: span past the end of the sentence
    (SENTENCE, 21, 30, 100),      # dev: article offsets before the sentence
    (SENTENCE, None, 30, None),   # dev: missing start
    (SENTENCE, 30, 21, None),     # dev: reversed span
])
def test_span_outside_sentence_is_not_highlighted(sentence, start, end, sentence_start):
    out = evidence_html(sentence, start, end, sentence_start)
    assert "<mark>" not in out and 'title="span' in out


@pytest.mark.parametrize("sentence, start, end, article_id", [
    ("<script>alert(1)</script> قال المتحدث", 0, 8, ""),                  # dev: script tag
    ("قال المتحدث <img src=x onerror=alert(1)>", 12, 40, ""),             # dev: img onerror
    ("قال \"المتحدث\" 'الرسمي' <script>alert(1)</script>", 0, 3, ""),     # dev: quotes + script
    ("قال المتحدث", 0, 3, "<script>alert(1)</script>"),                   # dev: markup in the id
    ("<scr<script>ipt>alert(1)</script>", 3, 12, "a1"),                   # dev: nested tag trick
])
def test_article_text_cannot_inject_markup(sentence, start, end, article_id):
    out = evidence_html(sentence, start, end, article_id=article_id)
    assert "<script" not in out and "<img" not in out and "&lt;" in out
    assert re.findall(r"<(\w+)", out) == [t for t in ("div", "bdi", "mark") if f"<{t}" in out]
    if "script" in sentence + article_id:
        assert "&lt;script" in out


@pytest.mark.parametrize("sentence, start, end, expected", [
    (SENTENCE, 35, 44, 14),         # dev: first occurrence holds the span
    (SENTENCE, 99, 108, 79),        # dev: repeated sentence, second occurrence
    (SENTENCE, 0, 5, None),         # dev: span in the headline, not in the sentence
    ("جملة غير موجودة", 20, 25, None),  # dev: sentence not in the article
])
def test_span_in_sentence(sentence, start, end, expected):
    assert span_in_sentence(sentence, start, end, ARTICLE) == expected


def make_table() -> pd.DataFrame:
    start = ARTICLE.index("12")
    return pd.DataFrame([
        {"article_id": "a1", "count": 12, "sentence": SENTENCE, "start": start, "end": start + 9},
        {"article_id": "a2", "count": 3, "sentence": "أطلقت <img src=x onerror=alert(1)> 3 صواريخ",
         "start": 0, "end": 5},
    ])


@pytest.mark.parametrize("texts, expected", [
    ({"a1": ARTICLE}, "12 هجوماً"),  # dev: article offsets resolved through the article text
    (None, None),                    # dev: no text, no sentence_start: no guessed highlight
])
def test_show_evidence(texts, expected):
    out = show_evidence(make_table(), 0, texts=texts).data
    assert marked(out) == expected and "[a1]" in out


def test_show_evidence_uses_sentence_start_column():  # dev: tables may carry sentence_start
    df = make_table().assign(sentence_start=[14, 0])
    assert marked(show_evidence(df, 0).data) == "12 هجوماً"
    assert marked(show_evidence(df, 1).data) == "أطلقت"


@pytest.mark.parametrize("columns, max_rows, n_rows", [
    (["count"], 50, 2),                # dev: all rows
    (["count", "missing"], 1, 1),      # dev: missing column blank, rows capped
    (["<b>count</b>"], 50, 2),         # dev: column names escaped too
])
def test_evidence_table_html(columns, max_rows, n_rows):
    df = make_table().assign(sentence_start=[14, 0])
    df["<b>count</b>"] = ["<i>x</i>", "y"]
    out = evidence_table_html(df, columns, max_rows=max_rows)
    assert out.count("<tr>") == n_rows + 1
    assert "<img" not in out and "<i>" not in out and "<b>" not in out
    assert "<mark>12 هجوماً</mark>" in out
    assert ("of 2 rows shown" in out) == (max_rows < 2)
