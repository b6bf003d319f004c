"""A troop figure stationed at a named base, for :mod:`rasd.deployments`.

A stationing verb right before the figure, and the base named in the same sentence, say that the
base hosts the force (``يتمركز حوالي 8000 جندي أميركي … يراقبون المجال الجوي للشرق الأوسط من قاعدة
العديد``): the base gets its presence row even when no other word of the sentence ties it, and the
troops are in the base's country, not in the region the clause names. A figure only placed at a
base (``الجنود الأمريكيين الـ150 في قاعدة حرير``, ``الموقع يضم قرابة 350``) gives no base row here.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import has_presence_word
from rasd.scope import base_of
from rasd.text import Token
from rasd.troop_places import REGION, base_country

__all__ = ["figure_country", "placed_base_rows"]

_VERB_REACH = 3  # tokens between the stationing verb and the figure ("يتمركز حوالي 8000")


def figure_country(row: dict[str, Any], unnamed: str) -> str:
    """The country of a troop figure: its own, else an unnamed base's, else its base's.

    A base named for the figure overrides the region (``Middle East``) when the base is in one
    country of it.
    """
    at_base = base_country(row["place"])
    if row["country"] == REGION and at_base:
        return at_base
    return str(row["country"] or unnamed or at_base)


def _stationed(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> bool:
    """Whether a stationing verb stands right before the row's figure."""
    nstart = doc.nt.to_norm(row["start"])
    first = next((k for k, t in enumerate(tokens) if t.end > nstart), len(tokens))
    return has_presence_word(tokens[max(0, first - _VERB_REACH) : first], "stationing_verbs")


def placed_base_rows(doc: Doc, sent: DocSentence, troops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A base-presence row (count empty) for each troop figure stationed at a base the sentence names."""
    named = {str(b["canonical"]) for b in (base_of(doc, m) for m in doc.within(doc.places, sent)) if b is not None}
    tokens = doc.sentence_tokens(sent)
    rows = []
    for row in troops:
        country = base_country(row["place"])
        if row["place"] in named and country and row["force"] and _stationed(doc, tokens, row):
            rows.append({**row, "count": None, "qualifier": "", "country": country, "role": ""})
    return rows
