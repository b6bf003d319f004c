"""The running tally of attacks an article gives, as one undated attack event.

Reports sum the campaign up in one sentence: ``تعرضت القوات الأمريكية في العراق وسوريا
لأكثر من 165 هجوما منذ منتصف أكتوبر``. Besides its row in the attack counts, such a
tally is an attack event of the article: undated, its place the countries it names and
its target the forces or bases as the sentence writes them. An analyst's event list
(and the annotated sets released with the issues) keeps one such row per article, the
first tally told, and none when the article already tells an undated attack in the
same country; a tally of a base (``base:…``) is left to the events of that base.

Input: the article and its attack-count rows; output: at most one event row.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import response_start
from rasd.gazetteer import place_rows
from rasd.lexicon import PhraseMatch, load_yaml, word_set
from rasd.scope import is_context_place, merge_scopes
from rasd.text import clitic_variants

__all__ = ["tally_event"]

_HEAD_REACH = 8  # tokens between the forces or bases a tally counts against and the place they are in
_JOINERS = frozenset({"و", "وفي", "و في"})  # between two places of one tally ("العراق وسوريا", "العراق وفي سوريا")


@cache
def _settings() -> dict[str, Any]:
    return load_yaml("attack_context.yaml")


@cache
def _country_names() -> dict[str, dict[str, Any]]:
    """Gazetteer rows of the countries and regions by English name (``Iraq`` → العراق)."""
    return {r["name_en"]: r for r in place_rows() if r["type"] in {"country", "region"}}


def _tallies(doc: Doc, counts: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], DocSentence]]:
    """Tally rows with their sentence, in text order; not one in a response clause.

    ``ردا على عشرات الهجمات`` tells why a strike was made: its tally is background.
    """
    units = set(_settings()["tally_units"])
    least = int(_settings()["tally_min_count"])
    for row in counts:
        scope = str(row.get("scope") or "")
        if row["unit"] not in units or int(row["count"]) < least or scope.startswith("base:"):
            continue
        sent = _sentence_of(doc, row["start"])
        if sent is None:
            continue
        tokens = doc.sentence_tokens(sent)
        figure_tok = next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[1] > row["start"]), 0)
        if response_start(tokens) < figure_tok:
            continue
        yield row, sent


def _sentence_scope(counts: list[dict[str, Any]], sentence: str, scope: str) -> str:
    """The scope of all the sentence's figures: ``بعشر هجمات في العراق و3 في سوريا`` is Iraq+Syria."""
    return merge_scopes([scope, *(str(r.get("scope") or "") for r in counts if r["sentence"] == sentence)]) or scope


def _sentence_of(doc: Doc, start: int) -> DocSentence | None:
    return next((s for s in doc.sentences if s.start <= start < s.end), None)


def _place_chain(doc: Doc, sent: DocSentence, scope: str) -> list[PhraseMatch]:
    """The first countries of the tally's scope the sentence names, joined by و (``سوريا والعراق``).

    A region scope takes the region named (``الشرق الأوسط``); places of the background
    (``منذ اندلاع الحرب بين إسرائيل وحماس``) and other countries are not the tally's.
    """
    wanted = {"Middle East"} if scope == "region" else set(scope.split("+"))
    chain: list[PhraseMatch] = []
    for m in doc.within(doc.places, sent):
        if m.value["type"] not in {"country", "region"} or m.value["name_en"] not in wanted or is_context_place(doc, m):
            continue
        if chain and doc.nt.norm[chain[-1].end : m.start].strip() not in _JOINERS:
            break
        chain.append(m)
    return chain


def _is_head(word: str) -> bool:
    heads = word_set("attack_context.yaml", "tally_targets")
    return any(stem in heads for _, stem in clitic_variants(word))


def _target_start(doc: Doc, sent: DocSentence, first: PhraseMatch) -> int:
    """Start of the forces or bases named before the place (``القوات الأمريكية وقوات التحالف في``)."""
    start = first.start
    for k in range(first.first_token - 1, max(sent.tok_lo, first.first_token - _HEAD_REACH) - 1, -1):
        tok = doc.tokens[k]
        if "," in doc.nt.norm[tok.end : doc.tokens[k + 1].start]:
            break
        if _is_head(tok.text):
            start = tok.start
    return start


def _pair_scope(doc: Doc, sent: DocSentence) -> str:
    """``Iraq+Syria`` for a tally "in the two countries" (``في البلدين``) of an article naming both."""
    pair = word_set("attack_context.yaml", "pair_words")
    if not any(stem in pair for t in doc.sentence_tokens(sent) for _, stem in clitic_variants(t.text)):
        return ""
    named = {m.value["name_en"] for m in doc.places if m.value["type"] == "country"}
    return "Iraq+Syria" if {"Iraq", "Syria"} <= named else ""


def _place_name(chain: list[PhraseMatch], scope: str) -> str:
    """The places as the sentence names them, then those of the scope it names apart (``29 منها في العراق و32 في سوريا``)."""
    keys = ["Middle East"] if scope == "region" else scope.split("+")
    names = [str(m.value["canonical"]) for m in chain]
    names += [str(_country_names()[c]["canonical"]) for c in keys if c in _country_names()]
    return " و".join(dict.fromkeys(names))


def _told_already(rows: list[dict[str, Any]], place: str) -> bool:
    return any(r["type"] == "attack" and not r.get("date") and r.get("place") and r["place"] in place for r in rows)


def tally_event(doc: Doc, counts: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The undated attack event of the first running tally of attacks in an article.

    Args:
        doc: The article.
        counts: Its attack-count rows (:func:`rasd.attacks.extract_attack_counts`).
        events: Its other event rows; an undated attack told in the tally's country
            already stands for the campaign.

    Returns:
        An event row (type ``attack``, no date, the tally's evidence), or None when the
        article gives no tally of 10 or more attacks outside a single base.
    """
    tally, sent = next(_tallies(doc, counts), (None, None))
    if tally is None or sent is None:
        return None
    scope = _sentence_scope(counts, tally["sentence"], str(tally.get("scope") or "") or _pair_scope(doc, sent))
    chain = _place_chain(doc, sent, scope)
    place = _place_name(chain, scope)
    if not place or _told_already(events, place):
        return None  # a tally placed nowhere ("نفذ 46 هجوما على القواعد") is no event an analyst can map
    if chain:
        lo, hi = doc.nt.to_original(_target_start(doc, sent, chain[0]), chain[-1].end)
        target = doc.text[lo:hi]
    else:
        target = place
    single = chain[0].value if len(chain) == 1 else None
    return {
        "type": "attack",
        "actor": "",
        "target": target,
        "place": place,
        "lat": single["lat"] if single else None,
        "lon": single["lon"] if single else None,
        "weapon": "",
        "date": "",
        "date_expr": "",
        "time_precision": None,
        "killed": None,
        "injured": None,
        "claimed": False,
        "article_id": doc.article_id,
        "sentence": tally["sentence"],
        "start": tally["start"],
        "end": tally["end"],
    }
