"""What a sentence adds to the acts told before it, besides acts of its own.

Four readings run on each narrative sentence once its own rows are found:
:func:`rasd.recent_prior_acts.recent_prior_rows` (an earlier like act hours before,
``بعد ساعات من هجوم مماثل``), :func:`rasd.happened_dates.date_happened_act` (a sentence that
only dates the act before it, ``ووقع الحادث مساء الخميس``),
:func:`rasd.retold_acts.drop_retold_acts` (strikes told again, ``أن الضربات طالت``, or a
record of acts, ``تبنت عددا من الهجمات``: no rows of their own) and
:func:`rasd.latest_acts.latest_act_rows` (the latest act of a series summed up,
``كان آخرها هجوم على قاعدة عين الأسد``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.happened_dates import date_happened_act
from rasd.latest_acts import latest_act_rows
from rasd.recent_prior_acts import recent_prior_rows
from rasd.retold_acts import drop_retold_acts

__all__ = ["told_sequels"]


def told_sequels(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]], told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of a sentence after the readings; ``told`` (the rows before it) may gain a date.

    Args:
        doc: The article.
        sent: One of its narrative sentences.
        rows: The event rows of that sentence.
        told: The rows of the sentences before it.

    Returns:
        The rows of the sentence, with the earlier like act it tells.
    """
    rows = latest_act_rows(doc, sent, drop_retold_acts(doc, sent, rows, told))
    date_happened_act(doc, sent, rows, told)
    return recent_prior_rows(doc, sent, rows, told)
