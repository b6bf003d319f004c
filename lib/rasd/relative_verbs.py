"""A reporting verb in a relative clause of an indefinite noun: not a continued speaker.

Arabic gives an indefinite antecedent a relative clause with no ``الذي``/``التي``:
``لفصائل مسلحة، كانت قد تعهدت بمواصلة القتال``. The verb's subject is the noun before the
comma, not the last speaker of the article, so a verb with no subject of its own there
does not continue that speaker.

A relative after a statement noun (``وفقا للبيان، الذي أشار``) agrees with the noun, not with
its issuer (``خلية الإعلام الأمني``): the issuer speaks whatever the gender of the relative.
"""

from __future__ import annotations

from rasd.phrases import read_statement_phrase
from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["indefinite_relative", "statement_antecedent"]


def indefinite_relative(cx: Cx, t: Trigger) -> bool:
    """Whether ``t`` follows ``، كان(ت) قد`` after an indefinite noun (``ال`` absent).

    ``، وكانت قد أعلنت`` (with و) continues the narrative and is left to the caller.

    Args:
        cx: The sentence.
        t: The reporting verb.
    """
    aux, qad, before = t.first - 2, t.first - 1, t.first - 3
    if t.prefix or before < cx.lo or cx.word(qad) != "قد":
        return False
    if cx.word(aux) not in lex().words["relative_aux"] or not cx.punct_before(aux):
        return False
    noun = cx.word(before)
    return bool(noun) and not noun.startswith("ال") and not noun.isdigit()


def statement_antecedent(cx: Cx, rel: int) -> bool:
    """Whether the relative at ``rel`` follows a statement noun (``للبيان، الذي``, ``البيان الذي``).

    Args:
        cx: The sentence.
        rel: The token of the relative pronoun.
    """
    ph = read_statement_phrase(cx, rel - 1, ("", "و", "ل", "ب")) if rel > cx.lo else None
    return ph is not None and ph.hi == rel
