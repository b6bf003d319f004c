"""An act in a time clause before the main clause, and the downing of its weapons.

``وحين أطلقت إيران صواريخ على إسرائيل في أبريل، أدى الأردن دورا في إسقاطها``: the
launch opens the time clause (حين، عندما) and sets the scene; the downing told with
a pronoun back to the weapons in the main clause is an interception of its own.
"""

from __future__ import annotations

from typing import Any

from rasd.event_lexicon import is_word
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["downing_after_when_clause", "share_when_date"]

_DATE_FIELDS = ("date", "date_expr", "time_precision")

_WHEN_REACH = 6  # tokens between the time subordinator and the act of its clause


def downing_after_when_clause(
    tokens: list[Token], trig: PhraseMatch, triggers: list[PhraseMatch], resp: int
) -> tuple[int, PhraseMatch] | None:
    """The downing in the main clause after an attack told in a time clause.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act.
        triggers: The triggers of the sentence's main clause.
        resp: Token index where a response clause starts (``len(tokens)`` if none).

    Returns:
        Where the main clause opens (the first word after the time clause's punctuation)
        and the downing trigger, or None.
    """
    if str(trig.value) != "attack":
        return None
    lo = max(0, trig.first_token - _WHEN_REACH)
    when = next((k for k in range(lo, trig.first_token) if is_word(tokens[k].text, "when_subordinators")), None)
    if when is None:
        return None
    downing = next(
        (m for m in triggers if trig.last_token < m.first_token < resp and m.value == "interception"), None
    )
    if downing is None or not is_word(tokens[downing.last_token].text, "downing_of_them"):
        return None
    opener = next((k for k in range(trig.last_token + 1, downing.first_token + 1) if not tokens[k].joined), None)
    return None if opener is None else (opener, downing)


def share_when_date(
    tokens: list[Token],
    trig: PhraseMatch,
    first: list[dict[str, Any]],
    second: list[dict[str, Any]],
    opener: int = -1,
) -> list[dict[str, Any]]:
    """The rows ``second`` of the main clause's downing, dated by the time clause when undated.

    An act opened by a "followed by" verb (``تعرضت القاعدة مساء أمس لهجوم، تبع ذلك شن
    الطيران غارة``) also takes the first act's day.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act (in the time clause).
        first: The rows of the first act.
        second: The rows of the act told in the main clause.
        opener: Token index of the clause opener of the second act (-1 if unknown).

    Returns:
        ``second``, each row without a date given the first dated row's date fields.
    """
    lo = max(0, trig.first_token - _WHEN_REACH)
    dated = next((r for r in first if r.get("date")), None)
    sequel = opener >= 0 and is_word(tokens[opener].text, "sequel_openers")
    if dated is None or not (sequel or any(is_word(tokens[k].text, "when_subordinators") for k in range(lo, trig.first_token))):
        return second
    return [r if r.get("date") else {**r, **{f: dated[f] for f in _DATE_FIELDS if f in dated}} for r in second]
