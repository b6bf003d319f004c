"""Attack counts: numbers that count attacks, operations, drones, rockets, missiles or strikes.

For each number of a narrative sentence the counted noun is looked up in the attack-noun
and weapon lexicons: right after the number (``92 هجوما``, ``عشرات الصواريخ``), in the
number itself for a dual (``بطائرتين``), before it for a running counter or a number that
follows its noun (``الهجوم رقم 144``, ``وهجوم واحد``; a word ordinal counts a series only
from the second and not in the wider region; a bare one only before a strike noun, ``ثاني
ضربة``; ``الـ 100 هجوم`` counts the noun after it), or earlier for a total (``ارتفع عدد الهجمات
إلى 92``). A number right after ``و`` with no noun continues the previous figure (``14
هجوما في العراق و9 في سوريا``, and a word «one», ``ثلاثة منها …، وواحدة …``: rasd.breakdown_ones),
as does one after a total or breakdown cue (``أي ما مجموعه 38``); a partitive (``29 منها``)
counts the attacks named before it; the times of a weapon
are attacks (``بالصواريخ 13 مرة``). A definite dual counts the two told before only when
it opens its sentence's figures and no such figure was given (``وبيّن أن الهجومين``). A part
of the weapons told (``اثنتين من المسيرات``, ``أصاب 4 منها``, ``القذيفتان الأخريان``), a
definite dual or cardinal (``الصاروخين``, ``الصواريخ الثلاثة``) that points back to a
figure given, a weapon singled out of the salvo after its noun (``واحدة من الطائرات
المغيرة``, rasd.salvo_parts), a salvo retold (rasd.salvos), weapons not fired (rasd.unfired), and numbers
of troops, casualties (``جرح أربعة منهم``), sources, sites or days, multipliers (``ثلاث
مرات``, ``تضاعف مرتين``), rates (``بمعدل هجومين يوميا``: rasd.rates) and figures in conditional sentences or outside the theatre are
never new attack counts. Headlines and subheads are read after the body: their figure counts
only when the body does not give that number and it is no dual (``وارتفاع عدد هجمات … إلى 18``
counts; ``بعد هجومين على X وY`` sums acts the body tells one by one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from rasd.attack_nouns import (
    WEAPON_UNITS,
    context_words,
    find_unit_at,
    has_context_word,
    is_instrument,
    past_case_noun,
)
from rasd.bare_figures import (
    adds_more_of,
    find_noun_unit_before,
    find_referent_unit,
    find_total_unit,
    follows_and,
    is_placed_bare,
    sums_figures_before,
)
from rasd.breakdown_ones import continues_with_one
from rasd.doc import Doc, DocSentence
from rasd.figure_scope import assign_scopes
from rasd.gazetteer import count_noun_matcher, event_verb_matcher
from rasd.list_breakdowns import is_bracketed_part, list_item_number, names_base_after, opens_list
from rasd.missiles import iranian_salvo_topic
from rasd.modality import sentence_is_hypothetical
from rasd.numbers import NumberMention
from rasd.rates import is_rate
from rasd.salvo_parts import is_told_part
from rasd.salvos import find_retold_row, sentence_day, sentence_months
from rasd.scope import OUT_OF_THEATRE
from rasd.series_ordinals import construct_unit, restated_unit, series_unit, window_unit
from rasd.sources import find_source
from rasd.tables import ATTACK_UNITS
from rasd.tally_verbs import find_long_total_unit, passes_total
from rasd.text import Token
from rasd.times import times_unit
from rasd.unfired import is_unfired
from rasd.us_made_acts import is_us_made
from rasd.weapon_units import weapon_unit

__all__ = [
    "extract_attack_counts",
    "figure_qualifier",
    "find_counted_unit",
    "find_figures",
    "follows_noun",
    "is_definite",
    "sentence_numbers",
]

_ORDINAL_UNITS = frozenset({"attack", "operation"})  # "الهجوم الثالث": a running count; "الصاروخ الثاني" is not
_SINCE_REACH = 8  # tokens a since clause may open before its date ("منذ ان هاجمت حماس اسرائيل في 7 اكتوبر")
_HEADING_KINDS = frozenset({"headline", "subhead"})  # read after the body: a figure only they give
_LOOKBACK = 6  # tokens a running counter may stand after its noun ("الهجوم علي X هو الرقم 23")


def _is_elided_dual(doc: Doc, num: NumberMention, unit: str | None) -> bool:
    """A dual with the instrument ب (``بطائرتين``) repeating the weapon ``unit`` of the figure before it.

    ``وأسقطت الدفاعات طائرتين`` has no ب: two of the salvo told, not two more.
    """
    if num.kind != "dual" or unit not in WEAPON_UNITS or doc.nt.norm[num.nstart - 1 : num.nstart] != "ب":
        return False
    return num.noun in context_words(f"elided_duals_{unit}")


def is_definite(num: NumberMention) -> bool:
    """True for a number written with the article (الثلاثه, الـ150): it follows its noun."""
    return num.kind in {"cardinal", "ordinal"} and num.text.replace("\u0640", "").startswith("ال")


def follows_noun(num: NumberMention) -> bool:
    """True for numbers placed after the noun they count: definite ones and ``واحد``."""
    return is_definite(num) or (num.value == 1 and not any(c.isdigit() for c in num.text))


def _is_count_noun(word: str) -> bool:
    """A noun that counts something other than attacks, with or without its article."""
    stem = word[2:] if word.startswith("ال") else word
    return any(count_noun_matcher().lookup(w) is not None for w in {word, stem})


def _has_digit(num: NumberMention) -> bool:
    return any(c.isdigit() for c in num.text)


def _unit_before(tokens: list[Token], i: int, reach: int) -> str | None:
    for k in range(i, max(-1, i - reach), -1):
        found = find_unit_at(tokens, k)
        if found:
            return found[0]
    return None


def _act_before(tokens: list[Token], k: int) -> bool:
    """An attack noun, weapon or attack verb before token ``k``."""
    verbs = (m for m in event_verb_matcher().find(tokens[:k]) if m.value.get("event") == "attack")
    return any(find_unit_at(tokens, j) for j in range(k)) or next(verbs, None) is not None


def find_counted_unit(tokens: list[Token], num: NumberMention, lead: int | None = None) -> tuple[str | None, str, int]:
    """The unit a number counts, how it was found, and where the counted noun ends.

    Args:
        tokens: Tokens of the sentence.
        num: A number mention of that sentence.
        lead: Start in norm of its qualifier words (``ما لا يقل عن``), if any.

    Returns:
        ``(unit, how, nend)``: ``how`` is ``"after"``, ``"dual"``, ``"counter"``, ``"ordinal"``, ``"restated"`` (``الهجوم الأخير هو الثالث``),
        ``"times"`` (``للهجوم 31 مرة``),
        ``"partitive"`` (``29 منها``: the unit is named before), ``"multiplier"``
        (``4 مرات`` with no attack noun before it), ``"other"`` (it counts something
        else) or ``""`` (nothing after it); ``nend`` is the end of the counted noun
        in the normalised text.
    """
    j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
    i = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= num.nstart), -1)
    if num.kind == "dual":
        k = j - 1 if j > 0 and tokens[j - 1].end >= num.nend else j
        found = find_unit_at(tokens, k)
        if num.text.startswith("ال"):  # "الهجومين": the two told before, a figure when not yet counted
            return (found[0], "definite", max(found[1], num.nend)) if found else (None, "other", num.nend)
        if found and tokens[k].text in context_words("times_duals") and not _act_before(tokens, k):
            return None, "other", num.nend  # "تضاعف أكثر من مرتين": a multiplier
        return (found[0], "dual", max(found[1], num.nend)) if found else (None, "other", num.nend)
    counter = i >= 0 and tokens[i].text in context_words("counter_words")
    if counter and tokens[i].text == "ال" and lead is not None and lead < tokens[i].start:
        counter = False  # "الي ما يقارب الـ 90": an article after qualifier words, no running counter
    if j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None:
        return None, "other", num.nend  # "خلال الـ9 ايام", "الثلاثه جنود"
    if counter and tokens[i].text == "ال" and not _unit_before(tokens, i - 1, 1) and (ahead := find_unit_at(tokens, j)) and not is_instrument(tokens, j):
        return ahead[0], "after", ahead[1]  # "لقرابة الـ 100 هجوم": the article written apart, the noun after; "الهجوم الـ150: مسيرة …" counts the attack
    if follows_noun(num) or counter:
        if num.kind == "ordinal" and not _has_digit(num) and not counter:
            if j < len(tokens) and tokens[j].text[:1].isdigit():
                return None, "other", num.nend  # "والثالث 9 هجمات": an item's rank before its figure
            unit = _unit_before(tokens, i, 1) if num.value >= 2 else None  # "الهجوم الثالث من نوعه"
            restated = restated_unit(tokens, i, j) if num.value >= 2 and unit is None else None
            if restated:
                return restated, "restated", num.nend  # "الهجوم الأخير هو الثالث": the act told, numbered
            if unit not in _ORDINAL_UNITS and num.value >= 2:
                unit = series_unit(tokens, i, j) or window_unit(tokens, i, j)  # "…، هي الثالثة من نوعها"
                return (unit, "ordinal", num.nend) if unit else (None, "other", num.nend)
            return (unit, "ordinal", num.nend) if unit in _ORDINAL_UNITS else (None, "other", num.nend)
        if i >= 0 and _is_count_noun(tokens[i].text):
            return None, "other", num.nend  # "الساعات الـ24"
        far = counter or (is_definite(num) and num.value != 1)  # "ذات الاتجاه الواحد" counts no drone before it
        unit = _unit_before(tokens, i - 1 if counter else i, _LOOKBACK if far else 1)
        return (unit, "counter", num.nend) if unit else (None, "other", num.nend)
    if num.kind == "ordinal":  # "ثاني ضربة جوية": a bare ordinal in construct with a strike noun
        unit = construct_unit(tokens, int(num.value), j) if not _has_digit(num) else None
        return (unit, "ordinal", find_unit_at(tokens, j)[1]) if unit else (None, "other", num.nend)
    if j < len(tokens) and tokens[j].text in context_words("partitives"):
        return None, "partitive", tokens[j].end  # "29 منها": of the attacks named before
    j = past_case_noun(tokens, j)  # "66 حالة من الهجمات": the measure noun counts the attacks after it
    if j < len(tokens) and tokens[j].text in context_words("skip_after_number"):
        j += 1
        if j < len(tokens) and tokens[j].text in context_words("demonstratives"):
            j += 1  # "24 من هذه الهجمات"
        found = find_unit_at(tokens, j)
        if found and found[0] in WEAPON_UNITS and tokens[j].text.startswith("ال") and num.kind != "vague":
            return None, "other", found[1]  # "أسقطت اثنتين من المسيرات": part of the salvo told; "العشرات من المسيرات" is not
    if j < len(tokens) and tokens[j].text in context_words("multiplier_words"):
        q = i if lead is None else next((k for k in range(i, -1, -1) if tokens[k].end <= lead), -1)
        unit = times_unit(tokens, q)  # "استهدفتها بالصواريخ 13 مرة": 13 attacks, not 13 rockets
        return (unit, "times", tokens[j].end) if unit else (None, "multiplier", tokens[j].end)
    if j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None:
        return None, "other", num.nend
    found = find_unit_at(tokens, j)
    if found and not is_instrument(tokens, j):
        return found[0], "after", found[1]
    return None, "", num.nend


@dataclass
class Figure:
    """A number counting attacks or weapons.

    Attributes:
        num: The number mention.
        unit: What it counts (attack, drone, strike …).
        end: End of the counted noun in the normalised text.
        how: How the unit was found (see :func:`find_counted_unit`; ``""`` when it
            was carried from another figure or a noun named before).
        scope: Where the figure applies (set by the extractor).
    """

    num: NumberMention
    unit: str
    end: int
    how: str = ""
    scope: str = ""


def find_figures(doc: Doc, tokens: list[Token], nums: list[NumberMention], carry: str = "") -> list[Figure]:
    """Numbers of a sentence that count attacks or weapons, with their units.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        nums: Its number mentions (dates excluded).
        carry: Unit of the last figure of the previous sentence, for a partitive
            that opens a sentence (``وقع 29 منها في العراق``).
    """
    figures: list[Figure] = []
    prev_unit: str | None = None  # reset by a number that counts something else
    other_before = False  # the last number counts something else (sites, troops)
    last_unit = carry
    for num in nums:
        if isinstance(num.value, float):
            continue  # a fraction (2.5) counts no attacks; whole values are ints
        unit, how, end = find_counted_unit(tokens, num, _figure_start(doc, num))
        if how == "other" and (is_bracketed_part(doc, tokens, num) or names_base_after(doc, tokens, num)):
            unit, how = None, ""  # "قاعدة التنف (6) وقاعدة حقل العمر": the noun after the bracket is not counted
        if how == "other" and prev_unit and continues_with_one(doc, tokens, num):
            unit, how = prev_unit, ""  # "أربعة منها …، وواحدة أصابت معسكرا قرب المطار"
        elif how == "other" and _is_elided_dual(doc, num, prev_unit):
            unit, how = prev_unit, "dual"  # "بأربع طائرات مسيرة وقاعدة حرير بطائرتين": two more drones
        if how == "partitive" and other_before:
            continue  # "5 قواعد للميليشيا، ثلاث منها في الأنبار": the part of a count of sites
        if how == "other" and num.kind == "ordinal" and not _has_digit(num):
            continue  # "في النصف الأول من العام، بينها 24 على …": an ordinal counts nothing that breaks the chain
        other_before = how == "other"
        if how == "other" or (how == "multiplier" and not (prev_unit and follows_and(doc, num))):
            prev_unit = None
            continue
        if how == "multiplier":
            unit = prev_unit  # "12 مره في العراق و4 مرات في سوريا"
        elif how == "partitive":
            unit = (
                (last_unit if figures else "") or find_noun_unit_before(tokens, num, prefer_attacks=True) or last_unit or None
            )
        elif unit is None:
            unit = (
                find_total_unit(tokens, num, _figure_start(doc, num))
                or find_long_total_unit(tokens, num, _figure_start(doc, num), nums)
                or (prev_unit if follows_and(doc, num) or is_placed_bare(doc, tokens, num) or adds_more_of(tokens, num) else None)
                or (_breakdown_unit(tokens, num, figures, last_unit) if sums_figures_before(doc, tokens, num) else None)
                or ((prev_unit or find_noun_unit_before(tokens, num, prefer_attacks=True)) if is_bracketed_part(doc, tokens, num) else None)
                or find_referent_unit(tokens, num)
            )
        if unit is None:
            continue
        prev_unit = last_unit = unit
        if num.qualifier == "exact" and passes_total(tokens, num, _figure_start(doc, num), nums):
            num = replace(num, qualifier="more_than")  # "تجاوز عدد الهجمات 100": passed, a lower bound
        figures.append(Figure(num, unit, end, how))
    return figures


def _breakdown_unit(tokens: list[Token], num: NumberMention, figures: list[Figure], carry: str) -> str | None:
    """The unit a breakdown continues: the sentence's last figure, else the one before, else its noun.

    ``… 40 هجوما. توزعت على النحو التالي: 7 على قاعدة التنف``; ``الهجمات توزعت كالتالي: 12 في العراق``.
    """
    if figures:
        return figures[-1].unit
    lead = [t.text for t in tokens if t.end <= num.nstart][-1:]
    if not lead or lead[0] not in context_words("breakdown_leads"):
        return None  # "ضرب 11 من أصل 13 مخبأ": a whole after a total cue, no breakdown of the tally before
    return carry or find_noun_unit_before(tokens, num, prefer_attacks=True)


def _opens_since_clause(words: list[str]) -> bool:
    """True when ``منذ أن`` opens a clause among the words before a date."""
    return any(
        a in context_words("since_clause") and b in context_words("complementizers") for a, b in pairwise(words)
    )


def _others_follow(tokens: list[Token], fig: Figure) -> bool:
    """True when "other(s)" follows a figure's noun (``القذيفتان الأخريان``)."""
    return has_context_word(next((t.text for t in tokens if t.start >= fig.end), ""), "others_words")


