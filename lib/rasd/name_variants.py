"""Whether a second name of an organisation is a full variant rather than a short alias.

The press writes one body's full name in two ways: ``المقاومة الإسلامية في العراق`` and
``المقاومة الإسلامية العراقية`` (a place after ``في`` turned into its nisba adjective), or
``المقاومة الإسلامية بالعراق`` (``في`` written as a glued ``ب``).
Such a variant carries every content word of the other name and is kept as written;
``المقاومة العراقية`` drops ``الإسلامية`` and is a short alias.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.gazetteer import actor_entries
from rasd.text import normalize_str

__all__ = ["fold_spellings", "is_full_variant", "is_official_name"]

# One spelling of a word of a name for another (الأميركية ~ الأمريكية), after normalisation.
_SPELLINGS = (("اميرك", "امريك"),)
_BRACKETS = re.compile(r"\([^)]*\)")

# Particles of a name that carry no content (في العراق ~ العراقية).
_PARTICLES = frozenset({"في", "من", "ل", "و"})


def _content_words(text: str) -> list[str]:
    words = [w.strip("\"'()[]{}") for w in normalize_str(text).split()]
    return [w for w in words if w and w not in _PARTICLES]


def _stem(word: str) -> str:
    """The word without a glued preposition, the article and a nisba (``بالعراق`` → ``عراق``)."""
    if word.startswith(("بال", "كال")) and len(word) > 5:
        word = word[1:]
    elif word.startswith("لل") and len(word) > 4:
        word = "ا" + word[1:]
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    for end in ("يه", "ي"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def is_full_variant(alias: str, full: str) -> bool:
    """Whether ``alias`` names every content word of ``full`` (a nisba counts as its place).

    Args:
        alias: The name as written in the later mention.
        full: The longer name told earlier.

    Returns:
        True for ``المقاومة الإسلامية العراقية`` against ``المقاومة الإسلامية في العراق``,
        False for ``المقاومة العراقية`` (a word dropped).
    """
    have = {_stem(w) for w in _content_words(alias)}
    need = _content_words(full)
    return bool(need) and len(need) == len(have) and all(_stem(w) in have for w in need)


def fold_spellings(text: str) -> str:
    """Normalised text with one spelling for a word written two ways (الأميركية → الامريكيه).

    Args:
        text: Any text (normalised here).

    Returns:
        The normalised text, ``اميرك`` folded to ``امريك``.
    """
    t = normalize_str(text)
    for a, b in _SPELLINGS:
        t = t.replace(a, b)
    return t


def _fold(text: str) -> str:
    """A name normalised, without a bracketed alias or quotes, one spelling for each word."""
    t = fold_spellings(_BRACKETS.sub(" ", text))
    return " ".join(w.strip("\"'«»“”") for w in t.split())


@cache
def _official_names() -> dict[str, str]:
    """The lexicon's own Arabic name of each actor, folded, by its English name."""
    return {str(a.get("name_en", "")): _fold(str(a.get("name_ar", ""))) for a in actor_entries()}


def is_official_name(text: str, canonical: str) -> bool:
    """Whether ``text`` is the actor's own name in the lexicon (spelling variants aside).

    Args:
        text: The name as written.
        canonical: The actor's English name (``Speaker.canonical``).

    Returns:
        True for ``القيادة المركزية الأمريكية`` of US Central Command.
    """
    return bool(canonical) and _official_names().get(canonical) == _fold(text)
