"""A convoy or aircraft of a force, named again in a later sentence at a base, for :mod:`rasd.deployments`.

A sentence that sends a force's convoy or cargo plane on its way (``دخل رتل أمريكي من 30 شاحنة
إلى الحسكة``, ``رتلا أرسله الجيش الأمريكي من العراق``) opens a thread; a later sentence that names
no force but says the convoy, part of it or a second aircraft reaches or lands at a base ties that
base to the force: ``ووصل قسم من القافلة إلى قاعدة قسرك``, ``وهبطت طائرة ثانية هي الأخرى في قاعدة
القسرك``. The back-reference is a definite convoy noun (data/presence_context.yaml
``convoy_anaphors``) or a cargo noun with a word of sequence after it (``طائرة ثانية``, ``رتل آخر``:
``second_cargo_cues``); the verb is a movement or landing word before the base, and a base joined
to it by و shares it (``سيعاد انتشار عناصر القافلة في قاعدتي قسرك والشدادي``). A sentence that
moves another force's convoy closes the thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.scope import base_of, is_landmark
from rasd.text import Token, clitic_variants

__all__ = ["ConvoyThread"]

_VERB_REACH = 10  # tokens between the movement or landing word and the base
_CARGO_BEFORE = 4  # tokens before that word where the convoy noun may stand


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _in(word: str, *keys: str) -> bool:
    return any(not _stems(word).isdisjoint(presence_words(key)) for key in keys)


def _is_vehicle(tokens: list[Token], k: int) -> bool:
    """A convoy, troop or aircraft noun at ``k`` that is not a drone (``طائرة مسيرة``)."""
    if not _in(tokens[k].text, "movement_cargo", "carried_cargo"):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].text not in presence_words("not_cargo")


def _points_back(tokens: list[Token], k: int) -> bool:
    """A definite convoy noun, or a vehicle noun followed by a word of sequence (``طائرة ثانية``)."""
    if _in(tokens[k].text, "convoy_anaphors"):
        return True
    return _is_vehicle(tokens, k) and k + 1 < len(tokens) and _in(tokens[k + 1].text, "second_cargo_cues")


def _moves(tokens: list[Token]) -> bool:
    return any(_in(t.text, "movement_words", "landing_words") for t in tokens)


def _goal_of_preposition(tokens: list[Token], k_first: int) -> bool:
    """The base follows a preposition of direction or ``في``, maybe after a base noun (``إلى قاعدة قسرك``).

    Not a place that only locates the base before it (``قاعدة قسرك الواقعة في منطقة تل بيدر``).
    """
    k = k_first - 1
    if k > 0 and tokens[k].text in presence_words("area_nouns") | presence_words("list_links"):
        k -= 1  # "القاعدة العسكرية في بلدة الرميلان"
    if k > 0 and tokens[k].text in presence_words("base_nouns"):
        k -= 1
    return k >= 0 and (tokens[k].text in presence_words("movement_preps") or tokens[k].text == "في")


def _reference_before(tokens: list[Token], k_first: int) -> bool:
    """A movement or landing word before the base, with a back-referring convoy noun near it."""
    if not _goal_of_preposition(tokens, k_first):
        return False
    for v in range(k_first - 1, max(-1, k_first - 1 - _VERB_REACH), -1):
        if _in(tokens[v].text, "movement_words", "landing_words"):
            return any(_points_back(tokens, k) for k in range(max(0, v - _CARGO_BEFORE), k_first))
    return False


def _own_convoy_rows(doc: Doc, sent: DocSentence, tokens: list[Token], after: int) -> list[dict[str, Any]]:
    """US base rows of a sentence whose convoy, named with its force, is named again reaching a base.

    ``رتل من 40 مركبة تقل جنوداً أميركيين، حيث وصل الرتل إلى القاعدة العسكرية في بلدة الرميلان``:
    the back-referring convoy noun stands after the force (token ``after``).
    """
    rows: list[dict[str, Any]] = []
    for m in doc.within(doc.places, sent):
        k_first = m.first_token - sent.tok_lo
        base = base_of(doc, m)
        if base is None or is_landmark(doc, m) or not _reference_before(tokens, k_first):
            continue
        if not any(_in(tokens[k].text, "convoy_anaphors") for k in range(after + 1, k_first)):
            continue
        rows.append({"count": None, "qualifier": "", "force": "US", "country": base["country"],
                     "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows


@dataclass
class ConvoyThread:
    """The force whose convoy or aircraft the article last sent on its way, across sentences."""

    force: str | None = None

    def rows(self, doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
        """Base rows of a sentence that names the thread's convoy again at a base; then update the thread.

        Args:
            doc: The article.
            sent: The sentence.
            tokens: Tokens of the sentence.

        Returns:
            One row per base the convoy reaches, with the thread's force, when the sentence names
            no force or actor of its own.
        """
        named = [*force_matcher().find(tokens), *adjective_matcher().find(tokens)]
        rows: list[dict[str, Any]] = []
        moved = _moves(tokens) and any(_is_vehicle(tokens, k) for k in range(len(tokens)))
        if named and moved and all(str(f.value) == "US" for f in named):
            rows = _own_convoy_rows(doc, sent, tokens, min(f.last_token for f in named))
        if self.force is not None and not named and not doc.within(doc.actors, sent):
            last = -2
            for m in doc.within(doc.places, sent):
                base = base_of(doc, m)
                listed = m.first_token == last + 1 and doc.tokens[m.first_token].text.startswith("و")  # "قسرك والشدادي"
                if base is None or is_landmark(doc, m):
                    continue
                if not listed and not _reference_before(tokens, m.first_token - sent.tok_lo):
                    continue
                last = m.last_token
                rows.append({"count": None, "qualifier": "", "force": self.force, "country": base["country"],
                             "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
        if named and moved:
            self.force = "US" if any(str(f.value) == "US" for f in named) else None
        return rows
