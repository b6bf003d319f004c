"""The city or town a tally of attacks is told of, named or pointed back to.

A governor sums up the night's attacks on his city: ``أعلن محافظ أربيل أن مدينة أربيل
تعرضت لنحو 17 هجوما``, ``قال محافظ أربيل إن المدينة تعرضت لـ17 هجوما``, ``استهدفت أربيل
أكثر من 12 مرة``. The tally's scope is the city's country, but the event it stands for is
at the city. In the tally's clause (after the last complementizer or comma before the
figure), a city, town or village of the theatre named before the figure, with no country and no forces
or bases (``tally_targets``) beside it, is the place (:func:`tally_town`); so is a bare
definite «المدينة/البلدة/الناحية» (``data/attack_context.yaml``, ``town_tally_anaphors``)
pointing back to the last such place named in its sentence or the one before. Followed by
a definite adjective it is part of a name (``المدينة المنورة``) and points nowhere; a
plural (``المدن العراقية``) is no anaphor.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.lexicon import PhraseMatch, load_yaml, word_set
from rasd.text import Token, clitic_variants

__all__ = ["tally_town"]

_TOWN_TYPES = frozenset({"city", "town", "village"})
_OPENERS = frozenset({"ان", "بان", "انه"})  # complementizers that open the tally's clause


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


def _is_town(value: dict[str, Any]) -> bool:
    """A city, town or village of the theatre (``data/attack_context.yaml``, ``theatre``)."""
    return value["type"] in _TOWN_TYPES and value.get("country") in _theatre()


@cache
def _anaphors() -> frozenset[str]:
    return word_set("attack_context.yaml", "town_tally_anaphors")


def _is_target_head(word: str) -> bool:
    heads = word_set("attack_context.yaml", "tally_targets")
    return any(stem in heads for _, stem in clitic_variants(word))


def _clause_start(doc: Doc, tokens: list[Token], figure: int) -> int:
    """Index of the first token of the figure's clause: after the last opener or comma before it."""
    start = 0
    for k in range(figure):
        if tokens[k].text in _OPENERS:
            start = k + 1
        elif k + 1 < len(tokens) and "," in doc.nt.norm[tokens[k].end : tokens[k + 1].start]:
            start = k + 1
    return start


def _points_back(tokens: list[Token], k: int) -> bool:
    """The token is a bare definite town noun, not the head of a name (``المدينه المنوره``)."""
    if tokens[k].text not in _anaphors():
        return False
    return k + 1 >= len(tokens) or not tokens[k + 1].text.startswith("ال")


def _last_town_before(doc: Doc, sent: DocSentence, end: int) -> dict[str, Any] | None:
    """The last city or town named before the normalised offset ``end`` in ``sent`` or the sentence before it."""
    idx = next((i for i, s in enumerate(doc.sentences) if s.nstart == sent.nstart), 0)
    lo = doc.sentences[idx - 1].nstart if idx > 0 else sent.nstart
    found = [m for m in doc.places if lo <= m.start and m.end <= end and _is_town(m.value)]
    return found[-1].value if found else None


def tally_town(doc: Doc, sent: DocSentence, figure: int) -> dict[str, Any] | None:
    """The gazetteer entry of the city or town a tally of attacks is told of, or None.

    Args:
        doc: The article.
        sent: The tally's sentence.
        figure: Index of the tally's figure among the sentence's tokens.

    Returns:
        The city, town or village named in the figure's clause before it, or pointed back to
        by «المدينة» there; None when the clause names a country or a US force or base, or
        neither.
    """
    tokens = doc.sentence_tokens(sent)
    lo = _clause_start(doc, tokens, figure)
    if any(_is_target_head(t.text) for t in tokens[lo:figure]):
        return None
    places: list[PhraseMatch] = [
        m for m in doc.within(doc.places, sent) if lo <= m.first_token - sent.tok_lo and m.last_token - sent.tok_lo < figure
    ]
    if places:
        first = places[0].value
        return first if _is_town(first) else None
    anaphor = next((k for k in range(lo, figure) if _points_back(tokens, k)), None)
    return _last_town_before(doc, sent, tokens[anaphor].start) if anaphor is not None else None
