"""Acts told as earlier or recurring ones, kept apart from the act an article reports.

Background sentences recall other attacks on the same base: ``والأسبوع الماضي، تعرضت
القاعدة لهجمات بطائرات مسيرة``, ``وتتعرض القاعدة باستمرار لهجمات بمسيّرات``. In an
article with a publication date the first gets a day of its own and stays a row of its
own; in one without, both rows are undated and would fold into the act of the day at the
same place. A row is marked ``past`` when the clause around its trigger holds a
recurrence cue (``باستمرار``, ``هجمات متكررة``), a likeness word in the words after its trigger
(``خلال هجوم مماثل على القاعدة في 21 شباط``: an act like the news, so not the news), an earlier period counted by a vague
number (``قبل عدة أسابيع``, which no date resolves) or, with no publication date to resolve
it, a relative date of an earlier week, month or year (``الشهر الماضي``, ``قبل شهر``), and
names a base, airport or town;
:func:`rasd.incidents.merge_incidents` folds a past row only into another past row.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import place_rows
from rasd.lexicon import PhraseMatcher, load_yaml

__all__ = ["is_past_site_name", "mark_past_acts", "tells_past"]

_LIKENESS_REACH = 8  # words after a trigger, within its clause, to its likeness word ("سقط منهم جريح خلال هجوم مماثل")


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("past_acts.yaml")


@cache
def _recurrence_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, True) for w in [*_lex()["recurrence_cues"], *_lex()["vague_past_cues"]])


@cache
def _site_names() -> frozenset[str]:
    """Canonical names of the places a past row may name (``site_types``: bases, airports, towns)."""
    kinds = set(_lex()["site_types"])
    return frozenset(str(r["canonical"]) for r in place_rows() if r["type"] in kinds)


def _cue_starts(doc: Doc, sent: DocSentence) -> list[int]:
    """Original offsets of the sentence's recurrence cues and unresolved earlier-period dates."""
    tokens = doc.sentence_tokens(sent)
    starts = [doc.nt.to_original(m.start, m.end)[0] for m in _recurrence_matcher().find(tokens)]
    precisions, kinds = set(_lex()["past_precisions"]), set(_lex()["past_kinds"])
    starts += [
        d.start
        for d in doc.within(doc.dates, sent)
        if not d.iso and d.relative and not d.since and d.precision in precisions and d.kind in kinds
    ]
    return starts


def tells_past(doc: Doc, sent: DocSentence) -> bool:
    """The sentence holds a recurrence cue or an unresolved earlier period (``قبل عدة أسابيع``)."""
    return bool(_cue_starts(doc, sent))


def mark_past_acts(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark the sentence's rows told as earlier or recurring acts (see the module docstring).

    Each cue belongs to the row whose trigger is nearest to it. Only an undated attack at a
    base, airport or town is marked: a date of its own already keeps a row apart, a campaign
    told at a country is the running tally's (``وتتعرض القواعد في العراق وسوريا لهجمات
    متكررة``), and the reasons of a strike (``ردا على اعتداءات متكررة``) are no act of it.
    """
    starts = _cue_starts(doc, sent)
    likened = _likened(doc, sent, rows)
    if not (starts or likened) or not rows:
        return rows
    marked: set[int] = set(likened)
    for at in starts:
        nearest = min(range(len(rows)), key=lambda i: abs(int(rows[i]["start"]) - at))
        marked.add(nearest)
    return [{**r, "past": True} if i in marked and _is_past_site(r) else r for i, r in enumerate(rows)]


def _likened(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> set[int]:
    """Rows whose trigger a likeness word follows (``خلال هجوم مماثل على القاعدة``): another act like the news.

    The word must stand within ``_LIKENESS_REACH`` words after the trigger's end, before any punctuation mark.
    """
    tokens = doc.sentence_tokens(sent)
    likeness = frozenset(_lex()["likeness_words"])
    ends = [doc.nt.to_original(t.start, t.end)[1] for t in tokens]
    found: set[int] = set()
    for i, row in enumerate(rows):
        after = [k for k, e in enumerate(ends) if e > int(row.get("end") or 0)][:_LIKENESS_REACH]
        clause = after[: next((j for j, k in enumerate(after) if j and not tokens[k].joined), len(after))]
        if any(tokens[k].text in likeness for k in clause):
            found.add(i)
    return found


def is_past_site_name(place: str) -> bool:
    """The place is one a past row may name: a base, airport or town (``site_types``), not a country."""
    return place in _site_names()


def _is_past_site(row: dict[str, Any]) -> bool:
    return row["type"] == "attack" and not row.get("date") and is_past_site_name(str(row.get("place") or ""))
