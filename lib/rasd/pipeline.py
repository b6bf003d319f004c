"""Corpus to tables: read the articles, run every extractor, assemble the public tables."""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.attacks import extract_attack_counts
from rasd.corpus import read_corpus
from rasd.deployments import extract_deployments
from rasd.doc import Doc, build_doc
from rasd.events import extract_events
from rasd.mentions import extract_dates, extract_places
from rasd.statements import extract_statements
from rasd.tables import COLUMNS, make_frame

__all__ = ["EXTRACTORS", "extract_article", "extract_corpus", "extract_articles"]

# Table name -> extractor. Statements run first: the figures use their speakers as sources.
EXTRACTORS: dict[str, Callable[[Doc], list[dict[str, Any]]]] = {
    "statements": extract_statements,
    "attack_counts": extract_attack_counts,
    "deployments": extract_deployments,
    "events": extract_events,
    "dates": extract_dates,
    "places": extract_places,
}


def extract_article(article: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Run every extractor on one article (a row of the ``articles`` table)."""
    doc = build_doc(article)
    out: dict[str, list[dict[str, Any]]] = {}
    for name, fn in EXTRACTORS.items():
        out[name] = fn(doc)
        if name == "statements":
            doc.statements = out[name]
    return out


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


def extract_articles(
    articles: pd.DataFrame, jobs: int = 1, progress: bool | None = None
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, str]]]:
    """Run the extractors over an ``articles`` frame, optionally in several processes.

    Args:
        articles: The corpus reader's table (with ``text`` and ``paragraphs``).
        jobs: Worker processes (1 = in this process).
        progress: Show a progress bar on stderr; default: only when stderr is a terminal.

    Returns:
        Rows per table, and the problems met while extracting.
    """
    records = articles.to_dict("records")
    if progress is None:
        progress = sys.stderr.isatty()
    results: Iterable[tuple[dict[str, list[dict[str, Any]]], dict[str, str] | None]]
    if jobs > 1 and len(records) > 1:
        ctx = mp.get_context("fork")
        pool = ctx.Pool(jobs)
        results = pool.imap(_safe_extract, records, chunksize=max(1, len(records) // (jobs * 8)))
    else:
        pool = None
        results = map(_safe_extract, records)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(records), desc="extracting", unit="article", file=sys.stderr)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in EXTRACTORS}
    problems = []
    try:
        for tables, problem in results:
            for name, table_rows in tables.items():
                rows[name].extend(table_rows)
            if problem:
                problems.append(problem)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return rows, problems


def extract_corpus(
    paths: str | Path | Sequence[str | Path],
    jobs: int = 1,
    max_bytes: int = 2_000_000,
    progress: bool | None = None,
) -> dict[str, pd.DataFrame]:
    """Read a corpus and return every public table as a DataFrame.

    Args:
        paths: A folder, a glob pattern, a file, or a list of them.
        jobs: Worker processes for extraction.
        max_bytes: Files larger than this are skipped and reported as problems.
        progress: Progress bar on stderr (default: when attached to a terminal).

    Returns:
        ``articles``, ``attack_counts``, ``deployments``, ``events``, ``dates``,
        ``places``, ``statements`` and ``problems``, with the columns of
        :data:`rasd.tables.COLUMNS`.
    """
    articles, read_problems = read_corpus(paths, max_bytes=max_bytes)
    rows, extract_problems = extract_articles(articles, jobs=jobs, progress=progress)
    frames = {"articles": make_frame("articles", articles.to_dict("records"))}
    for name in COLUMNS:
        if name in rows:
            frames[name] = make_frame(name, rows[name])
    problem_rows = [_problem_dict(p) for p in read_problems] + extract_problems
    frames["problems"] = make_frame("problems", problem_rows)
    return frames


def _problem_dict(problem: Any) -> dict[str, str]:
    if isinstance(problem, Mapping):
        return dict(problem)
    return {k: str(getattr(problem, k, "")) for k in COLUMNS["problems"]}
