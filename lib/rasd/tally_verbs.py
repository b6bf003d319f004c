"""Verbs that lead a tally from afar: ``تجاوز عدد الهجمات على القواعد الأمريكية في العراق وسوريا 100``.

A verb of reaching or passing (``بلغ``, ``وصل``, ``فاق``, ``تجاوز``, ``تخطى``) followed by the head
of a total and its attack noun (``عدد الهجمات``) makes the bare number closing a long subject
after them the total: the place and target phrases between them are all one clause (no comma,
no other number). A verb of passing (``فاق``, ``تجاوز``, ``تخطى``) that leads such a total, or
whose subject is the attack noun (``تجاوزت الهجمات 150 هجوما``, ``هجمات تجاوز عددها 170``), makes
the figure a lower bound: more_than.
"""

from __future__ import annotations

from rasd.attack_nouns import context_words, find_unit_at, has_context_word
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["find_long_total_unit", "passes_total"]

_SUBJECT_REACH = 12  # tokens of a subject between the attack noun and the number


def _clause_before(tokens: list[Token], num: NumberMention, lead: int, others: list[NumberMention]) -> list[Token]:
    """The tokens before the figure that belong to its clause, in text order.

    The clause stops at a comma or other stop (a token not joined to the one after it) and at
    another number of the sentence; an article written apart from the number is left out.
    """
    start = min(num.nstart, lead)
    k = next((k for k, t in enumerate(tokens) if t.end > start), len(tokens))
    lo = k
    while lo > 0 and lo < len(tokens) and tokens[lo].joined:
        prev = tokens[lo - 1]
        if any(o.nstart < prev.end and o.nend > prev.start for o in others):
            break
        lo -= 1
    clause = tokens[lo:k]
    while clause and clause[-1].text == "ال":
        clause.pop()
    return clause


def _verb_head_unit(clause: list[Token], k: int) -> tuple[str, int] | None:
    """Unit and index after the noun of ``VERB HEAD NOUN`` at ``k``, or None."""
    if not (has_context_word(clause[k].text, "total_verbs") and k + 2 < len(clause)):
        return None
    if not has_context_word(clause[k + 1].text, "total_heads"):
        return None
    found = find_unit_at(clause, k + 2)
    if found is None:
        return None
    after = next((m for m in range(k + 2, len(clause)) if clause[m].end >= found[1]), k + 2)
    return found[0], after + 1


def find_long_total_unit(tokens: list[Token], num: NumberMention, lead: int, others: list[NumberMention]) -> str | None:
    """Unit of a bare total closing a long subject led by ``VERB عدد NOUN`` (see the module doc).

    Args:
        tokens: Tokens of the sentence.
        num: The bare number.
        lead: Start in norm of the figure with its qualifier words.
        others: The other numbers of the sentence (dates excluded).
    """
    clause = _clause_before(tokens, num, lead, [o for o in others if o is not num])
    for k in range(len(clause) - 3, -1, -1):
        found = _verb_head_unit(clause, k)
        if found is not None:
            unit, subject = found
            return unit if len(clause) - subject <= _SUBJECT_REACH else None
    return None


def passes_total(tokens: list[Token], num: NumberMention, lead: int, others: list[NumberMention]) -> bool:
    """Whether a verb of passing leads the figure's tally (``تجاوز عدد الهجمات …``, ``فاقت الهجمات``)."""
    clause = _clause_before(tokens, num, lead, [o for o in others if o is not num])
    for k in range(len(clause) - 1, max(-1, len(clause) - _SUBJECT_REACH - 4), -1):
        if not has_context_word(clause[k].text, "excess_verbs"):
            continue
        nxt = clause[k + 1] if k + 1 < len(clause) else None
        if nxt is None:
            return True  # "هجمات تجاوزت 150": the verb right before the number
        heads = context_words("total_heads") | context_words("total_heads_pronoun")
        return has_context_word(nxt.text, "total_heads") or nxt.text in heads or find_unit_at(clause, k + 1) is not None
    return False
