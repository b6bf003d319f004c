"""US strikes told as an assassination: ``الذي اغتالته الولايات المتحدة في بغداد``.

A sentence may tell a US strike with no verb or noun of striking: an
assassination word (``data/assassinations.yaml``) with the United States as its
subject (``اغتالت واشنطن``), or with a leader killed by a US strike as its object
(``لاغتيال قائد فيلق القدس قاسم سليماني``; ``data/event_triggers.yaml``,
``us_strike_victims``). A killing noun tells the strike only in a revenge clause
(``انتقاما لمقتل قاسم سليماني``): elsewhere it reports the dead of an act told
by other words. The strike is an earlier act of its own, read from the words
after the assassination word.

Not such a row: a sentence that already tells a US strike, a commemoration
(``الذكرى الثانية لاغتيال``), and a victim the article named before (the strike
is told once, where it first comes).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import us_matcher
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.text import Token, clitic_variants, normalize_str

__all__ = ["assassination_rows"]

_VICTIM_REACH = 8  # tokens between the word and the victim's name ("لاغتيال قائد فيلق القدس في الحرس الثوري قاسم")
_US_REACH = 2  # tokens between the verb and its US subject ("اغتالته الولايات المتحدة")
_REVENGE_REACH = 2  # tokens between a revenge word and the killing noun ("ردا علي مقتل")
_ANNIVERSARY_REACH = 3  # tokens between a commemoration word and the word ("الذكرى السنوية الأولى لاغتيال")
_US = "الولايات المتحدة"


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("assassinations.yaml")[key])


def _has(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


@cache
def _victims() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["us_strike_victims"])


def _is_cue(tokens: list[Token], k: int) -> bool:
    """The word at ``k`` tells an assassination, or a killing answered by revenge."""
    word = tokens[k].text
    if _has(word, "assassination_words"):
        return True
    return _has(word, "killing_nouns") and any(_has(t.text, "revenge_cues") for t in tokens[max(0, k - _REVENGE_REACH) : k])


def _struck_killing(tokens: list[Token]) -> tuple[int, PhraseMatch | None] | None:
    """The cue word of a US assassination in the sentence, with the victim named after it (if any).

    A cue with a named victim comes first (``اغتالت الولايات المتحدة … بعد اغتيال أبو مهدي
    المهندس``: the victim names the act).
    """
    names = list(_victims().find(tokens))
    found: list[tuple[int, PhraseMatch | None]] = []
    for k in range(len(tokens)):
        if not _is_cue(tokens, k) or any(_has(t.text, "anniversary_words") for t in tokens[max(0, k - _ANNIVERSARY_REACH) : k]):
            continue
        victim = next((m for m in names if k < m.first_token <= k + _VICTIM_REACH), None)
        by_us = _has(tokens[k].text, "assassination_words") and any(
            us_matcher().match_at(tokens, j) for j in range(k + 1, min(len(tokens), k + 1 + _US_REACH))
        )
        if victim is not None or by_us:
            found.append((k, victim))
    return next((f for f in found if f[1] is not None), found[0] if found else None)  # a named victim first


def assassination_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the US strike a sentence tells as an assassination (see the module docstring).

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows read from that sentence so far.
    """
    if any(r["type"] == "us_strike" for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    found = _struck_killing(tokens)
    if found is None:
        return rows
    k, victim = found
    if victim is not None and normalize_str(victim.phrase) in doc.nt.norm[: sent.nstart]:
        return rows  # the article named this leader before: the strike was told there
    cue = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "us_strike", "")
    out = []
    for row in event_row(doc, sent, tokens, cue, "us_strike", (k, len(tokens))):
        name = doc.nt.evidence(victim.start, victim.end) if victim is not None else ""
        target = row["target"] if not name or victim.phrase in normalize_str(row["target"]) else name
        out.append({**row, "actor": _US, "target": target, "claimed": False, "anaphoric": False, "series": False, "past": True})
    return rows + out
