"""A relative day told inside a report that carries a day of its own counts from the report's day.

«وأفاد المرصد السوري يوم الجمعة بأن طائرة مسيرة استهدفت أمس قاعدة الشدادي»: the observatory
speaks on Friday, and its «أمس» is Thursday, not the day before the page was published. The
report's day is a day date after a reporting verb and before the act
(:func:`rasd.event_fields.dates_the_speech`) that is not itself counted from the page
(``يوم الجمعة``, ``5 كانون الثاني``; not ``اليوم`` or ``أمس``); the act's day is a day counted from
the day of writing (``أمس``, ``أول أمس``) after it. A bare «اليوم» in the report (``مساء اليوم``, no
weekday) is the report's own day: «وذكرت الوزارة في بيان، الاثنين، أنه في التاسعة من مساء اليوم
أطلقت صواريخ» on a page of Tuesday tells Monday evening, as a quoted «اليوم» does
(:mod:`rasd.quoted_today`); on a report of the day of writing it changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from rasd.datemention import DateMention
from rasd.event_fields import dates_the_speech
from rasd.unresolved_days import day_keys

if TYPE_CHECKING:
    from rasd.doc import Doc, DocSentence

__all__ = ["report_based_day"]


def report_based_day(doc: Doc, sent: DocSentence, d: DateMention, trig_at: int) -> str | None:
    """The ISO day of ``d`` counted from the day of the report that tells it, or None when it is not so told.

    Args:
        doc: The article.
        sent: The sentence of the act.
        d: The date mention that dates the act.
        trig_at: Norm offset of the act's trigger.
    """
    weekdays, offsets = day_keys(d.expr)
    if not d.relative or d.precision != "day" or len(offsets) != 1 or (0 in offsets and weekdays):
        return None
    reports = [
        m
        for m in doc.within(doc.dates, sent)
        if m.iso
        and m.precision == "day"
        and m.nend <= d.nstart
        and not day_keys(m.expr)[1]
        and dates_the_speech(doc, sent, m.nstart, trig_at)
    ]
    if not reports:
        return None
    base = dt.date.fromisoformat(reports[-1].iso.split("/")[0][:10])
    return (base + dt.timedelta(days=next(iter(offsets)))).isoformat()
