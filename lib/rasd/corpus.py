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
cannot be read becomes a :class:`Problem` and the rest is still read. The same
article met twice (the same normalised body text, under two names or in two
formats) is read once, the first time in file order; the later copy becomes a
warning ``duplicate of <article_id> ...``.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.encoding import arabic_share
from rasd.readers import ARTICLE_COLUMNS, READERS, Article, Problem, ReadError, count_words
from rasd.structure import Paragraph
from rasd.text import normalize_str

__all__ = [
    "ARTICLE_COLUMNS",
    "SUFFIXES",
    "Article",
    "DuplicateFilter",
    "Paragraph",
    "Problem",
    "find_corpus_files",
    "iter_articles",
    "read_corpus",
    "record_of",
    "text_key",
]

SUFFIXES = tuple(READERS)
_GLOB_CHARS = re.compile(r"[*?\[]")
# Below this share of Arabic letters (in a text of enough words to judge) a warning is given.
_MIN_ARABIC_SHARE = 0.2
_MIN_WORDS_TO_JUDGE = 10
_SAMPLE_CHARS = 3000
_SPACES_RE = re.compile(r"\s+")
_SURROGATES_RE = re.compile("[\ud800-\udfff]")


# --- finding files ---------------------------------------------------------


def _as_list(paths: str | Path | Sequence[str | Path]) -> list[str | Path]:
    if isinstance(paths, str | Path) or not isinstance(paths, Iterable):
        return [paths]
    return list(paths)


def _visible(path: Path, root: Path) -> bool:
    """True unless the file or a folder under ``root`` is hidden (``.git``, ``.DS_Store``)."""
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def _files_of(item: str | Path) -> tuple[list[Path], list[Path]]:
    """Supported files named by one folder, file path or glob pattern, and the files left out.

    Raises:
        ReadError: For a missing path, an unsupported file named directly or a
            pattern that matches no article file.
        OSError: When a folder cannot be listed.
    """
    path = Path(item)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and _visible(p, path))
        return [p for p in found if _supported(p)], [p for p in found if not _supported(p)]
    if path.is_file():
        if not _supported(path):
            expected = ", ".join(SUFFIXES)
            raise ReadError(f"unsupported file type {path.suffix or '(none)'!r}; expected one of {expected}")
        return [path], []
    if _GLOB_CHARS.search(str(item)):
        matches = [p for p in sorted(map(Path, glob.glob(str(item), recursive=True))) if p.is_file()]
        if not any(map(_supported, matches)):
            raise ReadError("the pattern matches no article file")
        return [p for p in matches if _supported(p)], []
    raise ReadError("no such file or folder")


def _skipped_problems(folder: str, skipped: list[Path]) -> list[Problem]:
    """One warning per file extension of the files of a folder that are not articles."""
    by_suffix: dict[str, list[Path]] = {}
    for p in skipped:
        by_suffix.setdefault(p.suffix.lower() or "(none)", []).append(p)
    problems = []
    for suffix, paths in sorted(by_suffix.items()):
        n = f"{len(paths)} file" + ("s" if len(paths) > 1 else "")
        reason = (f"not read: {n} ending in {suffix} (e.g. {paths[0].name}); "
                  f"articles are read from {', '.join(SUFFIXES)} files")
        problems.append(Problem(folder, "", "read", "warning", reason))
    return problems


def _resolve(paths: str | Path | Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files named by folders, glob patterns and file paths, plus problems for the rest."""
    files: list[Path] = []
    problems: list[Problem] = []
    for item in _as_list(paths):
        try:
            found, skipped = _files_of(item)
        except ReadError as exc:
            problems.append(Problem(str(item), "", "read", "error", str(exc)))
        except (OSError, TypeError, ValueError) as exc:
            problems.append(Problem(str(item), "", "read", "error", f"cannot be listed: {exc}"))
        else:
            files.extend(found)
            problems.extend(_skipped_problems(str(item), skipped))
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


def record_of(article_id: str, path: str) -> str:
    """The record number of an article of a multi-record file (id ``<stem>#<n>``), else ``""``."""
    prefix = Path(path).stem + "#"
    return article_id[len(prefix) :] if article_id.startswith(prefix) else ""


def text_key(article: Article | Mapping[str, Any]) -> str | None:
    """What makes two articles the same: a digest of their normalised body text.

    The body paragraphs are compared (the whole text when there are none), with
    white space collapsed, so a saved page and a plain-text copy of the same
    story match even when their page furniture differs.

    Args:
        article: An :class:`Article` or a row of the ``articles`` table (with
            ``text`` and ``paragraphs``).

    Returns:
        A hex digest, or None for a text with nothing left after normalisation.
    """
    row = article.row() if isinstance(article, Article) else article
    paragraphs = row.get("paragraphs")
    body = [p.text for p in paragraphs if p.kind == "body"] if paragraphs is not None else []
    key = _SPACES_RE.sub(" ", normalize_str(" ".join(body or [str(row["text"])]))).strip()
    if not key:
        return None
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class DuplicateFilter:
    """Remembers the text of each article read and names the first one of a repeated text.

    Feed it the articles in corpus order; the first article of each text is
    kept, every later copy gets a warning :class:`Problem` ``duplicate of ...``
    and should be left out.
    """

    def __init__(self) -> None:
        """Start with no article seen."""
        self._first: dict[str, tuple[str, str]] = {}

    def check(self, article_id: str, path: str, key: str | None) -> Problem | None:
        """None for an article to keep (its text is remembered), else the warning for a copy.

        Args:
            article_id: The article's id.
            path: Its file.
            key: Its :func:`text_key`; None is never a duplicate.
        """
        if key is None:
            return None
        first = self._first.setdefault(key, (article_id, path))
        if first == (article_id, path):
            return None
        reason = f"duplicate of {first[0]} ({first[1]}): the same text is read once"
        return Problem(path, record_of(article_id, path), "read", "warning", reason)


def _printable(name: str) -> str:
    r"""A file name as valid text: bytes that are not UTF-8 are shown escaped (``caf\xe9``).

    On Linux a name that is not UTF-8 reaches Python with lone surrogates,
    which no table file can hold.
    """
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return _SURROGATES_RE.sub("\ufffd", name)


def _printable_problem(problem: Problem) -> Problem:
    """The problem with its path and reason made valid text."""
    problem.path, problem.reason = _printable(problem.path), _printable(problem.reason)
    return problem


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """Articles and problems of one file; never raises."""
    name = _printable(str(path))
    try:
        data = _read_bytes(path, max_bytes)
        yield from READERS[path.suffix.lower()](Path(name), data, name)
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
        record that could not be read (and per warning, such as a duplicate).
    """
    files, problems = _resolve(paths)
    yield from map(_printable_problem, problems)
    seen_ids: set[str] = set()
    duplicates = DuplicateFilter()
    for path in files:
        for item in _read_file(path, max_bytes):
            if not isinstance(item, Article):
                yield _printable_problem(item)
                continue
            copy = duplicates.check(item.article_id, item.path, text_key(item))
            if copy is not None:
                yield copy
                continue
            yield item
            for problem in _checks(item, seen_ids):
                problem.record = record_of(item.article_id, item.path)
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
