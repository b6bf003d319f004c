"""A place for an act that names none, from the sentence after it that tells the act again.

An article may recall an act in one sentence and say where it struck in the next:
``ردا على مقتل قائد فيلق القدس. وكان قد لقي حتفه في ضربة جوية أمريكية بمطار بغداد``,
``استهدفت القوات الأمريكية الحرس الثوري. وأضاف أن الضربتين أصابتا منشأة قرب البوكمال``.
An attack or US strike row with no place takes the place named after an act noun of its
type in the next sentence of the story: a definite noun (``الضربة``, ``الهجمات``) points
back to the act told, and an indefinite strike noun does when a US adjective follows it
(``ضربة جوية أمريكية``). The place is read as for the act's own sentence
(:func:`rasd.event_fields.place_for`), within a few words after the noun, and kept only
in the theatre (Iraq, Syria, Jordan). An act that itself points back, or whose type the
article already tells at a place, is left to the merge (it is most often that act, told again).

Nothing is taken when the next sentence tells an act of that type of its own (its row
merges with this one as an incident, :mod:`rasd.incidents`).

Once the incidents are merged, an act still with no place whose target is a definite base
noun pointing back (``تعرضت القاعدة نفسها يوم الأربعاء الماضي لهجوم``: an earlier incident
kept apart by its day, :mod:`rasd.unresolved_days`) takes the base of the latest act told
before it (:func:`place_from_before`). A claim or interception with no place that points back
to a base (``وتبنت الجماعة استهداف القاعدة``, ``أسقطتها الدفاعات قبل وصولها إلى القاعدة``) takes
the place of the act told just before it, when that place is a site or a town (the base named
there may be read as its town: ``قاعدة … بمدينة الشدادي``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_fields import place_for
from rasd.event_lexicon import is_word
from rasd.gazetteer import place_rows
from rasd.incidents import place_country
from rasd.lexicon import load_yaml
from rasd.text import normalize_str

__all__ = ["place_from_before", "place_from_next"]

_PROCLITICS = "وفبلك"
_TYPES = frozenset({"attack", "us_strike"})
_POINTING_TYPES = frozenset({"claim", "interception"})  # told of the act just before, at its base
_LOCAL_TYPES = frozenset({"base", "airport", "oilfield", "site", "camp", "town", "city", "village"})
_THEATRE = frozenset({"Iraq", "Syria", "Jordan"})  # a place abroad in the next sentence is another matter


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("neighbour_places.yaml")


def _in(word: str, words: frozenset[str]) -> bool:
    """The word, or the word after one proclitic (``وبالضربه``: up to two), is in ``words``."""
    for cut in range(3):
        stem = word[cut:]
        if stem in words or (stem.startswith("لل") and "ا" + stem[1:] in words):
            return True
        if not stem or stem[0] not in _PROCLITICS:
            return False
    return False


def _act_noun(doc: Doc, sent: DocSentence, kind: str) -> tuple[int, int] | None:
    """Norm span of the first act noun of ``kind`` in the sentence that points back to an act told."""
    definite = frozenset(_lex()["definite"].get(kind, ()))
    indefinite = frozenset(_lex()["indefinite"].get(kind, ()))
    tokens = doc.sentence_tokens(sent)
    for k, tok in enumerate(tokens):
        if _in(tok.text, definite):
            return tok.start, tok.end
        if _in(tok.text, indefinite) and any(is_word(t.text, "us_adjectives") for t in tokens[k + 1 : k + 3]):
            return tok.start, tok.end
    return None


def _sentence_of(sents: list[DocSentence], start: int) -> int | None:
    return next((i for i, s in enumerate(sents) if s.start <= start < s.end), None)


def place_from_next(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each attack or US strike row with no place the place the next sentence tells it at.

    Args:
        doc: The article.
        rows: Its sentence event rows, in article order (changed in place).

    Returns:
        The same rows.
    """
    sents = doc.narrative()
    told = {(_sentence_of(sents, int(r["start"])), r["type"]) for r in rows}
    placed = {r["type"] for r in rows if r.get("place")}
    for row in rows:
        if row["type"] not in _TYPES or row.get("place") or row.get("anaphoric") or row["type"] in placed:
            continue  # an act pointing back, or one of a type told at a place, is left to the merge
        i = _sentence_of(sents, int(row["start"]))
        if i is None or i + 1 >= len(sents) or (i + 1, row["type"]) in told:
            continue
        nxt = sents[i + 1]
        noun = _act_noun(doc, nxt, row["type"])
        if noun is None:
            continue
        reach = doc.tokens_between(noun[1], nxt.nend)[: int(_lex()["reach"])]
        hi = reach[-1].end if reach else noun[1]
        place = place_for(doc, nxt, (noun[1], hi), noun[1], (noun[0], hi), row["type"] == "attack", row["type"] == "us_strike")
        if place is not None and place_country(str(place["canonical"])) in _THEATRE:
            row.update({"place": place["canonical"], "lat": place["lat"], "lon": place["lon"]})
    return rows


@cache
def _site_places() -> frozenset[str]:
    """Canonical names of bases, airports and oilfields (the sites a base noun points back to)."""
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] in {"base", "airport", "oilfield"})


def _points_to_base(row: Mapping[str, Any]) -> bool:
    """The act's target, or a word of its sentence, is a definite base noun (``القاعدة نفسها``, ``والمعسكر``).

    The sentence is read too: the target span of ``تعرضت القاعدة نفسها يوم الأربعاء لهجوم``
    is read after the verb.
    """
    words = normalize_str(str(row.get("target") or "")).split()[:1] + normalize_str(str(row["sentence"])).split()
    return any(is_word(w, "base_anaphors") for w in words)


def place_from_before(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give an act with no place whose target points back to a base the site of the latest act before it.

    Args:
        rows: Event rows once the incidents are merged, in the order first told (changed in place).

    Returns:
        The same rows.
    """
    for i, row in enumerate(rows):
        if row["type"] not in _TYPES or row.get("place") or not _points_to_base(row):
            continue
        before = next((r for r in reversed(rows[:i]) if str(r.get("place") or "") in _site_places()), None)
        if before is not None:
            row.update({k: before.get(k) for k in ("place", "lat", "lon")})
    for i, row in enumerate(rows):
        if row["type"] not in _POINTING_TYPES or row.get("place") or not _points_to_base(row):
            continue
        before = next((r for r in reversed(rows[:i]) if r.get("place")), None)
        if before is not None and _place_types().get(str(before["place"])) in _LOCAL_TYPES:
            row.update({k: before.get(k) for k in ("place", "lat", "lon")})
    return rows


@cache
def _place_types() -> dict[str, str]:
    """Gazetteer type of each canonical name."""
    return {str(r["canonical"]): str(r["type"]) for r in place_rows()}
