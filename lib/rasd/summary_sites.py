"""An act told in a country, region or province, beside the same act told at its site: the site stands for it.

A report often sums an act up in its theatre and names its site a sentence before or after:
``قال مسؤول إن طائرة مسيرة وصواريخ استهدفت قاعدتين في العراق وسوريا`` … ``هجوماً بطائرة مسيّرة
استهدف قاعدة عين الأسد``, or the other way round (``هجوما على القوات في قاعدة خراب الجير`` …
``وأفاد مسؤول بأن القوات في شمال شرق سوريا استهدفت بطائرة مسيرة``). The gold names each
act once, at its most precise place; the row placed in the country (or a region, a province, a city
holding the site, or a broad area: ``broad_areas``) is that act told again.

A vague row goes when rows of its type, in its own sentence or within :data:`_REACH` sentences of
it, are placed at sites that lie in its place (or in a country its sentence names: ``في العراق
وسوريا``), as many sites as the acts its sentence counts (``قاعدتين``: two; ``ثلاث قواعد`` beside
two sites keeps its row; a count of munitions, ``بـ3 صواريخ``, counts no acts), each with the same day, the same time precision and no other day
expression, sharing a weapon when both name one.

It stays when it is an attack or a downing told with no weapon (a series told in passing: ``شنت
المقاومة هجمات استهدفت قواعد أمريكية في سوريا والعراق``), when the site sentence counts more acts
than it (``قاعدة في غرب العراق`` … ``قاعدتا عين الأسد وحرير``), and when the later of the two
sentences adds a further act: it opens on ``كما``/``أيضا`` (``further_act_words``) or recalls an earlier
act (``وسبق أن تعرضت القاعدة``: ``recalled_openers``), or calls its act
or site «another», «new», «similar» or one of several (``وسقطت صواريخ أخرى``, ``الغارات الجديدة``,
``لهجوم مماثل``, ``إحدى الضربات``; ``other_site_words``, ``further_act_marks``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import place_rows, weapon_matcher
from rasd.incidents import contains_place, place_country
from rasd.lexicon import word_set
from rasd.text import Token, normalize_str

__all__ = [
    "adds_act",
    "calls_other",
    "fold_summary_rows",
    "holds_site",
    "is_vague",
    "same_time",
    "sentence_index",
    "told_count",
    "weapon_kinds",
]

_TYPES = frozenset({"attack", "interception", "claim", "us_strike"})
_VAGUE_KINDS = frozenset({"country", "region", "governorate", "city"})
_REACH = 2  # sentences before or after the vague row's own that may tell its site
_OTHER_REACH = 3  # first words of a site row's target that may call its site «another»
_OPENING = 4  # first words of a sentence that may add a further act («كما», «أيضا»)
_ARMED = frozenset({"attack", "interception"})  # types whose retelling names the weapon again
_NO_WEAPON = frozenset({"", "air"})
_COUNT_KINDS = frozenset({"cardinal", "dual"})
_MAX_TOLD = 10  # a larger number is a tally of the campaign, not the acts of the sentence  # ``air`` is what a strike naming no weapon carries


@cache
def _kinds() -> dict[str, str]:
    return {str(r["canonical"]): str(r["type"]) for r in place_rows()}


@cache
def _broad_areas() -> frozenset[str]:
    return word_set("event_triggers.yaml", "broad_areas")


@cache
def _further_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "further_act_words")


@cache
def _further_marks() -> frozenset[str]:
    return word_set("event_triggers.yaml", "further_act_marks")


@cache
def _other_words() -> frozenset[str]:
    return word_set("event_triggers.yaml", "other_site_words")


@cache
def _recalled_openers() -> frozenset[str]:
    return word_set("event_triggers.yaml", "recalled_openers")


def _vague(place: str) -> bool:
    """A country, region, province or broad area (``شمال شرق سوريا``), not a site."""
    return _kinds().get(place) in _VAGUE_KINDS or normalize_str(place) in _broad_areas()


def _holds(outer: str, inner: str) -> bool:
    """``inner`` is a place other than ``outer`` that lies in it."""
    if not inner or inner == outer or _vague(inner):
        return False
    if _kinds().get(outer) == "region":
        return bool(place_country(inner))
    return contains_place(outer, inner)


def _precision(row: dict[str, Any]) -> int:
    value = row.get("time_precision")
    return int(value) if isinstance(value, (int, float)) and value == value else 0


def _weapon_kinds(row: dict[str, Any]) -> set[str]:
    return set(str(row.get("weapon") or "").split("+")) - _NO_WEAPON


def _same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same day (or none), same precision (a day, a week …) and no two different day expressions."""
    if (a.get("date") or "") != (b.get("date") or "") or _precision(a) != _precision(b):
        return False
    ea, eb = (
        normalize_str(str(a.get("date_expr") or "")),
        normalize_str(str(b.get("date_expr") or "")),
    )
    return not ea or not eb or ea == eb


