"""Incremental extraction: each article's rows kept under a hash of its content and the rules.

A rerun on a corpus where only a few articles are new or changed extracts only
those: the rows of every other article are read back from the cache.

Layout: ``<cache dir>/<rules version>/<shard>.parquet``. The rules version
(:func:`rules_version`) is a hash of every file of ``data/`` and every module of
the package, so editing a rule, a lexicon or the code starts a new, empty
version folder; only the :data:`KEEP_VERSIONS` most recent are kept, and the
whole cache folder may be moved or deleted at any time. A shard holds the rows
of a batch of articles in one long table: the columns ``_key`` (the article's :func:`article_key`) and ``_table`` (the table
the row belongs to, or ``""`` for the one marker row every article has, so an
article without any fact is known too), then the columns of every table.

Shards are written to a temporary name and renamed, so concurrent runs never
see half a file; two runs that extract the same article store the same rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import uuid
import warnings
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.paths import DATA_DIR, REPO_ROOT
from rasd.tables import COLUMNS, make_frame

__all__ = [
    "DEFAULT_CACHE_DIR",
    "FACT_TABLES",
    "ExtractionCache",
    "article_key",
    "empty_table",
    "rules_version",
    "with_table_dtypes",
]

DEFAULT_CACHE_DIR = Path(os.environ.get("RASD_CACHE_DIR", REPO_ROOT / ".rasd-cache"))
# Tables filled by the extractors (``articles`` and ``problems`` come from the reader).
FACT_TABLES = tuple(name for name in COLUMNS if name not in ("articles", "problems"))
PACKAGE_DIR = Path(__file__).resolve().parent
# Articles gathered before a shard is written, and shards kept in memory for reading.
SHARD_ARTICLES = 1000
OPEN_SHARDS = 2
# Rules versions kept in the cache folder (older ones are deleted when a new one starts).
KEEP_VERSIONS = 3
_VERSION_RE = re.compile(r"[0-9a-f]{16}")


@cache
def rules_version() -> str:
    """A hash of the rules: every file under ``data/`` and every module of the package."""
    digest = hashlib.sha256()
    for root in (DATA_DIR, PACKAGE_DIR):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and _is_rule_file(p)):
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _is_rule_file(path: Path) -> bool:
    return "__pycache__" not in path.parts and path.suffix != ".pyc"


def article_key(article: Mapping[str, Any]) -> str:
    """A hash of what extraction reads from an article: id, publication date, text, layout."""
    paragraphs = article.get("paragraphs")
    layout = [[p.kind, p.start, p.end] for p in paragraphs] if paragraphs is not None else None
    content = [str(article["article_id"]), str(article.get("published") or ""), article["text"], layout]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def with_table_dtypes(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly the public columns and dtypes of table ``name``."""
    dtypes = _table_dtypes(name)
    out = frame.reindex(columns=list(dtypes)).reset_index(drop=True)
    if out.dtypes.to_dict() == dtypes:
        return out
    return out.astype(dtypes)


def empty_table(name: str) -> pd.DataFrame:
    """Table ``name`` without rows (a new frame each time; building one is slow)."""
    return _empty_table(name).copy()


@cache
def _empty_table(name: str) -> pd.DataFrame:
    return make_frame(name, [])


def _table_dtypes(name: str) -> dict[str, Any]:
    return _empty_table(name).dtypes.to_dict()


