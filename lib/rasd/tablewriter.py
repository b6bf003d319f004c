"""Writing tables piece by piece: the files equal those :func:`rasd.tables.write_tables` writes.

:func:`extract_to_folder` extracts a corpus straight into a folder of tables.
:class:`TableWriter` appends the rows of each table as they come (CSV: UTF-8,
one header row; Parquet: one file per table, row groups of up to
:data:`ROW_GROUP` rows), so a corpus never has to fit in memory. A table that
got no rows is still written, with its header (or schema).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pandas as pd

from rasd.cache import FACT_TABLES, empty_table
from rasd.pipeline import CacheArg, extract_batches
from rasd.tables import COLUMNS, make_frame

__all__ = ["ROW_GROUP", "TableWriter", "extract_to_folder"]

ROW_GROUP = 100_000


class TableWriter:
    """Append-only writer of the public tables into one folder.

    Args:
        folder: Where ``<name>.csv`` or ``<name>.parquet`` files are written.
        fmt: ``"csv"`` or ``"parquet"``.
    """

    def __init__(self, folder: Path, fmt: str = "csv") -> None:
        self.folder = Path(folder)
        self.fmt = fmt
        self.paths: list[Path] = []
        self._csv: dict[str, IO[str]] = {}
        self._parquet: dict[str, Any] = {}
        self._buffer: dict[str, list[pd.DataFrame]] = {}

    def __enter__(self) -> TableWriter:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def write(self, name: str, frame: pd.DataFrame) -> None:
        """Append rows (with the public columns of table ``name``)."""
        if self.fmt == "parquet":
            self._write_parquet(name, frame)
        else:
            self._write_csv(name, frame)

    def _write_csv(self, name: str, frame: pd.DataFrame) -> None:
        fh = self._csv.get(name)
        if fh is None:
            path = self.folder / f"{name}.csv"
            fh = self._csv[name] = path.open("w", encoding="utf-8", newline="")
            self.paths.append(path)
            frame.iloc[:0].to_csv(fh, index=False)
        if len(frame):
            frame.to_csv(fh, index=False, header=False)

    def _write_parquet(self, name: str, frame: pd.DataFrame) -> None:
        buffer = self._buffer.setdefault(name, [])
        if name not in self._parquet:
            self._parquet[name] = None
            self.paths.append(self.folder / f"{name}.parquet")
        if len(frame):
            buffer.append(frame)
        if sum(map(len, buffer)) >= ROW_GROUP:
            self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        buffer = self._buffer.get(name) or []
        writer = self._parquet.get(name)
        if writer is None:
            schema = pa.Schema.from_pandas(make_frame(name, []), preserve_index=False)
            writer = self._parquet[name] = pq.ParquetWriter(self.folder / f"{name}.parquet", schema)
        if buffer:
            frame = pd.concat(buffer, ignore_index=True)
            writer.write_table(pa.Table.from_pandas(frame, schema=writer.schema, preserve_index=False))
        self._buffer[name] = []

    def close(self) -> None:
        """Write what is buffered and close every file."""
        for name in list(self._parquet):
            self._flush(name)
            self._parquet[name].close()
        for fh in self._csv.values():
            fh.close()
        self._parquet, self._csv = {}, {}


def extract_to_folder(
    paths: str | Path | Sequence[str | Path],
    folder: Path,
    fmt: str = "csv",
    jobs: int = 1,
    max_bytes: int = 2_000_000,
    progress: bool | None = None,
    cache: CacheArg = None,
    dask: str | None = None,
) -> dict[str, Any]:
    """Extract a corpus and write its tables into ``folder`` batch by batch.

    Memory stays bounded whatever the size of the corpus: rows are appended to
    the files as the batches come (the problems are written last).

    Returns:
        A summary: ``rows`` (table -> rows written), ``problems`` (the problems
        table), ``extracted`` and ``cached`` (articles).
    """
    summary: dict[str, Any] = {"rows": dict.fromkeys(COLUMNS, 0), "extracted": 0, "cached": 0}
    problems: list[dict[str, str]] = []
    extract_problems: list[dict[str, str]] = []
    with TableWriter(folder, fmt) as writer:
        for name in ("articles", *FACT_TABLES):
            writer.write(name, empty_table(name))
        for batch in extract_batches(paths, jobs, max_bytes, progress, cache, dask):
            for name, frame in batch.tables.items():
                writer.write(name, frame)
                summary["rows"][name] += len(frame)
            problems += batch.read_problems
            extract_problems += batch.extract_problems
            summary["extracted"] += batch.extracted
            summary["cached"] += batch.cached
        summary["problems"] = make_frame("problems", problems + extract_problems)
        writer.write("problems", summary["problems"])
        summary["rows"]["problems"] = len(summary["problems"])
    return summary
