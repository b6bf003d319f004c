"""Print event misses and extras by kind of error, as counts only.

The events table is the weakest on real press pages, and its errors have several causes: no
row for the act, a row with the wrong place (gold rows without a date match on place), a row
without the date the gold gives, or a row the gold does not have. This script sorts every
unmatched event row into one of those kinds and prints how many there are, split by whether
Rasd found the page's publication date. It prints counts, never rows, so it may be run on a
blind set to choose the next work without reading it.

Run: ``python bench/event_errors.py FOLDER [FOLDER ...]``, each FOLDER holding ``articles/``
and ``gold/``. Not part of ``make test``.

Kinds of miss (a gold row left unpaired):
    * ``undated, other place``: the gold row has no date and a free row of its type has a
      place that is not the gold's;
    * ``undated, no row of type``: the gold row has no date and no free row has its type;
    * ``dated, row undated``: a free row of its type exists but carries no date;
    * ``dated, row other date``: free rows of its type exist, all with another date;
    * ``dated, no row of type``: no free row has its type.

Kinds of extra (a row left unpaired): whether the gold has any row of its type in that
article, and whether the row carries a date.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.evaluate import load_gold, pair_article
from rasd.pipeline import extract_corpus

__all__ = ["classify_miss", "classify_extra", "count_event_errors"]


def _dated(row: Mapping[str, Any]) -> bool:
    value = row.get("date")
    return bool(value) and not (isinstance(value, float) and pd.isna(value))


def classify_miss(gold: Mapping[str, Any], free: list[Mapping[str, Any]]) -> str:
    """The kind of one unpaired gold event, given the extracted rows left unpaired."""
    same_type = [row for row in free if row["type"] == gold["type"]]
    if not gold.get("date"):
        return "undated, other place" if same_type else "undated, no row of type"
    if not same_type:
        return "dated, no row of type"
    if any(not _dated(row) for row in same_type):
        return "dated, row undated"
    return "dated, row other date"


def classify_extra(row: Mapping[str, Any], gold_types: set[str]) -> str:
    """The kind of one unpaired extracted event, given the event types of the article's gold."""
    kind = "type in gold" if row["type"] in gold_types else "type not in gold"
    return f"{kind}, {'dated' if _dated(row) else 'undated'}"


def count_event_errors(folders: list[Path]) -> collections.Counter:
    """Count (page, outcome, kind, type) over every article of the folders.

    ``page`` is ``"dated page"`` when Rasd found the publication date, else ``"undated page"``;
    ``outcome`` is ``"match"``, ``"miss"`` or ``"extra"``.
    """
    counts: collections.Counter = collections.Counter()
    for folder in folders:
        gold = load_gold(folder / "gold")
        frames = extract_corpus(folder / "articles", progress=False)
        articles = frames["articles"].set_index("article_id")
        for article_id, doc in gold.items():
            published = articles.loc[article_id, "published"] if article_id in articles.index else ""
            page = "dated page" if published and not pd.isna(published) else "undated page"
            golds, preds, pairs = pair_article(doc, frames, "events", article_id)
            used = set(pairs.values())
            free = [row for i, row in enumerate(preds) if i not in used]
            for gi, g in enumerate(golds):
                outcome, kind = ("match", "") if gi in pairs else ("miss", classify_miss(g, free))
                counts[(page, outcome, kind, g["type"])] += 1
            gold_types = {g["type"] for g in golds}
            for row in free:
                counts[(page, "extra", classify_extra(row, gold_types), row["type"])] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--by-type", action="store_true", help="one line per event type as well")
    args = parser.parse_args(argv)
    counts = count_event_errors(args.folders)
    totals: collections.Counter = collections.Counter()
    for (page, outcome, kind, _type), n in counts.items():
        totals[(page, outcome, kind)] += n
    for key in sorted(totals):
        page, outcome, kind = key
        print(f"{page:<13} {outcome:<6} {kind:<26} {totals[key]:>4}")
        if args.by_type:
            for (p, o, k, etype), n in sorted(counts.items()):
                if (p, o, k) == key:
                    print(f"{'':<13} {'':<6} {'  ' + etype:<26} {n:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
