"""The ``rasd`` command: ``extract`` tables, ``evaluate`` them, ``run`` the report notebooks."""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "build_parser", "publish_folder"]

_EPILOG = "Run 'rasd COMMAND --help' for the options of each command."
# A short article run through every extractor before the corpus, to load the lexicons.
_WARM_UP = {
    "article_id": "warm-up", "published": "2023-10-06", "paragraphs": None,
    "text": "قال المتحدث إن هجوما بطائرة مسيرة استهدف قاعدة عين الأسد يوم الخميس 5 تشرين الأول 2023.",
}


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``rasd`` command and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="Rasd turns Arabic news articles into tables of attack counts, events, "
        "force deployments, places, dates and statements, each row with its evidence.",
        epilog=_EPILOG,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="read a corpus and write the tables",
        description="Read every article of CORPUS (folders, glob patterns or files: .txt, .html, "
        ".htm, .json, .jsonl, .csv in any common encoding) and write one table per kind of fact "
        "into --out, plus problems.csv listing every file or record that could not be read.",
    )
    ex.add_argument("corpus", nargs="+", help="folder(s), glob pattern(s) or file(s) to read")
    ex.add_argument("--out", required=True, type=Path, help="folder to create for the tables")
    ex.add_argument("--format", choices=("csv", "parquet"), default="csv",
                    help="table file format (default: csv, UTF-8 with a header row)")
    ex.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    ex.add_argument("--max-bytes", type=int, default=2_000_000,
                    help="skip (and report) files larger than this many bytes (default: 2000000)")
    ex.add_argument("--force", action="store_true",
                    help="replace --out even when it already holds files")
    ex.add_argument("--strict", action="store_true",
                    help="exit non-zero when any file or record had an error")
    ex.add_argument("--cache", type=Path, default=None, metavar="DIR",
                    help="keep each article's rows here and extract only new or changed "
                    "articles on the next run (default: .rasd-cache/ at the repository root)")
    ex.add_argument("--no-cache", action="store_true",
                    help="extract every article, neither reading nor writing the cache")
    ex.add_argument("--dask", default=None, metavar="ADDRESS",
                    help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or "
                    "'local' for 2 local worker processes; --jobs is then ignored")

    ev = sub.add_parser(
        "evaluate",
        help="score tables against gold annotations",
        description="Compare the tables written by 'rasd extract' with gold annotations (one JSON "
        "file per article) and print precision, recall and F1 per table.",
    )
    ev.add_argument("gold_dir", type=Path, help="folder of gold *.json files")
    ev.add_argument("tables_dir", type=Path, help="folder written by 'rasd extract'")
    ev.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra")
    ev.add_argument("--literal", action="store_true",
                    help="score as the external scorer does: greedy matching in gold order and "
                    "places compared as text only (no gazetteer aliases)")

    run = sub.add_parser(
        "run",
        help="extract a corpus once and run the report notebooks on it",
        description="Check the parameters, extract CORPUS once into OUT/tables (CSV and "
        "Parquet), execute every notebook of notebooks/ on those tables and write OUT: the "
        "executed notebooks, an HTML page of each, the charts (OUT/charts/*.png), the "
        "tables and what the kernels wrote on stderr (OUT/logs/). A failed cell is named and "
        "its partial notebook kept; the exit status is then 1 (2 for bad parameters, "
        "refused before anything runs).",
    )
    run.add_argument("--corpus", default=None,
                     help="folder, glob pattern or file of articles (default: the seeds/ "
                     "folder of the repository)")
    run.add_argument("--since", default="", help="first day kept, YYYY-MM-DD (default: all)")
    run.add_argument("--until", default="", help="last day kept, YYYY-MM-DD (default: all)")
    run.add_argument("--lang", default="ar", metavar="{ar,en}",
                     help="language of chart titles and labels (default: ar)")
    run.add_argument("--out", type=Path, default=None,
                     help="folder to create (default: reports/<timestamp>)")
    run.add_argument("--force", action="store_true",
                     help="replace --out even when it already holds files")
    run.add_argument("--dask", default=None, metavar="ADDRESS",
                     help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or "
                     "'local' for 2 local worker processes")
    return parser


