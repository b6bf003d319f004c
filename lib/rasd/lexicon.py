"""Language knowledge as data: loading ``data/`` files and matching their phrases in text.

Lexicons live in ``data/*.yaml`` and ``data/*.csv``; each starts with ``#``
comment lines that say what every field means and where the facts come from.
:class:`PhraseMatcher` finds their (normalised) phrases in a tokenised text,
allowing proclitics (و ف ب ل ك ال) on the first word of a phrase.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from rasd.paths import data_file

__all__ = ["load_yaml", "load_csv", "PhraseMatch", "PhraseMatcher", "split_aliases"]


@cache
def load_yaml(name: str) -> Any:
    """Load a YAML file from ``data/`` (cached; treat the result as read-only)."""
    with data_file(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Load a CSV file from ``data/``, skipping its leading ``#`` comment lines.

    Returns:
        One dict per row, keyed by the header; values are stripped strings.
    """
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    body = "\n".join(line for line in lines if not line.startswith("#"))
    rows = csv.DictReader(io.StringIO(body))
    return tuple({k.strip(): (v or "").strip() for k, v in row.items()} for row in rows)


def split_aliases(cell: str) -> list[str]:
    """Split a ``|``-separated alias cell into its non-empty entries."""
    return [a.strip() for a in cell.split("|") if a.strip()]


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A lexicon phrase found in a normalised text.

    Attributes:
        start: Start in ``norm`` of the phrase (after any proclitic).
        end: End in ``norm``.
        first_token: Index of the first token of the match.
        last_token: Index of the last token of the match.
        phrase: The lexicon phrase (normalised).
        value: What the lexicon attached to the phrase.
        prefix: Proclitics removed from the first word (normalised), ``""`` if none.
    """

    start: int
    end: int
    first_token: int
    last_token: int
    phrase: str
    value: Any
    prefix: str


class PhraseMatcher:
    """Longest-match lookup of multi-word phrases over tokens.

    Args:
        entries: ``(phrase, value)`` pairs; phrases must already be normalised.
        clitics: Whether the first word may carry proclitics.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], clitics: bool = True) -> None:
        from rasd.text import tokenize

        self._trie: dict[str, Any] = {}
        self._clitics = clitics
        for phrase, value in entries:
            words = [t.text for t in tokenize(phrase)]
            if not words:
                continue
            node = self._trie
            for w in words:
                node = node.setdefault(w, {})
            node.setdefault("\0", (phrase, value))

    def lookup(self, phrase: str) -> Any:
        """The value of an exact (normalised) phrase, or None when it is not in the lexicon."""
        node: Any = self._trie
        for w in phrase.split():
            node = node.get(w) if isinstance(node, dict) else None
            if node is None:
                return None
        return node["\0"][1] if isinstance(node, dict) and "\0" in node else None

    def __contains__(self, phrase: str) -> bool:
        return self.lookup(phrase) is not None

    def _walk(self, tokens: Sequence[Any], i: int, first: str) -> tuple[int, tuple[str, Any]] | None:
        """Longest phrase starting at token ``i`` whose first word is ``first``."""
        node = self._trie.get(first)
        best = None
        j = i
        while node is not None:
            if "\0" in node:
                best = (j, node["\0"])
            j += 1
            if j >= len(tokens) or not tokens[j].joined:
                break
            node = node.get(tokens[j].text)
        return best

    def match_at(self, tokens: Sequence[Any], i: int) -> PhraseMatch | None:
        """The longest phrase starting at token ``i``, if any."""
        from rasd.text import clitic_variants

        if not 0 <= i < len(tokens):
            return None
        tok = tokens[i]
        variants = clitic_variants(tok.text) if self._clitics else ((0, tok.text),)
        best: PhraseMatch | None = None
        for plen, stem in variants:
            found = self._walk(tokens, i, stem)
            if found is None:
                continue
            j, (phrase, value) = found
            if best is None or j > best.last_token:
                start = tok.start + plen
                best = PhraseMatch(start, tokens[j].end, i, j, phrase, value, tok.text[:plen])
        return best

    def find(self, tokens: Sequence[Any]) -> Iterator[PhraseMatch]:
        """Yield non-overlapping longest matches left to right."""
        i = 0
        while i < len(tokens):
            m = self.match_at(tokens, i)
            if m is None:
                i += 1
            else:
                yield m
                i = m.last_token + 1