class ExtractionCache:
    """The rows of extracted articles, stored by article key (see the module docstring).

    Args:
        folder: The cache folder (created when the first shard is written).
        version: Rules version; default :func:`rules_version`.
    """

    def __init__(self, folder: str | Path = DEFAULT_CACHE_DIR, version: str | None = None) -> None:
        self.folder = Path(folder)
        self.dir = self.folder / (version or rules_version())
        self._where: dict[str, Path] | None = None
        self._pending_keys: list[str] = []
        self._pending_set: set[str] = set()
        self._pending: list[Mapping[str, pd.DataFrame]] = []
        self._open: OrderedDict[Path, dict[str, pd.DataFrame]] = OrderedDict()

    # --- what is cached -------------------------------------------------------

    def keys(self) -> frozenset[str]:
        """Keys of every article stored for this rules version."""
        return frozenset(self._index())

    def _index(self) -> dict[str, Path]:
        if self._where is None:
            self._where = {}
            for shard in sorted(self.dir.glob("*.parquet")) if self.dir.is_dir() else ():
                try:
                    marks = pd.read_parquet(shard, columns=["_key", "_table"])
                except (OSError, ValueError):
                    continue
                for key in marks.loc[marks["_table"] == "", "_key"]:
                    self._where.setdefault(str(key), shard)
        return self._where

    # --- reading ---------------------------------------------------------------

    def fetch(self, keys: Iterable[str]) -> dict[str, pd.DataFrame] | None:
        """Rows of the given articles: per fact table, its columns plus ``_key``.

        The rows of one article keep their order; articles come in no set order.

        Returns:
            None when any article is missing or its shard cannot be read any more.
        """
        index = self._index()
        by_source: dict[Path | None, set[str]] = {}
        for key in set(keys):
            if key in self._pending_set:
                by_source.setdefault(None, set()).add(key)
            elif key in index:
                by_source.setdefault(index[key], set()).add(key)
            else:
                return None
        parts: dict[str, list[pd.DataFrame]] = {name: [] for name in FACT_TABLES}
        for source, wanted in by_source.items():
            groups = _split(self._pending_long()) if source is None else self._load(source)
            if groups is None:
                return None
            for name, frame in groups.items():
                parts[name].append(frame[frame["_key"].isin(wanted)])
        return {name: _concat(name, frames) for name, frames in parts.items()}

    def _load(self, shard: Path) -> dict[str, pd.DataFrame] | None:
        if shard in self._open:
            self._open.move_to_end(shard)
            return self._open[shard]
        try:
            long = pd.read_parquet(shard)
        except (OSError, ValueError):
            return None
        self._open[shard] = _split(long)
        while len(self._open) > OPEN_SHARDS:
            self._open.popitem(last=False)
        return self._open[shard]

    # --- writing ---------------------------------------------------------------

    def add(self, keys: Sequence[str], tables: Mapping[str, pd.DataFrame]) -> None:
        """Store freshly extracted articles.

        Args:
            keys: Every article extracted (also those without any row), no repeats.
            tables: Per fact table, its rows with a ``_key`` column.
        """
        known = self._index()
        new = [k for k in dict.fromkeys(keys) if k not in known and k not in self._pending_set]
        if not new:
            return
        self._pending_keys.extend(new)
        self._pending_set.update(new)
        self._pending.append(tables)
        if len(self._pending_keys) >= SHARD_ARTICLES:
            self.flush()

    def _pending_long(self) -> pd.DataFrame:
        tables = {name: pd.concat([t[name] for t in self._pending if name in t], ignore_index=True)
                  for name in FACT_TABLES if any(name in t for t in self._pending)}
        return _long(self._pending_keys, tables)

    def flush(self) -> Path | None:
        """Write the articles added since the last flush as one shard; returns its path."""
        if not self._pending_keys:
            return None
        long = self._pending_long()
        name = uuid.uuid4().hex
        tmp = self.dir / f".{name}.tmp"
        path = self.dir / f"{name}.parquet"
        try:
            if not self.dir.is_dir():
                self.dir.mkdir(parents=True, exist_ok=True)
                _prune_versions(self.folder, self.dir)
            long.to_parquet(tmp, index=False)
            os.replace(tmp, path)
        except OSError as exc:
            warnings.warn(f"rasd: the extraction cache could not be written ({exc})", stacklevel=2)
            self._pending_keys, self._pending, self._pending_set = [], [], set()
            return None
        index = self._index()
        for key in self._pending_keys:
            index.setdefault(key, path)
        self._pending_keys, self._pending, self._pending_set = [], [], set()
        return path


def _prune_versions(folder: Path, current: Path) -> None:
    """Delete the oldest rules versions, keeping :data:`KEEP_VERSIONS` (with ``current``)."""
    versions = [p for p in folder.iterdir() if p.is_dir() and _VERSION_RE.fullmatch(p.name)]
    versions.sort(key=lambda p: (p == current, p.stat().st_mtime), reverse=True)
    for old in versions[KEEP_VERSIONS:]:
        shutil.rmtree(old, ignore_errors=True)


def _long(keys: Sequence[str], tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One long frame: a marker row per article, then the rows of every table."""
    wanted = set(keys)
    marks = pd.DataFrame({"_key": pd.array(list(keys), dtype="string"),
                          "_table": pd.array([""] * len(keys), dtype="string")})
    parts = [marks]
    for name in FACT_TABLES:
        frame = tables.get(name)
        if frame is None or frame.empty:
            continue
        frame = frame[frame["_key"].isin(wanted)]
        parts.append(frame.assign(_table=pd.array([name] * len(frame), dtype="string")))
    return pd.concat(parts, ignore_index=True)


def _split(long: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The rows of each fact table in a long frame, with their ``_key``."""
    out = {}
    for name in FACT_TABLES:
        rows = long[long["_table"] == name]
        out[name] = _with_key(name, rows)
    return out


def _with_key(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the table's public columns and dtypes, plus ``_key``."""
    typed = with_table_dtypes(name, frame)
    typed.insert(0, "_key", frame["_key"].astype("string").to_numpy())
    return typed


def _concat(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    if not frames:
        empty = empty_table(name)
        empty.insert(0, "_key", pd.array([], dtype="string"))
        return empty
    return pd.concat(frames, ignore_index=True)
