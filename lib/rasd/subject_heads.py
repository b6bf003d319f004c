"""The head noun of a long subject told before a passive verb (``قاعدتي X في Y، وZ في W، تعرضتا``).

The target of ``تعرضت`` is read in the words before it; when that window opens in the
middle of the subject, the base noun heading it (``قاعدتي``, ``القاعدة``, ``مواقع``) stands
a few words earlier, and the names right after it would be cut. The window is widened
back to that noun, unless a complementizer or a reporting verb stands between.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token

__all__ = ["reach_subject_head"]

_EXTRA_REACH = 5  # tokens before the window within which the subject's head noun may stand


def reach_subject_head(
    tokens: list[Token], trig: PhraseMatch, span: tuple[int, int]
) -> tuple[int, int]:
    """The target span before a passive trigger, widened back to the head noun of its subject.

    Args:
        tokens: The sentence tokens.
        trig: The trigger (``تعرضت``, ``تعرضتا``).
        span: The target span read before it (token indices).

    Returns:
        ``span`` opened at a target noun up to a few tokens before it, when the span ends
        at the trigger and does not start with a target noun; else ``span`` unchanged.
    """
    lo, hi = span
    if (
        hi != trig.first_token
        or trig.phrase not in word_set("event_triggers.yaml", "target_before")
        or lo == 0
    ):
        return span
    if any(is_word(t.text, "target_nouns") for t in tokens[lo:hi]):
        return span
    for k in range(lo - 1, max(-1, lo - 1 - _EXTRA_REACH), -1):
        if is_word(tokens[k].text, "target_nouns"):
            return k, hi
        if is_word(tokens[k].text, "subject_fences"):
            break
    return span
