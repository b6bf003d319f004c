"""A publication date from the first paragraph's day when the lede names a known incident after it.

A page often opens with the news and its day but names the known incident only in the
next sentences: «نفذت القيادة المركزية غارة في العراق الأربعاء قتلت
قياديا» and then «أعلنت الكتائب مقتل القيادي أبو باقر الساعدي»; «باشرت الولايات المتحدة،
يوم أمس الجمعة، تنفيذ ضربات جوية» and then «أعلن الوزير انطلاق عملية تحمل اسم عين
الصقر». The opening sentence names neither the place nor a key, so the rules of
:mod:`rasd.pub_incident` and :mod:`rasd.pub_incident_bare` leave the page undated; an
analyst reads the opening day as the incident's. :func:`infer_lead_day_incident_published`
does so when

- :func:`rasd.pub_incident.find_lede_incident` finds one incident in the lede and every
  weekday and date of its sentences fits it;
- the first paragraph gives the incident's own weekday once, bare («الأربعاء», «مساء الجمعة»;
  not told as past «يوم الأربعاء» nor a night «ليل الأربعاء») or related to the day of writing
  («يوم أمس الجمعة»), and no other day of that weekday;
- every weekday of writing the text gives is the day so found, and no full date of the text
  comes after it.

A bare weekday gives the incident's day; «أمس/اليوم + weekday» the incident's day minus its offset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rasd.dates import find_dates
from rasd.pub_incident import find_lede_incident, weekdays_agree, writing_days
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str

__all__ = ["infer_lead_day_incident_published"]

_DAY_WORD = "يوم"  # «يوم الجمعة»: a day told as past, not the day of the news
_PAST_WORDS = frozenset({"الماضي", "الفائت", "المنصرم", "السابق"})  # «الجمعة الماضي»: a past day
_NIGHT_WORDS = frozenset({"ليل", "ليله", "الليله"})  # «ليل الخميس الجمعة»: news of a night


def _told_past(expr: str) -> bool:
    """Whether a bare weekday is told as a past day or a night («يوم الجمعة», «السبت الماضي», «ليل الأحد»)."""
    words = set(normalize_str(expr).split())
    return bool(words & ({_DAY_WORD} | _PAST_WORDS | _NIGHT_WORDS))


def first_paragraph_offsets(paragraph: str, weekday: int) -> set[int | None]:
    """The offsets the first paragraph gives a weekday: ``None`` for a bare one, ``0``/``-1`` for «اليوم/أمس».

    Args:
        paragraph: The first body paragraph.
        weekday: The weekday looked for (Monday is 0).

    Returns:
        One entry per distinct way the paragraph dates that weekday; a weekday told as past
        or as a night counts as an entry of its own (``1``), so that it spoils the reading.
    """
    out: set[int | None] = set()
    for mention in find_dates(paragraph):
        offset, named = writing_offset(mention.expr)
        if named != weekday:
            continue
        if mention.kind == "relday" and offset is not None and offset <= 0:
            out.add(offset)
        elif mention.kind == "weekday" and offset is None and not _told_past(mention.expr):
            out.add(None)
        else:
            out.add(1)
    return out


def infer_lead_day_incident_published(paragraphs: Sequence[str]) -> str:
    """The day of writing the first paragraph's weekday gives the lede's incident, as ISO.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The inferred day, or ``""`` when no single incident is told in the lede, the first
        paragraph does not date it by its own weekday exactly once, or the text's weekdays
        of writing or full dates contradict the day found.
    """
    if not paragraphs:
        return ""
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None or not weekdays_agree(incident, sentences):
        return ""
    offsets = first_paragraph_offsets(paragraphs[0], incident.date.weekday())
    if len(offsets) != 1 or 1 in offsets:
        return ""
    offset = offsets.pop()
    day = incident.date - dt.timedelta(days=offset or 0)
    writing, full = writing_days(paragraphs)
    if any(w != day.weekday() for w in writing) or any(f > day for f in full):
        return ""
    return day.isoformat()
