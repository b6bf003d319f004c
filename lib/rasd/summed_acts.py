"""A toll told of attacks summed up, not of one act: ``وأسفرت الهجمات عن إصابة عشرات العسكريين``.

A definite plural attack noun (``الهجمات``, ``العمليات``, ``الضربات``) with casualties
and no place in its sentence points back to the acts the article already told, or to
the campaign as a whole: it is no incident of its own. An indefinite or singular noun
(``هجوم``, ``الهجوم``) or one placed (``الهجمات على قاعدة التنف``) still tells an act.
"""

from __future__ import annotations

from rasd.doc import Doc, DocSentence
from rasd.lexicon import PhraseMatch

__all__ = ["sums_up_toll"]

_PLURAL_ENDINGS = ("ات",)


def sums_up_toll(doc: Doc, sent: DocSentence, noun: PhraseMatch) -> bool:
    """True when ``noun``, the attack noun of a casualty sentence, sums up acts told elsewhere.

    Args:
        doc: The article.
        sent: The sentence of the toll.
        noun: The first attack noun of the sentence.
    """
    definite = noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل"))
    return definite and noun.phrase.endswith(_PLURAL_ENDINGS) and not doc.within(doc.places, sent)
