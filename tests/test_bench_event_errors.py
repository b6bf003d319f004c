"""The kinds bench/event_errors.py gives unmatched event rows (one case per line)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from rasd.evaluate import load_gold, score_tables
from rasd.pipeline import extract_corpus

_SPEC = importlib.util.spec_from_file_location("event_errors", Path(__file__).parents[1] / "bench" / "event_errors.py")
event_errors = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(event_errors)

_ATTACK_UNDATED = {"type": "attack", "date": float("nan"), "place": "العراق"}
_ATTACK_DATED = {"type": "attack", "date": "2024-01-28", "place": "البرج 22"}
_CLAIM = {"type": "claim", "date": "", "place": ""}

MISSES = [
    ({"type": "attack", "date": None}, [_ATTACK_UNDATED], "undated, other place"),
    ({"type": "attack", "date": None}, [_CLAIM], "undated, no row of type"),
    ({"type": "attack", "date": "2024-01-28"}, [_CLAIM], "dated, no row of type"),
    ({"type": "attack", "date": "2024-01-28"}, [_ATTACK_DATED, _ATTACK_UNDATED], "dated, row undated"),
    ({"type": "attack", "date": "2024-01-27"}, [_ATTACK_DATED], "dated, row other date"),
]

EXTRAS = [
    (_ATTACK_UNDATED, {"attack"}, "type in gold, undated"),
    (_ATTACK_DATED, {"attack", "claim"}, "type in gold, dated"),
    (_CLAIM, {"attack"}, "type not in gold, undated"),
]


@pytest.mark.parametrize(("gold", "free", "kind"), MISSES)
def test_classify_miss(gold: dict, free: list, kind: str) -> None:
    assert event_errors.classify_miss(gold, free) == kind


@pytest.mark.parametrize(("row", "gold_types", "kind"), EXTRAS)
def test_classify_extra(row: dict, gold_types: set, kind: str) -> None:
    assert event_errors.classify_extra(row, gold_types) == kind


def test_counts_agree_with_the_scorer_on_the_seeds(tmp_path: Path) -> None:
    root = Path(__file__).parents[1]
    (tmp_path / "articles").mkdir()
    shutil.copytree(root / "tests" / "gold", tmp_path / "gold", ignore=shutil.ignore_patterns("*.md"))
    for seed in (root / "seeds").glob("*.txt"):
        shutil.copy(seed, tmp_path / "articles" / seed.name)
    counts = event_errors.count_event_errors([tmp_path])
    score = score_tables(load_gold(tmp_path / "gold"), extract_corpus(tmp_path / "articles", progress=False))["events"]
    by_outcome = {o: sum(n for (_, out, _, _), n in counts.items() if out == o) for o in ("match", "miss", "extra")}
    assert by_outcome == {"match": score.tp, "miss": score.fn, "extra": score.fp}
    assert by_outcome["match"] > 0
