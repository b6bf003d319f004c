"""Score extracted tables against hand-made gold annotations.

Gold files are JSON, one per article (schema: ``tests/gold/README.md``). Inside
each article, gold and extracted rows are matched one to one so that as many
pairs as possible match (a maximum bipartite matching: a gold row with no date,
matched by place, must not take the extracted row a dated gold row needs); the
counts are then summed over all articles into precision, recall and F1.

``strict=True`` scores exactly as ``/work/shared/README.md`` states the external
scorer does: greedy matching in gold order, and a gold place matches only when its
text occurs in the row's place (no gazetteer aliases). Both figures are reported so
that the lenient one never hides a naming difference.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.gazetteer import place_matcher
from rasd.text import normalize_str, tokenize

__all__ = [
    "Score", "load_gold", "score_tables", "format_scores", "fold", "match_rows", "match_rows_greedy", "pair_article",
]

_LEADING_CONJ_RE = re.compile(r"^[وف](?=\S{2,})")
_FINAL_TA_RE = re.compile(r"[تا]$")
_ANON_SKIP = {"احد", "بعض", "عدد", "من"}
_MARKS_RE = re.compile(r"[\"'()«»“”]")  # quotation marks and brackets are not part of a name


def fold(text: Any) -> str:
    """Fold Arabic for comparison: diacritics, tatweel, alef forms, ى and ة as in the gold rules.

    Quotation marks and brackets become spaces (``(البنتاغون)`` ~ ``البنتاغون``).
    """
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    return " ".join(_MARKS_RE.sub(" ", normalize_str(str(text))).split())


@dataclass
class Score:
    """Matching counts of one table, with the unmatched rows for ``--verbose``."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of extracted rows that match a gold row (1.0 when nothing was extracted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of gold rows matched (1.0 when the gold is empty)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Read every ``*.json`` gold file of a folder, keyed by article id."""
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        gold[doc.get("id") or path.stem] = doc
    return gold


def _verb_key(verb: Any) -> str:
    v = fold(verb)
    v = _LEADING_CONJ_RE.sub("", v)
    return _FINAL_TA_RE.sub("", v)


def _speaker_match(gold: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    g, r = fold(gold.get("speaker")), fold(row.get("speaker"))
    if not g or not r:
        return False
    if g in r or r in g or g.split()[-1] == r.split()[-1]:
        return True
    if gold.get("speaker_type") == "anonymous":
        return _head_noun(g) == _head_noun(r)
    return False


def _head_noun(speaker: str) -> str:
    words = [w for w in speaker.split() if w not in _ANON_SKIP]
    head = words[0] if words else ""
    head = head[2:] if head.startswith("ال") else head
    # a sound plural in any case: "مسؤولون" (subject) and "عن مسؤولين" (after a preposition)
    return head[:-2] + "ون" if len(head) >= 5 and head.endswith("ين") else head


@lru_cache(maxsize=4096)
def _gazetteer_ids(name: str) -> frozenset[str]:
    """The gazetteer entry of the first place a name mentions, with its related entry.

    A town and the base beside it are related (``رميلان`` and the base of ``خراب الجير``).
    """
    tokens = tokenize(normalize_str(name))
    m = next(iter(place_matcher().find(tokens)), None)
    return frozenset(x for x in (m.value["id"], m.value.get("related")) if x) if m is not None else frozenset()


def _place_literal(gold_place: Any, *values: Any) -> bool:
    """The gold place's text occurs in one of the values (the external scorer's rule)."""
    g = fold(gold_place)
    return any(g in fold(v) for v in values)


def _place_in(gold_place: Any, *values: Any) -> bool:
    """The gold place occurs in one of the values (an empty gold place occurs anywhere).

    Two names of one gazetteer entry, or of a town and the base beside it, are the same
    place: the gold's ``الحرير`` is the extracted ``حرير``, ``قاعدة فكتوريا`` is ``فيكتوريا``,
    ``رميلان`` is ``خراب الجير``.
    """
    if _place_literal(gold_place, *values):
        return True
    ids = _gazetteer_ids(str(gold_place)) if gold_place else frozenset()
    return bool(ids) and any(isinstance(v, str) and v and ids & _gazetteer_ids(v) for v in values)


def _same(a: Any, b: Any) -> bool:
    return fold(a) == fold(b)


def _int_eq(a: Any, b: Any) -> bool:
    try:
        return int(a) == int(b)
    except (TypeError, ValueError):
        return False


Matcher = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]


def _matchers(place_in: Callable[..., bool]) -> dict[str, Matcher]:
    return {
        "attack_counts": lambda g, r: _int_eq(g["count"], r["count"]) and g["unit"] == r["unit"],
        "troops": lambda g, r: _int_eq(g["count"], r["count"]) and _same(g["country"], r["country"]),
        "bases": lambda g, r: place_in(g["place"], r["place"]),
        "dates": lambda g, r: g["iso"] == r["iso"],
        "events": lambda g, r: g["type"] == r["type"]
        and (g["date"] == r["date"] if g.get("date") else place_in(g["target_or_place"], r["place"], r["target"])),
        "statements": lambda g, r: _verb_key(g["verb"]) == _verb_key(r["verb"]) and _speaker_match(g, r),
        "published": lambda g, r: g["published"] == r["published"],
    }


_MATCHERS = _matchers(_place_in)
_STRICT_MATCHERS = _matchers(_place_literal)


