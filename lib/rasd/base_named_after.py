"""Base rows of an unnamed base hosting a force that a sentence right after names.

Wire reports often open on a site they do not name and name it a sentence or two later, quoting
their source: ``استهدفت طائرات مسيرة قاعدة جوية في العراق تستضيف قوات أمريكية`` … ``وجهت نحو
قاعدة عين الأسد بمحافظة الأنبار``. The unnamed base (an indefinite base noun with a country a few
words after it, ``unnamed_base_nouns``) hosts the force its presence clause names; the first
sentence after it (within :data:`_REACH`) that names a base must name one base only, in that
country, with no other state's adjective after its name (``قاعدة حميميم الروسية``) and no word of a
further site (``قاعدة أخرى``; ``other_site_words`` in data/event_triggers.yaml). That base gets the
force's row, unless the article already gave it one. The same idea places an act at «a base» on
the event side (:mod:`rasd.base_told_after`).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import word_set
from rasd.scope import base_of
from rasd.text import Token
from rasd.troop_places import unnamed_base_country

__all__ = ["named_after_rows"]

_REACH = 3  # sentences after the unnamed base that may name it (the first base named within them)
_FORCE_REACH = 4  # tokens after the presence verb where the force is named
_ADJECTIVE_REACH = 3  # tokens after a base name where another state's adjective owns it


def _hosted_force(tokens: list[Token]) -> str | None:
    """The national force a presence clause of the sentence names (``تستضيف قوات أمريكية``)."""
    for v in presence_verb_matcher().find(tokens):
        window = tokens[v.last_token + 1 : v.last_token + 1 + _FORCE_REACH]
        named = next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)
        if named is not None and str(named.value) != "coalition":
            return str(named.value)
    return None


def _bases(doc: Doc, sent: DocSentence) -> list[tuple[Any, dict[str, Any]]]:
    """(match, base) of the bases a sentence names, each base once."""
    found: dict[str, tuple[Any, dict[str, Any]]] = {}
    for m in doc.within(doc.places, sent):
        base = base_of(doc, m)
        if base is not None:
            found.setdefault(str(base["canonical"]), (m, base))
    return list(found.values())


def _owned_by_other(tokens: list[Token], k_last: int, force: str) -> bool:
    """Another state's adjective right after the base name (``قاعدة حميميم الروسية``)."""
    window = tokens[k_last + 1 : k_last + 1 + _ADJECTIVE_REACH]
    return any(str(a.value) != force for a in adjective_matcher().find(window))


def _named_after(doc: Doc, sents: list[DocSentence], country: str, force: str) -> tuple[DocSentence, Any, dict[str, Any]] | None:
    """The one base of ``country`` the first base-naming sentence of ``sents`` names, or None."""
    for sent in sents:
        bases = _bases(doc, sent)
        if not bases:
            continue
        tokens = doc.sentence_tokens(sent)
        if len(bases) != 1 or any(t.text in word_set("event_triggers.yaml", "other_site_words") for t in tokens):
            return None
        m, base = bases[0]
        if base.get("country") != country or _owned_by_other(tokens, m.last_token - sent.tok_lo, force):
            return None
        return sent, m, base
    return None


def named_after_rows(doc: Doc, seen: set[str]) -> list[dict[str, Any]]:
    """Rows of bases named right after an unnamed base hosting a force (see the module docstring).

    Args:
        doc: The article.
        seen: Places of the base rows already given (updated with the new ones).

    Returns:
        One row per new base, in text order.
    """
    rows: list[dict[str, Any]] = []
    sents = doc.narrative()
    for i, sent in enumerate(sents):
        if _bases(doc, sent):
            continue
        tokens = doc.sentence_tokens(sent)
        country = unnamed_base_country(doc, tokens)
        force = _hosted_force(tokens) if country else None
        found = _named_after(doc, sents[i + 1 : i + 1 + _REACH], country, force) if force else None
        if found is None:
            continue
        told, m, base = found
        if base["canonical"] not in seen:
            seen.add(str(base["canonical"]))
            rows.append({"count": None, "qualifier": "", "force": force, "country": base["country"],
                         "place": base["canonical"], "role": "", **doc.row_evidence(told, m.start, m.end)})
    return rows
