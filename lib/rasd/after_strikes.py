"""Earlier US strikes told in a clause after "بعد": ``بعد ساعات من ضربتين جويتين أمريكيتين في سوريا``.

The clause opens with a preposition of time (``data/after_strikes.yaml``), may name
the time between (``ساعات من``, ``أيام على``), then an indefinite strike noun with a
US adjective (``ضربات أميركية``, ``ضربتين جويتين أمريكيتين``): the strikes are an
earlier act of their own, placed by the words after the noun. A sentence that
already tells a US strike, and a definite noun (``بعد الضربات الأمريكية``, which
points back to strikes told), give no such row.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token

__all__ = ["after_strike_rows"]

_FILLER_REACH = 3  # tokens between the cue and the strike noun ("بعد ساعات من")
_ADJECTIVE_REACH = 2  # adjectives between the noun and its US adjective ("ضربتين جويتين أمريكيتين")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("after_strikes.yaml")[key])


def _strike_after(tokens: list[Token], k: int) -> int | None:
    """Index of the US strike noun of the clause opened by the cue at ``k``."""
    j = k + 1
    while j < len(tokens) and j <= k + _FILLER_REACH and tokens[j].text in _words("time_fillers"):
        j += 1
    if j >= len(tokens) or tokens[j].text not in _words("strike_nouns"):
        return None
    a = j + 1
    while a < len(tokens) and a <= j + _ADJECTIVE_REACH and tokens[a].text in _words("noun_adjectives"):
        a += 1
    return j if a < len(tokens) and tokens[a].text in _words("us_adjectives") else None


def after_strike_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the earlier US strikes a sentence tells after "بعد" (see the module docstring).

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows read from that sentence so far.
    """
    if any(r["type"] == "us_strike" for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    for k, tok in enumerate(tokens):
        j = _strike_after(tokens, k) if tok.text in _words("after_cues") else None
        if j is not None:
            cue = PhraseMatch(tokens[j].start, tokens[j].end, j, j, tokens[j].text, "us_strike", "")
            found = event_row(doc, sent, tokens, cue, "us_strike", (j, len(tokens)))
            return rows + [{**r, "anaphoric": False, "series": False, "past": True} for r in found]
    return rows
