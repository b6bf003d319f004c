"""Attack counts: numbers that count attacks, operations, drones, rockets, missiles or strikes.

For each number of a narrative sentence the counted noun is looked up in the attack-noun
and weapon lexicons: right after the number (``92 هجوما``, ``عشرات الصواريخ``), in the
number itself for a dual (``بطائرتين``), before it for a running counter or a number that
follows its noun (``الهجوم رقم 144``, ``وهجوم واحد``; a word ordinal counts a series only
from the second and not in the wider region), or earlier for a total (``ارتفع عدد الهجمات
إلى 92``). A number right after ``و`` with no noun continues the previous figure (``14
هجوما في العراق و9 في سوريا``), as does one after a total or breakdown cue (``أي ما مجموعه
38``); a partitive (``29 منها``) counts the attacks named before it; the times of a weapon
are attacks (``بالصواريخ 13 مرة``). A part of the weapons told (``اثنتين من المسيرات``),
a definite dual (``الصاروخين``) or cardinal (``الصواريخ الثلاثة``) that points back to a
figure given, and numbers of troops, casualties (``جرح أربعة منهم``), sources, sites or
days, multipliers (``ثلاث مرات``, ``تضاعف مرتين``) and figures in conditional sentences or
outside the theatre are never new attack counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.figure_scope import assign_scopes
from rasd.gazetteer import (
    attack_noun_matcher,
    count_noun_matcher,
    event_verb_matcher,
    weapon_matcher,
)
from rasd.lexicon import word_set
from rasd.missiles import missile_launcher
from rasd.modality import sentence_is_hypothetical
from rasd.numbers import NumberMention
from rasd.scope import OUT_OF_THEATRE
from rasd.sources import find_source
from rasd.tables import ATTACK_UNITS
from rasd.text import Token, clitic_variants
from rasd.times import times_unit

__all__ = [
    "extract_attack_counts",
    "figure_qualifier",
    "find_counted_unit",
    "find_figures",
    "follows_noun",
    "is_definite",
    "sentence_numbers",
]

_WEAPON_UNITS = frozenset({"drone", "rocket", "missile", "mortar"})
_ORDINAL_UNITS = frozenset({"attack", "operation"})  # "الهجوم الثالث": a running count; "الصاروخ الثاني" is not
_LOOKBACK = 6  # tokens a running counter may stand after its noun ("الهجوم علي X هو الرقم 23")


def _words(key: str) -> frozenset[str]:
    return word_set("attack_context.yaml", key)


def _has_word(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _unit_at(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Unit and end (in norm) of an attack noun or weapon starting at token ``j``."""
    if j < 0 or j >= len(tokens):
        return None
    for matcher in (weapon_matcher(), attack_noun_matcher()):
        m = matcher.match_at(tokens, j)
        if m is not None:
            return m.value["unit"], m.end
    return None


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
        found = _unit_at(tokens, k)
        if found:
            return found[0]
    return None


def _act_before(tokens: list[Token], k: int) -> bool:
    """An attack noun, weapon or attack verb before token ``k``."""
    verbs = (m for m in event_verb_matcher().find(tokens[:k]) if m.value.get("event") == "attack")
    return any(_unit_at(tokens, j) for j in range(k)) or next(verbs, None) is not None


