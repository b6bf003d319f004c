"""A publication date from a known incident the first paragraph dates with a bare weekday.

A page that reports a well-known incident as the news of the day often gives it only a
bare weekday in its opening sentence: «قال الرئيس الأمريكي، الأحد، مقتل زعيم التنظيم»,
«أكدت وسائل إعلام إيرانية مساء الاثنين أن إيران شنت ضربات على قاعدة العديد». With no
«اليوم/أمس» and no other weekday in the text, that weekday is the day of the news, and an
analyst dates the page on the incident's known day. The rule takes that day when

- :func:`rasd.pub_incident.find_lede_incident` finds one incident in the lede, and every
  weekday and date of its sentences fits it;
- a sentence of the first body paragraph naming the incident's place or one of its keys
  gives the incident's own weekday, bare («الأحد», «مساء الاثنين»), and no weekday of
  the text is related to the day of writing («اليوم الثلاثاء», «أمس الأحد»);
- no full date of the text comes after the incident's day.

A weekday told as a past day («يوم الجمعة») or a night in the incident's sentences («ليل
الخميس الجمعة», news of a night often written the next day) leaves the page undated.

A page may instead tell the lede's incident with a plain relative day and no weekday at all:
«نفذت طائرات حربية أميركية فجر اليوم غارات على المنطقة الحدودية» (the day of writing is the
incident's day), «أمس» (the day after it). :func:`infer_plain_incident_published` takes that
day when the sentences naming the incident give one such offset, no night («الليلة
الماضية» falls either side of midnight) and the text names no weekday but the incident's.

The eve of an incident of the small hours («ليل الأربعاء» for a raid announced on the
Thursday) is not the incident's weekday and dates nothing.

A page may also tell the lede's incident as the news with no day at all: «تعرضت قاعدة عين
الأسد لقصف بعشرة صواريخ، قبل يومين من زيارة البابا». An analyst dates such a page on
the incident's day; :func:`infer_dayless_incident_published` does so when the first paragraph
tells the incident (its place and a key group, no background cue before it in its sentence),
the text names no weekday but the incident's own, bare, no «اليوم/أمس» and no night, and no full
date after the incident.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from rasd.dates import find_dates
from rasd.lexicon import load_yaml
from rasd.pub_incident import (
    Incident,
    find_lede_incident,
    matching_incidents,
    weekdays_agree,
    writing_days,
)
from rasd.pub_infer import writing_offset
from rasd.text import normalize_str, split_sentences

__all__ = ["infer_bare_incident_published", "infer_dayless_incident_published", "infer_plain_incident_published"]

_DAY_WORD = "يوم"  # «يوم الجمعة»: a day told as past, not the news of the day
_CLITIC_RE = re.compile(r"^[وف]?[بل]?(?:ال|لل)?")  # و/ف, a preposition ب/ل and the article before a cue
_DAY_KINDS = frozenset({"weekday", "relday", "night"})  # a day the text gives: the rules above read it
_NIGHT_WORDS = frozenset({"ليل", "ليله", "الليله"})  # «ليل الخميس الجمعة»: news of a night, often written the next day


def _bare_weekday_in(incident: Incident, paragraph: str) -> bool:
    """Whether a sentence of the paragraph naming the incident gives its weekday, bare."""
    for sentence in split_sentences(paragraph):
        if incident not in matching_incidents(sentence.text, 0):
            continue
        for mention in find_dates(sentence.text):
            offset, weekday = writing_offset(mention.expr)
            told_past = _DAY_WORD in normalize_str(mention.expr).split()
            if mention.kind == "weekday" and offset is None and weekday == incident.date.weekday() and not told_past:
                return True
    return False


def _tells_night(sentences: Sequence[str]) -> bool:
    """Whether the sentences date something by a night («ليل الخميس الجمعة», «ليلة السبت»)."""
    return any(
        m.kind == "night" or _NIGHT_WORDS & set(normalize_str(m.expr).split()) for s in sentences for m in find_dates(s)
    )


def _relative_weekdays(paragraphs: Sequence[str]) -> bool:
    """Whether the text relates any weekday to the day of writing («اليوم الأحد», «أمس السبت»)."""
    related = (writing_offset(m.expr) for p in paragraphs for m in find_dates(p))
    return any(offset is not None and weekday is not None for offset, weekday in related)


def infer_bare_incident_published(paragraphs: Sequence[str]) -> str:
    """The incident's day, when the first paragraph dates the lede's incident with its bare weekday.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The incident's day as ISO, or ``""`` when no single incident is told, the first
        paragraph gives it no bare weekday of its own, a weekday of the text is related
        to the day of writing, or a full date of the text falls after it.
    """
    if not paragraphs:
        return ""
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None or not weekdays_agree(incident, sentences):
        return ""
    writing, full = writing_days(paragraphs)
    if writing or _tells_night(sentences) or _relative_weekdays(paragraphs) or any(f > incident.date for f in full):
        return ""
    return incident.date.isoformat() if _bare_weekday_in(incident, paragraphs[0]) else ""


def _tells_incident(incident: Incident, sentence: str) -> bool:
    """Whether a lede sentence names the incident's place, or two of its key groups (at least its ``need``).

    A lede may tell the act in one sentence and its place in the next: «أطلق مسلحون مساء أمس صواريخ
    نحو قاعدة داخل الأراضي السورية. وانطلقت الرشقة من زمار».
    """
    if incident in matching_incidents(sentence, 0):
        return True
    norm = normalize_str(sentence)
    return sum(1 for group in incident.groups if group.search(norm)) >= max(incident.need, 2)


def _plain_offsets(incident: Incident, sentences: Sequence[str]) -> set[int]:
    """The offsets of «اليوم/أمس» with no weekday in the lede sentences telling the incident."""
    offsets: set[int] = set()
    for sentence in sentences:
        if not _tells_incident(incident, sentence):
            continue
        for mention in find_dates(sentence):
            offset, weekday = writing_offset(mention.expr)
            if mention.kind == "relday" and weekday is None and offset in (0, -1):
                offsets.add(offset)
    return offsets


def _other_weekdays(incident: Incident, paragraphs: Sequence[str]) -> bool:
    """Whether the text names a weekday other than the incident's."""
    named = (writing_offset(m.expr)[1] for p in paragraphs for m in find_dates(p))
    return any(w is not None and w != incident.date.weekday() for w in named)


