"""An interception dated only by the words reporting it takes the day of the attack it downed.

``أعلن، اليوم الخميس، مسؤولون أن طائرتين مسيرتين حاولتا استهداف القوات في سوريا أُسقطتا``,
then ``أن الهجوم نُفذ أمس الأربعاء واستهدف القوات في التنف``: the Thursday dates the
announcement, the Wednesday the act. An attack and the interception of its weapons are one
incident told twice (:func:`rasd.incidents.apply_context`); when the interception is dated
only by its report and exactly one attack told after it, at the same place or at a place inside
it, is dated by its own words, the interception takes that attack's day (an attack told before
it is an earlier act the report goes back to). An attack dated by its report keeps
that day (``أفاد مصدر في وقت سابق من اليوم الأحد بأن القاعدة تعرضت للاستهداف``): the annotated
sets date it so, and the interception told beside it may be another night's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SPEECH_MARK", "date_speech_twins"]

SPEECH_MARK = "speech_day"  # set on merged rows whose day only dates the words reporting them
_ONE_ACT = frozenset({"attack", "interception"})
_DATE_FIELDS = ("date", "date_expr", "time_precision")


def date_speech_twins(rows: list[dict[str, Any]], inside: Callable[[str, str], bool]) -> list[dict[str, Any]]:
    """Give each speech-dated interception the own day of its one twin attack, and drop the marks.

    Args:
        rows: The merged event rows of one article; a row may carry :data:`SPEECH_MARK`.
        inside: ``inside(outer, inner)``: the place ``inner`` lies in ``outer``.

    Returns:
        The rows, the speech-dated ones re-dated where one twin fixes their day.
    """
    for i, row in enumerate(rows):
        if row["type"] != "interception" or not row.get(SPEECH_MARK) or not row.get("place"):
            continue
        place = str(row["place"])
        twins = [  # the act's own day is told after the report («أن الهجوم نُفذ أمس الأربعاء»)
            r for r in rows[i + 1 :]
            if r["type"] in _ONE_ACT and r["type"] != row["type"] and not r.get(SPEECH_MARK)
            and len(str(r.get("date") or "")) == 10 and (r.get("place") == place or inside(place, str(r.get("place") or "")))
        ]
        if len(twins) == 1 and twins[0]["date"] != row.get("date"):
            row.update({k: twins[0][k] for k in _DATE_FIELDS})
    for row in rows:
        row.pop(SPEECH_MARK, None)
    return rows