def find_counted_unit(tokens: list[Token], num: NumberMention, lead: int | None = None) -> tuple[str | None, str, int]:
    """The unit a number counts, how it was found, and where the counted noun ends.

    Args:
        tokens: Tokens of the sentence.
        num: A number mention of that sentence.
        lead: Start in norm of its qualifier words (``ما لا يقل عن``), if any.

    Returns:
        ``(unit, how, nend)``: ``how`` is ``"after"``, ``"dual"``, ``"counter"``, ``"ordinal"``,
        ``"times"`` (``للهجوم 31 مرة``),
        ``"partitive"`` (``29 منها``: the unit is named before), ``"multiplier"``
        (``4 مرات`` with no attack noun before it), ``"other"`` (it counts something
        else) or ``""`` (nothing after it); ``nend`` is the end of the counted noun
        in the normalised text.
    """
    j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
    i = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].end <= num.nstart), -1)
    if num.kind == "dual":
        if num.text.startswith("ال"):
            return None, "other", num.nend  # "الصاروخين": the two named before, not a new figure
        k = j - 1 if j > 0 and tokens[j - 1].end >= num.nend else j
        found = _unit_at(tokens, k)
        if found and tokens[k].text in _words("times_duals") and not _act_before(tokens, k):
            return None, "other", num.nend  # "تضاعف أكثر من مرتين": a multiplier
        return (found[0], "dual", max(found[1], num.nend)) if found else (None, "other", num.nend)
    counter = i >= 0 and tokens[i].text in _words("counter_words")
    if j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None:
        return None, "other", num.nend  # "خلال الـ9 ايام", "الثلاثه جنود"
    if follows_noun(num) or counter:
        if num.kind == "ordinal" and not _has_digit(num) and not counter:
            unit = _unit_before(tokens, i, 1) if num.value >= 2 else None  # "الهجوم الثالث من نوعه"
            return (unit, "ordinal", num.nend) if unit in _ORDINAL_UNITS else (None, "other", num.nend)
        if i >= 0 and _is_count_noun(tokens[i].text):
            return None, "other", num.nend  # "الساعات الـ24"
        far = counter or (is_definite(num) and num.value != 1)  # "ذات الاتجاه الواحد" counts no drone before it
        unit = _unit_before(tokens, i - 1 if counter else i, _LOOKBACK if far else 1)
        return (unit, "counter", num.nend) if unit else (None, "other", num.nend)
    if num.kind == "ordinal":
        return None, "other", num.nend
    if j < len(tokens) and tokens[j].text in _words("partitives"):
        return None, "partitive", tokens[j].end  # "29 منها": of the attacks named before
    if j < len(tokens) and tokens[j].text in _words("skip_after_number"):
        j += 1
        if j < len(tokens) and tokens[j].text in _words("demonstratives"):
            j += 1  # "24 من هذه الهجمات"
        found = _unit_at(tokens, j)
        if found and found[0] in _WEAPON_UNITS and tokens[j].text.startswith("ال"):
            return None, "other", found[1]  # "أسقطت اثنتين من المسيرات": part of the salvo told
    if j < len(tokens) and tokens[j].text in _words("multiplier_words"):
        q = i if lead is None else next((k for k in range(i, -1, -1) if tokens[k].end <= lead), -1)
        unit = times_unit(tokens, q)  # "استهدفتها بالصواريخ 13 مرة": 13 attacks, not 13 rockets
        return (unit, "times", tokens[j].end) if unit else (None, "multiplier", tokens[j].end)
    if j < len(tokens) and count_noun_matcher().match_at(tokens, j) is not None:
        return None, "other", num.nend
    found = _unit_at(tokens, j)
    if found:
        return found[0], "after", found[1]
    return None, "", num.nend


