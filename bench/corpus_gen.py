"""Synthetic corpora for the benchmark: the seed articles' paragraphs, recombined.

Every generated article has the layout of a copied news page (headline, date
line, photo caption, font widget, body paragraphs with a few sub-headings) and
is built from the paragraphs of the articles in ``seeds/`` drawn at random, so
its size and density of facts are those of real articles while no two files
are alike. Nothing is ever written outside the folder given.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasd.corpus import Article, iter_articles

__all__ = ["ParagraphPool", "load_pool", "compose_article", "write_corpus"]

FILES_PER_FOLDER = 1000
_DAY_RE = re.compile(r"^\d{1,2}")


@dataclass
class ParagraphPool:
    """Paragraphs of the seed articles, by kind."""

    headlines: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def load_pool(seeds: Path) -> ParagraphPool:
    """Collect the paragraphs of every seed article."""
    pool = ParagraphPool()
    by_kind = {"headline": pool.headlines, "dateline": pool.datelines, "caption": pool.captions,
               "subhead": pool.subheads, "body": pool.bodies, "boilerplate": pool.furniture}
    for item in iter_articles(seeds):
        if isinstance(item, Article):
            for para in item.paragraphs:
                if para.kind in by_kind and para.text.strip():
                    by_kind[para.kind].append(para.text.strip())
    return pool


def compose_article(pool: ParagraphPool, rng: random.Random) -> str:
    """One article: headline, date line, caption, widget, 8 to 14 body paragraphs."""
    dateline = _DAY_RE.sub(str(rng.randint(1, 28)), rng.choice(pool.datelines))
    lines = [rng.choice(pool.headlines + pool.subheads), "", dateline, rng.choice(pool.captions)]
    lines += [_widget(pool), ""]
    for i, body in enumerate(rng.sample(pool.bodies, min(len(pool.bodies), rng.randint(8, 14)))):
        if i and i % 4 == 0 and pool.subheads:
            lines += [rng.choice(pool.subheads), ""]
        lines += [body, ""]
    if pool.furniture and rng.random() < 0.5:
        lines.append(rng.choice(pool.furniture))
    return "\n".join(lines)


def _widget(pool: ParagraphPool) -> str:
    """The furniture line the seeds repeat most (the font-size widget)."""
    return Counter(pool.furniture).most_common(1)[0][0] if pool.furniture else ""


def write_corpus(folder: Path, n: int, pool: ParagraphPool, seed: int = 7) -> int:
    """Write ``n`` articles as ``.txt`` files (1000 per sub-folder), one at a time.

    Returns:
        The number of bytes written.
    """
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        sub = folder / f"{i // FILES_PER_FOLDER:04d}"
        if i % FILES_PER_FOLDER == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = compose_article(pool, rng).encode("utf-8")
        (sub / f"a{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total