def _gold_rows(doc: Mapping[str, Any], table: str) -> list[Mapping[str, Any]]:
    if table == "troops":
        return [d for d in doc.get("deployments", []) if d.get("count") is not None]
    if table == "bases":
        return [d for d in doc.get("deployments", []) if d.get("count") is None]
    if table == "dates":
        return [d for d in doc.get("dates", []) if d.get("iso")]
    if table == "published":
        return [{"published": doc.get("published") or ""}]
    if table == "statements":
        return [d for d in doc.get(table, []) if d.get("kind") != "headline"]
    return list(doc.get(table, []))


def _pred_rows(frames: Mapping[str, pd.DataFrame], table: str, article_id: str) -> list[dict[str, Any]]:
    source = {"troops": "deployments", "bases": "deployments", "published": "articles"}.get(table, table)
    frame = frames.get(source)
    if frame is None or frame.empty:
        return []
    rows = frame[frame["article_id"] == article_id].to_dict("records")
    if table == "troops":
        return [r for r in rows if not pd.isna(r["count"])]
    if table == "bases":
        return [r for r in rows if pd.isna(r["count"])]
    if table == "dates":
        return [r for r in rows if r["iso"]]
    if table == "statements":
        # Headline quotes ("Name: text") are the gold's pull_quotes, not narrative statements.
        return [r for r in rows if r.get("kind") != "headline"]
    return rows


def match_rows(
    gold: list[Mapping[str, Any]],
    preds: list[Mapping[str, Any]],
    same: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> dict[int, int]:
    """Pair gold rows with extracted rows, one to one, as many pairs as possible.

    Kuhn's augmenting paths: each gold row in turn takes a free matching row, or
    one held by an earlier gold row that can move to another.

    Args:
        gold: Gold rows of one article and table.
        preds: Extracted rows of the same article and table.
        same: Whether a gold row and an extracted row match.

    Returns:
        The pairs, as gold index -> extracted index.
    """
    options = [[i for i, p in enumerate(preds) if same(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or place(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(gold)):
        place(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def match_rows_greedy(
    gold: list[Mapping[str, Any]],
    preds: list[Mapping[str, Any]],
    same: Matcher,
) -> dict[int, int]:
    """Pair each gold row, in gold order, with the first free extracted row that matches it."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        pi = next((i for i, p in enumerate(preds) if i not in used and same(g, p)), None)
        if pi is not None:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _describe(row: Mapping[str, Any]) -> str:
    keep = ("count", "unit", "country", "place", "iso", "expr", "type", "date", "speaker", "verb", "published")
    return ", ".join(f"{k}={row[k]}" for k in keep if k in row and not pd.isna(row[k]) and row[k] != "")


def score_tables(
    gold: Mapping[str, Mapping[str, Any]], frames: Mapping[str, pd.DataFrame], strict: bool = False
) -> dict[str, Score]:
    """Match extracted tables against the gold, per article, and count.

    Args:
        gold: Gold documents keyed by article id (:func:`load_gold`).
        frames: Extracted tables by name (as written by ``rasd extract``).
        strict: Score as the external scorer does (greedy matching, literal places).

    Returns:
        A :class:`Score` per scored table: attack_counts, troops, bases, dates,
        events, statements and published.
    """
    scores = {name: Score() for name in _MATCHERS}
    for article_id, doc in gold.items():
        for table in _MATCHERS:
            if table == "statements" and "statements" not in frames:
                continue
            golds, preds, pairs = pair_article(doc, frames, table, article_id, strict)
            score = scores[table]
            score.tp += len(pairs)
            for gi, g in enumerate(golds):
                if gi not in pairs:
                    score.fn += 1
                    score.misses.append(f"{article_id}: {_describe(g)}")
            used = set(pairs.values())
            for i, p in enumerate(preds):
                if i not in used:
                    score.fp += 1
                    score.extras.append(f"{article_id}: {_describe(p)}")
    return scores


def pair_article(
    doc: Mapping[str, Any], frames: Mapping[str, pd.DataFrame], table: str, article_id: str, strict: bool = False
) -> tuple[list[Mapping[str, Any]], list[dict[str, Any]], dict[int, int]]:
    """The gold rows and extracted rows of one article and table, and how they pair.

    Args:
        doc: The article's gold document.
        frames: Extracted tables by name.
        table: A scored table (``attack_counts``, ``troops``, ``bases``, ``dates``, ``events``,
            ``statements`` or ``published``).
        article_id: The article.
        strict: Pair as the external scorer does (see :func:`score_tables`).

    Returns:
        The gold rows, the extracted rows and the pairs (gold index -> extracted index).
    """
    same = (_STRICT_MATCHERS if strict else _MATCHERS)[table]
    pair = match_rows_greedy if strict else match_rows
    golds = _gold_rows(doc, table)
    preds = _pred_rows(frames, table, article_id)
    return golds, preds, pair(golds, preds, same)


def format_scores(scores: Mapping[str, Score], verbose: bool = False) -> str:
    """Render scores as a plain-text table (and the misses/extras when verbose)."""
    lines = [f"{'table':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in scores.items():
        lines.append(
            f"{name:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    if verbose:
        for name, s in scores.items():
            lines += [f"  miss  {name}: {m}" for m in s.misses]
            lines += [f"  extra {name}: {e}" for e in s.extras]
    return "\n".join(lines)
