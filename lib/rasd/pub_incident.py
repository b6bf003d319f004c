"""A date anchor from a well-known incident the page reports, when it prints no date.

About half of real pages give no publication date, and many of them report a
well-known incident of the theatre (the Tower 22 drone attack, the Iranian
missiles on Ain al-Asad) whose day is known. ``data/known_incidents.yaml``
lists such incidents with match keys; this module recognises one told in the
lede (a place and enough distinguishing keys in one sentence, not a background
mention «على غرار هجوم البرج 22») and uses its day as an anchor:

- the weekday the text gives the incident («فجر الأحد», «اليوم الأحد») must be
  the weekday of its known date, else nothing is anchored;
- «اليوم الأحد» / «أمس الأحد» joined to the incident gives the day of writing
  (the incident's day minus the offset); a bare weekday joined to the incident
  and a weekday of writing elsewhere («اليوم الثلاثاء») give the first such day
  after the incident;
- with no such relation the publication date stays empty, and only the
  incident's own event rows (:func:`date_incident_events`) and the bare weekday
  that dates it (:func:`date_incident_mentions`) take its date.

The rule is conservative: nothing when two incidents match (unless they share the place and the text's weekday
keeps the latest), when the text's weekday contradicts the known date, or when the text holds a full date of
its own (the day of the cause it answered is not its own: :mod:`rasd.incident_cause_days`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rasd.datemention import DateMention
from rasd.dates import find_dates
from rasd.incident_anniversary import tells_anniversary
from rasd.incident_cause_days import names_cause_day
from rasd.incident_frames import is_writing_day, writing_days, writing_frames
from rasd.incident_present import told_as_present
from rasd.incident_sides import other_side, tells_incident
from rasd.lexicon import load_yaml
from rasd.pub_infer import named_weekdays, writing_offset
from rasd.pub_yearless import era_years
from rasd.text import normalize_str, split_sentences

__all__ = [
    "Incident",
    "date_incident_events",
    "date_incident_mentions",
    "find_lede_incident",
    "infer_incident_published",
    "load_incidents",
    "weekdays_agree",
    "writing_days",
]

_CUE_WORDS = 3  # words before an incident's first key where a background cue is looked for
_GAP = "[\\s\"'()\\-]+"  # what may stand between the words of a key (كتائب "حزب الله")
_CLITICS_RE = re.compile(r"^[وف]?(?:ال|لل)?")
_KUNYA = "ابو" + _GAP  # a kunya key «ابو تقوي»: also «ابي/ابا تقوي» (case endings) and «ابوتقوي» (written joined)


@dataclass(frozen=True)
class Incident:
    """A well-known incident: its id, day, event type and compiled match keys (see the data file)."""

    id: str
    date: dt.date
    places: re.Pattern[str]
    groups: tuple[re.Pattern[str], ...]
    need: int
    type: str = ""
    causes: frozenset[int] = frozenset()  # groups naming what the incident answers («ردا على» expected)


def _key_pattern(keys: Iterable[str]) -> str:
    """One alternation of match keys: at a word start, clitics allowed, any ending after."""
    alts = []
    for key in sorted(keys, key=len, reverse=True):
        body = _GAP.join(re.escape(w) for w in key.split())
        if body.startswith(_KUNYA):
            body = "اب[ويا]" + _GAP.replace("+", "*") + body[len(_KUNYA) :]
        if key.startswith("ال"):
            body = f"(?:{body}|لل{body[2:]})"
        alts.append(body + (r"(?!\d)" if key[-1].isdigit() else ""))
    return r"(?<!\w)[وفبلك]{0,2}(?:ال)?(?:" + "|".join(alts) + ")"


@cache
def load_incidents() -> tuple[Incident, ...]:
    """The incidents of ``data/known_incidents.yaml``, compiled."""
    data = load_yaml("known_incidents.yaml")
    return tuple(
        Incident(
            id=entry["id"],
            date=dt.date.fromisoformat(entry["date"]),
            places=re.compile(_key_pattern(entry["places"])),
            groups=tuple(re.compile(_key_pattern(keys)) for keys in entry["keys"].values()),
            need=int(entry.get("need", 1)),
            type=str(entry.get("type", "")),
            causes=frozenset(i for i, name in enumerate(entry["keys"]) if name == "cause"),
        )
        for entry in data["incidents"]
    )


@cache
def _settings() -> tuple[int, int, frozenset[str]]:
    """Lede paragraphs, the largest gap in days and the background cues of the data file."""
    data = load_yaml("known_incidents.yaml")
    return int(data["lede_paragraphs"]), int(data["max_gap_days"]), frozenset(data["background_cues"])


def _match(incident: Incident, norm: str, need: int | None = None) -> bool:
    """Whether a normalised text tells the incident as news (place and keys, no background cue)."""
    place = incident.places.search(norm)
    if place is None:
        return False
    found = [(i, m) for i, m in enumerate(g.search(norm) for g in incident.groups) if m is not None]
    if len(found) < (incident.need if need is None else need):
        return False
    first = min(m.start() for m in (place, *(m for i, m in found if i not in incident.causes)))
    cues = _settings()[2]
    before = norm[:first].split()[-_CUE_WORDS:]
    cued = any(w in cues or _CLITICS_RE.sub("", w) in cues for w in before)
    return (not cued or told_as_present(norm[first:])) and not tells_anniversary(norm[:first])


def matching_incidents(text: str, need: int | None = None) -> set[Incident]:
    """The known incidents a text tells as news (``need`` key groups, else each incident's own)."""
    norm = normalize_str(text)
    return {inc for inc in load_incidents() if _match(inc, norm, need)}


def _mentions(incident: Incident, sentence: str) -> bool:
    """Whether a sentence names the incident's place or one of its keys."""
    norm = normalize_str(sentence)
    return any(p.search(norm) for p in (incident.places, *incident.groups))


def find_lede_incident(paragraphs: Sequence[str]) -> tuple[Incident | None, list[str]]:
    """The one incident the lede tells, with the lede sentences naming it; ``(None, [])`` when none or several.

    The place and the keys may stand in different sentences of the lede paragraphs. When
    several incidents match at one place (two attacks on one base), the latest is kept when
    the lede gives it its own weekday («السبت» tells the second Taji attack of March 2020
    from the first); a page cannot tell an incident as news and another, later one. An
    incident whose weekday the lede contradicts is dropped («صباح اليوم الأربعاء» and 12
    Iranian missiles on Ain al-Asad and Erbil: January 2020, not the Sunday of March 2022),
    and two entries of one day are one incident.
    """
    lede = list(paragraphs[: _settings()[0]])
    found = {inc: _lede_sentences(inc, lede) for inc in matching_incidents(" ".join(lede))}
    norm = normalize_str(" ".join(lede))
    eras = era_years(paragraphs)
    if eras:  # an era the text names («مقتل المرشد خامنئي», 2026) rules out an incident of another year
        found = {inc: sents for inc, sents in found.items() if inc.date.year in eras}
    if len(found) > 1 and len({_place_span(inc, norm) for inc in found}) == 1:
        latest = max(inc.date for inc in found)
        found = {inc: sents for inc, sents in found.items() if inc.date == latest and _dated_by_weekday(inc, sents)}
    if len(found) > 1:  # an incident whose weekday the lede contradicts is not the one told
        found = {inc: sents for inc, sents in found.items() if _relations(inc, sents)[1]}
    if len(found) > 1 and len({inc.date for inc in found}) == 1:  # two entries of one day: one incident
        first = min(found, key=lambda inc: _place_span(inc, norm))
        found = {first: found[first]}
    if len(found) != 1 or not _lede_weekdays_fit(next(iter(found)), lede):
        return None, []
    return next(iter(found.items()))


def _lede_weekdays_fit(incident: Incident, lede: Sequence[str]) -> bool:
    """Whether the lede names no weekday, or one that fits the incident.

    A weekday fits when it is the incident's day or its eve; a night across two days
    («ليل الاثنين الثلاثاء») when one of its two days is the incident's. A lede
    where rockets fell «ليل الاثنين الثلاثاء» and that also matches the five rockets on
    Ain al-Asad of a Wednesday tells another attack.
    """
    fits: list[bool] = []
    day = incident.date.weekday()
    for text in lede:
        for d in find_dates(text):
            named = named_weekdays(d.expr)
            if named:
                fits.append(day in named if d.kind == "night" else bool(named & {day, (day - 1) % 7}))
    return not fits or any(fits)


def _place_span(incident: Incident, norm: str) -> tuple[int, int]:
    """Where the incident's place first stands in a normalised text."""
    place = incident.places.search(norm)
    return place.span() if place else (-1, -1)


def _lede_sentences(incident: Incident, lede: Sequence[str]) -> list[str]:
    """The sentences of the lede paragraphs that name the incident's place or one of its keys."""
    return [s.text for p in lede for s in split_sentences(p) if _mentions(incident, s.text)]


def _dated_by_weekday(incident: Incident, sentences: Sequence[str]) -> bool:
    """Whether the sentences give the incident a weekday, and only its own (tells apart two incidents)."""
    offsets, agree = _relations(incident, sentences)
    return agree and bool(offsets)


def weekdays_agree(incident: Incident, sentences: Iterable[str]) -> bool:
    """Whether every weekday and full date the sentences give fits the incident (its day or eve)."""
    return _relations(incident, sentences)[1]


def _relations(incident: Incident, sentences: Iterable[str]) -> tuple[set[int | None], bool]:
    """The relative offsets of the weekdays the sentences give the incident, and whether all agree.

    ``None`` stands for a bare weekday («فجر الأحد»). A weekday other than the incident's, or a full date of
    its own, makes them disagree, unless it names the day of writing the incident's own «أمس + weekday»
    counts from (:mod:`rasd.incident_frames`) or the day of the cause it answered.
    """
    sentences = list(sentences)
    frames = writing_frames(incident.date.weekday(), sentences)
    offsets: set[int | None] = set()
    for sentence in sentences:
        norm = normalize_str(sentence)
        for d in find_dates(sentence):
            if d.kind == "absolute" and d.precision == "day":
                if _on_incident_or_eve(incident, sentence, d) or names_cause_day(incident, sentence, d):
                    continue  # "من 7 يناير": the incident's day or eve; "ردا على هجوم 28 يناير": its cause's
                return set(), False
            if d.kind == "night":
                if _night_misses(incident, d.expr):
                    return set(), False
                continue
            offset, weekday = writing_offset(d.expr)
            if weekday is None or _is_eve(incident, norm, d.nstart, d.expr, weekday):
                continue  # "في وقت متأخر أمس الخميس", "مساء الثلاثاء": the eve of a dawn incident
            if weekday != incident.date.weekday() and is_writing_day(d.expr, frames):
                continue  # "اليوم السبت" beside "أمس الجمعة": the day of writing
            if weekday != incident.date.weekday() or (offset is not None and offset > 0):
                return set(), False
            offsets.add(offset)
    return offsets, True


def _night_misses(incident: Incident, expr: str) -> bool:
    """Whether a night across two named weekdays («ليل الاثنين الثلاثاء») is neither the incident's day nor its eve."""
    days = named_weekdays(expr)
    return len(days) == 2 and incident.date.weekday() not in days


def _on_incident_or_eve(incident: Incident, sentence: str, mention: DateMention) -> bool:
    """Whether a day and month written without a year («7 يناير», «15 أبريل المقبل») are the incident's day or eve."""
    if not mention.relative:
        return False
    days = {d.isoformat() for d in (incident.date, incident.date - dt.timedelta(days=1))}
    day = dt.timedelta(days=1)
    for ref in (incident.date, incident.date - day, incident.date + day):  # «المقبل» read on the eve, «الماضي» after
        again = [d for d in find_dates(sentence, ref) if d.start == mention.start]
        if again and again[0].iso[:10] in days:
            return True
    return False


def _is_eve(incident: Incident, norm: str, nstart: int, expr: str, weekday: int) -> bool:
    """Whether a weekday names the evening or late night before the incident's day.

    Reports of an incident in the small hours often give the evening before, in the
    theatre's or Washington's time: «مساء الثلاثاء» or «في وقت متأخر أمس الخميس» for a
    strike at dawn on Wednesday or Friday (``eve_words`` of the data file, in the
    expression or among the three words before it).
    """
    if weekday != (incident.date.weekday() - 1) % 7:
        return False
    words = normalize_str(expr).split() + norm[:nstart].split()[-_CUE_WORDS:]
    return any(_CLITICS_RE.sub("", w) in _eve_words() or w in _eve_words() for w in words)


@cache
def _eve_words() -> frozenset[str]:
    """Words of an evening or late night (``eve_words`` of ``data/known_incidents.yaml``)."""
    return frozenset(load_yaml("known_incidents.yaml")["eve_words"])


def infer_incident_published(paragraphs: Sequence[str]) -> str:
    """The publication date a well-known incident of the lede implies, as ISO, or ``""``.

    Args:
        paragraphs: The body paragraphs of an article, in order.

    Returns:
        The day of writing, or ``""`` when no single incident is told, its
        weekday disagrees with the text, or the text gives no relation to the
        day of writing.
    """
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None:
        return ""
    offsets, agree = _relations(incident, sentences)
    writing, full = writing_days(paragraphs)
    if not agree or len(writing) > 1:
        return ""
    offsets = offsets or _confirmed_plain_offsets(incident, sentences, writing)
    if not offsets:
        return ""
    joined = {incident.date - dt.timedelta(days=o) for o in offsets if o is not None}
    if len(joined) > 1:
        return ""
    if joined:
        day = joined.pop()
        if writing and day.weekday() not in writing:
            return ""
    elif writing:
        gap = (writing.pop() - incident.date.weekday()) % 7
        if gap > _settings()[1]:
            return ""
        day = incident.date + dt.timedelta(days=gap)
    else:
        return ""
    return day.isoformat() if all(f <= day for f in full) else ""


def _confirmed_plain_offsets(incident: Incident, sentences: Iterable[str], writing: set[int]) -> set[int | None]:
    """The offsets of «اليوم» / «أمس» without a weekday in the incident's sentences, when the text confirms them.

    «هاجم مجاهدونا فجر اليوم» in the sentence telling the incident relates it to the day
    of writing only when the text names that day's weekday elsewhere («اليوم الأحد») and
    the incident's day shifted by the offset falls on it; one offset only.
    """
    offsets = {
        offset
        for sentence in sentences
        for d in find_dates(sentence)
        if d.kind == "relday"
        for offset, weekday in [writing_offset(d.expr)]
        if weekday is None and offset is not None and offset <= 0
    }
    if len(offsets) != 1 or len(writing) != 1:
        return set()
    day = incident.date - dt.timedelta(days=next(iter(offsets)))
    return set(offsets) if day.weekday() in writing else set()


def date_incident_events(paragraphs: Sequence[str], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give the lede incident's date to its own undated event rows (for a page with no date).

    A row is the incident's when its sentence names the place and a key of the incident (or of its other entry),
    the row is not the other side (:mod:`rasd.incident_sides`) and the sentence's weekday, if
    any, is the incident's.

    Args:
        paragraphs: The body paragraphs of the article, in order.
        rows: The article's event rows.

    Returns:
        The rows, the incident's own undated ones dated.
    """
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None or not _relations(incident, sentences)[1]:
        return rows
    out = []
    for row in rows:
        sentence = str(row.get("sentence") or "")
        told = tells_incident(incident, matching_incidents(sentence, 1)) and not other_side(row.get("type"), incident.type)
        if not row.get("date") and told and _relations(incident, [sentence])[1]:
            row = {**row, "date": incident.date.isoformat(), "time_precision": 1}
        out.append(row)
    return out


def date_incident_mentions(paragraphs: Sequence[str], text: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give the lede incident's date to a bare weekday that dates it («فجر الأحد»), on a page with no date.

    The weekday must be the incident's and stand in a sentence that names the
    incident's place and one of its keys.

    Args:
        paragraphs: The body paragraphs of the article, in order.
        text: The article text the rows' offsets point into.
        rows: The article's rows of the dates table.

    Returns:
        The rows, the incident's own undated weekdays dated.
    """
    incident, sentences = find_lede_incident(paragraphs)
    if incident is None or not _relations(incident, sentences)[1]:
        return rows
    spans = split_sentences(text)
    out = []
    for row in rows:
        offset, weekday = writing_offset(str(row.get("expr") or ""))
        start = row.get("start", -1)
        sentence = next((s.text for s in spans if s.start <= start < s.end), "")
        if (
            not row.get("iso")
            and offset is None
            and weekday == incident.date.weekday()
            and incident in matching_incidents(sentence, 1)
            and _relations(incident, [sentence])[1]
        ):
            row = {**row, "iso": incident.date.isoformat()}
        out.append(row)
    return out