def _calls_other(row: dict[str, Any]) -> bool:
    """The site row's target calls its site «another» (``قاعدة أخرى``)."""
    words = normalize_str(str(row.get("target") or "")).split()[:_OTHER_REACH]
    return any(w in _other_words() for w in words)


def _sentence_index(doc: Doc, start: int) -> int:
    return next((k for k, s in enumerate(doc.sentences) if s.start <= start < s.end), -1)


def _adds_act(doc: Doc, idx: int) -> bool:
    """Sentence ``idx`` adds a further act: it opens on ``كما``/``أيضا`` or calls a site or act «another»."""
    words = [t.text for t in doc.sentence_tokens(doc.sentences[idx])]
    marks = _other_words() | _further_marks()
    openers = _further_words() | _recalled_openers()
    return any(w in openers for w in words[:_OPENING]) or any(w in marks for w in words)


def _scope(doc: Doc, row: dict[str, Any], idx: int) -> set[str]:
    """The row's place and the countries, regions and provinces its sentence names (``في العراق وسوريا``).

    A country or province that only sets the row's own province (``بمحافظة ذي قار جنوبي العراق``) is
    left out: the act is told at that province, not in the whole country.
    """
    place = str(row.get("place") or "")
    named = {str(m.value["canonical"]) for m in doc.within(doc.places, doc.sentences[idx])}
    return {place} | {p for p in named if _vague(p) and not (p != place and contains_place(p, place))}


def _counts_weapon(tokens: list[Token], nstart: int, nend: int, dual: bool) -> bool:
    """The number counts munitions (``بـ3 صواريخ``, ``بصاروخين``), not acts or sites."""
    k = next((i for i, t in enumerate(tokens) if (t.end > nstart if dual else t.start >= nend)), None)
    return k is not None and weapon_matcher().match_at(tokens, k) is not None


def _told_count(doc: Doc, idx: int) -> int:
    """How many acts or sites the sentence counts (``قاعدتين``, ``ثلاث قواعد``): 1 when it counts none.

    A count of munitions (``استهدفوا بـ3 صواريخ قاعدة``) counts no acts.
    """
    tokens = doc.sentence_tokens(doc.sentences[idx])
    counts = [
        int(n.value)
        for n in doc.within(doc.numbers, doc.sentences[idx])
        if n.kind in _COUNT_KINDS
        and isinstance(n.value, int)
        and 2 <= n.value <= _MAX_TOLD
        and not _counts_weapon(tokens, n.nstart, n.nend, n.kind == "dual")
    ]
    return counts[0] if counts else 1


def _retells(doc: Doc, row: dict[str, Any], idx: int, site: dict[str, Any], site_idx: int) -> bool:
    """``row``, placed vaguely, may be the act ``site`` tells at its site (its place aside)."""
    if (
        site is row
        or site["type"] != row["type"]
        or idx < 0
        or site_idx < 0
        or abs(idx - site_idx) > _REACH
    ):
        return False
    kinds, site_kinds = _weapon_kinds(row), _weapon_kinds(site)
    if (kinds and site_kinds and not kinds & site_kinds) or (not kinds and row["type"] in _ARMED):
        return False
    if idx != site_idx and (
        _adds_act(doc, max(idx, site_idx)) or _told_count(doc, site_idx) > _told_count(doc, idx)
    ):
        return False
    return _same_time(row, site) and not _calls_other(site)


def fold_summary_rows(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the rows that tell in a country or province an act told at its site beside them.

    Args:
        doc: The article.
        rows: Its event rows, once the incidents are merged and placed.

    Returns:
        The rows, without such retellings.
    """
    idxs = [_sentence_index(doc, int(r.get("start") or 0)) for r in rows]
    out = []
    for row, idx in zip(rows, idxs, strict=True):
        if row["type"] in _TYPES and _vague(str(row.get("place") or "")) and idx >= 0:
            scope = _scope(doc, row, idx)
            sites = {
                str(site["place"])
                for site, site_idx in zip(rows, idxs, strict=True)
                if _retells(doc, row, idx, site, site_idx)
                and any(_holds(p, str(site["place"])) for p in scope)
            }
            if sites and len(sites) >= _told_count(doc, idx):
                continue
        out.append(row)
    return out


# Public names of the helpers :mod:`rasd.undated_sites` shares.
adds_act = _adds_act
calls_other = _calls_other
holds_site = _holds
is_vague = _vague
same_time = _same_time
sentence_index = _sentence_index
told_count = _told_count
weapon_kinds = _weapon_kinds
