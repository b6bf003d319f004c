"""Modality scoped to an act's clause: a word of possibility elsewhere in its sentence leaves the act told.

:func:`rasd.modality.sentence_is_hypothetical` reads a whole sentence. A sentence often tells an
act and then, in a clause of another speaker, weighs who did it: «وقتل مقاول في هجوم صاروخي قرب
كركوك، وقال مسؤول إن الأمريكيين يدرسون احتمال تورط فصيل مسلح». The cue (``احتمال``) governs the
speaker's clause, not the attack. :func:`act_is_hypothetical` cuts the sentence before each word
that a punctuation mark separates from the word before it and that opens a clause of its own (a
reporting verb or participle of ``data/reporting_verbs.yaml``, or an opener of
``data/modal_scope.yaml``), and reads the cues of the clause holding the act only. A cue in that
clause still makes the act hypothetical: «وتتحرى السلطات احتمال شن هجوم على القاعدة».
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.lexicon import PhraseMatcher, load_yaml
from rasd.modality import is_hypothetical, sentence_is_hypothetical
from rasd.text import Token

if TYPE_CHECKING:
    from rasd.doc import Doc, DocSentence

__all__ = ["act_clause", "act_is_hypothetical", "drop_hypothetical_rows"]

_CLITICS = ("و", "ف")


@cache
def _reporting_forms() -> frozenset[str]:
    """Finite verbs and participles of ``data/reporting_verbs.yaml`` (attributions left out)."""
    entries = load_yaml("reporting_verbs.yaml")["entries"]
    return frozenset(f for e in entries if e["kind_hint"] in {"verb", "participle"} for f in e["forms"])


@cache
def _openers() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("modal_scope.yaml")["clause_openers"])


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Token ``k`` follows a punctuation mark and opens a clause: a reporting word or an opener."""
    if k == 0 or tokens[k].joined:
        return False
    word = tokens[k].text
    forms = _reporting_forms()
    if word in forms or (word[:1] in _CLITICS and word[1:] in forms):
        return True
    return _openers().match_at(tokens, k) is not None


def act_clause(tokens: list[Token], k: int) -> tuple[int, int]:
    """Token range ``[lo, hi)`` of the clause that holds token ``k`` (see the module docstring)."""
    lo = next((j for j in range(k, 0, -1) if _opens_clause(tokens, j)), 0)
    hi = next((j for j in range(k + 1, len(tokens)) if _opens_clause(tokens, j)), len(tokens))
    return lo, hi


def act_is_hypothetical(doc: Doc, sent: DocSentence, tokens: list[Token], k: int) -> bool:
    """Whether the act whose trigger starts at token ``k`` is conditional, predicted or weighed as possible.

    Args:
        doc: The article.
        sent: The sentence of the act.
        tokens: Tokens of ``sent``.
        k: Index in ``tokens`` of the first token of the act's trigger.
    """
    if not sentence_is_hypothetical(doc, sent):
        return False
    lo, hi = act_clause(tokens, k)
    return (lo, hi) == (0, len(tokens)) or is_hypothetical(tokens[lo:hi])


def drop_hypothetical_rows(doc: Doc, sent: DocSentence, tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a sentence whose act (at the row's ``start`` offset) is no hypothetical one.

    For rows found without a trigger (a lead noun, an untriggered act): the clause is that of the
    token at the row's start.
    """
    if not rows or not sentence_is_hypothetical(doc, sent):
        return rows
    starts = [doc.nt.to_original(t.start, t.end)[0] for t in tokens]
    return [r for r in rows if not act_is_hypothetical(doc, sent, tokens, _token_at(starts, int(r.get("start") or 0)))]


def _token_at(starts: list[int], offset: int) -> int:
    """Index of the last token starting at or before ``offset``."""
    return max((k for k, s in enumerate(starts) if s <= offset), default=0)
