"""The word lists of event triggers: ``data/event_triggers.yaml`` read as sets and phrase matchers.

:func:`trigger_words` gives one list of the file as a set of normalised words,
:func:`is_word` tests a word with its proclitics stripped, :func:`us_matcher`
and :func:`list_matcher` match the multi-word phrases of a list.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from rasd.lexicon import PhraseMatcher, load_yaml, word_set
from rasd.text import clitic_variants

__all__ = ["is_word", "list_matcher", "trigger_words", "us_matcher"]


def _lex() -> dict[str, Any]:
    return load_yaml("event_triggers.yaml")


@cache
def _criticised() -> frozenset[str]:
    return frozenset(load_yaml("statement_context.yaml")["need_object"]["هاجم"])


def trigger_words(key: str) -> frozenset[str]:
    """The words of the list ``key`` of ``data/event_triggers.yaml``.

    ``criticised`` (the objects that make هاجم a verbal attack) is shared with
    the statements and read from ``data/statement_context.yaml``.
    """
    if key == "criticised":
        return _criticised()
    return word_set("event_triggers.yaml", key)


@cache
def us_matcher() -> PhraseMatcher:
    """Phrases that name the United States as an actor (``القوات الأميركية``, ``واشنطن``)."""
    return PhraseMatcher((w, "US") for w in _lex()["us_markers"])


@cache
def list_matcher(key: str) -> PhraseMatcher:
    """A matcher of the phrases of the list ``key`` of ``data/event_triggers.yaml``."""
    return PhraseMatcher((w, w) for w in _lex()[key])


@lru_cache(maxsize=1 << 16)
def is_word(word: str, key: str) -> bool:
    """True when the word, with or without proclitics, is in the lexicon list ``key``."""
    return any(stem in trigger_words(key) for _, stem in clitic_variants(word))
