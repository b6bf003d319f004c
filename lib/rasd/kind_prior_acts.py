"""The earlier attack a sentence names after ranking the act among those of its kind.

``وهذا ثاني هجوم من نوعه خلال أقل من ساعة، بعد انفجار عبوة ناسفة على رتل في محافظة الديوانية``:
the sentence ranks the act it tells (an ordinal beside an attack noun or ``من نوعه``), then names
the earlier act of that kind after a word of sequence (``بعد``, ``عقب``; ``بعد أن أضرم مسلحون
النيران في ثلاث شاحنات``). That earlier act is an attack of its own, placed and dated by the
words of its clause (``data/kind_prior_acts.yaml``). The clause must tell an act: an attack
trigger, attack noun or weapon, or a verb of burning. A sentence whose triggers already give a
row after the cue adds nothing. A noun of explosion with a bare charge tells an act too
(``بعد انفجار عبوة على رتل في الديوانية``), and each blast joined to it by «و» is an act of its
own (``وانفجار عبوتين أخريين في ذي قار``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.event_rows import event_row
from rasd.gazetteer import attack_noun_matcher, event_verb_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token

__all__ = ["kind_prior_rows", "ranked_cue"]


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("kind_prior_acts.yaml")


def _is(word: str, key: str) -> bool:
    return word in frozenset(_lex()[key])


def _ranks(tokens: list[Token], k: int) -> bool:
    """The ordinal at ``k`` ranks an attack: an attack noun or a kind word within reach after it."""
    reach = int(_lex()["rank_reach"])
    window = range(k + 1, min(len(tokens), k + 1 + reach))
    return any(_is(tokens[j].text, "kind_words") or attack_noun_matcher().match_at(tokens, j) for j in window)


def ranked_cue(tokens: list[Token]) -> int | None:
    """Index of the word of sequence after a ranked act (see the module docstring), or None."""
    rank = next((k for k, t in enumerate(tokens) if _is(t.text, "ordinals") and _ranks(tokens, k)), None)
    if rank is None:
        return None
    return next((k for k in range(rank + 1, len(tokens)) if _is(tokens[k].text, "after_cues")), None)


def _blast(tokens: list[Token], k: int) -> bool:
    """A noun of explosion at ``k`` takes a bare charge noun (``انفجار عبوة على رتل``)."""
    return k + 1 < len(tokens) and is_word(tokens[k].text, "explosion_nouns") and is_word(tokens[k + 1].text, "bare_charges")


def _act_in(tokens: list[Token], lo: int) -> bool:
    """The clause from ``lo`` tells an act: an attack verb or noun, a weapon, a blast or a verb of burning."""
    part = tokens[lo:]
    matchers = (event_verb_matcher(), attack_noun_matcher(), weapon_matcher())
    if any(_is(t.text, "act_verbs") for t in part) or any(_blast(tokens, k) for k in range(lo, len(tokens))):
        return True
    return any(next(iter(m.find(part)), None) for m in matchers)


def _joined_blasts(tokens: list[Token], lo: int) -> list[int]:
    """Starts of the blasts of a charge joined by «و» to the first act of the clause (``وانفجار عبوتين أخريين في ذي قار``)."""
    return [
        k
        for k in range(lo + 1, len(tokens) - 1)
        if tokens[k].text.startswith("و")
        and is_word(tokens[k].text[1:], "explosion_nouns")
        and (is_word(tokens[k + 1].text, "bare_charges") or weapon_matcher().match_at(tokens, k + 1) is not None)
    ]


def kind_prior_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the earlier attack a ranking sentence names after its word of sequence.

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows read from that sentence so far.
    """
    tokens = doc.sentence_tokens(sent)
    cue = ranked_cue(tokens)
    if cue is None:
        return rows
    lo = cue + 1
    while lo < len(tokens) and _is(tokens[lo].text, "clause_words"):
        lo += 1
    after = doc.nt.to_original(tokens[cue].start, tokens[cue].end)[0]
    told = any(int(r.get("start", -1)) > after for r in rows if not r.get("lead"))  # a trigger of the clause gave it
    if lo >= len(tokens) or told or not _act_in(tokens, lo):
        return rows
    starts = [lo, *_joined_blasts(tokens, lo)]
    found = []
    for first, end in zip(starts, [*starts[1:], len(tokens)], strict=True):
        act = PhraseMatch(tokens[first].start, tokens[first].end, first, first, tokens[first].text, "attack", "")
        found += event_row(doc, sent, tokens, act, "attack", (first, end))
    return rows + [{**r, "anaphoric": False, "series": False, "past": True} for r in found]
