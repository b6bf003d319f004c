"""Corpus to tables: read the articles, run every extractor, assemble the public tables.

The corpus is a stream: the reader (:func:`rasd.corpus.iter_articles`) reads
it file by file, the articles are cut into small chunks, and each chunk is
extracted by a worker (this process, local processes or a Dask cluster:
:mod:`rasd.distributed`), which sends back only table rows. The results come
back in corpus order, so the tables are the same however the work is spread,
and only a few chunks are ever in memory. With a cache
(:mod:`rasd.cache`) an article extracted before under the same rules is not
extracted again: its rows are read back.

:func:`extract_corpus` returns the tables as DataFrames;
:func:`rasd.tablewriter.extract_to_folder` writes them batch by batch, for
corpora larger than memory.
"""

from __future__ import annotations

import itertools
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.attacks import extract_attack_counts
from rasd.batches import Batch, _to_batch
from rasd.cache import FACT_TABLES, ExtractionCache, article_key, empty_table, with_table_dtypes
from rasd.corpus import Article, iter_articles
from rasd.deployments import extract_deployments
from rasd.distributed import current_dask, run_ordered
from rasd.doc import Doc, build_doc
from rasd.events import extract_events
from rasd.incident_rows import date_incident_rows, date_stable_mentions
from rasd.mentions import extract_dates, extract_places
from rasd.pub_incident import date_incident_events, date_incident_mentions
from rasd.statements import extract_statements
from rasd.tables import COLUMNS, make_frame
from rasd.told_incident_dates import date_told_mentions

__all__ = [
    "EXTRACTORS",
    "Batch",
    "extract_article",
    "extract_articles",
    "extract_batches",
    "extract_corpus",
]

# Table name -> extractor. Statements run first: the figures use their speakers as sources,
# and the events the attack counts (a tally of the campaign is an event of its own).
EXTRACTORS: dict[str, Callable[[Doc], list[dict[str, Any]]]] = {
    "statements": extract_statements,
    "attack_counts": extract_attack_counts,
    "deployments": extract_deployments,
    "events": extract_events,
    "dates": extract_dates,
    "places": extract_places,
}
# Tables that later extractors read from the document.
_READ_BY_LATER = ("statements", "attack_counts")
# The source of a publication date a known incident gave (:mod:`rasd.readers`).
_FROM_INCIDENT = "inferred_incident"
# Articles per chunk of work. Each chunk's rows become frames at a fixed cost per table and
# column: 64 articles halve that cost against 32 and still keep both workers of --jobs 2 busy.
ARTICLES_PER_CHUNK = 64
CacheArg = str | Path | ExtractionCache | None


