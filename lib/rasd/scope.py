"""Where a figure applies: a base, a country, Iraq and Syria together, or the region."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rasd.base_parts import part_pronoun_at
from rasd.doc import Doc
from rasd.gazetteer import place_matcher, place_rows
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.text import clitic_variants, normalize_str

__all__ = [
    "related_base",
    "OUT_OF_THEATRE",
    "base_of",
    "is_context_place",
    "is_landmark",
    "merge_scopes",
    "names_outside",
    "scope_of",
]

OUT_OF_THEATRE = "out"
_BASE_TYPES = frozenset({"base", "airport"})
_BASE_NOUNS = frozenset(
    {"القاعده", "قاعده", "بالقاعده", "للقاعده", "والقاعده", "قواعد", "القواعد", "قاعدتي", "قاعدتين", "القاعدتين",
     "قاعدتان", "القاعدتان"}  # the dual as subject too ("القاعدتان الأمريكيتان في الشدادي وتل بيدر")
)
_CONTEXT_REACH = 3  # tokens between a context word ("الحرب") and the place it introduces
_QUALIFIER_EXTRA = 2  # qualifiers (عسكرية, الجوية) after a base noun that do not count in its reach to a town


@cache
def _town_leads() -> frozenset[str]:
    """Words that introduce a base's town (data/presence_context.yaml ``town_leads``)."""
    return frozenset(load_yaml("presence_context.yaml")["town_leads"])


@cache
def _base_qualifiers() -> frozenset[str]:
    """Qualifiers of a base noun (data/presence_context.yaml ``base_qualifiers``)."""
    return frozenset(load_yaml("presence_context.yaml")["base_qualifiers"])


@cache
def _context() -> dict:
    return load_yaml("attack_context.yaml")


def base_of(doc: Doc, m: PhraseMatch) -> dict | None:
    """The base a place match names: a base itself, or a town right after ``القاعدة … في``."""
    if m.value["type"] in _BASE_TYPES:
        return m.value
    qualifiers = _base_qualifiers()
    extra = sum(1 for t in doc.tokens[max(0, m.first_token - 4 - _QUALIFIER_EXTRA) : m.first_token] if t.text in qualifiers)
    lead = int(m.first_token > 0 and doc.tokens[m.first_token - 1].text in _town_leads())  # "في منطقة الرميلان"
    lo = max(0, m.first_token - 4 - min(extra, _QUALIFIER_EXTRA) - lead)  # "قاعدة عسكرية للقوات الأمريكية في الشدادي"
    nouns = [k for k in range(lo, m.first_token) if _is_base_noun(doc.tokens[k].text)]  # also "لقواعد"
    part = None if nouns else part_pronoun_at(doc.tokens, lo, m.first_token)  # "قاعدتين …، إحداها في بلدة الصور"
    nouns = nouns or ([part] if part is not None else [])
    if not nouns:
        return None
    between = (doc.tokens[nouns[-1]].start, m.start)
    listed = doc.tokens[m.first_token].text.startswith("و")  # "قاعدتي التنف والشدادي"
    if any(
        between[0] <= p.start < between[1] and not (listed and p.value["type"] in _BASE_TYPES)
        for p in doc.places
    ):
        return None
    related = related_base(m)
    if related is not None:
        return related
    for alias in ("قاعده " + normalize_str(m.value["canonical"]), "قاعده " + m.phrase):
        found = place_matcher().lookup(alias)
        if found is not None and found["type"] in _BASE_TYPES:
            return found
    return None


def _is_base_noun(word: str) -> bool:
    """A base noun, with or without a proclitic (``لقواعد الاحتلال الأميركي في الشدادي``)."""
    return any(stem in _BASE_NOUNS for _, stem in clitic_variants(word))


def related_base(m: PhraseMatch) -> dict | None:
    """The base that shares a town's name (places.csv ``related``), if any."""
    related = _rows_by_id().get(m.value.get("related", ""))
    return related if related is not None and related["type"] in _BASE_TYPES else None


@cache
def _outside_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in _context()["outside_words"])