def _total_unit(tokens: list[Token], num: NumberMention) -> str | None:
    """Unit of a total named around the number.

    Before it after a lead-in (``ارتفع عدد الهجمات ... إلى 92``, ``بلغ عدد الغارات ثلاثا``,
    ``بلغت الهجمات 70``), or after a possessed head that points back to the noun (``هجمات
    تجاوز عددها 170``)
    or right after it (``ويرتفع بذلك إلى 61 عدد الهجمات``).
    """
    before = [t for t in tokens if t.end <= num.nstart]
    if not before:
        return None
    h = next((k for k in range(len(before) - 1, len(before) - 3, -1) if k >= 0 and _has_word(before[k].text, "total_heads_pronoun")), -1)
    if h >= 1 and (h == len(before) - 1 or _has_word(before[-1].text, "total_lead_in")):
        found = _unit_at(tokens, h - 2) or _unit_at(tokens, h - 1)  # "هجمات تجاوز عددها 170"
        return found[0] if found else None
    if not _has_word(before[-1].text, "total_lead_in"):
        if len(before) >= 2 and _has_word(before[-2].text, "total_lead_in") and before[-1].text.startswith("ال"):
            found = _unit_at(tokens, len(before) - 1)  # "وبلغت الهجمات 70 في سوريا"
            return found[0] if found else None
        if len(before) < 3 or not _has_word(before[-3].text, "total_lead_in"):
            return None
        found = _unit_at(tokens, len(before) - 1) if _has_word(before[-2].text, "total_heads") else None
        return found[0] if found else None
    j = len(before)
    while j < len(tokens) and tokens[j].end <= num.nend:
        j += 1
    if j + 1 < len(tokens) and _has_word(tokens[j].text, "total_heads"):
        found = _unit_at(tokens, j + 1)
        if found:
            return found[0]
    for k, tok in enumerate(before):
        if _has_word(tok.text, "total_heads"):
            found = _unit_at(tokens, k + 1)
            if found:
                return found[0]
    return None


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


def _after_and(doc: Doc, num: NumberMention) -> bool:
    """True when the number is glued to or right after the conjunction و (optionally + ل/ب)."""
    before = doc.nt.norm[max(0, num.nstart - 4) : num.nstart].rstrip()
    return before.endswith(("و", "ول", "وب")) and (len(before) < 3 or not before[-3].isalpha() or before[-2] == " ")


