"""Print precision, recall and F1 of every table on each annotated set.

Sets: the seeds (tests/gold), the two development sets (tests/devset,
tests/devset_figures: rules were developed on them, so their figures are
optimistic), the first held-out set (tests/heldout: written blind, since then used
to improve the rules), the second (tests/heldout2: part B used for development,
part A blind), the third (tests/heldout3, session 3), the fourth (tests/heldout4,
session 4) and the fifth (tests/heldout5, session 5), each with part B used for development
and part A blind until session 6, when the A parts of heldout2-4 became development too (heldout5 A
stays blind), the sixth (tests/heldout6, session 5, rich in statements), the seventh
(tests/heldout7, session 6: part A rich in figures, part B in statements); heldout5 A, heldout6 and
heldout7 were blind until session 8, when they became development data and the eighth
(tests/heldout8, session 8, rich in figures and events, both parts) became the blind set; it
became development data in session 14, when the ninth (tests/heldout9, session 14, rich in
figures, both parts) became the blind set. The tenth (tests/heldout10, session 15, rich in troop
figures and bases) and the eleventh (tests/heldout11, session 16, rich in attack counts) were each
scored blind once and then became development data in the same session. The twelfth
(tests/heldout12, session 17, rich in bases, troop figures and events) and the thirteenth
(tests/heldout13, session 18), the fourteenth (tests/heldout14, session 19) and the fifteenth
(tests/heldout15, session 20), all with the same emphasis, were each scored blind and then became
development data in the session that wrote them.
Every set is scored twice: with the gazetteer-aware place matching and, on the line
``literal``, as the external scorer states (greedy matching, places compared as text).
Run with ``make accuracy``; not part of ``make test``.
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
    ("held-out 2, part B (used for development)", ROOT / "tests" / "heldout2" / "articles",
     ROOT / "tests" / "heldout2" / "gold", ALL, range(13, 25)),
    ("held-out 2, part A (blind until session 6)", ROOT / "tests" / "heldout2" / "articles", ROOT / "tests" / "heldout2" / "gold",
     ALL, range(1, 13)),
    ("held-out 3, part B (used for development)", ROOT / "tests" / "heldout3" / "articles",
     ROOT / "tests" / "heldout3" / "gold", ALL, range(13, 25)),
    ("held-out 3, part A (blind until session 6)", ROOT / "tests" / "heldout3" / "articles", ROOT / "tests" / "heldout3" / "gold",
     ALL, range(1, 13)),
    ("held-out 4, part B (used for development)", ROOT / "tests" / "heldout4" / "articles",
     ROOT / "tests" / "heldout4" / "gold", ALL, range(13, 25)),
    ("held-out 4, part A (blind until session 6)", ROOT / "tests" / "heldout4" / "articles", ROOT / "tests" / "heldout4" / "gold",
     ALL, range(1, 13)),
    ("held-out 5, part B (used for development)", ROOT / "tests" / "heldout5" / "articles",
     ROOT / "tests" / "heldout5" / "gold", ALL, range(13, 25)),
    ("held-out 5, part A (blind until session 8)", ROOT / "tests" / "heldout5" / "articles", ROOT / "tests" / "heldout5" / "gold",
     ALL, range(1, 13)),
    ("held-out 6 (blind until session 8)", ROOT / "tests" / "heldout6" / "articles", ROOT / "tests" / "heldout6" / "gold", ALL),
    ("held-out 7, part A (blind until session 8)", ROOT / "tests" / "heldout7" / "articles", ROOT / "tests" / "heldout7" / "gold",
     ALL, range(1, 13)),
    ("held-out 7, part B (blind until session 8)", ROOT / "tests" / "heldout7" / "articles", ROOT / "tests" / "heldout7" / "gold",
     ALL, range(13, 25)),
    ("held-out 8, part A (blind until session 14)", ROOT / "tests" / "heldout8" / "articles",
     ROOT / "tests" / "heldout8" / "gold", ALL, range(1, 13)),
    ("held-out 8, part B (blind until session 14)", ROOT / "tests" / "heldout8" / "articles",
     ROOT / "tests" / "heldout8" / "gold", ALL, range(13, 25)),
    ("held-out 10, part A (development since session 15)", ROOT / "tests" / "heldout10" / "articles",
     ROOT / "tests" / "heldout10" / "gold", ALL, range(1, 10)),
    ("held-out 10, part B (development since session 15)", ROOT / "tests" / "heldout10" / "articles",
     ROOT / "tests" / "heldout10" / "gold", ALL, range(11, 21)),
    ("held-out 11, part A (development since session 16)", ROOT / "tests" / "heldout11" / "articles",
     ROOT / "tests" / "heldout11" / "gold", ALL, range(1, 11)),
    ("held-out 11, part B (development since session 16)", ROOT / "tests" / "heldout11" / "articles",
     ROOT / "tests" / "heldout11" / "gold", ALL, range(11, 21)),
    ("held-out 12, part A (development since session 17)", ROOT / "tests" / "heldout12" / "articles",
     ROOT / "tests" / "heldout12" / "gold", ALL, range(1, 11)),
    ("held-out 12, part B (development since session 17)", ROOT / "tests" / "heldout12" / "articles",
     ROOT / "tests" / "heldout12" / "gold", ALL, range(11, 21)),
    ("held-out 13, part A (development since session 18)", ROOT / "tests" / "heldout13" / "articles",
     ROOT / "tests" / "heldout13" / "gold", ALL, range(1, 11)),
    ("held-out 13, part B (development since session 18)", ROOT / "tests" / "heldout13" / "articles",
     ROOT / "tests" / "heldout13" / "gold", ALL, range(11, 19)),
    ("held-out 14, part A (development since session 19)", ROOT / "tests" / "heldout14" / "articles",
     ROOT / "tests" / "heldout14" / "gold", ALL, range(1, 11)),
    ("held-out 14, part B (development since session 19)", ROOT / "tests" / "heldout14" / "articles",
     ROOT / "tests" / "heldout14" / "gold", ALL, range(11, 20)),
    ("held-out 15, part A (development since session 20)", ROOT / "tests" / "heldout15" / "articles",
     ROOT / "tests" / "heldout15" / "gold", ALL, range(1, 10)),
    ("held-out 15, part B (development since session 20)", ROOT / "tests" / "heldout15" / "articles",
     ROOT / "tests" / "heldout15" / "gold", ALL, range(11, 19)),
    ("held-out 9, part A (blind)", ROOT / "tests" / "heldout9" / "articles", ROOT / "tests" / "heldout9" / "gold",
     ALL, range(1, 13)),
    ("held-out 9, part B (blind)", ROOT / "tests" / "heldout9" / "articles", ROOT / "tests" / "heldout9" / "gold",
     ALL, range(13, 25)),
]


def main() -> int:
    for name, articles, gold, tables, *part in SETS:
        if not articles.is_dir():
            continue
        docs = load_gold(gold)
        paths: Path | list[Path] = articles
        if part:  # articles hbNN_* (hcNN_*, hdNN_*) with NN in the part's range
            prefix = {"heldout2": "hb", "heldout3": "hc", "heldout4": "hd", "heldout5": "he", "heldout7": "hg",
                      "heldout8": "hi", "heldout9": "hj", "heldout10": "hk", "heldout11": "hm",
                      "heldout12": "hn", "heldout13": "hp", "heldout14": "hq",
                      "heldout15": "hr"}[articles.parent.name]
            wanted = {f"{prefix}{n:02d}" for n in part[0]}
            docs = {k: v for k, v in docs.items() if k[:4] in wanted}
            paths = sorted(p for p in articles.glob("*.txt") if p.name[:4] in wanted)
        frames = extract_corpus(paths, progress=False)
        scores = score_tables(docs, frames)
        if tables is not None:
            scores = {t: s for t, s in scores.items() if t in tables}
        literal = score_tables(docs, frames, strict=True)
        print(f"\n== {name}: {len(frames['articles'])} articles")
        print(format_scores(scores))
        print("literal " + "  ".join(f"{t} {s.f1:.3f}" for t, s in literal.items() if t in scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
