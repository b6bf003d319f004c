"""What the report notebooks read: the public tables plus the article texts, extracted once.

:func:`extract_report_data` reads a corpus and runs every extractor, as
:func:`rasd.pipeline.extract_corpus` does, but also keeps what the public
tables leave out and the notebooks need: the original text of every article
(to highlight evidence spans) and its paragraphs with their kinds (headline,
dateline, caption, subhead, body, boilerplate).

:func:`write_report_data` stores it in a folder (the cache ``rasd run`` writes
into ``<out>/tables/``): every public table as ``<name>.csv`` and
``<name>.parquet``, plus ``article_texts`` (article_id, photo_credit, text) and
``paragraphs`` (article_id, n, kind, start, end, text) in both formats;
:func:`load_report_data` reads the Parquet files back with the tables' dtypes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.tables import COLUMNS, make_frame, write_tables

__all__ = [
    "TEXT_COLUMNS",
    "PARAGRAPH_COLUMNS",
    "ReportData",
    "extract_report_data",
    "write_report_data",
    "load_report_data",
]

TEXT_COLUMNS = ["article_id", "photo_credit", "text"]
PARAGRAPH_COLUMNS = ["article_id", "n", "kind", "start", "end", "text"]


@dataclass
class ReportData:
    """Everything a report notebook shows.

    Attributes:
        tables: The public tables (:data:`rasd.tables.COLUMNS`), by name.
        texts: ``article_texts``: article_id, photo_credit, original text.
        paragraphs: One row per non-empty line of every article, with its kind.
    """

    tables: dict[str, pd.DataFrame]
    texts: pd.DataFrame
    paragraphs: pd.DataFrame

    def text_of(self) -> dict[str, str]:
        """Article id -> original text (what :mod:`rasd.provenance` takes as ``texts``)."""
        return dict(zip(self.texts["article_id"], self.texts["text"], strict=True))


def _text_frames(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The article texts and their paragraphs, from the corpus reader's table."""
    texts = pd.DataFrame(
        [{c: str(row.get(c) or "") for c in TEXT_COLUMNS} for row in articles.to_dict("records")],
        columns=TEXT_COLUMNS,
    )
    rows = []
    for article in articles.to_dict("records"):
        for n, para in enumerate(article.get("paragraphs") or []):
            rows.append({"article_id": article["article_id"], "n": n, "kind": para.kind,
                         "start": para.start, "end": para.end, "text": para.text})
    return texts.astype("string"), _paragraph_frame(rows)


def _paragraph_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=PARAGRAPH_COLUMNS)
    for col in PARAGRAPH_COLUMNS:
        if col in ("n", "start", "end"):
            frame[col] = pd.to_numeric(frame[col]).astype("int64")
        else:
            frame[col] = frame[col].astype("string").fillna("")
    return frame


def _problem_row(problem: Any) -> dict[str, str]:
    if is_dataclass(problem) and not isinstance(problem, type):
        return {k: str(v) for k, v in asdict(problem).items()}
    return {k: str(problem.get(k, "")) for k in COLUMNS["problems"]}


def extract_report_data(
    paths: str | Path | Sequence[str | Path], jobs: int = 1, max_bytes: int = 2_000_000
) -> ReportData:
    """Read a corpus, extract every table and keep the article texts.

    Args:
        paths: A folder, glob pattern, file, or a list of them.
        jobs: Worker processes for extraction.
        max_bytes: Larger files are skipped and listed as problems.

    Returns:
        The tables, texts and paragraphs (no progress bar is ever shown).
    """
    from rasd.corpus import read_corpus
    from rasd.pipeline import extract_articles

    articles, read_problems = read_corpus(paths, max_bytes=max_bytes)
    rows, extract_problems = extract_articles(articles, jobs=jobs, progress=False)
    tables = {"articles": make_frame("articles", articles.to_dict("records"))}
    for name in COLUMNS:
        if name in rows:
            tables[name] = make_frame(name, rows[name])
    problems = [_problem_row(p) for p in read_problems] + list(extract_problems)
    tables["problems"] = make_frame("problems", problems)
    texts, paragraphs = _text_frames(articles)
    return ReportData(tables, texts, paragraphs)


def write_report_data(data: ReportData, folder: Path) -> list[Path]:
    """Write the tables, texts and paragraphs as CSV and Parquet into ``folder``.

    Returns:
        The files written.
    """
    frames = {**data.tables, "article_texts": data.texts, "paragraphs": data.paragraphs}
    return write_tables(frames, folder, "csv") + write_tables(frames, folder, "parquet")


def load_report_data(folder: str | Path) -> ReportData:
    """Read what :func:`write_report_data` wrote (the Parquet files).

    Raises:
        FileNotFoundError: When a table is missing, naming the folder.
    """
    folder = Path(folder)

    def read(name: str) -> pd.DataFrame:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"no {name}.parquet in {folder}: run 'rasd run' to make it")
        return pd.read_parquet(path)

    tables = {name: make_frame(name, read(name).to_dict("records")) for name in COLUMNS}
    texts = read("article_texts")[TEXT_COLUMNS].astype("string").fillna("")
    paragraphs = _paragraph_frame(read("paragraphs").to_dict("records"))
    return ReportData(tables, texts, paragraphs)
