"""The output contract: table names, their public columns, and writing them out.

Column names are a public interface (other tools read the CSV files), so they
are defined here once and every stage builds its rows against them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["ATTACK_UNITS", "COLUMNS", "INT_COLUMNS", "FLOAT_COLUMNS", "make_frame", "make_frames", "write_tables"]

COLUMNS: dict[str, list[str]] = {
    "articles": [
        "article_id", "path", "outlet", "url", "headline", "published",
        "published_source", "n_words",
    ],
    "attack_counts": [
        "article_id", "count", "unit", "qualifier", "scope", "since", "as_of", "source",
        "sentence", "start", "end",
    ],
    "deployments": [
        "article_id", "count", "qualifier", "force", "country", "place", "role",
        "sentence", "start", "end",
    ],
    "events": [
        "article_id", "type", "actor", "target", "place", "lat", "lon", "weapon", "date",
        "date_expr", "time_precision", "killed", "injured", "claimed", "sentence", "start", "end",
    ],
    "dates": ["article_id", "expr", "iso", "precision", "relative", "start", "end"],
    "places": [
        "article_id", "name", "canonical", "name_en", "type", "country", "lat", "lon",
        "start", "end",
    ],
    "statements": [
        "article_id", "speaker", "speaker_canonical", "speaker_type", "role", "affiliation",
        "verb", "verb_lemma", "kind", "quote", "date", "to_outlet", "sentence", "start", "end",
    ],
    "problems": ["path", "record", "stage", "severity", "reason"],
}

# Nullable integer columns (empty cell when unknown) and float columns.
# The attack_counts ``unit`` vocabulary (issue 3): what a figure may count.
ATTACK_UNITS = frozenset({"attack", "operation", "drone", "rocket", "missile", "mortar", "strike"})
INT_COLUMNS = {"count", "start", "end", "n_words", "time_precision", "killed", "injured"}
FLOAT_COLUMNS = {"lat", "lon"}


def make_frame(name: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build one table with exactly its public columns and stable dtypes.

    Args:
        name: A key of :data:`COLUMNS`.
        rows: Dicts; missing keys become empty, extra keys are dropped.
    """
    cols = COLUMNS[name]
    frame = pd.DataFrame([{c: row.get(c) for c in cols} for row in rows], columns=cols)
    for col in cols:
        if col in INT_COLUMNS:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
        elif col in FLOAT_COLUMNS:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
        elif col in {"relative", "claimed"}:
            frame[col] = frame[col].astype("boolean")
        else:
            frame[col] = frame[col].astype("string").fillna("")
    return frame


def make_frames(rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> dict[str, pd.DataFrame]:
    """Build every table of :data:`COLUMNS` (an absent table is empty)."""
    return {name: make_frame(name, rows.get(name, ())) for name in COLUMNS}


def write_tables(frames: Mapping[str, pd.DataFrame], out_dir: Path, fmt: str = "csv") -> list[Path]:
    """Write each table as ``<name>.csv`` (UTF-8, header row) or ``<name>.parquet``.

    Returns:
        The paths written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        if fmt == "parquet":
            path = out_dir / f"{name}.parquet"
            frame.to_parquet(path, index=False)
        else:
            path = out_dir / f"{name}.csv"
            frame.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    return written
