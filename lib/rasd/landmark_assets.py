"""A group's site named as a landmark of the act, not as its object.

``طالت ضربات قاعدة التنف، قرب مواقع ميليشيات مدعومة من إيران``: the militia sites only
locate the struck base; the act is no strike on the group. A site word right after a
proximity word (``landmark_locators`` of ``data/event_triggers.yaml``: قرب, بالقرب من,
على مقربة من, في محيط) is such a landmark, and :mod:`rasd.event_types` does not read the
group as the target of a US strike.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.text import Token

__all__ = ["is_landmark"]

_LOCATOR_REACH = 2  # tokens between a proximity word and the site it names ("بالقرب من مواقع")


def is_landmark(tokens: list[Token], k: int) -> bool:
    """The site word at ``k`` follows a proximity word: it places the act, it is not hit."""
    return any(is_word(t.text, "landmark_locators") for t in tokens[max(0, k - _LOCATOR_REACH) : k])
