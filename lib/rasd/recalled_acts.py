"""Earlier acts recalled by a sentence that places the act just told after them.

``ويأتي هذا الهجوم بعد أقل من 3 ساعات من الهجوم الصاروخي الذي تعرضت له القاعدة في
الشدادي``, ``وجاء هذا الهجوم في أعقاب هجومين مماثلين على قاعدة حرير والتنف``: the
sentence opens with a verb of coming (``data/recalled_acts.yaml``) whose subject points back
to the act told before, and names another act after a word of sequence (``بعد``,
``أعقاب``) or with a word that sets it apart (``مماثلين``, ``الذي تعرضت له``). That act is
a row of its own at a base, airport or town, marked ``past`` (:mod:`rasd.past_acts`) so
that it does not fold into the act of the day at the same base. Plural nouns and counted
ones (``بعد توقف هجمات``, ``عقب أكثر من 165 هجوماً``) tell a series or a tally.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.event_types import classify_trigger
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.past_acts import is_past_site_name
from rasd.text import Token, clitic_variants

__all__ = ["recalled_rows"]


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("recalled_acts.yaml")


def _is(word: str, key: str) -> bool:
    return any(stem in _lex()[key] for _, stem in clitic_variants(word))


def _recalled_noun(tokens: list[Token]) -> PhraseMatch | None:
    """The attack noun of the earlier act after the frame's subject, or None.

    The noun follows a word of sequence (``في أعقاب هجوم``, ``بعد … من الهجوم الذي``), or
    another attack noun when a word sets it apart (``هذا الهجوم … هجومين مماثلين``).
    """
    if not any(_is(t.text, "frame_verbs") for t in tokens[: int(_lex()["frame_reach"])]):
        return None
    cue = next((k for k, t in enumerate(tokens) if _is(t.text, "sequence_cues")), len(tokens))
    for i, m in enumerate(attack_noun_matcher().find(tokens)):
        if m.phrase.endswith("ات") or (m.first_token and tokens[m.first_token - 1].text[:1].isdigit()):
            continue  # "بعد توقف هجمات الميليشيات", "عقب اكثر من 165 هجوما": a series or a tally
        after = tokens[m.last_token + 1 : m.last_token + 1 + int(_lex()["marker_reach"])]
        marked = any(_is(t.text, "other_markers") for t in after)
        near = cue < m.first_token <= cue + int(_lex()["noun_reach"])
        if near or (i and marked):
            return m
    return None


def recalled_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the earlier act such a sentence recalls (see the module docstring) when no act of its own is told."""
    if any(not r.get("anaphoric") for r in rows):
        return rows
    tokens = doc.sentence_tokens(sent)
    noun = _recalled_noun(tokens)
    if noun is None:
        return rows
    act = PhraseMatch(noun.start, noun.end, noun.first_token, noun.last_token, noun.phrase, "attack", noun.prefix)
    kind = classify_trigger(tokens, act, [])  # "بعد ساعات على ضربتين جويتين نفذتهما مقاتلات أميركية"
    told = event_row(doc, sent, tokens, act, "attack" if kind == "claim" else kind, (noun.first_token, len(tokens)))
    return rows + [{**r, "anaphoric": False, "past": not r.get("date")} for r in told if is_past_site_name(str(r.get("place") or ""))]
