"""A source named first, then a speaker of its own: ``ووفقا لرويترز، قال مسؤول إن …``.

Agency copy often opens with the outlet it relies on, set off by a comma, and then gives
the statement with its own verb and subject. The attribution and the statement are two
reporting acts: the attribution must not swallow the verb (its content starts after the
verb's speaker), and it attributes the same content as the statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.speakers import Cx, lex

if TYPE_CHECKING:
    from rasd.clauses import Act
    from rasd.triggers import Trigger

__all__ = ["inner_statement", "lead_stop"]


def _inner_verb(cx: Cx, trigs: list[Trigger], act: Act) -> Trigger | None:
    """A finite reporting verb with a subject, after a comma inside an attribution's zone."""
    if act.trig.hint != "attribution":
        return None
    for t in trigs:
        if not act.trig.last < t.first < act.zone.stop or t.hint != "verb":
            continue
        nxt = t.last + 1
        if (
            cx.punct_before(t.first)
            and t.first not in cx.quoted
            and nxt < cx.hi
            and not cx.punct_before(nxt)
            and not lex().has("openers", cx.word(nxt))
        ):
            return t
    return None


def lead_stop(cx: Cx, trigs: list[Trigger], act: Act) -> int:
    """The first token an act leaves to the acts after it: its content, or the inner verb."""
    inner = _inner_verb(cx, trigs, act)
    return inner.first if inner is not None else act.zone.stop


def inner_statement(cx: Cx, act: Act, kept: list[Act]) -> Act | None:
    """The statement after a sentence-opening attribution and a comma, whose content it shares."""
    if act.trig.hint != "attribution" or act.trig.first > cx.lo + 1:
        return None
    after = [a for a in kept if a.trig.first > act.trig.last]
    first = min(after, key=lambda a: a.trig.first, default=None)
    if first is None or first.trig.hint != "verb":
        return None
    if not cx.punct_before(first.trig.first) and first.trig.first != act.zone.start:
        return None  # "وحسب "أسوشيتد برس" قال …": the verb right after the outlet shares it too
    return first
