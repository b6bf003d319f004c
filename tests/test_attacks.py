"""Attack-count extraction on the case table (tests/cases/figures_cases.py).

Each case is one sentence; a row matches on (count, unit) as in the gold
scoring, and the per-case test also checks qualifier, scope and since.
"""

import pytest
from cases.figures_cases import ATTACK_COUNT_CASES, HEADLINE_ATTACK_CASES, LAYOUT_ATTACK_CASES
from conftest import make_doc, table_f1

from rasd.attacks import extract_attack_counts
from rasd.doc import build_doc
from rasd.structure import Paragraph, analyse_text

# Cases that still fail, with the reason (kept, not deleted: price-parser style).
KNOWN_FAILURES: dict[str, str] = {
    "tally-noun-glued-to-munth": "the count is read through the glued noun (هجومامنذ) since session 28, but the date scanner sees no منذ glued to a noun, so the date is an as-of date, not since",
    "split-minha": "the total is in the previous sentence (26 منها): no noun for the parts in their own sentence",
}


def _rows(sentence, published):
    return extract_attack_counts(make_doc(sentence, published))


def _key(row):
    return (int(row["count"]), row["unit"])


def _full(row):
    return (int(row["count"]), row["unit"], row["qualifier"], row["scope"] or "", row["since"] or "")


def _params():
    for label, origin, sentence, published, expected in ATTACK_COUNT_CASES:
        marks = [pytest.mark.xfail(reason=KNOWN_FAILURES[label])] if label in KNOWN_FAILURES else []
        yield pytest.param(sentence, published, expected, id=f"{origin}:{label}", marks=marks)


@pytest.mark.parametrize("sentence,published,expected", list(_params()))
def test_attack_count_case(sentence, published, expected):
    got = sorted(_full(r) for r in _rows(sentence, published))
    assert got == sorted(_full(e) for e in expected)


def test_attack_counts_f1_on_cases_at_least_target():
    pairs = []
    for _, _, sentence, published, expected in ATTACK_COUNT_CASES:
        pairs.append(([_key(e) for e in expected], [_key(r) for r in _rows(sentence, published)]))
    precision, recall, f1 = table_f1(pairs)
    print(f"attack_counts on {len(pairs)} cases: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= 0.9


def test_rows_carry_their_evidence():
    text = "وقال البنتاغون إن قواته تعرضت لنحو 66 هجوماً في العراق وسوريا."
    (row,) = _rows(text, "2023-11-20")
    assert text[row["start"] : row["end"]] == "نحو 66 هجوماً"
    assert row["sentence"] == text


def _headline_params():
    for label, origin, headline, body, published, expected in HEADLINE_ATTACK_CASES:
        yield pytest.param(headline, body, published, expected, id=f"{origin}:{label}")


@pytest.mark.parametrize("headline,body,published,expected", list(_headline_params()))
def test_headline_attack_case(headline, body, published, expected):
    text = f"{headline}\n\n{body}"
    paragraphs = [Paragraph("headline", headline, 0, len(headline)), Paragraph("body", body, len(headline) + 2, len(text))]
    doc = build_doc({"article_id": "case", "text": text, "published": published, "paragraphs": paragraphs})
    assert sorted(_key(r) for r in extract_attack_counts(doc)) == sorted(expected)


def _layout_params():
    for label, origin, text, published, expected in LAYOUT_ATTACK_CASES:
        yield pytest.param(text, published, expected, id=f"{origin}:{label}")


@pytest.mark.parametrize("text,published,expected", list(_layout_params()))
def test_layout_attack_case(text, published, expected):
    paragraphs = analyse_text(text).paragraphs
    doc = build_doc({"article_id": "case", "text": text, "published": published, "paragraphs": paragraphs})
    assert [_key(r) for r in extract_attack_counts(doc)] == expected
