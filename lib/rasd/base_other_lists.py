"""Bases «the other bases» names in an article that counted a force's bases before.

An article that writes of the bases of a force (``القواعد الأمريكية``, ``قواعد واشنطن``) goes on to
name more of them as the other bases: ``تشمل القواعد الأخرى قاعدة تل بيدر``, ``وهناك قواعد أخرى في
كركوك``. A base right after a plural base noun and ``الأخرى`` (data/presence_context.yaml
``other_list_nouns``, ``other_bases_words``) takes the force of the bases counted earlier in the
article, or earlier in the same sentence. A bare plural noun is not enough: ``طالت الهجمات قواعد
الشدادي وخراب الجير`` after ``الهجمات على القواعد الأمريكية`` only says where attacks fell (devset_figures).
"""

from __future__ import annotations

from rasd.base_seats import seat_force
from rasd.base_towns import unnamed_base_town
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["other_bases_force", "town_named_as_base"]

_FORCE_REACH = 3  # tokens between a plural base noun and the force that owns the bases
_TOWN_TYPES = frozenset({"town", "city", "village"})  # places «قواعد أخرى في X» names as a base


def _plural_noun(word: str) -> bool:
    return any(stem in presence_words("other_list_nouns") for _, stem in clitic_variants(word))


def _named_after_plural(tokens: list[Token], k_first: int) -> bool:
    """The base comes right after a plural base noun and ``الأخرى`` (``القواعد الأخرى قاعدة X``).

    ``في`` may stand between only after ``أخرى`` (``قواعد أخرى في كركوك``).
    """
    j = k_first - 1
    if j >= 1 and tokens[j].text == "في" and tokens[j - 1].text in presence_words("other_bases_words"):
        j -= 1
    if j < 0 or tokens[j].text not in presence_words("other_bases_words"):
        return False  # a bare "قواعد الشدادي وخراب الجير" after "الهجمات على القواعد الأمريكية" is only where attacks fell
    return j >= 1 and _plural_noun(tokens[j - 1].text)


def town_named_as_base(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> bool:
    """A town that stands for its base: «حيث مقر القاعدة الأمريكية» after it, «قواعد أخرى في» or an unnamed base that hosts a force before it."""
    k_first, k_last = m.first_token - sent.tok_lo, m.last_token - sent.tok_lo
    if seat_force(tokens, k_last, m.value["type"]) is not None:
        return True
    return m.value["type"] in _TOWN_TYPES and (other_bases_force(doc, sent, tokens, k_first) is not None or unnamed_base_town(tokens, k_first))


def _owned_plural(tokens: list[Token], hi: int) -> str | None:
    """The force of the first ``<plural base noun> [<qualifier>] <force>`` before ``hi``."""
    for p in range(hi):
        if not _plural_noun(tokens[p].text):
            continue
        for j in range(p + 1, min(p + 1 + _FORCE_REACH, hi)):
            force = adjective_matcher().match_at(tokens, j) or force_matcher().match_at(tokens, j)
            if force is not None:
                return str(force.value)
            if tokens[j].text not in presence_words("base_qualifiers"):
                break
    return None


def other_bases_force(doc: Doc, sent: DocSentence, tokens: list[Token], k_first: int) -> str | None:
    """The force of the bases counted before, for a base a bare plural base noun names, or None.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force of ``القواعد الأمريكية`` (or ``قواعد <force>``) in an earlier sentence of the
        article or earlier in this one, when a plural base noun stands right before the base.
    """
    if not _named_after_plural(tokens, k_first):
        return None
    force = _owned_plural(tokens, k_first - 1)
    if force is not None:
        return force
    for other in doc.sentences:
        if other.tok_lo >= sent.tok_lo:
            break
        other_tokens = doc.sentence_tokens(other)
        force = _owned_plural(other_tokens, len(other_tokens))
        if force is not None:
            return force
    return None
