"""The running tally of attacks an article gives, as one undated attack event.

Reports sum the campaign up in one sentence: ``تعرضت القوات الأمريكية في العراق وسوريا
لأكثر من 165 هجوما منذ منتصف أكتوبر``. Besides its row in the attack counts, such a
tally is an attack event of the article: undated, its place the countries it names and
its target the forces or bases as the sentence writes them. An analyst's event list
(and the annotated sets released with the issues) keeps one such row per article, the
first tally told, and none when the article already tells an undated attack in the
same country; a tally of a base (``base:…``) is left to the events of that base. A series
of attacks told as such (``وتتكرر الهجمات على المواقع الأمريكية في البلدين``, ``ردا على
سلسلة الهجمات التي استهدفت قواعد تضم قوات أمريكية في سوريا``) is how reports sum the
campaign up in words: the first one stands for it before any tally (in the released sets,
3 of 3 articles with both).

Input: the article and its attack-count rows; output: at most one event row.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, us_matcher
from rasd.event_rows import response_start
from rasd.gazetteer import attack_noun_matcher, place_rows
from rasd.lexicon import PhraseMatch, load_yaml, word_set
from rasd.modality import sentence_is_hypothetical
from rasd.scope import is_context_place, merge_scopes
from rasd.tally_towns import tally_town
from rasd.text import Token, clitic_variants

__all__ = ["tally_event"]

_NOUN_REACH = 6  # tokens between a series of attacks and the forces or bases it is aimed at
_US_REACH = 4  # tokens after those forces or bases within which they are called American
_HEAD_REACH = 8  # tokens between the forces or bases a tally counts against and the place they are in
_JOINERS = frozenset({"و", "وفي", "و في"})  # between two places of one tally ("العراق وسوريا", "العراق وفي سوريا")


@cache
def _settings() -> dict[str, Any]:
    return load_yaml("attack_context.yaml")


@cache
def _theatre() -> frozenset[str]:
    """English names of the countries of the theatre (``data/attack_context.yaml``)."""
    return frozenset(_settings()["theatre"])


@cache
def _country_names() -> dict[str, dict[str, Any]]:
    """Gazetteer rows of the countries and regions by English name (``Iraq`` → العراق)."""
    return {r["name_en"]: r for r in place_rows() if r["type"] in {"country", "region"}}


def _tallies(doc: Doc, counts: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], DocSentence]]:
    """Tally rows with their sentence, in text order; not one in a response clause.

    ``ردا على عشرات الهجمات`` tells why a strike was made: its tally is background; a rank
    (``الهجوم الـ103``) numbers one act (:func:`_ranks_one_act`).
    """
    units = set(_settings()["tally_units"])
    least = int(_settings()["tally_min_count"])
    for row in counts:
        scope = str(row.get("scope") or "")
        if row["unit"] not in units or int(row["count"]) < least or scope.startswith("base:"):
            continue
        sent = _sentence_of(doc, row["start"])
        if sent is None or _ranks_one_act(doc, row):
            continue
        tokens = doc.sentence_tokens(sent)
        if response_start(tokens) < _figure_token(doc, tokens, row):
            continue
        yield row, sent


def _figure_token(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> int:
    """Index among the sentence's tokens of the tally's figure."""
    return next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[1] > row["start"]), 0)


def _ranks_one_act(doc: Doc, row: dict[str, Any]) -> bool:
    """The figure is the rank of the act just told, not a tally of the campaign.

    ``ويعد هذا الهجوم الثاني والعشرين``, ``يعد هجوم أربيل الهجوم الـ103``, ``ويمثل الهجوم
    الأخير الـ11 الذي تتعرض له``: a definite ordinal after its attack noun numbers one act.
    """
    return doc.text[row["start"] : row["end"]].replace("\u0640", "").startswith("ال")


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


def _is_pair(word: str) -> bool:
    return any(stem in word_set("attack_context.yaml", "pair_words") for _, stem in clitic_variants(word))


def _pair_scope(doc: Doc, sent: DocSentence) -> str:
    """``Iraq+Syria`` for a tally "in the two countries" (``في البلدين``) of an article naming both."""
    if not any(_is_pair(t.text) for t in doc.sentence_tokens(sent)):
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


def _series_noun(tokens: list[Token], hi: int) -> int | None:
    """Index of the last token of a plural attack noun told as a series before ``hi``.

    ``سلسلة الهجمات``, ``موجة من الهجمات``, ``وتتواصل هجمات`` (``series_cues``). Not a series of
    earlier acts (``في سياق سلسلة هجمات سابقة``, ``past_summary_adjectives``): background summed up,
    no campaign row, as :mod:`rasd.period_summaries` gives such plural acts none.
    """
    cues = word_set("attack_context.yaml", "series_cues")
    for m in attack_noun_matcher().find(tokens[:hi]):
        earlier = m.last_token + 1 < len(tokens) and is_word(tokens[m.last_token + 1].text, "past_summary_adjectives")
        if m.value["unit"] in _settings()["tally_units"] and m.phrase.endswith("ات") and m.first_token and not earlier:
            cue = m.first_token - 1 if tokens[m.first_token - 1].text != "من" else m.first_token - 2
            latest = any(t.text in word_set("attack_context.yaml", "latest_words") for t in tokens[max(0, cue - 2) : max(0, cue)])
            if cue >= 0 and tokens[cue].text in cues and not latest:
                return m.last_token  # not "في أحدث موجة من الهجمات": the one act just told
    return None


def _us_head(tokens: list[Token], lo: int, hi: int) -> int | None:
    """The first forces or bases noun in ``lo..hi`` called American (``القوات الأمريكية``, ``قواعد تضم قوات أمريكية``)."""
    for k in range(lo, hi):
        if _is_head(tokens[k].text) and any(
            us_matcher().match_at(tokens, j) for j in range(k, min(len(tokens), k + 1 + _US_REACH))
        ):
            return k
    return None


def _campaign(doc: Doc, counts: list[dict[str, Any]]) -> tuple[DocSentence, str, list[PhraseMatch], int, int] | None:
    """The first sentence that tells the attacks as a series, with no figure: scope, places, target span.

    ``ضمن سلسلة الهجمات التي استهدفت قواعد تضم قوات أمريكية في سوريا والعراق``,
    ``وتتكرر الهجمات على المواقع الأمريكية في البلدين``: a plural attack noun after a
    series cue (``data/attack_context.yaml``), aimed at American forces or bases in
    countries named right after them, in a response clause too. Not in a conditional
    sentence, nor one that gives a figure (the tally's).
    """
    counted = {str(r["sentence"]) for r in counts}
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        if sent.text in counted or sentence_is_hypothetical(doc, sent):
            continue
        noun = _series_noun(tokens, len(tokens))  # "ردا على سلسلة الهجمات" too: the series is the campaign
        head = _us_head(tokens, noun + 1, min(len(tokens), noun + 1 + _NOUN_REACH)) if noun is not None else None
        if head is None:
            continue
        named = [
            p
            for p in doc.within(doc.places, sent)
            if p.value["type"] == "country"
            and p.value["name_en"] in _theatre()
            and 0 < p.first_token - sent.tok_lo - head <= _HEAD_REACH
        ]
        scope = "+".join(dict.fromkeys(str(p.value["name_en"]) for p in named))
        chain = [p for p in _place_chain(doc, sent, scope) if p in named] if scope else []
        pair = next((t for t in tokens[head:] if _is_pair(t.text)), None)
        if chain or (not named and pair is not None and _pair_scope(doc, sent)):
            end = chain[-1].end if chain else pair.end
            return sent, scope or _pair_scope(doc, sent), chain, tokens[head].start, end
    return None


def tally_event(doc: Doc, counts: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The undated attack event of the first running tally of attacks in an article.

    The first sentence that tells the attacks as a series stands for the campaign before
    any tally (:func:`_campaign`): reports sum up the attacks that way and give the tally
    as background.

    Args:
        doc: The article.
        counts: Its attack-count rows (:func:`rasd.attacks.extract_attack_counts`).
        events: Its other event rows; an undated attack told in the tally's country
            already stands for the campaign.

    Returns:
        An event row (type ``attack``, no date, the tally's evidence), or None when the
        article gives neither a placed tally of 10 or more attacks outside a single base
        nor a placed series of attacks on American forces. The tally of a country or region
        in an article with no publication date gives none: with no day of writing the running
        total stands for no time, and analysts list it only as a count (no event row on 19 of
        20 undated press pages with one, while most dated ones keep it); a series told in
        words, or a tally of one city, still does.
    """
    found = _campaign(doc, counts)
    tally, sent = next(_tallies(doc, counts), (None, None)) if found is None else (None, None)
    if found is not None:
        sent, scope, chain, lo, hi = found
        evidence = doc.row_evidence(sent, lo, hi)
    elif tally is not None and sent is not None:
        scope = _sentence_scope(counts, tally["sentence"], str(tally.get("scope") or "") or _pair_scope(doc, sent))
        chain = _place_chain(doc, sent, scope)
        lo, hi = (_target_start(doc, sent, chain[0]), chain[-1].end) if chain else (0, 0)
        evidence = {"article_id": doc.article_id, "sentence": tally["sentence"], "start": tally["start"], "end": tally["end"]}
    else:
        return None
    place = _place_name(chain, scope)
    town = tally_town(doc, sent, _figure_token(doc, doc.sentence_tokens(sent), tally)) if tally is not None else None
    if town is not None:  # "قال محافظ أربيل إن المدينة تعرضت لـ17 هجوما": the city, not its country
        place, chain, lo, hi = str(town["canonical"]), [], 0, 0
    elif tally is not None and doc.published is None:
        return None  # "تعرضت القوات الأمريكية في العراق وسوريا لـ165 هجوما" on an undated page
    if not place or _told_already(events, place):
        return None  # a tally placed nowhere ("نفذ 46 هجوما على القواعد") is no event an analyst can map
    start, end = doc.nt.to_original(lo, hi)
    target = doc.text[start:end] if hi > lo else place
    single = town if town is not None else chain[0].value if len(chain) == 1 else None
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
        **evidence,
    }
