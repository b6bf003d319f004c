"""Whether a second name of an organisation is a full variant rather than a short alias.

The press writes one body's full name in two ways: ``المقاومة الإسلامية في العراق`` and
``المقاومة الإسلامية العراقية`` (a place after ``في`` turned into its nisba adjective).
Such a variant carries every content word of the other name and is kept as written;
``المقاومة العراقية`` drops ``الإسلامية`` and is a short alias.
"""

from __future__ import annotations

from rasd.text import normalize_str

__all__ = ["is_full_variant"]

# Particles of a name that carry no content (في العراق ~ العراقية).
_PARTICLES = frozenset({"في", "من", "ل", "و"})


def _content_words(text: str) -> list[str]:
    words = [w.strip("\"'()[]{}") for w in normalize_str(text).split()]
    return [w for w in words if w and w not in _PARTICLES]


def _stem(word: str) -> str:
    """The word without the article and a nisba ending (``العراقيه`` → ``عراق``)."""
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