def infer_plain_incident_published(paragraphs: Sequence[str]) -> str:
    """The day of writing a plain «اليوم/أمس» gives the lede's incident, in a text with no other weekday.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The incident's day (``اليوم``) or the day after it (``أمس``) as ISO, or ``""`` when no
        single incident is told, its sentences give no plain relative day, two of them, or a
        night, the text names another weekday or a weekday of writing, or a full date after it.
    """
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None or not weekdays_agree(incident, sentences) or _tells_night(sentences):
        return ""
    offsets = _plain_offsets(incident, sentences)
    writing, full = writing_days(paragraphs)
    if len(offsets) != 1 or writing or _other_weekdays(incident, paragraphs):
        return ""
    day = incident.date - dt.timedelta(days=offsets.pop())
    return day.isoformat() if all(f <= day for f in full) else ""


def _told_as_news(incident: Incident, paragraph: str) -> bool:
    """Whether a sentence of the paragraph tells the incident with no background cue anywhere before it.

    The cue may stand further back than the three words the lede rule looks at: «تتجه الأنظار
    إلى قاعدة الحرير بعد الإعلان الرسمي عن الانسحاب الكامل من قاعدة عين الأسد» tells Harir,
    the handover of Ain al-Asad being its background.

    The place and the key may stand in two sentences that follow each other («تعرضت قاعدة فكتوريا
    لقصف صاروخي. وسقط أحد الصواريخ قرب مقر جهاز مكافحة الإرهاب»): the pair tells the incident.
    """
    cues = frozenset(load_yaml("known_incidents.yaml")["background_cues"])
    texts = [s.text for s in split_sentences(paragraph)]
    for text in [*texts, *(f"{a} {b}" for a, b in zip(texts, texts[1:], strict=False))]:
        if incident not in matching_incidents(text, 1):
            continue
        norm = normalize_str(text)
        found = [m.start() for m in (p.search(norm) for p in (incident.places, *incident.groups)) if m is not None]
        if not any(_CLITIC_RE.sub("", w) in cues or w in cues for w in norm[: min(found)].split()):
            return True
    return False


def _own_bare_weekday(incident: Incident, expr: str) -> bool:
    """Whether ``expr`` is the incident's own weekday, bare («الإثنين»; not «يوم الإثنين», «اليوم الإثنين»)."""
    offset, weekday = writing_offset(expr)
    return offset is None and weekday == incident.date.weekday() and _DAY_WORD not in normalize_str(expr).split()


def _names_a_day(incident: Incident, paragraphs: Sequence[str]) -> bool:
    """Whether the text names a weekday, a day counted from writing («اليوم», «أمس») or a night.

    The incident's own weekday, bare («وصل الرئيس، الإثنين، إلى البيت الأبيض»), tells no more of
    the day of writing than a text naming no day, and is not counted.
    """
    return any(
        (m.kind in _DAY_KINDS or writing_offset(m.expr) != (None, None))
        and not (m.kind == "weekday" and _own_bare_weekday(incident, m.expr))
        for p in paragraphs
        for m in find_dates(p)
    )


def infer_dayless_incident_published(paragraphs: Sequence[str]) -> str:
    """The incident's day, when the first paragraph tells the lede's incident and the text names no day.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The incident's day as ISO, or ``""`` when no single incident is told, the first
        paragraph does not tell it as news, the text names a weekday, a relative day or a
        night, or a full date of the text falls after the incident.
    """
    if not paragraphs:
        return ""
    incident, _ = find_lede_incident(paragraphs)
    if incident is None or not _told_as_news(incident, paragraphs[0]) or _names_a_day(incident, paragraphs):
        return ""
    _, full = writing_days(paragraphs)
    return incident.date.isoformat() if all(f <= incident.date for f in full) else ""
