"""Threats told as a pledge whose subject stands before what is pledged: ``تعهد الرئيس ترامب بالانتقام``.

The trigger list of ``data/event_triggers.yaml`` reads a pledge only when what is
pledged follows it at once (``تعهد بالرد``). Here a pledge word
(``data/pledges.yaml``) is followed within a few words by the ``ب`` + noun of a
response, revenge, holding to account or striking (``بعد تعهد الرئيس الأمريكي
دونالد ترامب بالرد على الهجوم``): a threat of its own, when the sentence tells
no threat yet. The response or strike pledged is no act of the sentence: a row read
from that word (``بالرد`` as a US response) is dropped. What is pledged may also be a clause: ``بأن`` and a verb of revenge or response
(``تعهد ترامب بأن تنتقم الولايات المتحدة``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token, clitic_variants

__all__ = ["pledge_rows"]

_OBJECT_REACH = 8  # tokens between the pledge word and what is pledged ("تعهد الرئيس الأمريكي دونالد ترامب اليوم السبت بالرد")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("pledges.yaml")[key])


def _is_pledge(word: str) -> bool:
    return any(stem in _words("pledge_words") for _, stem in clitic_variants(word))


def _pledged_at(tokens: list[Token], j: int) -> bool:
    """What is pledged starts at ``j``: a threatening ``ب`` + noun, or ``بأن`` + a verb of revenge (``بأن تنتقم``)."""
    if tokens[j].text in _words("pledge_objects"):
        return True
    return tokens[j].text in _words("pledge_clause_openers") and j + 1 < len(tokens) and tokens[j + 1].text in _words("pledge_clause_verbs")


def _pledge_at(tokens: list[Token]) -> tuple[int, int] | None:
    """Indexes of a pledge word and of the threatening object a few words after it."""
    for k, tok in enumerate(tokens):
        if not _is_pledge(tok.text):
            continue
        obj = next((j for j in range(k + 1, min(len(tokens), k + 1 + _OBJECT_REACH)) if _pledged_at(tokens, j)), None)
        if obj is not None:
            return k, obj
    return None


def pledge_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add the threat a sentence tells as a pledge (see the module docstring).

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows read from that sentence so far.
    """
    tokens = doc.sentence_tokens(sent)
    found = _pledge_at(tokens)
    if found is None:
        return rows
    k, obj = found
    pledged = doc.nt.to_original(tokens[obj].start, tokens[obj].end)[0]
    rows = [r for r in rows if r.get("start") != pledged]  # "تعهد الوزير بالرد": the response is promised, not done
    if any(r["type"] == "threat" for r in rows):
        return rows
    cue = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "threat", "")
    return rows + [{**r, "anaphoric": False} for r in event_row(doc, sent, tokens, cue, "threat", (k, len(tokens)))]
