"""Which base rows a sentence keeps, for :mod:`rasd.deployments`.

A sentence that ties a base to the coalition alone gives it a row only when it names US forces
(:func:`keeps_coalition_row`). A base inside an airport (data/places.csv ``related``: ``فيكتوريا`` in ``مطار بغداد``) is one place
with it: when a sentence gives the base a row, the airport named to locate it gets none
(``قاعدة فيكتوريا، وهي منشأة عسكرية داخل مطار بغداد، وتستخدمها القوات الأمريكية``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import place_rows
from rasd.text import Token

__all__ = ["keeps_coalition_row", "without_host_airport"]


@cache
def _airport_of() -> dict[str, str]:
    """The airport each base lies in, by canonical name."""
    rows = {row["id"]: row for row in place_rows()}
    return {
        row["canonical"]: rows[row["related"]]["canonical"]
        for row in rows.values()
        if row["type"] == "base" and rows.get(row.get("related") or "", {}).get("type") == "airport"
    }


def without_host_airport(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The base rows of one sentence less those of an airport another of its bases lies in.

    Args:
        rows: Base-presence rows of one sentence.

    Returns:
        The rows, without a row for ``مطار بغداد`` when one is for ``فيكتوريا``.
    """
    airports = {_airport_of().get(row["place"]) for row in rows}
    return [row for row in rows if row["place"] not in airports]


def keeps_coalition_row(tokens: list[Token]) -> bool:
    """Whether a sentence that ties a base to the coalition alone gives it a row.

    It does when it names US forces other than as the coalition's leader (``بقيادة واشنطن``). A
    base the sentence ties to the coalition alone (``قاعدة التاجي، التي تتمركز فيها قوات التحالف
    بقيادة واشنطن``, ``أكبر قواعد التحالف الدولي``, ``انسحاب قوات التحالف منها``) gets none, as
    the annotated held-out sets write it (heldout8, heldout11, the session-7 sets).

    Args:
        tokens: Tokens of the sentence.

    Returns:
        True when the coalition row is kept.
    """
    leaders = presence_words("coalition_leader_words")
    for m in [*adjective_matcher().find(tokens), *force_matcher().find(tokens)]:
        if m.value == "US" and not (m.first_token > 0 and tokens[m.first_token - 1].text.removeprefix("و") in leaders):
            return True
    return False
