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
