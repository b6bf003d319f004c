"""US strikes told as begun: ``وبدأت القوات الأمريكية الضربات فجر اليوم السبت``.

A verb of beginning (``data/begun_strikes.yaml``) with a US subject right after it
(or right before it: ``واشنطن تبدأ قصف أهداف``) and the strikes begun a few words
later (``ضرب مواقع``, ``الضربات``, ``في تنفيذ غارات``) tells a US strike, dated by
the words after the verb. Not read so: a beginning made modal (``قد تبدأ``,
``لم تبدأ``), and a sentence that already tells a US strike.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import us_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["begun_strike_rows"]

_SUBJECT_REACH = 3  # tokens between the verb and its US subject ("بدأت القوات الأمريكية")
_OBJECT_REACH = 10  # tokens between the verb and the strikes ("بدأت القوات الأمريكية فجر اليوم السبت … ضرب مواقع")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("begun_strikes.yaml")[key])


def _has(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _us_subject(tokens: list[Token], k: int) -> bool:
    """A US name starts right after the verb at ``k``, or ends right before it."""
    if any(us_matcher().match_at(tokens, j) for j in range(k + 1, min(len(tokens), k + 1 + _SUBJECT_REACH))):
        return True
    lo = max(0, k - _SUBJECT_REACH)
    return any(m.last_token + lo == k - 1 for m in us_matcher().find(tokens[lo:k]))


def _begun_at(tokens: list[Token]) -> int | None:
    """Index of a verb of beginning US strikes."""
    for k, tok in enumerate(tokens):
        if not _has(tok.text, "begin_verbs") or (k and tokens[k - 1].text in _words("modal_words")):
            continue
        if _us_subject(tokens, k) and any(_has(t.text, "strike_objects") for t in tokens[k + 1 : k + 1 + _OBJECT_REACH]):
            return k
    return None


def begun_strike_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the US strike a sentence tells as begun (see the module docstring).

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows read from that sentence so far.
    """
    if any(r["type"] == "us_strike" for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    k = _begun_at(tokens)
    if k is None:
        return rows
    cue = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "us_strike", "")
    return rows + [{**r, "anaphoric": False} for r in event_row(doc, sent, tokens, cue, "us_strike", (k, len(tokens)))]
