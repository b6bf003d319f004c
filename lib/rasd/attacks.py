"""Attack counts: numbers that count attacks, operations, drones, rockets, missiles or strikes.

For each number of a narrative sentence the counted noun is looked up in the
attack-noun and weapon lexicons: right after the number (``92 هجوما``,
``نحو 20 طائرة مسيرة``, ``عشرات الصواريخ``), in the number itself for a dual
(``بطائرتين``), before it for a running counter (``الهجوم رقم 144``,
``العملية الـ150``), or earlier in the sentence for a total (``ارتفع عدد
الهجمات إلى 92``). A number right after ``و`` with no noun of its own continues
the previous figure (``14 هجوما في العراق و9 في سوريا``). Numbers of troops,
casualties, sources, sites or days are never attack counts.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import attack_noun_matcher, count_noun_matcher, weapon_matcher
from rasd.lexicon import load_yaml
from rasd.numbers import NumberMention
from rasd.sources import find_source
from rasd.text import Token

__all__ = ["extract_attack_counts", "find_counted_unit", "is_definite", "scope_of"]


def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")[key])


def _unit_at(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Unit and end (in norm) of an attack noun or weapon starting at token ``j``."""
    if j < 0 or j >= len(tokens):
        return None
    for matcher in (weapon_matcher(), attack_noun_matcher()):
        m = matcher.match_at(tokens, j)
        if m is not None:
            return m.value["unit"], m.end
    return None


def _is_other_count(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None


def _first_token_after(tokens: list[Token], pos: int) -> int:
    return next((k for k, t in enumerate(tokens) if t.start >= pos), len(tokens))


def find_counted_unit(tokens: list[Token], num: NumberMention) -> tuple[str | None, str, int]:
    """The unit a number counts, how it was found, and where the counted noun ends.

    Args:
        tokens: Tokens of the sentence.
        num: A number mention of that sentence.

    Returns:
        ``(unit, how, nend)``: ``how`` is ``"after"``, ``"dual"``, ``"counter"``,
        ``"other"`` (it counts something else) or ``""``; unit is None when the
        number counts nothing of ours; ``nend`` is the end of the noun in norm.
    """
    j = _first_token_after(tokens, num.nend)
    if num.kind == "dual":
        k = j - 1 if j > 0 and tokens[j - 1].end >= num.nend else j
        found = _unit_at(tokens, k)
        return (found[0], "dual", max(found[1], num.nend)) if found else (None, "other", num.nend)
    i = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= num.nstart), -1)
    if is_definite(num):
        # "المواقع الثلاثه", "الهجوم الـ150": a definite number follows the noun it counts.
        found = _unit_at(tokens, i)
        return (found[0], "counter", num.nend) if found else (None, "other", num.nend)
    if j < len(tokens) and tokens[j].text in _words("skip_after_number"):
        j += 1
    if j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None:
        return None, "other", num.nend
    found = _unit_at(tokens, j)
    if found:
        return found[0], "after", found[1]
    counter = i >= 0 and tokens[i].text in _words("counter_words")
    if num.kind == "ordinal" or counter:
        found = _unit_at(tokens, i - 1 if counter else i)
        if found:
            return found[0], "counter", num.nend
    return None, "", num.nend


def is_definite(num: NumberMention) -> bool:
    """True for a number written with the article (الثلاثه, الـ150): it follows its noun."""
    return num.kind in {"cardinal", "ordinal"} and num.text.replace("\u0640", "").startswith("ال")


def _total_unit(tokens: list[Token], num: NumberMention) -> str | None:
    """Unit of a total named earlier: ``ارتفع عدد الهجمات ... إلى 92``."""
    before = [t for t in tokens if t.end <= num.nstart]
    if not before or before[-1].text not in _words("total_lead_in"):
        return None
    heads = _words("total_heads")
    for k, tok in enumerate(before):
        if tok.text in heads or any(tok.text.endswith(h) and len(tok.text) - len(h) <= 2 for h in heads):
            found = _unit_at(tokens, k + 1)
            if found:
                return found[0]
    return None


def scope_of(doc: Doc, nstart: int, nend: int) -> str:
    """Scope of a figure from the places in a span: a base, a country, or both Iraq and Syria."""
    countries: list[str] = []
    for m in doc.places:
        if nstart <= m.start < nend:
            place = m.value
            if place["type"] in {"base", "airport"}:
                return f"base:{place['canonical']}"
            country = place["country"] if place["type"] != "country" else place["name_en"]
            if country and country not in countries:
                countries.append(country)
    if {"Iraq", "Syria"} <= set(countries):
        return "Iraq+Syria"
    for c in countries:
        if c in {"Iraq", "Syria", "Jordan"}:
            return c
    return ""


def _date_fields(doc: Doc, sent: DocSentence) -> tuple[str, str]:
    since, as_of = "", ""
    for d in doc.within(doc.dates, sent):
        if getattr(d, "since", False) and d.iso and not since:
            since = d.iso
        elif d.precision == "day" and d.iso and "/" not in d.iso and not as_of:
            as_of = d.iso
    if not as_of and doc.published:
        as_of = doc.published.isoformat()
    return since, as_of


def _in_date(doc: Doc, num: NumberMention) -> bool:
    return any(d.nstart <= num.nstart < d.nend for d in doc.dates)


def extract_attack_counts(doc: Doc) -> list[dict[str, Any]]:
    """One row per number that counts attacks or weapons in the narrative (see module doc)."""
    rows = []
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        nums = [n for n in doc.within(doc.numbers, sent) if not _in_date(doc, n)]
        prev_unit: str | None = None
        for idx, num in enumerate(nums):
            unit, how, noun_end = find_counted_unit(tokens, num)
            if how == "other":
                prev_unit = None
                continue
            if unit is None:
                unit = _total_unit(tokens, num) or (prev_unit if _after_and(doc, num) else None)
            if unit is None:
                continue
            prev_unit = unit
            nxt = nums[idx + 1].nstart if idx + 1 < len(nums) else sent.nend
            prv = nums[idx - 1].nend if idx > 0 else sent.nstart
            scope = scope_of(doc, num.nend, nxt) or scope_of(doc, prv, num.nstart)
            since, as_of = _date_fields(doc, sent)
            rows.append(
                {
                    "count": num.value,
                    "unit": unit,
                    "qualifier": "exact" if num.qualifier == "range" else num.qualifier,
                    "scope": scope,
                    "since": since,
                    "as_of": as_of,
                    "source": find_source(doc, sent),
                    **doc.row_evidence(sent, _figure_start(doc, num), noun_end),
                }
            )
    return rows


def _figure_start(doc: Doc, num: NumberMention) -> int:
    """Start in norm of a figure, including its qualifier words (نحو, أكثر من)."""
    if num.qstart is None:
        return num.nstart
    return min(num.nstart, doc.nt.to_norm(num.qstart))


def _after_and(doc: Doc, num: NumberMention) -> bool:
    """True when the number is glued to or right after the conjunction و."""
    before = doc.nt.norm[max(0, num.nstart - 3) : num.nstart]
    return before.endswith("و") or before.rstrip().endswith(" و") or before.endswith("ول")
