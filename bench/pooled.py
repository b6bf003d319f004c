"""Print pooled F1 of every table over groups of annotated sets, one line per group.

Groups (all in ``tests/``): ``DEV`` (the seeds, both devsets and held-out sets 1-8: development
data), ``H10`` … ``H15`` (each a development set since the session that wrote it) and ``H9`` (the
blind set: read its figures only, never its rows). Extra sets outside the project (real press
excerpts kept in a scratch folder) are given as ``NAME=FOLDER`` arguments, each FOLDER holding
``articles/`` and ``gold/``; ``--only`` skips the project groups.

Run: ``python bench/pooled.py [--only] [NAME=FOLDER ...]``. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.evaluate import Score, load_gold, score_tables
from rasd.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parents[1]
TABLES = ["attack_counts", "troops", "bases", "dates", "events", "statements", "published"]
NOT_ANNOTATED = {"devset_figures": {"statements"}, "devset": {"attack_counts", "troops", "bases", "dates", "events"}}
GROUPS = {
    "DEV": ["seeds", "devset", "devset_figures", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
            "heldout6", "heldout7", "heldout8"],
    "H10": ["heldout10"], "H11": ["heldout11"], "H12": ["heldout12"], "H13": ["heldout13"],
    "H14": ["heldout14"], "H15": ["heldout15"], "H9": ["heldout9"],
}


def _folders(name: str) -> tuple[Path, Path]:
    if name == "seeds":
        return ROOT / "seeds", ROOT / "tests" / "gold"
    return ROOT / "tests" / name / "articles", ROOT / "tests" / name / "gold"


def score_group(folders: list[tuple[str, Path, Path]]) -> dict[str, Score]:
    """Extract every folder's articles and sum the matching counts over the folders."""
    total = {t: Score() for t in TABLES}
    for name, articles, gold in folders:
        scores = score_tables(load_gold(gold), extract_corpus(articles, progress=False))
        for table, score in scores.items():
            if table in total and table not in NOT_ANNOTATED.get(name, set()):
                total[table].tp += score.tp
                total[table].fp += score.fp
                total[table].fn += score.fn
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extra", nargs="*", help="NAME=FOLDER with articles/ and gold/")
    parser.add_argument("--only", action="store_true", help="score the extra folders only")
    args = parser.parse_args(argv)
    groups: dict[str, list[tuple[str, Path, Path]]] = {}
    if not args.only:
        for group, names in GROUPS.items():
            groups[group] = [(n, *_folders(n)) for n in names]
    for spec in args.extra:
        name, _, folder = spec.partition("=")
        groups[name] = [(name, Path(folder) / "articles", Path(folder) / "gold")]
    print(f"{'set':<12}" + "".join(f"{t[:9]:>10}" for t in TABLES))
    for group, folders in groups.items():
        total = score_group(folders)
        print(f"{group:<12}" + "".join(f"{total[t].f1:>10.3f}" for t in TABLES), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
