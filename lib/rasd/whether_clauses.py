"""Embedded questions of "whether": ``لم يتضح ما إذا كانت الطائرة تحمل متفجرات``.

A report often leaves the nature of a blast open: ``لم تعرف طبيعتها، إن كانت هجوماً صاروخياً أو
اعتراضاً``, ``لم تعرف طبيعتهما إذا ما كانت بالصواريخ أو الطائرات المسيرة``. The particle
(``إذا``, ``إن``) opens a question, not a condition: with ``ما`` beside it (``ما إذا``, ``عما إذا``,
``إذا ما`` + a form of ``كان``), or with a form of ``كان`` right after it and a word of "or" later in the
sentence. The acts told before the question stand; the acts named inside it are not told
(``data/whether_clauses.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token

__all__ = ["opens_whether", "outside_whether", "whether_start"]


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("whether_clauses.yaml")


def _is(word: str, key: str) -> bool:
    return word in frozenset(_lex()[key])


def opens_whether(tokens: list[Token], k: int) -> bool:
    """True when token ``k`` is an "if" particle that opens a question of whether (see the module docstring)."""
    if not _is(tokens[k].text, "if_words"):
        return False
    ma = _lex()["question_word"]
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if tokens[k].text == "اذا" and k > 0 and _is(tokens[k - 1].text, "whether_openers"):
        return True  # "ما اذا كانت", "عما اذا كان"
    if tokens[k].text == "اذا" and after == ma:
        return k + 2 < len(tokens) and _is(tokens[k + 2].text, "copulas")  # "اذا ما كانت"; "اذا ما تعرضت": a condition
    if tokens[k].text == "ان" and k > 0 and tokens[k].joined and _is(tokens[k - 1].text, "takes_an"):
        return False  # "بعد أن كانت": after it was
    return _is(after, "copulas") and any(_is(t.text, "alternatives") for t in tokens[k + 2 :])


def whether_start(tokens: list[Token]) -> int | None:
    """Index of the first particle that opens a question of whether, or None."""
    return next((k for k in range(len(tokens)) if opens_whether(tokens, k)), None)


def outside_whether(tokens: list[Token], matches: Iterable[PhraseMatch]) -> list[PhraseMatch]:
    """The matches that stand before the sentence's question of whether (all of them when it has none)."""
    start = whether_start(tokens)
    return [m for m in matches if start is None or m.first_token < start]
