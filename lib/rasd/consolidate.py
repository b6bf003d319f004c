"""Consolidate facts repeated across articles into one row each, for the notebooks.

The extracted tables keep one row per mention, with its provenance. Analysts
also want each fact once: the same attack count (count, unit, scope, source)
reported by five outlets, or the same event (type, place, day) told by three
articles. These functions group such rows and list the articles behind each.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["ATTACK_COUNT_KEY", "EVENT_KEY", "consolidate", "consolidate_attack_counts", "consolidate_events"]

ATTACK_COUNT_KEY = ["count", "unit", "scope", "source"]
EVENT_KEY = ["type", "place", "date"]


def consolidate(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """One row per distinct ``key``: the first mention's values, plus ``articles`` and ``n_articles``.

    Args:
        frame: A table of mentions with an ``article_id`` column.
        key: Columns that identify the same fact.

    Returns:
        The key columns, the remaining columns of the first mention (in article
        order), ``articles`` (sorted, ``;``-separated ids) and ``n_articles``;
        sorted by ``n_articles`` (most reported first), then by key.
    """
    if frame.empty:
        return frame.assign(articles=pd.Series(dtype="string"), n_articles=pd.Series(dtype="Int64"))
    # Group on text forms of the key, so that empty cells and NA group together.
    keys = [f"_key_{i}" for i in range(len(key))]
    keyed = frame.assign(**{k: frame[c].astype("string").fillna("") for k, c in zip(keys, key, strict=True)})
    grouped = keyed.sort_values(["article_id", "start"], kind="stable").groupby(keys, sort=False)
    first = grouped.head(1).set_index(keys)
    ids = grouped["article_id"].agg(lambda s: ";".join(sorted(set(s))))
    counts = grouped["article_id"].nunique().astype("Int64")
    out = first.assign(articles=ids, n_articles=counts).reset_index(drop=True)
    out = out.sort_values(["n_articles", *key], ascending=[False, *([True] * len(key))], kind="stable")
    return out.reset_index(drop=True)


def consolidate_attack_counts(attack_counts: pd.DataFrame) -> pd.DataFrame:
    """The same figure (count, unit, scope, source) reported by several articles, once."""
    return consolidate(attack_counts, ATTACK_COUNT_KEY)


def consolidate_events(events: pd.DataFrame) -> pd.DataFrame:
    """The same event (type, place, day) told by several articles, once."""
    return consolidate(events, EVENT_KEY)
