"""List gold attack rows missed while the article has an attack row elsewhere: gold place vs Rasd's.

Usage: ``python bench/attack_places.py TAG GOLD_DIR:SET_NAME ...`` where ``/tmp/TAG_SET_NAME``
holds the tables ``rasd extract`` wrote for that set (as the evaluation scripts name them).
Each miss prints the gold place and date, then every attack row of the article with its
place, target and date, marked USED when it matched another gold row; the last line
counts the misses, undated ones apart (those match on type and place).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from rasd.evaluate import load_gold, match_rows, score_tables

__all__ = ["list_misses"]


def _same(g: dict, r: dict) -> bool:
    return bool(
        score_tables({"a": {"events": [g]}}, {"events": pd.DataFrame([{**r, "article_id": "a"}])})[
            "events"
        ].tp
    )


def list_misses(tag: str, gold_dir: Path, name: str) -> tuple[int, int]:
    """Print the attack misses of one set that have an attack row elsewhere; return (all, undated)."""
    frame = pd.read_csv(Path(f"/tmp/{tag}_{name}") / "events.csv", dtype=str, keep_default_na=False)
    total = undated = 0
    for aid, doc in load_gold(gold_dir).items():
        golds = list(doc.get("events", []))
        preds = frame[frame["article_id"] == aid].to_dict("records")
        pairs = match_rows(golds, preds, _same)
        used = set(pairs.values())
        attacks = [(i, p) for i, p in enumerate(preds) if p["type"] == "attack"]
        for gi, g in enumerate(golds):
            if gi in pairs or g["type"] != "attack" or not attacks:
                continue
            total, undated = total + 1, undated + (not g.get("date"))
            print(f"== {name} {aid} gold: place={g.get('target_or_place')!r} date={g.get('date')}")
            for i, p in attacks:
                mark = "USED" if i in used else "free"
                print(
                    f"   {mark} place={p['place']!r} target={p['target'][:70]!r} date={p['date']} | {p['sentence'][:120]}"
                )
    return total, undated


if __name__ == "__main__":
    counts = [
        list_misses(sys.argv[1], Path(arg.split(":")[0]), arg.split(":")[1]) for arg in sys.argv[2:]
    ]
    print(f"TOTAL {sum(c[0] for c in counts)} (undated {sum(c[1] for c in counts)})")
