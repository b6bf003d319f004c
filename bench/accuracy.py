"""Print precision, recall and F1 of every table on each annotated set.

Sets: the seeds (tests/gold), the two development sets (tests/devset,
tests/devset_figures: rules were developed on them, so their figures are
optimistic) and the held-out set (tests/heldout: written blind to the rules,
the honest figure). Run with ``make accuracy``; not part of ``make test``.
"""

import sys
from pathlib import Path

from rasd.evaluate import format_scores, load_gold, score_tables
from rasd.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parents[1]
ALL = None
FIGURES = ["attack_counts", "troops", "bases", "dates", "events", "published"]
# (name, articles, gold, tables the gold annotates)
SETS = [
    ("seeds", ROOT / "seeds", ROOT / "tests" / "gold", ALL),
    ("devset (statements)", ROOT / "tests" / "devset" / "articles", ROOT / "tests" / "devset" / "gold",
     ["statements", "published"]),
    ("devset (figures)", ROOT / "tests" / "devset_figures" / "articles", ROOT / "tests" / "devset_figures" / "gold",
     FIGURES),
    ("held-out", ROOT / "tests" / "heldout" / "articles", ROOT / "tests" / "heldout" / "gold", ALL),
]


def main() -> int:
    for name, articles, gold, tables in SETS:
        if not articles.is_dir():
            continue
        frames = extract_corpus(articles, progress=False)
        scores = score_tables(load_gold(gold), frames)
        if tables is not None:
            scores = {t: s for t, s in scores.items() if t in tables}
        print(f"\n== {name}: {len(frames['articles'])} articles")
        print(format_scores(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
