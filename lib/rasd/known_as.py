"""Places named by the name they are known by, after a head noun: ``الحقل النفطي المعروف بـ"العمر"``.

The press introduces a base by its head noun and a name in quotes (``القاعدة المعروفة باسم "البرج
22"``, ``الحقل المعروف بـ"العمر"``). The name alone may be no gazetteer entry (``العمر``), but the
head and the name together are (``حقل العمر``). A word of data/presence_context.yaml
``known_as_words`` with a ``named_heads`` noun shortly before it and the name right after it (past a
``known_as_preps`` token) gives a place match on the name, when the head and the name, or the name
alone, are a gazetteer entry that no match covers yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasd.gazetteer import place_matcher
from rasd.lexicon import PhraseMatch, load_yaml, word_set
from rasd.text import Token, clitic_variants

__all__ = ["known_as_places"]

_HEAD_REACH = 3  # tokens between the head noun and the word "known as" ("الحقل النفطي المعروف")
_NAME_WORDS = 2  # words of the name after it


@cache
def _heads() -> dict[str, str]:
    return dict(load_yaml("presence_context.yaml")["named_heads"])


def _known_as(word: str) -> bool:
    return any(stem in word_set("presence_context.yaml", "known_as_words") for _, stem in clitic_variants(word))


def _head_before(tokens: Sequence[Token], h: int) -> str | None:
    """The head the noun shortly before ``h`` gives the name, or None."""
    return next((_heads()[tokens[k].text] for k in range(h - 1, max(-1, h - 1 - _HEAD_REACH), -1) if tokens[k].text in _heads()), None)


def _lookup(head: str, words: list[str]) -> tuple[str, dict] | None:
    for phrase in (f"{head} {' '.join(words)}", " ".join(words)):
        value = place_matcher().lookup(phrase)
        if value is not None:
            return phrase, value
    return None


def known_as_places(tokens: Sequence[Token], places: Sequence[PhraseMatch]) -> list[PhraseMatch]:
    """Place matches for names a place is known by that the gazetteer knows only with their head.

    Args:
        tokens: Tokens of the document.
        places: The place matches found so far; a name they already cover is left to them.

    Returns:
        One match per name, on the name's tokens (``العمر`` as ``حقل العمر``).
    """
    covered = {k for m in places for k in range(m.first_token, m.last_token + 1)}
    out = []
    for h, tok in enumerate(tokens):
        if not _known_as(tok.text):
            continue
        head = _head_before(tokens, h)
        j = h + 1 + (h + 1 < len(tokens) and tokens[h + 1].text in word_set("presence_context.yaml", "known_as_preps"))
        if head is None or j >= len(tokens) or j in covered:
            continue
        for n in range(min(_NAME_WORDS, len(tokens) - j), 0, -1):
            found = _lookup(head, [t.text for t in tokens[j : j + n]])
            if found is not None:
                out.append(PhraseMatch(tokens[j].start, tokens[j + n - 1].end, j, j + n - 1, found[0], found[1], ""))
                break
    return out
