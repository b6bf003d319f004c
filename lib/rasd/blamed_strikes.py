"""Strikes an article lays on a third state or on aircraft of unknown identity: ``other`` rows.

An air strike on the Iran axis told with no doer in its sentence is read as a US strike, and a
strike with no target of the US side as an attack (:mod:`rasd.event_types`). The press often
names the doer in another sentence of the article: ``ويعتقد أن إسرائيل هي المسؤولة عن الضربة``,
``إن إسرائيل هي من نفذت الهجوم``, ``بطائرات مسيرة يعتقد أنها إسرائيلية``, or tells the strike
as one of unknown aircraft (``قصف من طائرات مجهولة``, ``طائرتين مسيرتين مجهولتين``) and its
later sentences only give its details (``تعرضتا لقصف صاروخي جوي``). Such an article reports no
attack on US forces and no US strike: the strikes of its sentences that name neither the US
nor a base it may hold are the same third party's, ``other`` developments as ACLED counts them
and the annotated sets type them. A sentence naming the US keeps its type, and so does one
naming a base unless an armed group or the Hashd is named in it as the base's user or victim
(``تعرضت 4 قواعد يستخدمها الحشد الشعبي للقصف``). An act whose doer is an armed group of the Iran
axis (``هاجمت المقاومة العراقية بطائرة مسيرة قاعدة في الجولان``) is theirs and keeps its type.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_agents import unknown_drone_on_group, unknown_flyer
from rasd.event_lexicon import is_word, list_matcher, trigger_words, us_matcher
from rasd.gazetteer import actor_entries
from rasd.text import Token, normalize_str

__all__ = ["retype_blamed_strikes"]

_RETYPED = frozenset({"attack", "us_strike"})
_BLAME_REACH = 3  # words between the state's name and the word laying the act on it ("إسرائيل هي من نفذت")
_BELIEF_REACH = 3  # words between "يعتقد" and the state's adjective ("يعتقد أنها إسرائيلية")


def _blames_state(tokens: list[Token]) -> bool:
    """The sentence lays an act on a third state: ``إسرائيل هي المسؤولة``, ``يعتقد أنها إسرائيلية``."""
    for k, tok in enumerate(tokens):
        if is_word(tok.text, "third_state_names"):
            between = tokens[k + 1 : k + 1 + _BLAME_REACH]
            for t in between:
                if is_word(t.text, "blame_words"):
                    return True
                if not is_word(t.text, "blame_fillers"):
                    break
        if is_word(tok.text, "belief_words") and any(
            is_word(t.text, "third_state_adjectives") for t in tokens[k + 1 : k + 1 + _BELIEF_REACH]
        ):
            return True
    return False


def _names_us_side(doc: Doc, sent: DocSentence) -> bool:
    """The sentence names the US, or a base with no armed group or Hashd named as its user or victim."""
    tokens = doc.sentence_tokens(sent)
    if any(us_matcher().find(tokens)):
        return True
    axis = any(a.value.get("side") == "iran_axis" for a in doc.within(doc.actors, sent)) or any(
        list_matcher("hashd_names").find(tokens)
    )
    return not axis and any(is_word(t.text, "us_site_nouns") for t in tokens)


def _foreign_article(doc: Doc) -> bool:
    """Some sentence blames a third state for a strike, or tells one of unknown aircraft."""
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        if _blames_state(tokens) or unknown_flyer(tokens) or unknown_drone_on_group(tokens, []):
            return True
    return False


def _sentence_at(doc: Doc, start: int) -> DocSentence | None:
    return next((s for s in doc.narrative() if s.start <= start < s.end), None)


def _axis_attacker(actor: str) -> bool:
    """The row's actor is an armed group of the Iran axis other than the Hashd (the usual victim)."""
    if not actor or normalize_str(actor) in trigger_words("hashd_names"):
        return False
    return any(a.get("side") == "iran_axis" and str(a.get("name_ar")) == actor for a in actor_entries())


def _retypable(doc: Doc, row: dict[str, Any]) -> bool:
    if row["type"] not in _RETYPED or row.get("claimed") or row.get("earlier") or _axis_attacker(str(row.get("actor") or "")):
        return False
    sent = _sentence_at(doc, int(row.get("start") or 0))
    return sent is not None and not _names_us_side(doc, sent)


def retype_blamed_strikes(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Make the attacks and US strikes of an article that lays its strike on a third party ``other`` rows.

    Args:
        doc: The article.
        rows: Its event rows, before incidents are folded.

    Returns:
        The rows; when the article blames a third state or unknown aircraft, those whose sentence
        names neither the US nor a base are ``other`` rows with no actor of the US.
    """
    if not any(r["type"] in _RETYPED for r in rows) or not _foreign_article(doc):
        return rows
    out = []
    for r in rows:
        if _retypable(doc, r):
            r = {**r, "type": "other", "actor": "" if r["type"] == "us_strike" else r.get("actor", "")}
        out.append(r)
    return out
