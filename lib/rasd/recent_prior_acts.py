"""An earlier act of the same kind told as a few hours before the dated act of its sentence.

``واستهدفت رشقة صاروخية القاعدة مساء أمس الجمعة، بعد أقل من ساعتين من هجوم مماثل``,
``تعرضت قاعدة حقل العمر فجر اليوم لهجوم، بعد ساعات من هجوم مماثل على قاعدة التنف``: the
sentence places its act after another one of the same kind (``data/recent_prior_acts.yaml``),
only hours or minutes earlier, so the earlier act falls on the same day. It is an event of its
own: at the place the text gives it, else at the place of the act of the sentence (the same
base struck twice), with the date of that act. A gap of days, or «24 ساعة», dates nothing;
an undated act lends nothing.

The earlier act is marked ``past`` (:func:`rasd.incidents.merge_incidents`) so that it does
not fold into the act of the sentence at the same base; a later sentence that tells it again
folds into it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["recent_prior_rows"]

_CLAUSE_END_RE = re.compile(r"[،,.؛:!؟?]")
_ACTS = frozenset({"attack", "interception"})
# Fields of an event row the earlier act shares with the act of its sentence (flags are not shared).
_SHARED = ("type", "place", "lat", "lon", "article_id", "sentence", "date", "date_expr", "time_precision")


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("recent_prior_acts.yaml")


def _is(word: str, key: str) -> bool:
    return any(stem in _lex()[key] for _, stem in clitic_variants(word))


def find_prior_noun(tokens: list[Token]) -> PhraseMatch | None:
    """The attack noun of an earlier like act hours before (``بعد ساعات من هجوم مماثل``), or None.

    Args:
        tokens: The tokens of one sentence.

    Returns:
        The attack noun after «بعد … <hours> من», followed by a word of likeness; None when the
        sentence has no such phrase.
    """
    lex = _lex()
    nouns = attack_noun_matcher().find(tokens)
    for k, tok in enumerate(tokens):
        if not _is(tok.text, "sequence_words"):
            continue
        gap = next((j for j in range(k + 1, min(k + 2 + int(lex["gap_reach"]), len(tokens))) if _is(tokens[j].text, "gap_words")), None)
        if gap is None or gap + 1 >= len(tokens) or not _is(tokens[gap + 1].text, "link_words"):
            continue
        for m in nouns:
            if gap + 2 <= m.first_token <= gap + 2 + int(lex["noun_reach"]):
                after = tokens[m.last_token + 1 : m.last_token + 1 + int(lex["likeness_reach"])]
                if any(_is(t.text, "likeness_words") for t in after):
                    return m
    return None


def _placeless(doc: Doc, sent: DocSentence, tokens: list[Token], noun: PhraseMatch) -> bool:
    """Nothing after the likeness word names a place of the earlier act (``هجوم مماثل على القاعدة نفسها``)."""
    reach = int(_lex()["likeness_reach"])
    like = next(k for k in range(noun.last_token + 1, noun.last_token + 1 + reach) if _is(tokens[k].text, "likeness_words"))
    clause = _CLAUSE_END_RE.split(doc.nt.norm[tokens[like].end : sent.nend], maxsplit=1)[0]
    return all(_is(word, "same_site_words") for word in clause.split())


def _dated_act(rows: list[dict[str, Any]], before: int) -> dict[str, Any] | None:
    """The first act of the sentence told before ``before`` (original offset) with a day's date."""
    return next(
        (r for r in rows if r["type"] in _ACTS and r.get("date") and len(str(r["date"])) == 10 and (r.get("start") or 0) < before),
        None,
    )


def _framed_act(doc: Doc, sent: DocSentence, tokens: list[Token], told: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The dated act of the sentence before, when this one opens with a verb of coming (``وجاء الهجوم بعد …``)."""
    frame = load_yaml("recalled_acts.yaml")
    opening = tokens[: int(frame["frame_reach"])]
    if not any(stem in frame["frame_verbs"] for t in opening for _, stem in clitic_variants(t.text)):
        return None
    before = [s for s in doc.narrative() if s.end <= sent.start]
    if not before:
        return None
    last = [r for r in told if r.get("start") is not None and r["start"] >= before[-1].start]
    return _dated_act(last[::-1], sent.start)


def recent_prior_rows(
    doc: Doc, sent: DocSentence, rows: list[dict[str, Any]], told: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Date, or add, the earlier act a sentence tells as hours before its own (see the module docstring).

    Args:
        doc: The article.
        sent: One of its narrative sentences.
        rows: The event rows of that sentence.
        told: The rows of the sentences before it: a sentence that opens with a verb of coming
            (``وجاء الهجوم بعد ساعات من هجوم مماثل``) places the act of the sentence before it.

    Returns:
        The rows, the earlier act dated like the act of the sentence: its own row when the text
        placed it, else a new ``past`` row at the place of that act.
    """
    tokens = doc.sentence_tokens(sent)
    noun = find_prior_noun(tokens)
    if noun is None:
        return rows
    at, end = doc.nt.to_original(tokens[noun.first_token].start, tokens[noun.last_token].end)
    main = _dated_act(rows, at) or _framed_act(doc, sent, tokens, told or [])
    if main is None or main["type"] != "attack":
        return rows
    dating = {"date": main["date"], "date_expr": main.get("date_expr", ""), "time_precision": main.get("time_precision")}
    own = next((r for r in rows if r["type"] == "attack" and (r.get("start") or 0) >= at and not r.get("date")), None)
    if own is not None:
        placed = {} if own.get("place") else {k: main.get(k) for k in ("place", "lat", "lon")}
        told = {**own, **placed, **dating, "anaphoric": False, "past": True}  # "على القاعدة نفسها": not the act retold
        return [told if r is own else r for r in rows]
    if not _placeless(doc, sent, tokens, noun):
        return rows  # "بعد دقائق من هجوم مماثل على قاعدة خراب الجير": a place of its own, not read here
    prior = {k: main[k] for k in _SHARED if k in main}
    told = {"target": doc.text[at:end], "weapon": "", "actor": "", "killed": None, "injured": None, "claimed": False}
    return [*rows, {**prior, **told, "start": at, "end": end, "past": True}]
