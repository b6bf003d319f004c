"""Where a troop figure is: its country and the base it is at, for :mod:`rasd.deployments`.

A figure's country is the first country named in a span of its sentence (a town's or a base's
country), the countries coordinated with it (``في العراق وسوريا`` gives ``Iraq+Syria``), or the
region for the region as a whole and for a force at sea; its place is the first base named in
the span.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import force_matcher, has_presence_word, presence_words
from rasd.gazetteer import place_rows
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of, scope_of
from rasd.text import Token, clitic_variants
from rasd.troop_topic import recalls_region

__all__ = ["REGION", "base_country", "base_near", "country_of", "list_country", "place_country", "unnamed_base_country"]

_UNNAMED_BASE_REACH = 5  # tokens after an unnamed base noun in which its country is named
_COORDINATORS = {"و", "او"}  # between two countries a figure is shared by
REGION = "Middle East"  # the country of a troop figure for the region as a whole ("إلى المنطقة")


def country_of(doc: Doc, lo: int, hi: int, topic: str = "", before: bool = False) -> str:
    """The first country named in a span (a place's country for a town or base).

    ``Middle East`` (:data:`REGION`) for the region as a whole, as the annotated sets write
    it, and for a force at sea named before any country (``الى سواحل البحر المتوسط قباله
    اسرائيل``); never the home country of the force (the United States). A bare ``المنطقة`` is the
    article's ``topic`` when it has one (:func:`rasd.troop_topic.headline_topic`). In the span
    ``before`` a figure, a place that names the force sending it (``أرسلت طهران 100 مستشار``)
    is not where the troops are.
    """
    sea = next((t.start for t in doc.tokens_between(lo, hi) if has_presence_word([t], "at_sea_words")), hi)
    places = [
        m
        for m in doc.places
        if lo <= m.start < min(hi, sea) and not (before and force_matcher().match_at(doc.tokens, m.first_token) is not None)
    ]
    for i, m in enumerate(places):
        country = place_country(m)
        if country and country != "United States":
            return list_country(doc, places[i:])
    if sea < hi:
        return REGION
    if scope_of(doc, lo, hi) != "region":
        return ""
    if not topic or has_presence_word(doc.tokens_between(lo, hi), "region_names") or recalls_region(doc, lo):
        return REGION  # "نشر قوات في الشرق الأوسط. … في المنطقة": the region named just before
    return topic


def list_country(doc: Doc, places: list[PhraseMatch]) -> str:
    """The country of a figure placed at the first of ``places`` and the ones coordinated with it.

    ``في العراق وسوريا`` gives ``Iraq+Syria``; three countries or more (``في البحرين وقطر
    والكويت``) the region; a single country itself.
    """
    chain = [place_country(places[0])]
    for a, b in zip(places, places[1:], strict=False):
        if doc.nt.norm[a.end : b.start].strip(" ,") not in _COORDINATORS:
            break
        if (country := place_country(b)) and country not in chain:
            chain.append(country)
    if len(chain) >= 3:
        return REGION
    return "Iraq+Syria" if set(chain) == {"Iraq", "Syria"} else chain[0]


def place_country(m: PhraseMatch) -> str:
    """The country a place is in, or the place itself for a country or a region."""
    place = m.value
    return str(place["name_en"] if place["type"] in {"country", "region"} else place["country"])


def base_near(doc: Doc, lo: int, hi: int) -> str:
    """The canonical name of the first base named in a span of the article, or ""."""
    for m in doc.places:
        if lo <= m.start < hi:
            base = base_of(doc, m)
            if base is not None:
                return str(base["canonical"])
    return ""


def base_country(canonical: str) -> str:
    """The country of the gazetteer place whose canonical name is given (a troop figure's base), or ""."""
    return next((str(row["country"] or "") for row in place_rows() if row["canonical"] == canonical), "") if canonical else ""


def unnamed_base_country(doc: Doc, tokens: list[Token]) -> str:
    """The country of an unnamed base a sentence names (``قاعدة في شمال شرق الأردن``), or "".

    The base noun is indefinite (no article), no base name follows it, and a country is
    named within a few words after it.
    """
    nouns = presence_words("unnamed_base_nouns")
    for k, token in enumerate(tokens[:-1]):
        if not any(stem in nouns for _, stem in clitic_variants(token.text)) or "ال" in token.text[:3]:
            continue
        if any(m.start == tokens[k + 1].start and base_of(doc, m) for m in doc.places):
            continue
        country = country_of(doc, tokens[k + 1].start, tokens[min(k + _UNNAMED_BASE_REACH, len(tokens) - 1)].end)
        if country:
            return country
    return ""