def _date_fields(doc: Doc, sent: DocSentence) -> tuple[str, str]:
    """Start of a tally (``منذ 17 أكتوبر``, ``منذ أن هاجمت حماس إسرائيل في 7 أكتوبر``) and its day."""
    since, as_of = "", ""
    for d in doc.within(doc.dates, sent):
        lead = [t.text for t in doc.tokens_between(max(sent.nstart, d.nstart - 60), d.nstart)]
        is_since = (
            getattr(d, "since", False)
            or _opens_since_clause(lead[-_SINCE_REACH:])
            or any(has_context_word(w, "since_cues") for w in lead[-4:])
        )
        if is_since and d.iso and not since:
            since = d.iso.split("/")[0]
        elif d.precision == "day" and d.iso and "/" not in d.iso and not as_of:
            as_of = d.iso
    if not as_of and doc.published:
        as_of = doc.published.isoformat()
    return since, as_of


def _figure_start(doc: Doc, num: NumberMention) -> int:
    """Start in norm of a figure, including its qualifier words (نحو, أكثر من)."""
    if num.qstart is None:
        return num.nstart
    return min(num.nstart, doc.nt.to_norm(num.qstart))


def sentence_numbers(doc: Doc, sent: DocSentence) -> list[NumberMention]:
    """Number mentions of a sentence that are not part of a date."""
    return [n for n in doc.within(doc.numbers, sent) if not any(d.nstart <= n.nstart < d.nend for d in doc.dates)]


