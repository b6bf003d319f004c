"""Places that are the channel a source spoke to, not where an act happened.

``وتعرضت القاعدة لهجوم بطائرة مسيرة، وفق ما قالت مصادر أمنية للميادين``: after a
reporting verb or a source noun, a name with ``ل`` on it is whom the source told (a
channel named after its town), so it does not locate the act.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch

__all__ = ["is_told_to"]

_TELLER_REACH = 3  # words between the reporting verb or source noun and the name it told ("مصادر امنيه للميادين")


def is_told_to(doc: Doc, m: PhraseMatch) -> bool:
    """True when the place ``m`` carries ``ل`` right after a reporting verb or a source noun.

    Args:
        doc: The article.
        m: A place match (doc token indices).
    """
    if not m.prefix.endswith("ل"):
        return False
    before = doc.tokens[max(0, m.first_token - _TELLER_REACH) : m.first_token]
    return any(is_word(t.text, "tellers") for t in before)
