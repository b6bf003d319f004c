"""The batches of :func:`rasd.pipeline.extract_batches`: a chunk's rows in corpus order.

A chunk comes back from its worker with the rows of the articles it extracted;
:func:`_to_batch` reads the rows of its cached articles from the cache, adds the
new ones to it and puts every table in article order (an article read twice
gives its rows twice).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pandas as pd

from rasd.cache import FACT_TABLES, ExtractionCache, with_table_dtypes
from rasd.tables import make_frame

if TYPE_CHECKING:
    from rasd.pipeline import _Chunk

__all__ = ["Batch"]


@dataclass
class Batch:
    """The tables of consecutive articles of the corpus, and what was met on the way.

    Attributes:
        tables: ``articles`` and every fact table, public columns, corpus order.
        read_problems: Problems of the reader (rows of ``problems``), in order.
        extract_problems: Articles whose extraction failed.
        extracted: Articles extracted now. ``cached``: articles read from the cache.
    """

    tables: dict[str, pd.DataFrame]
    read_problems: list[dict[str, str]] = field(default_factory=list)
    extract_problems: list[dict[str, str]] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0


def _to_batch(chunk: _Chunk, store: ExtractionCache | None, redo: Callable[[], _Chunk]) -> Batch:
    """Fill a chunk's cached articles from the cache (else extract them here) and order the rows."""
    cached_keys = [k for k, s in zip(chunk.keys, chunk.status, strict=True) if s == "cached"]
    cached = store.fetch(cached_keys) if cached_keys and store is not None else None
    if cached_keys and cached is None:
        chunk, cached_keys = redo(), []
    done = [k for k, s in zip(chunk.keys, chunk.status, strict=True) if s == "extracted"]
    if store is not None and done:
        store.add(list(dict.fromkeys(done)), chunk.tables)
    tables = {"articles": make_frame("articles", chunk.articles)}
    tables.update(_ordered_rows(chunk, cached))
    return Batch(tables, extract_problems=chunk.problems, extracted=len(done), cached=len(cached_keys))


def _ordered_rows(chunk: _Chunk, cached: Mapping[str, pd.DataFrame] | None) -> dict[str, pd.DataFrame]:
    """Rows of every fact table in article order (an article read twice gives its rows twice)."""
    live = [k for k, s in zip(chunk.keys, chunk.status, strict=True) if s != "failed"]
    if cached is None and len(set(live)) == len(live):
        return {name: with_table_dtypes(name, chunk.tables[name]) for name in FACT_TABLES}
    order = pd.DataFrame({"_key": pd.array(live, dtype="string"), "_pos": range(len(live))})
    out = {}
    for name in FACT_TABLES:
        parts = [chunk.tables[name]] + ([cached[name]] if cached is not None else [])
        rows = pd.concat(parts, ignore_index=True)
        rows["_row"] = range(len(rows))
        merged = order.merge(rows, on="_key", how="inner").sort_values(["_pos", "_row"], kind="stable")
        out[name] = with_table_dtypes(name, merged)
    return out
