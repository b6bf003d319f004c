"""A definite attack noun that points back to a third state's strike told before it.

``قصفا تركيا جديدا استهدف سيارة في محافظة دهوك … القصف أودى بحياة أربعة مدنيين``:
the first sentence tells Turkey's strike, an ``other`` development
(:mod:`rasd.third_state_acts` marks its row with the flag ``state_strike``); the
second only retells it with a definite noun (``القصف``, ``القذائف``). Read on its own,
that noun is an attack; pointing back (the row is anaphoric), it is the state's strike
and folds into it (:func:`rasd.incidents.merge_incidents`), as it would into an attack
told before it. So does an attack told with neither place nor day after such a strike
(``سقطت القذائف بقرب من المخيم``, ``سيارة محترقة تعرضت لقصف جوي``): a detail of the
strike, which would fold into an attack told before it the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["STATE_STRIKE", "joins_state_strike", "retells_state_strike"]

STATE_STRIKE = "state_strike"  # the key flagging a third state's strike (not an output column)


def retells_state_strike(told: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """True when the anaphoric attack ``row`` can point back to ``told``, a third state's strike.

    Args:
        told: An event row told before.
        row: An anaphoric row.
    """
    return row["type"] == "attack" and told["type"] == "other" and bool(told.get(STATE_STRIKE))


def joins_state_strike(kept: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """True when ``row``, an unclaimed attack with no place and no day, tells a detail of ``kept``, a third state's strike.

    Args:
        kept: An event row told before.
        row: A later row of the same article.
    """
    placeless = not (row.get("place") or row.get("date") or row.get("claimed"))
    return placeless and retells_state_strike(kept, row)
