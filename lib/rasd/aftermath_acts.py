"""Attacks told by the harm they did at a site: ``اندلع حريق في مطار أربيل عقب هجوم بطائرة مسيرة``.

A sentence with no trigger of its own may tell an attack through what it left at a named
site: a fire, flames, smoke or damage there (``harm_nouns``), then a word of cause
(``عقب``, ``إثر``, ``جراء``) and the attack itself, named by an attack noun, a verbal noun of
attack (``إثر استهدافها``) or a weapon (``جراء سقوط صواريخ``). The act is an attack at the site
named before the cause, when that site is a base or the sentence names US or coalition forces
there. A strike of the US, the coalition or from the air (``جراء غارة أمريكية``) is left to the
strike readers: only a row typed as an attack is kept, and only when it has a place. The words are data
(``data/aftermath_acts.yaml``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import list_matcher, us_matcher
from rasd.event_rows import event_row
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.scope import base_of
from rasd.text import Token, clitic_variants

__all__ = ["aftermath_rows"]

_STATE_REACH = 4  # tokens after the cause's attack noun where the state that struck is named ("جراء غارة جوية أمريكية")


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("aftermath_acts.yaml")


def _is(word: str, key: str) -> bool:
    """The word, or its stem without proclitics, is an entry of ``key``."""
    return any(stem in frozenset(_lex()[key]) for _, stem in clitic_variants(word))


def _act_after(tokens: list[Token], cue: int) -> int | None:
    """Index of the attack noun, verbal noun of attack or weapon that the cause cue at ``cue`` opens."""
    for k in range(cue + 1, min(len(tokens), cue + 1 + int(_lex()["cause_reach"]))):
        if _is(tokens[k].text, "act_words") or attack_noun_matcher().match_at(tokens, k) or weapon_matcher().match_at(tokens, k):
            return k
        if not _is(tokens[k].text, "cause_links"):
            return None
    return None


def _foreign(tokens: list[Token], lo: int, hi: int) -> bool:
    """The US or the coalition is named between tokens ``lo`` and ``hi``."""
    return any(
        us_matcher().match_at(tokens, k) is not None or list_matcher("coalition_owners").match_at(tokens, k) is not None
        for k in range(lo, min(hi, len(tokens)))
    )


def _struck_by_state(tokens: list[Token], act: int) -> bool:
    """The cause is a strike of the US or the coalition, or an air strike (``جراء غارة أمريكية``)."""
    weapon = weapon_matcher().match_at(tokens, act)
    return (weapon is not None and weapon.value.get("weapon") == "air") or _foreign(tokens, act, act + _STATE_REACH)


def aftermath_rows(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[dict[str, Any]]:
    """An attack row at the site of the harm a sentence ties to an attack (before token ``limit``); [] when none.

    The site is a base, or a place the sentence says hosts US or coalition forces before the cause
    (``مطار أربيل الدولي الذي يضم قاعدة عسكرية تابعة للولايات المتحدة``); harm in a town of no such
    force is no attack on them.
    """
    places = list(doc.within(doc.places, sent))
    for cue in range(1, min(limit, len(tokens))):
        if not _is(tokens[cue].text, "cause_cues"):
            continue
        harm = next((k for k in range(cue) if _is(tokens[k].text, "harm_nouns")), None)
        act = _act_after(tokens, cue)
        if harm is None or act is None or _struck_by_state(tokens, act):
            continue
        sites = [m for m in places if harm < m.first_token - sent.tok_lo < cue]
        if not sites or not (any(base_of(doc, m) is not None for m in sites) or _foreign(tokens, harm, cue)):
            continue
        noun = PhraseMatch(tokens[act].start, tokens[act].end, act, act, tokens[act].text, "attack", "")
        return [r for r in event_row(doc, sent, tokens, noun, "attack", (0, limit)) if r.get("place") and r["type"] == "attack"]
    return []