def figure_qualifier(num: NumberMention) -> str:
    """Qualifier of a figure; vague quantities and ranges count conservatively as at_least."""
    if num.qualifier == "range" or (num.kind == "vague" and num.qualifier == "exact"):
        return "at_least"
    return num.qualifier


def extract_attack_counts(doc: Doc) -> list[dict[str, Any]]:
    """One row per number that counts attacks or weapons in the narrative (see module doc)."""
    rows = []
    carry, salvo, listing = "", iranian_salvo_topic(doc), False
    headings = [s for s in doc.sentences if s.kind in _HEADING_KINDS]
    for sent in doc.narrative() + headings:
        tokens = doc.sentence_tokens(sent)
        if sentence_is_hypothetical(doc, sent):
            carry = ""
            continue
        figures = find_figures(doc, tokens, nums := sentence_numbers(doc, sent), carry)
        if not figures and listing and (item := list_item_number(tokens, nums)):
            figures = [Figure(item, carry, item.nend)]  # "- 13 على قاعدة حقل العمر": an item of the list announced
        carry = figures[-1].unit if figures else (carry if opens_list(sent) else "")
        listing = bool(carry) and (opens_list(sent) or (listing and bool(figures)))
        assign_scopes(doc, sent, figures)
        since, as_of = _date_fields(doc, sent)
        for fig in figures:
            if fig.scope == OUT_OF_THEATRE or fig.unit not in ATTACK_UNITS:
                continue  # "3 طائرات حربية", "عبوتين ناسفتين": not a count of the vocabulary
            if (fig.how == "partitive" and fig.unit in WEAPON_UNITS) or is_unfired(tokens, fig.num, fig.unit, fig.end):
                continue  # "أصاب 4 منها مباني", "العثور على 3 صواريخ": part of a salvo, weapons not fired
            if is_told_part(tokens, fig) or is_rate(tokens, fig, _figure_start(doc, fig.num)):
                continue  # "مسيرة واحدة من الطائرات المغيرة": part of a salvo told; "بمعدل هجومين يوميا": a rate
            if fig.how in {"ordinal", "restated"} and fig.scope == "region":
                continue  # "الهجوم الثاني على القوات الأمريكية في المنطقة": a series beyond the theatre
            if fig.unit == "attack" and is_us_made(tokens, fig.num):
                fig.unit = "strike"  # "شنت الولايات المتحدة ثلاث هجمات على مواقع": US strikes
            fig.unit, salvo = weapon_unit(doc, sent, tokens, fig, salvo)  # rasd.weapon_units: its type, its launcher
            if fig.how == "definite" and (fig is not figures[0] or _others_follow(tokens, fig)):
                continue  # "لهجوم بمسيرتين، وقد أحبط الهجومان", "القذيفتان الأخريان": parts told already
            if (fig.how == "definite" or (is_definite(fig.num) and fig.num.kind == "cardinal")) and any(
                (r["count"], r["unit"]) == (fig.num.value, fig.unit) for r in rows
            ):
                continue  # "الصواريخ الثلاثة": the salvo told before, not another
            if fig.how in {"ordinal", "restated"} and any(
                (r["count"], r["unit"]) == (fig.num.value, fig.unit) and fig.scope in {r["scope"], ""} for r in rows
            ):
                continue  # "للمرة الثانية خلال أسبوع … هو الثاني خلال أسبوع": one tally told twice
            row = {
                "count": fig.num.value,
                "unit": fig.unit,
                "qualifier": figure_qualifier(fig.num),
                "scope": fig.scope,
                "since": since,
                "as_of": as_of,
                "source": find_source(doc, sent),
                **doc.row_evidence(sent, _figure_start(doc, fig.num), fig.end),
                "_months": sentence_months(doc, sent),
            }
            if sent.kind in _HEADING_KINDS and (fig.num.kind == "dual" or any(r["count"] == row["count"] for r in rows)):
                continue  # the headline's figure told again in the body, or its dual summing the body's acts
            if find_retold_row(rows, row, day := sentence_day(doc, sent)) is None:
                published = doc.published.isoformat() if doc.published else ""
                rows.append({**row, "_day": day or published})
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
