"""Attacks on a base told as blasts the base suffered: ``تعرضت قاعدة … لانفجارات``.

A report may tell an attack by the verb "to suffer" with a blast noun as its complement:
``تعرضت قاعدة القوات الأمريكية في بلدة الشدادي لانفجارات عنيفة``. A sentence with no
other act gives an attack row when a verb of ``suffer_verbs`` (``data/heard_blasts.yaml``) is
followed, within ``suffer_reach`` tokens, by a blast noun with the preposition ل, and a base is
named between them. Blasts suffered by a town or a convoy that is no base give no row here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["suffered_blast_rows"]

_LAM = "ل"


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("heard_blasts.yaml")


def _suffered_blast(tokens: list[Token]) -> tuple[int, int] | None:
    """Indices of the verb "to suffer" and of the blast noun with ل after it, or None."""
    verbs, nouns = frozenset(_lex()["suffer_verbs"]), frozenset(_lex()["blast_nouns"])
    reach = int(_lex()["suffer_reach"])
    for v, t in enumerate(tokens):
        if t.text not in verbs:
            continue
        for k in range(v + 1, min(len(tokens), v + 1 + reach)):
            word = tokens[k].text
            if word.startswith(_LAM) and word[1:] in nouns:
                return v, k
    return None


def suffered_blast_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """An attack row for blasts a base suffered (see the module docstring); [] when none."""
    found = _suffered_blast(tokens)
    if found is None:
        return []
    v, k = found
    bases = [m for m in doc.within(doc.places, sent) if base_of(doc, m) is not None]
    if not any(v < m.first_token - sent.tok_lo < k for m in bases):
        return []
    noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
    return [r for r in event_row(doc, sent, tokens, noun, "attack", (0, len(tokens))) if r.get("place")]