def _placed_bare(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A bare number placed by a country or base name: the next part of a breakdown.

    ``52 هجوما في العراق مقابل 75 في سوريا``, ``بينما وقع 28 في سوريا``, ``العراق شهد 29
    منها وسوريا 32``.
    """
    def is_place(tok: Token) -> bool:
        return any(tok.start <= p.start < tok.end for p in doc.places)

    k = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
    first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
    if _after_casualty(tokens, first):
        return False  # "وأصيب 3 في العراق"
    if k + 1 < len(tokens) and tokens[k].text in _words("place_prepositions") and is_place(tokens[k + 1]):
        return True
    return first > 0 and tokens[first - 1].text.startswith("و") and is_place(tokens[first - 1])


def _after_casualty(tokens: list[Token], first: int) -> bool:
    """True when the token before token ``first`` is a casualty word (``وأصيب``, ``قتل``)."""
    casualty = word_set("event_triggers.yaml", "killed") | word_set("event_triggers.yaml", "injured")
    return first > 0 and any(stem in casualty for _, stem in clitic_variants(tokens[first - 1].text))


def _more_of(tokens: list[Token], num: NumberMention) -> bool:
    """A bare number followed by "others" after an attack verb: more of the figure before.

    ``وسقط اثنان آخران``; not ``وأصيب اثنان آخرون`` or ``وقال اثنان آخرون``.
    """
    first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
    if next((t.text for t in tokens if t.start >= num.nend), "") not in _words("others_words") or not first:
        return False
    verb = event_verb_matcher().match_at(tokens, first - 1)
    return verb is not None and verb.value.get("event") == "attack" and not _after_casualty(tokens, first)


def _noun_unit_before(
    tokens: list[Token], num: NumberMention, demonstrative: bool = False, prefer_attacks: bool = False
) -> str | None:
    """Unit of the last attack noun before a number.

    After a demonstrative only, when asked; with ``prefer_attacks`` the last attack noun wins
    over weapons named as its means (``الهجمات التي شنت بطائرات مسيرة وصواريخ … 29 منها``).
    """
    units = []
    for k, tok in enumerate(tokens):
        if tok.end > num.nstart:
            break
        if demonstrative and not _has_word(tok.text, "demonstratives"):
            continue
        found = _unit_at(tokens, k + 1 if demonstrative else k)
        if found and found[1] <= num.nstart:
            units.append(found[0])
    attacks = [u for u in units if u not in _WEAPON_UNITS] if prefer_attacks else []
    return (attacks or units or [None])[-1]


def _continues_last(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A bare number that sums or breaks down the figures before it.

    After a total cue (``أي ما مجموعه 38``), or after ``بين``/``بواقع`` following a
    breakdown cue (``توزعت بين 10 علي قاعده حقل العمر``).
    """
    before = doc.nt.norm[max(0, num.nstart - 15) : num.nstart]
    if any(w in before for w in _words("total_cues")):
        return True
    lead = [t.text for t in tokens if t.end <= num.nstart][-4:]
    if not lead or lead[-1] not in _words("breakdown_leads"):
        return False
    return any(_has_word(w, "breakdown_cues") for w in lead)


def _referent_unit(tokens: list[Token], num: NumberMention) -> str | None:
    """Unit of a bare number placed by a preposition after a demonstrative referent.

    ``من بين هذه الهجمات، وقع 16 في العراق``: the number counts the attacks named.
    """
    nxt = next((t.text for t in tokens if t.start >= num.nend), "")
    if nxt not in _words("place_prepositions"):
        return None
    return _noun_unit_before(tokens, num, demonstrative=True)


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
        if how == "partitive" and other_before:
            continue  # "5 قواعد للميليشيا، ثلاث منها في الأنبار": the part of a count of sites
        other_before = how == "other"
        if how == "other" or (how == "multiplier" and not (prev_unit and _after_and(doc, num))):
            prev_unit = None
            continue
        if how == "multiplier":
            unit = prev_unit  # "12 مره في العراق و4 مرات في سوريا"
        elif how == "partitive":
            unit = (
                (last_unit if figures else "") or _noun_unit_before(tokens, num, prefer_attacks=True) or last_unit or None
            )
        elif unit is None:
            unit = (
                _total_unit(tokens, num)
                or (prev_unit if _after_and(doc, num) or _placed_bare(doc, tokens, num) or _more_of(tokens, num) else None)
                or (figures[-1].unit if figures and _continues_last(doc, tokens, num) else None)
                or _referent_unit(tokens, num)
            )
        if unit is None:
            continue
        prev_unit = last_unit = unit
        figures.append(Figure(num, unit, end, how))
    return figures


def _date_fields(doc: Doc, sent: DocSentence) -> tuple[str, str]:
    since, as_of = "", ""
    for d in doc.within(doc.dates, sent):
        lead = [t.text for t in doc.tokens_between(d.nstart - 40, d.nstart)][-4:]
        is_since = getattr(d, "since", False) or any(_has_word(w, "since_cues") for w in lead)
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
    carry, salvo = "", False
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        if sentence_is_hypothetical(doc, sent):
            carry = ""
            continue
        figures = find_figures(doc, tokens, sentence_numbers(doc, sent), carry)
        carry = figures[-1].unit if figures else ""
        assign_scopes(doc, sent, figures)
        since, as_of = _date_fields(doc, sent)
        for fig in figures:
            if fig.scope == OUT_OF_THEATRE or fig.unit not in ATTACK_UNITS:
                continue  # "3 طائرات حربية", "عبوتين ناسفتين": not a count of the vocabulary
            if fig.how == "ordinal" and fig.scope == "region":
                continue  # "الهجوم الثاني على القوات الأمريكية في المنطقة": a series beyond the theatre
            if fig.unit == "rocket" and (launcher := missile_launcher(doc, sent, tokens, fig, salvo)):
                fig.unit, salvo = "missile", salvo or launcher == "iran"
            if is_definite(fig.num) and fig.num.kind == "cardinal" and any(
                (r["count"], r["unit"]) == (fig.num.value, fig.unit) for r in rows
            ):
                continue  # "الصواريخ الثلاثة": the salvo told before, not another
            rows.append(
                {
                    "count": fig.num.value,
                    "unit": fig.unit,
                    "qualifier": figure_qualifier(fig.num),
                    "scope": fig.scope,
                    "since": since,
                    "as_of": as_of,
                    "source": find_source(doc, sent),
                    **doc.row_evidence(sent, _figure_start(doc, fig.num), fig.end),
                }
            )
    return rows
