"""A region named as an office's remit (``القيادة المركزية، المسؤولة عن الشرق الأوسط``).

Such a place describes who acts, not where the act happened, so it does not locate an event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch

if TYPE_CHECKING:
    from rasd.doc import Doc

__all__ = ["is_remit"]


def is_remit(doc: Doc, m: PhraseMatch) -> bool:
    """True when the place ``m`` follows ``عن`` after a word of responsibility (``المسؤولة عن``).

    Args:
        doc: The article.
        m: A place match (doc token indices).
    """
    k = m.first_token
    return k >= 2 and doc.tokens[k - 1].text == "عن" and doc.tokens[k - 2].text in trigger_words("remit_words")
