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

__all__ = ["load_yaml", "load_csv", "word_set", "PhraseMatch", "PhraseMatcher", "split_aliases"]

# Words whose phrase heads a matcher remembers before starting afresh.
_HEADS_MEMO_SIZE = 100_000


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


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the YAML file ``name`` in ``data/``, as a set (cached)."""
    return frozenset(load_yaml(name)[key])


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
        # word -> ((prefix length, trie node of its stem), ...): the only work per token.
        self._heads: dict[str, tuple[tuple[int, dict[str, Any]], ...]] = {}

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
        return None if node is None else self._walk_from(tokens, i, node)

    @staticmethod
    def _walk_from(tokens: Sequence[Any], i: int, node: dict[str, Any]) -> tuple[int, tuple[str, Any]] | None:
        """Longest phrase starting at token ``i``, from the trie node of its first word."""
        best = None
        j = i
        n = len(tokens)
        while node is not None:
            if "\0" in node:
                best = (j, node["\0"])
            j += 1
            if j >= n or not tokens[j].joined:
                break
            node = node.get(tokens[j].text)
        return best

    def _heads_of(self, word: str) -> tuple[tuple[int, dict[str, Any]], ...]:
        """``(prefix length, trie node)`` of each reading of ``word`` that starts a phrase.

        Memoised per word (the memo is emptied when it grows past
        :data:`_HEADS_MEMO_SIZE` words, so memory stays bounded on any corpus).
        """
        heads = self._heads.get(word)
        if heads is None:
            variants = _clitic_variants(word) if self._clitics else ((0, word),)
            heads = tuple(
                (plen, node) for plen, stem in variants if (node := self._trie.get(stem)) is not None
            )
            if len(self._heads) >= _HEADS_MEMO_SIZE:
                self._heads.clear()
            self._heads[word] = heads
        return heads

    def can_start(self, word: str) -> bool:
        """Whether some reading of ``word`` starts a phrase (else :meth:`match_at` at it is None)."""
        heads = self._heads.get(word)
        return bool(heads if heads is not None else self._heads_of(word))

    def match_at(self, tokens: Sequence[Any], i: int) -> PhraseMatch | None:
        """The longest phrase starting at token ``i``, if any."""
        if not 0 <= i < len(tokens):
            return None
        tok = tokens[i]
        heads = self._heads.get(tok.text)
        if heads is None:
            heads = self._heads_of(tok.text)
        if not heads:
            return None
        return self._longest(tokens, i, heads)

    def _longest(
        self, tokens: Sequence[Any], i: int, heads: tuple[tuple[int, dict[str, Any]], ...]
    ) -> PhraseMatch | None:
        """The longest phrase starting at token ``i``, given the readings of its word that start one."""
        tok = tokens[i]
        best: PhraseMatch | None = None
        for plen, node in heads:
            found = self._walk_from(tokens, i, node)
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
        n = len(tokens)
        memo = self._heads
        while i < n:
            word = tokens[i].text
            heads = memo.get(word)
            if heads is None:
                heads = self._heads_of(word)
            # A word that starts no phrase (most words) is passed at once.
            m = self._longest(tokens, i, heads) if heads else None
            if m is None:
                i += 1
            else:
                yield m
                i = m.last_token + 1


def _clitic_variants(word: str) -> tuple[tuple[int, str], ...]:
    """:func:`rasd.text.clitic_variants` (imported late: :mod:`rasd.text` imports this module)."""
    from rasd.text import clitic_variants

    return clitic_variants(word)
