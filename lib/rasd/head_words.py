"""A definite noun names the source told with the same word: ``وذكر شهود … قال الشهود``.

The lexicon files several words under one head (``شهود``, ``السكان`` and ``شهود عيان``
all head ``شاهد عيان``), so a definite noun that points back (``الشهود``) may find a
later source of another word (``وقال السكان``). The press repeats the word of the source
it means; when an unnamed source that spoke before was written with the same word, that one
is meant. Named bodies keep the first match (``الفصائل`` is the faction that speaks, not
``فصائل عراقية`` named in passing).
"""

from __future__ import annotations

from rasd.speakers import Speaker
from rasd.text import normalize_str

__all__ = ["same_word_source"]

_PROCLITICS = ("وال", "فال", "ال")


def _word(sp: Speaker) -> str:
    """The first word of a speaker phrase without the article (and a leading و/ف)."""
    words = normalize_str(sp.text).split()
    if not words:
        return ""
    first = words[0]
    for p in _PROCLITICS:
        if first.startswith(p) and len(first) > len(p) + 1:
            return first[len(p) :]
    return first


def same_word_source(sp: Speaker, found: Speaker, candidates: list[Speaker]) -> Speaker:
    """The latest unnamed source before ``sp`` with its head and its word, else ``found``.

    Args:
        sp: The definite noun that points back.
        found: The source its head alone found.
        candidates: Speakers and sources told before (any order).
    """
    word = _word(sp)
    if sp.stype != "anonymous" or not word or _word(found) == word:
        return found
    same = [
        m
        for m in candidates
        if m.pos < sp.pos and not m.anaphor and m.stype == sp.stype and m.head == found.head and _word(m) == word
    ]
    return max(same, key=lambda m: m.pos) if same else found
