"""Shared fixtures: the seed corpus extracted once per test session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def seed_tables():
    from rasd.pipeline import extract_corpus

    return extract_corpus(SEEDS)


@pytest.fixture(scope="session")
def gold():
    from rasd.evaluate import load_gold

    return load_gold(GOLD)


def make_doc(text, published=None, article_id="case"):
    """A Doc of a case text: the whole text is one body paragraph."""
    from rasd.doc import build_doc

    return build_doc({"article_id": article_id, "text": text, "published": published or "", "paragraphs": None})


def table_f1(pairs):
    """Micro precision/recall/F1 over (expected keys, predicted keys) multiset pairs."""
    from collections import Counter

    tp = fp = fn = 0
    for expected, predicted in pairs:
        e, p = Counter(expected), Counter(predicted)
        hit = sum((e & p).values())
        tp += hit
        fp += sum(p.values()) - hit
        fn += sum(e.values()) - hit
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