def is_landmark(doc: Doc, m: PhraseMatch) -> bool:
    """True when the place is named only as a landmark (``قرب``, ``الملاصق ل``, ``من``)."""
    context = load_yaml("presence_context.yaml")
    words, openers = frozenset(context["landmark_words"]), frozenset(context["list_openers"])
    before = doc.tokens[max(0, m.first_token - 2) : m.first_token]
    if any(t.text in openers for t in before):
        return False  # "من بينها قاعدة عين الاسد": a list of the bases just named, not a landmark
    return any(stem in words for t in before for _, stem in clitic_variants(t.text))


def is_context_place(doc: Doc, m: PhraseMatch) -> bool:
    """True for a place named as the background of a figure (``منذ اندلاع الحرب بين اسرائيل``).

    A city right after a clock word names a time zone (``الساعة 7:20 بتوقيت دمشق``), not a place
    of the story either.
    """
    words = frozenset(_context()["context_words"])
    before = doc.tokens[max(0, m.first_token - _CONTEXT_REACH) : m.first_token]
    if any(stem in words for t in before for _, stem in clitic_variants(t.text)):
        return True
    clock = frozenset(_context()["clock_words"])
    return bool(before) and any(stem in clock for _, stem in clitic_variants(before[-1].text))


@cache
def _rows_by_id() -> dict[str, dict]:
    return {row["id"]: row for row in place_rows()}


def _country(place: dict) -> str:
    return place["name_en"] if place["type"] == "country" else place["country"]


def merge_scopes(scopes: Iterable[str]) -> str:
    """One scope for a total whose parts have the given scopes."""
    countries: list[str] = []
    for s in scopes:
        for part in s.split("+"):
            if part and not part.startswith("base:") and part not in countries:
                countries.append(part)
    return _from_countries(countries, region=False)


def _from_countries(countries: list[str], region: bool) -> str:
    theatre = set(_context()["theatre"])
    ours = [c for c in countries if c in theatre]
    if region or "region" in countries or len(ours) >= 3 or ("Jordan" in ours and len(ours) > 1):
        return "region"
    if {"Iraq", "Syria"} <= set(ours):
        return "Iraq+Syria"
    if ours:
        return ours[0]
    return OUT_OF_THEATRE if countries else ""


def scope_of(doc: Doc, nstart: int, nend: int, near: int | None = None, landmarks: bool = True) -> str:
    """Scope of a figure from the places named in ``[nstart, nend)`` of the normalised text.

    Args:
        doc: The article.
        nstart: Start of the span to look in.
        nend: End of the span.
        near: Position of the figure; when given, the base nearest to it wins.
        landmarks: Whether places named as landmarks (``قرب مطار بغداد``) count.

    Returns:
        ``base:<canonical>``, a country, ``Iraq+Syria``, ``region``, ``""`` when no
        place is named, or :data:`OUT_OF_THEATRE` when only places outside the
        theatre are named (attacks on Israel, shipping in the Red Sea). Places
        named as the background of the figure (``منذ اندلاع الحرب بين إسرائيل
        وحماس``) do not count.
    """
    inside = [
        m
        for m in doc.places
        if nstart <= m.start < nend and not is_context_place(doc, m) and (landmarks or not is_landmark(doc, m))
    ]
    bases = [(m, b) for m in inside if (b := base_of(doc, m)) is not None]
    if bases:
        m, base = min(bases, key=lambda mb: abs(mb[0].start - near) if near is not None else 0)
        return f"base:{base['canonical']}"
    region_words = set(_context()["region_words"])
    region = any(m.value["type"] == "region" for m in inside) or any(
        stem in region_words
        for t in doc.tokens_between(nstart, nend)
        for _, stem in clitic_variants(t.text)
    )
    countries = []
    for m in inside:
        c = _country(m.value)
        if c and c not in countries:
            countries.append(c)
    scope = _from_countries(countries, region)
    if scope in {"", OUT_OF_THEATRE} and names_outside(doc, nstart, nend):
        return OUT_OF_THEATRE  # "علي السفن في البحر الاحمر"
    return scope


def names_outside(doc: Doc, nstart: int, nend: int) -> bool:
    """True when the span names shipping or a sea outside the theatre (``السفن``, ``البحر الأحمر``)."""
    span = doc.tokens_between(nstart, nend)
    return next(iter(_outside_matcher().find(span)), None) is not None
