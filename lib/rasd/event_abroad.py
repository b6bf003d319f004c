"""A target placed inside a state outside the theatre: ``ضربات استهدفت مواقع داخل إيران``.

The words of the target name the country with ``داخل`` or ``في`` right before it: that country is
where the act took place, though a town of the theatre is named later in the sentence (``…
وتوسعت لتشمل محيط أربيل``); the theatre filter then leaves the act out. A country named as
owner (``مواقع تابعة لإيران في سوريا``) is not read so.
"""

from __future__ import annotations

from functools import cache

from rasd.doc import Doc
from rasd.lexicon import PhraseMatch, load_yaml

__all__ = ["inside_foreign_country"]

_INSIDE = frozenset({"داخل", "في"})


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


def inside_foreign_country(doc: Doc, m: PhraseMatch) -> bool:
    """The place match ``m`` is a country outside the theatre with ``داخل``/``في`` right before it.

    Args:
        doc: The article.
        m: A place match (norm offsets, gazetteer row as value).

    Returns:
        True for ``داخل إيران``, ``في إسرائيل``; False for ``لإيران``, ``داخل سوريا``.
    """
    if m.value.get("type") != "country" or m.value.get("name_en") in _theatre():
        return False
    before = doc.nt.norm[: m.start].split()
    return bool(before) and before[-1] in _INSIDE and m.prefix == ""
