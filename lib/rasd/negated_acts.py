"""Acts said not to have happened: a negated verb of occurring or doing governs the act word.

Two constructions deny an act rather than tell it:

* the negation right before an attack verb (``لم تتعرض قواتنا لأي هجوم``, ``لن تستهدف``);
* a negated verb that records, witnesses or undertakes acts (data ``negated_act_verbs``:
  ``تسجل``, ``تشهد``, ``تبادر``, ``تنفذ``) a few tokens before the act word, with only a
  subject and filler words (``أي``, ``عمليات``, ``إلى``; data ``negated_act_fillers``) between,
  and no comma: ``لم تسجل عمليات قصف لقواعد أمريكية``, ``لم تبادر واشنطن إلى قصف أي من مقرات الفصائل``.

Only attacks, strikes and interceptions are denied so (a threat's clause is its own). A
casualty or place word between (``لم تسجل إصابات جراء الهجوم``) leaves the act told: it is
its outcome that is denied.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["is_negated_act"]

_VERB_REACH = 4  # tokens between the negated verb and the act word ("لم تبادر واشنطن الي قصف")
_SUBJECTS = 1  # words between them that are neither fillers nor the verb: the verb's subject
_ACTS = frozenset({"attack", "us_strike", "interception"})  # kinds of act a negated verb can deny


def _denied_by(tokens: list[Token], verb: int, first: int) -> bool:
    """The negated verb at ``verb`` governs the act word at ``first`` (see the module docstring)."""
    if verb == 0 or tokens[verb - 1].text not in trigger_words("verb_negations"):
        return False
    if not is_word(tokens[verb].text, "negated_act_verbs"):
        return False
    between = tokens[verb + 1 : first]
    if not all(t.joined for t in [*between, tokens[first]]):
        return False  # a comma between: another clause
    others = [t for t in between if not is_word(t.text, "negated_act_fillers")]
    return len(others) <= _SUBJECTS


def is_negated_act(tokens: list[Token], m: PhraseMatch) -> bool:
    """Whether the act of trigger ``m`` is denied by a negation (see the module docstring).

    Args:
        tokens: The sentence tokens.
        m: A trigger match of the sentence.

    Returns:
        True for an attack verb right after ``لم``/``لن``, and for any act word governed
        by a negated verb of ``negated_act_verbs``.
    """
    first = m.first_token
    if m.value == "attack" and first and tokens[first - 1].text in trigger_words("verb_negations"):
        return True  # "لم تتعرض قواتنا لاي هجوم": no act
    if m.value not in _ACTS:
        return False
    return any(_denied_by(tokens, v, first) for v in range(max(1, first - _VERB_REACH), first))
