"""Print matching counts per table, split by whether Rasd found the page's publication date.

On real press pages the weakest figures (dates, events) come from pages that print no date: this
script shows how much of each table's misses and extras fall on such pages. It prints counts only
(true positives, misses, extras), never rows, so it may be run on a blind set.

Run: ``python bench/by_published.py FOLDER [FOLDER ...]``, each FOLDER holding ``articles/`` and
``gold/``. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import pandas as pd

from rasd.evaluate import load_gold, score_tables
from rasd.pipeline import extract_corpus

TABLES = ["attack_counts", "troops", "bases", "dates", "events", "statements"]


def _has_published(articles: pd.DataFrame, article_id: str) -> bool:
    rows = articles[articles["article_id"] == article_id]
    return bool(len(rows)) and str(rows.iloc[0]["published"]) not in ("", "nan", "NaT", "None")


def _only(tables: dict[str, pd.DataFrame], article_id: str) -> dict[str, pd.DataFrame]:
    return {name: df[df["article_id"] == article_id] if "article_id" in df.columns else df
            for name, df in tables.items()}


def count_by_published(folders: list[Path]) -> collections.Counter:
    """Sum tp/fn/fp per (table, 'found'|'not found') over every article of the folders."""
    counts: collections.Counter = collections.Counter()
    for folder in folders:
        gold = load_gold(folder / "gold")
        tables = extract_corpus(folder / "articles", progress=False)
        for article_id, doc in gold.items():
            found = "found" if _has_published(tables["articles"], article_id) else "not found"
            counts[("articles", found, "n")] += 1
            for table, score in score_tables({article_id: doc}, _only(tables, article_id)).items():
                counts[(table, found, "tp")] += score.tp
                counts[(table, found, "fn")] += score.fn
                counts[(table, found, "fp")] += score.fp
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    counts = count_by_published(args.folders)
    for found in ("found", "not found"):
        print(f"publication date {found}: {counts[('articles', found, 'n')]} articles")
        for table in TABLES:
            tp, fn, fp = (counts[(table, found, k)] for k in ("tp", "fn", "fp"))
            print(f"  {table:<14} tp {tp:>4}  misses {fn:>4}  extras {fp:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
