"""A visit told again to frame it in its circumstances: ``وجاءت زيارة كوريلا بعد أن سيطرت المعارضة``.

A verb of coming right before the visit noun (``جاءت``, ``تأتي``; ``framing_verbs``) makes
the noun point back to the visit told before, and the words from the first opener of the
circumstances (``بعد``, ``في ظل``, ``عقب``; ``frame_openers``) on tell the background: their
places and days are not the visit's. What stands between the noun and the opener is still
the visit's own (``وجاءت زيارة كوريلا إلى بغداد بعد أيام``).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["framed_end", "is_framed"]


def is_framed(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A verb of coming stands right before the trigger."""
    return trig.first_token > 0 and is_word(tokens[trig.first_token - 1].text, "framing_verbs")


def framed_end(tokens: list[Token], trig: PhraseMatch, kind: str, hi_tok: int) -> int:
    """The token where a framed visit's own words end: the first opener of its circumstances."""
    if kind != "visit" or not is_framed(tokens, trig):
        return hi_tok
    return next((k for k in range(trig.last_token + 1, hi_tok) if is_word(tokens[k].text, "frame_openers")), hi_tok)
