"""The country an article about troops is about, read from its headline.

Troop figures placed only in "the region" (``الابقاء على 500 جندي في المنطقة``) refer
to the article's topic when the headline is about troops in one theatre country
(``واشنطن تبدا خفض قواتها في سوريا``): the figure is for that country, not for the
Middle East. Headlines about attacks (``27 هجوما على القوات الاميركيه في سوريا``)
give no topic, so a reinforcement sent "to the region" there stays regional.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import has_presence_word
from rasd.gazetteer import count_noun_matcher
from rasd.scope import scope_of

__all__ = ["headline_topic"]

_TOPICS = frozenset({"Iraq", "Syria", "Jordan", "Iraq+Syria"})


def headline_topic(doc: Doc) -> str:
    """The theatre country (or ``Iraq+Syria``) a troop headline names, else ``""``."""
    for sent in doc.sentences:
        if sent.kind != "headline":
            continue
        tokens = doc.sentence_tokens(sent)
        troops = any(  # "القوات الأميركية" is also the target of attacks: not a troop word here
            m.value.get("category") == "troops" and m.value.get("lemma") != "قوات"
            for m in count_noun_matcher().find(tokens)
        )
        if troops or has_presence_word(tokens, "topic_troop_words"):
            scope = scope_of(doc, sent.nstart, sent.nend)
            return scope if scope in _TOPICS else ""
    return ""