def extract_article(article: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Run every extractor on one article (a row of the ``articles`` table)."""
    doc = build_doc(article)
    out: dict[str, list[dict[str, Any]]] = {}
    for name, fn in EXTRACTORS.items():
        out[name] = fn(doc)
        if name in _READ_BY_LATER:
            setattr(doc, name, out[name])
    if doc.published is None:
        body = _body_texts(article)
        out["events"] = date_incident_events(body, date_incident_rows(body, out["events"])) if out["events"] else []
        if out["dates"]:
            dated = date_stable_mentions(body, doc.text, date_incident_mentions(body, doc.text, out["dates"]))
            out["dates"] = date_told_mentions(doc.text, dated)
    else:
        out["events"] = date_incident_rows([], out["events"])
        if article.get("published_source") == _FROM_INCIDENT and out["events"]:  # the anchor's own rows
            out["events"] = date_incident_events(_body_texts(article), out["events"])
    return out


def _body_texts(article: Mapping[str, Any]) -> list[str]:
    """The body paragraphs of an article, in order (the whole text when no layout is known)."""
    paras = article.get("paragraphs")
    if paras is None or len(paras) == 0:
        return [str(article["text"])]
    return [p.text for p in paras if p.kind == "body"]


def _safe_extract(article: Mapping[str, Any]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str] | None]:
    """Extract one article; an unexpected failure becomes a problem row, never a crash."""
    try:
        return extract_article(article), None
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the corpus
        problem = {
            "path": str(article.get("path", "")),
            "record": str(article.get("article_id", "")),
            "stage": "extract",
            "severity": "error",
            "reason": f"extraction failed: {type(exc).__name__}: {exc}",
        }
        return {}, problem


# --- the work of one chunk (runs in a worker) ---------------------------------


@dataclass(frozen=True)
class _Shared:
    """What every chunk needs: the keys of the articles already in the cache."""

    known: frozenset[str] = frozenset()


@dataclass
class _Chunk:
    """A chunk's results: its articles, and the rows of those extracted here.

    ``status[i]`` is ``extracted``, ``cached`` (left to the cache) or ``failed``
    (then ``problems`` says why); ``tables`` holds the rows of the extracted
    articles (once per key), with a ``_key`` column.
    """

    articles: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {n: [] for n in FACT_TABLES})
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)

    def add_article(self, article: Mapping[str, Any], known: frozenset[str]) -> None:
        """Extract one article unless the cache has it (or this chunk already did)."""
        key = article_key(article)
        self.articles.append({c: article.get(c) for c in COLUMNS["articles"]})
        self.keys.append(key)
        if key in known:
            self.status.append("cached")
            return
        if key in self.done:
            self.status.append("extracted")
            return
        tables, problem = _safe_extract(article)
        if problem:
            self.problems.append(problem)
            self.status.append("failed")
            return
        for name, rows in tables.items():
            self.rows[name].extend({**row, "_key": key} for row in rows)
        self.done.add(key)
        self.status.append("extracted")

    def finish(self) -> _Chunk:
        """Turn the rows into frames (smaller to send back than dicts)."""
        for name in FACT_TABLES:
            frame = make_frame(name, self.rows[name]) if self.rows[name] else empty_table(name)
            frame.insert(0, "_key", pd.array([r["_key"] for r in self.rows[name]], dtype="string"))
            self.tables[name] = frame
        self.rows, self.done = {}, set()
        return self


def _extract_records(records: Sequence[Mapping[str, Any]], shared: _Shared) -> _Chunk:
    """Extract some articles already read (rows of the reader's table)."""
    chunk = _Chunk()
    for record in records:
        chunk.add_article(record, shared.known)
    return chunk.finish()


# --- putting chunks together (in this process; the batches: rasd.batches) -------


def _open_cache(cache: CacheArg) -> ExtractionCache | None:
    if cache is None or isinstance(cache, ExtractionCache):
        return cache
    return ExtractionCache(cache)


def _progress(progress: bool | None) -> Any:
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(desc="extracting", unit="article", file=sys.stderr)


def _run_chunks(
    chunks: Iterable[tuple[list[Mapping[str, Any]], list[dict[str, str]]]],
    shared: _Shared,
    store: ExtractionCache | None,
    jobs: int,
    dask: str | None,
    progress: bool | None,
) -> Iterator[Batch]:
    """Extract chunks of articles (each with the read problems met before it), in order."""
    sent: deque[tuple[list[Mapping[str, Any]], list[dict[str, str]]]] = deque()

    def feed() -> Iterator[list[Mapping[str, Any]]]:
        for records, problems in chunks:
            sent.append((records, problems))
            yield records

    bar = _progress(progress)
    try:
        for chunk in run_ordered(_extract_records, feed(), jobs=jobs, dask=dask, shared=shared):
            records, problems = sent.popleft()
            batch = _to_batch(chunk, store, lambda records=records: _extract_records(records, _Shared()))
            batch.read_problems = problems
            if bar is not None:
                bar.update(len(records))
            yield batch
        if store is not None:
            store.flush()
    finally:
        if bar is not None:
            bar.close()


def _article_chunks(
    paths: str | Path | Sequence[str | Path], max_bytes: int
) -> Iterator[tuple[list[Mapping[str, Any]], list[dict[str, str]]]]:
    """The corpus as chunks of articles, each with the read problems met since the last chunk."""
    records: list[Mapping[str, Any]] = []
    problems: list[dict[str, str]] = []
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, Article):
            records.append(item.row())
            if len(records) >= ARTICLES_PER_CHUNK:
                yield records, problems
                records, problems = [], []
        else:
            problems.append(_problem_dict(item))
    if records or problems:
        yield records, problems


def _warmed_up(
    chunks: Iterator[tuple[list[Mapping[str, Any]], list[dict[str, str]]]],
) -> Iterator[tuple[list[Mapping[str, Any]], list[dict[str, str]]]]:
    """The same chunks, after extracting the first article here once.

    Forked workers then start with every lexicon already loaded.
    """
    first = next(chunks, None)
    if first is None:
        return iter(())
    if first[0]:
        _safe_extract(first[0][0])
    return itertools.chain([first], chunks)


def extract_batches(
    paths: str | Path | Sequence[str | Path],
    jobs: int = 1,
    max_bytes: int = 2_000_000,
    progress: bool | None = None,
    cache: CacheArg = None,
    dask: str | None = None,
) -> Iterator[Batch]:
    """Read and extract a corpus chunk by chunk, yielding its tables in corpus order.

    Args:
        paths: A folder, a glob pattern, a file, or a list of them.
        jobs: Worker processes on this machine.
        max_bytes: Files larger than this are skipped and reported as problems.
        progress: Progress bar on stderr (default: when attached to a terminal).
        cache: Cache folder (or :class:`~rasd.cache.ExtractionCache`); None: no cache.
        dask: Dask scheduler address or ``"local"`` (see :mod:`rasd.distributed`);
            default: the one set by :func:`rasd.distributed.use_dask`, if any.

    Yields:
        One batch per chunk of articles (the read problems met on the way included).
    """
    store = _open_cache(cache)
    shared = _Shared(store.keys() if store is not None else frozenset())
    dask = dask or current_dask()
    chunks = _article_chunks(paths, max_bytes)
    if jobs > 1 and not dask:
        chunks = _warmed_up(chunks)
    yield from _run_chunks(chunks, shared, store, jobs, dask, progress)


def extract_articles(
    articles: pd.DataFrame,
    jobs: int = 1,
    progress: bool | None = None,
    cache: CacheArg = None,
    dask: str | None = None,
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, str]]]:
    """Run the extractors over an ``articles`` frame, optionally in several processes.

    Args:
        articles: The corpus reader's table (with ``text`` and ``paragraphs``).
        jobs: Worker processes (1 = in this process).
        progress: Show a progress bar on stderr; default: only when stderr is a terminal.
        cache: Cache folder (or :class:`~rasd.cache.ExtractionCache`); None: no cache.
        dask: Dask scheduler address or ``"local"``; default: the one set by
            :func:`rasd.distributed.use_dask`, if any.

    Returns:
        Rows per table, and the problems met while extracting.
    """
    records = articles.to_dict("records")
    store = _open_cache(cache)
    shared = _Shared(store.keys() if store is not None else frozenset())
    chunks = ((records[i : i + ARTICLES_PER_CHUNK], []) for i in range(0, len(records), ARTICLES_PER_CHUNK))
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in FACT_TABLES}
    problems: list[dict[str, str]] = []
    for batch in _run_chunks(chunks, shared, store, jobs, dask or current_dask(), progress):
        for name in FACT_TABLES:
            frames[name].append(batch.tables[name])
        problems.extend(batch.extract_problems)
    rows = {name: _records(pd.concat(frames[name], ignore_index=True)) if frames[name] else []
            for name in EXTRACTORS}
    return rows, problems


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a frame as dicts, with None for missing values."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def extract_corpus(
    paths: str | Path | Sequence[str | Path],
    jobs: int = 1,
    max_bytes: int = 2_000_000,
    progress: bool | None = None,
    cache: CacheArg = None,
    dask: str | None = None,
) -> dict[str, pd.DataFrame]:
    """Read a corpus and return every public table as a DataFrame.

    Args:
        paths: A folder, a glob pattern, a file, or a list of them.
        jobs: Worker processes for extraction.
        max_bytes: Files larger than this are skipped and reported as problems.
        progress: Progress bar on stderr (default: when attached to a terminal).
        cache: Cache folder (or :class:`~rasd.cache.ExtractionCache`) for
            incremental runs; None (the default): extract every article.
        dask: Dask scheduler address or ``"local"`` to extract on a cluster.

    Returns:
        ``articles``, ``attack_counts``, ``deployments``, ``events``, ``dates``,
        ``places``, ``statements`` and ``problems``, with the columns of
        :data:`rasd.tables.COLUMNS`.
    """
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ("articles", *FACT_TABLES)}
    read_problems: list[dict[str, str]] = []
    extract_problems: list[dict[str, str]] = []
    for batch in extract_batches(paths, jobs, max_bytes, progress, cache, dask):
        for name, frame in batch.tables.items():
            parts[name].append(frame)
        read_problems += batch.read_problems
        extract_problems += batch.extract_problems
    frames = {name: with_table_dtypes(name, pd.concat(parts[name], ignore_index=True))
              if parts[name] else empty_table(name) for name in COLUMNS if name in parts}
    frames["problems"] = make_frame("problems", read_problems + extract_problems)
    return frames


def _problem_dict(problem: Any) -> dict[str, str]:
    if isinstance(problem, Mapping):
        return dict(problem)
    return {k: str(getattr(problem, k, "")) for k in COLUMNS["problems"]}
