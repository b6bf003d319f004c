"""Cached lookups over the knowledge files in ``data/``: places, actors and word lists.

Each ``*_matcher()`` builds a :class:`rasd.lexicon.PhraseMatcher` once from its data
file. A match's ``value`` is a dict of the entry's fields (for a place: the CSV row
with ``lat``/``lon`` as floats and ``aliases``/``common_words`` as lists), so callers
read e.g. ``m.value["unit"]`` or ``m.value["canonical"]`` without touching the files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

import pandas as pd

from rasd.lexicon import PhraseMatch, PhraseMatcher, load_csv, load_yaml, split_aliases
from rasd.text import Token

__all__ = [
    "place_rows",
    "related_places",
    "load_places",
    "place_matcher",
    "find_places",
    "actor_entries",
    "actor_matcher",
    "weapon_matcher",
    "attack_noun_matcher",
    "event_verb_matcher",
    "reporting_verb_matcher",
    "presence_verb_matcher",
    "count_noun_matcher",
    "role_matcher",
]


def _place_row(row: dict[str, str]) -> dict[str, Any]:
    """Typed copy of a ``places.csv`` row: float coordinates, alias lists."""
    out: dict[str, Any] = dict(row)
    out["lat"] = float(row["lat"])
    out["lon"] = float(row["lon"])
    out["aliases"] = split_aliases(row["aliases"])
    out["common_words"] = split_aliases(row.get("common_words", ""))
    return out


@cache
def place_rows() -> tuple[dict[str, Any], ...]:
    """All gazetteer rows of ``data/places.csv``, typed (see :func:`_place_row`)."""
    return tuple(_place_row(r) for r in load_csv("places.csv"))


@cache
def _related_ids() -> dict[str, frozenset[str]]:
    """Canonical place name -> ids of itself and of the places the gazetteer relates it to (both ways)."""
    links: dict[str, set[str]] = {}
    for r in place_rows():
        if r.get("related"):
            links.setdefault(str(r["id"]), set()).add(str(r["related"]))
            links.setdefault(str(r["related"]), set()).add(str(r["id"]))
    return {str(r["canonical"]): frozenset({str(r["id"]), *links.get(str(r["id"]), ())}) for r in place_rows()}


def related_places(a: str, b: str) -> bool:
    """Two canonical place names the gazetteer relates (``رميلان`` and the base of ``خراب الجير``).

    A town and the base beside it, an embassy and the zone it stands in, are one site.
    """
    ids_a, ids_b = _related_ids().get(a), _related_ids().get(b)
    return bool(ids_a and ids_b) and a != b and bool(ids_a & ids_b)


def load_places() -> pd.DataFrame:
    """The gazetteer as a DataFrame, one row per place (a fresh copy on each call)."""
    return pd.DataFrame(list(place_rows()))


@cache
def place_matcher() -> PhraseMatcher:
    """Matcher from every place alias to its typed row."""
    return PhraseMatcher((a, row) for row in place_rows() for a in row["aliases"])


@cache
def _not_place_after() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("place_context.yaml")["not_place_after"].items()}


@cache
def _not_place_before() -> frozenset[str]:
    return frozenset(load_yaml("place_context.yaml")["not_place_before"])


def find_places(tokens: Sequence[Token]) -> list[PhraseMatch]:
    """Gazetteer mentions in tokens.

    Common words used as such (``القائم بأعمال``) and names of streets and squares
    (``شارع فلسطين``) are left out.
    """
    out = []
    for m in place_matcher().find(tokens):
        stops = _not_place_after().get(m.phrase)
        if stops and m.last_token + 1 < len(tokens) and tokens[m.last_token + 1].text in stops:
            continue
        if m.first_token > 0 and tokens[m.first_token - 1].text in _not_place_before():
            continue
        out.append(m)
    return out


@cache
def actor_entries() -> tuple[dict[str, Any], ...]:
    """Actors of ``data/actors.yaml``, keyed entries with their aliases."""
    return tuple(load_yaml("actors.yaml")["actors"])


def _ambiguous_actor_keys() -> Iterator[tuple[str, dict[str, Any]]]:
    """Aliases listed as ambiguous: the default actor, plus the candidate ids."""
    by_id = {a["id"]: a for a in actor_entries()}
    for amb in load_yaml("actors.yaml").get("ambiguous", []):
        value = {**by_id[amb["default"]], "ambiguous": list(amb["candidates"])}
        yield amb["alias"], value


@cache
def actor_matcher() -> PhraseMatcher:
    """Matcher from actor aliases (and ambiguous aliases, flagged) to the actor entry."""
    plain = ((a, entry) for entry in actor_entries() for a in entry["aliases"])
    return PhraseMatcher([*plain, *_ambiguous_actor_keys()])


def _form_keys(entries: Iterable[dict[str, Any]], key: str = "forms") -> Iterator[tuple[str, dict[str, Any]]]:
    """``(form, entry)`` for every form of every entry."""
    for entry in entries:
        for form in entry[key]:
            yield form, entry


def _section_matcher(name: str, section: str) -> PhraseMatcher:
    """Matcher over the ``forms`` of the entries of one section of a YAML file."""
    return PhraseMatcher(_form_keys(load_yaml(name)[section]))


@cache
def weapon_matcher() -> PhraseMatcher:
    """Weapon phrases (``data/weapons.yaml``); value has ``unit`` and ``weapon``."""
    return _section_matcher("weapons.yaml", "weapons")


@cache
def attack_noun_matcher() -> PhraseMatcher:
    """Attack nouns (``data/attack_nouns.yaml``); value has ``unit``."""
    return _section_matcher("attack_nouns.yaml", "nouns")


@cache
def event_verb_matcher() -> PhraseMatcher:
    """Event verbs (attack, claim, intercept, visit, threat) of ``attack_nouns.yaml``."""
    return _section_matcher("attack_nouns.yaml", "verbs")


@cache
def reporting_verb_matcher() -> PhraseMatcher:
    """Reporting verbs, participles and attributions; value has ``function``, ``kind_hint``."""
    return _section_matcher("reporting_verbs.yaml", "entries")


@cache
def presence_verb_matcher() -> PhraseMatcher:
    """Words saying a force is at a place; value has ``force`` and ``place`` positions."""
    return _section_matcher("presence_verbs.yaml", "entries")


@cache
def count_noun_matcher() -> PhraseMatcher:
    """Nouns a number may count that are not attacks; value has ``category``."""
    return _section_matcher("count_nouns.yaml", "nouns")


@cache
def role_matcher() -> PhraseMatcher:
    """Role nouns of speakers; value has ``type`` (``anonymous_head`` for unnamed sources)."""
    return _section_matcher("roles.yaml", "roles")
