"""The country an article about troops is about, read from its headline.

Troop figures placed only in "the region" (``الابقاء على 500 جندي في المنطقة``) refer
to the article's topic when the headline is about troops in one theatre country
(``واشنطن تبدا خفض قواتها في سوريا``): the figure is for that country, not for the
Middle East. Headlines about attacks (``27 هجوما على القوات الاميركيه في سوريا``)
give no topic, so a reinforcement sent "to the region" there stays regional. A sentence
naming several countries, the topic among them, leaves the topic for a later ``هناك`` to point
back to (``سيطر التنظيم على مساحات من العراق وسوريا. … بعدد الجنود هناك إلى ألف جندي`` in an
article on troops in Syria). A bare «المنطقة» right after a sentence that names the region itself
(``نشر قوات في الشرق الأوسط. … عدد الجنود الأمريكيين في المنطقة 40 ألف جندي``) points back to
that region, not to the topic.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import has_presence_word
from rasd.gazetteer import count_noun_matcher
from rasd.scope import scope_of

__all__ = ["headline_topic", "narrowed_to_topic", "recalls_region"]

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


def narrowed_to_topic(country: str, topic: str) -> str:
    """The topic when ``country`` names several countries and the topic is one of them, else ``country``."""
    if topic and "+" in country and topic in country.split("+"):
        return topic
    return country


def recalls_region(doc: Doc, at: int) -> bool:
    """Whether the sentence before the one at normalised offset ``at`` names the region as a whole.

    Args:
        doc: The article.
        at: A normalised offset inside the sentence of the figure.

    Returns:
        True when a place of type ``region`` (الشرق الأوسط) stands in the previous sentence.
    """
    idx = next((i for i, s in enumerate(doc.sentences) if s.nstart <= at < s.nend), None)
    if not idx:
        return False
    prev = doc.sentences[idx - 1]
    return any(m.value.get("type") == "region" for m in doc.within(doc.places, prev))
