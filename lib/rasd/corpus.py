"""The corpus reader: files of news articles in, one table of articles out, problems listed.

Supported files are plain text (``.txt``), HTML (``.html``, ``.htm``), JSON
(``.json``: one article object, a list of them, or an object holding such a
list), JSON Lines (``.jsonl``) and CSV (``.csv``). Encodings are detected
(:mod:`rasd.encoding`); the layout of every text (headline, date line,
caption, furniture, subheads, body) is found by :mod:`rasd.structure`;
publication date and outlet come from the text, metadata or URL
(:mod:`rasd.pubdate`, :mod:`rasd.metadata`); the format readers are in
:mod:`rasd.readers`.

Nothing raises out of :func:`read_corpus` for bad input: a file or record that
cannot be read becomes a :class:`Problem` and the rest is still read.
"""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.encoding import arabic_share
from rasd.readers import ARTICLE_COLUMNS, READERS, Article, Problem, ReadError, count_words
from rasd.structure import Paragraph

__all__ = [
    "ARTICLE_COLUMNS",
    "SUFFIXES",
    "Article",
    "Paragraph",
    "Problem",
    "find_corpus_files",
    "iter_articles",
    "read_corpus",
]

SUFFIXES = tuple(READERS)
_GLOB_CHARS = re.compile(r"[*?\[]")
# Below this share of Arabic letters (in a text of enough words to judge) a warning is given.
_MIN_ARABIC_SHARE = 0.2
_MIN_WORDS_TO_JUDGE = 10
_SAMPLE_CHARS = 3000


# --- finding files ---------------------------------------------------------


def _as_list(paths: str | Path | Sequence[str | Path]) -> list[str | Path]:
    if isinstance(paths, str | Path) or not isinstance(paths, Iterable):
        return [paths]
    return list(paths)


def _files_of(item: str | Path) -> list[Path]:
    """Supported files named by one folder, file path or glob pattern (may raise OSError)."""
    path = Path(item)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
    if path.is_file():
        if not _supported(path):
            expected = ", ".join(SUFFIXES)
            raise ReadError(f"unsupported file type {path.suffix or '(none)'!r}; expected one of {expected}")
        return [path]
    if _GLOB_CHARS.search(str(item)):
        return [p for p in sorted(map(Path, glob.glob(str(item), recursive=True))) if p.is_file() and _supported(p)]
    raise ReadError("no such file or folder")


def _resolve(paths: str | Path | Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files named by folders, glob patterns and file paths, plus problems for the rest."""
    files: list[Path] = []
    problems: list[Problem] = []
    for item in _as_list(paths):
        try:
            files.extend(_files_of(item))
        except ReadError as exc:
            problems.append(Problem(str(item), "", "read", "error", str(exc)))
        except (OSError, TypeError, ValueError) as exc:
            problems.append(Problem(str(item), "", "read", "error", f"cannot be listed: {exc}"))
    seen: set[Path] = set()
    unique = [p for p in files if not (p in seen or seen.add(p))]
    return unique, problems


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def find_corpus_files(paths: str | Path | Sequence[str | Path]) -> list[Path]:
    """List the article files named by a folder, glob pattern, file, or a list of them.

    Folders are searched recursively and listed sorted; only files with a
    supported extension (:data:`SUFFIXES`) are kept; duplicates are dropped.
    """
    return _resolve(paths)[0]


# --- reading the corpus ------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file, after checking that it is not empty nor too large."""
    size = path.stat().st_size
    if size == 0:
        raise ReadError("file is empty")
    if size > max_bytes:
        raise ReadError(f"file is larger than the limit of {max_bytes:,} bytes ({size:,} bytes)")
    return path.read_bytes()


def _checks(article: Article, seen_ids: set[str]) -> Iterator[Problem]:
    """Warnings about an article that was read."""
    if article.article_id in seen_ids:
        yield Problem(article.path, "", "read", "warning",
                      f"article id {article.article_id!r} is also used by an earlier file")
    seen_ids.add(article.article_id)
    sample = article.text[:_SAMPLE_CHARS]
    if count_words([sample]) >= _MIN_WORDS_TO_JUDGE and arabic_share(sample) < _MIN_ARABIC_SHARE:
        yield Problem(article.path, "", "read", "warning", "text has almost no Arabic letters")
    if not any(p.kind == "body" for p in article.paragraphs):
        yield Problem(article.path, "", "read", "warning", "no body paragraph was found in the text")


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Articles and problems of one file; never raises."""
    name = str(path)
    try:
        data = _read_bytes(path, max_bytes)
        yield from READERS[path.suffix.lower()](path, data, name)
    except ReadError as exc:
        yield Problem(name, "", "read", "error", str(exc))
    except OSError as exc:
        yield Problem(name, "", "read", "error", f"file could not be opened: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the corpus
        yield Problem(name, "", "read", "error", f"file could not be read: {type(exc).__name__}: {exc}")


def iter_articles(
    paths: str | Path | Sequence[str | Path], max_bytes: int = 2_000_000
) -> Iterator[Article | Problem]:
    """Read a corpus one file at a time, yielding articles and problems as they come.

    Args:
        paths: A folder (searched recursively), a glob pattern, a file, or a list of them.
        max_bytes: Files larger than this are not read and reported as problems.

    Yields:
        An :class:`Article` per article read and a :class:`Problem` per file or
        record that could not be read (and per warning).
    """
    files, problems = _resolve(paths)
    yield from problems
    seen_ids: set[str] = set()
    for path in files:
        for item in _read_file(path, max_bytes):
            yield item
            if isinstance(item, Article):
                for problem in _checks(item, seen_ids):
                    problem.record = item.article_id.rpartition("#")[2] if "#" in item.article_id else ""
                    yield problem


def read_corpus(
    paths: str | Path | Sequence[str | Path], max_bytes: int = 2_000_000
) -> tuple[pd.DataFrame, list[Problem]]:
    """Read every article of a corpus into a table.

    Args:
        paths: A folder (searched recursively), a glob pattern, a file, or a list of them.
        max_bytes: Files larger than this are not read and reported as problems.

    Returns:
        The ``articles`` table (columns :data:`ARTICLE_COLUMNS`, one row per
        article, in file order) and the problems met, in the order met.
    """
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, Article):
            rows.append(item.row())
        else:
            problems.append(item)
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["n_words"] = frame["n_words"].astype("int64")
    return frame, problems