def publish_folder(tmp: Path, out: Path, force: bool) -> None:
    """Move a finished temporary folder into place as ``out``.

    Raises:
        FileExistsError: When ``out`` holds files and ``force`` is false.
    """
    if out.exists() and any(out.iterdir()):
        if not force:
            raise FileExistsError(f"{out} already exists and is not empty (use --force to replace it)")
        shutil.rmtree(out)
    elif out.exists():
        out.rmdir()
    os.replace(tmp, out)


def _check_out(out: Path, force: bool) -> str | None:
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder"
    if out.exists() and any(out.iterdir()) and not force:
        return f"--out {out} already exists and is not empty (use --force to replace it)"
    return None


def _settle_lexicons() -> None:
    """Load the lexicons (one short article through every extractor), then freeze them.

    Frozen (``gc.freeze``), the ~85,000 objects of the lexicons are left out of the
    full passes of the cyclic garbage collector, which otherwise walk them all again
    every few chunks; the rows do not change. The command decides it, not the library:
    it changes the collector of the whole process (and of the workers it forks).
    """
    from rasd.pipeline import extract_article

    extract_article(_WARM_UP)
    gc.freeze()


def _run_extract(args: argparse.Namespace) -> int:
    from rasd.cache import DEFAULT_CACHE_DIR
    from rasd.tablewriter import extract_to_folder

    error = _check_out(args.out, args.force)
    if error:
        print(f"rasd extract: {error}", file=sys.stderr)
        return 2
    cache = None if args.no_cache else (args.cache or DEFAULT_CACHE_DIR)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{args.out.name}.", dir=args.out.parent))
    _settle_lexicons()
    try:
        summary = extract_to_folder(args.corpus, tmp, args.format, jobs=max(1, args.jobs),
                                    max_bytes=args.max_bytes, cache=cache, dask=args.dask)
        problems = summary["problems"]
        for p in problems.itertuples():
            print(f"rasd extract: {p.severity}: {p.path}{' #' + p.record if p.record else ''}: "
                  f"{p.reason}", file=sys.stderr)
        n_articles = summary["rows"]["articles"]
        if n_articles == 0:
            print("rasd extract: no article could be read from " + ", ".join(args.corpus),
                  file=sys.stderr)
            return 1
        publish_folder(tmp, args.out, args.force)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    counts = ", ".join(f"{n} {name}" for name, n in summary["rows"].items() if name != "articles")
    reuse = f"; {summary['extracted']} extracted, {summary['cached']} from the cache" if cache else ""
    print(f"rasd extract: {n_articles} articles -> {args.out} ({counts}{reuse})", file=sys.stderr)
    if args.strict and (problems["severity"] == "error").any():
        return 1
    return 0


def _run_evaluate(args: argparse.Namespace) -> int:
    import pandas as pd

    from rasd.evaluate import format_scores, load_gold, score_tables

    if not args.gold_dir.is_dir() or not args.tables_dir.is_dir():
        print("rasd evaluate: both GOLD_DIR and TABLES_DIR must be folders", file=sys.stderr)
        return 2
    frames = {}
    for path in sorted(args.tables_dir.iterdir()):
        if path.suffix == ".csv":
            frames[path.stem] = pd.read_csv(path, dtype={"published": str, "iso": str, "date": str},
                                            keep_default_na=False, na_values=[""])
        elif path.suffix == ".parquet":
            frames[path.stem] = pd.read_parquet(path)
    for frame in frames.values():
        for col in ("published", "iso", "date"):
            if col in frame:
                frame[col] = frame[col].fillna("").astype(str)
    print(format_scores(score_tables(load_gold(args.gold_dir), frames, strict=args.literal), verbose=args.verbose))
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from rasd.distributed import use_dask
    from rasd.paths import SEEDS_DIR
    from rasd.report import RunParams, run_report

    corpus = str(SEEDS_DIR) if args.corpus is None else args.corpus
    with use_dask(args.dask):
        return run_report(RunParams(corpus, args.since, args.until, args.lang, args.out, args.force))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``rasd`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    handlers = {"extract": _run_extract, "evaluate": _run_evaluate, "run": _run_report}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
