"""Bare figures: numbers with no counted noun after them that still count attacks.

A total names its noun around the number (``ارتفع عدد الهجمات إلى 92``, ``هجمات تجاوز
عددها 170``); a number after ``و`` or placed by a country or base name goes on with the
figure before it (``14 هجوما في العراق و9 في سوريا``, ``العراق شهد 29 منها وسوريا 32``),
as does one followed by "others" after an attack verb (``وسقط اثنان آخران``), one after a
total or breakdown cue (``أي ما مجموعه 38``) and one placed after a demonstrative referent
(``من بين هذه الهجمات، وقع 16 في العراق``). A number after a casualty word is never one.
"""

from __future__ import annotations

from rasd.attack_nouns import WEAPON_UNITS, context_words, find_unit_at, has_context_word
from rasd.doc import Doc
from rasd.fronted_totals import fronted_total_unit
from rasd.gazetteer import event_verb_matcher
from rasd.lexicon import word_set
from rasd.numbers import NumberMention
from rasd.text import Token, clitic_variants

_CUE_REACH = 7  # tokens a breakdown cue may stand before its lead ("توزعت الهجمات علي القواعد علي النحو التالي")

__all__ = [
    "adds_more_of",
    "find_noun_unit_before",
    "find_referent_unit",
    "find_total_unit",
    "follows_and",
    "is_placed_bare",
    "sums_figures_before",
]


def find_total_unit(tokens: list[Token], num: NumberMention, lead: int | None = None) -> str | None:
    """Unit of a total named around the number.

    Before it after a lead-in (``ارتفع عدد الهجمات ... إلى 92``, ``بلغ عدد الغارات ثلاثا``,
    ``بلغت الهجمات 70``), or after a possessed head that points back to the noun (``هجمات
    تجاوز عددها 170``, ``الهجمات التي بلغ عددها 78``)
    or right after it (``ويرتفع بذلك إلى 61 عدد الهجمات``). ``lead`` is the start in norm of
    the figure's qualifier words, read as part of the figure (``إلى ما يقارب الـ 90``), as is an
    article written apart from the number.
    """
    before = [t for t in tokens if t.end <= min(num.nstart, num.nstart if lead is None else lead)]
    while before and before[-1].text == "ال":
        before.pop()  # "الي الـ 90": the article written apart
    if not before:
        return None
    h = next((k for k in range(len(before) - 1, len(before) - 3, -1) if k >= 0 and has_context_word(before[k].text, "total_heads_pronoun")), -1)
    if h >= 1 and (h == len(before) - 1 or has_context_word(before[-1].text, "total_lead_in")):
        found = find_unit_at(tokens, h - 2) or find_unit_at(tokens, h - 1)  # "هجمات تجاوز عددها 170"
        if not found and h >= 3 and before[h - 2].text in context_words("relatives"):
            found = find_unit_at(tokens, h - 3)  # "الهجمات التي بلغ عددها 78"
        return found[0] if found else None
    if not has_context_word(before[-1].text, "total_lead_in"):
        if len(before) >= 2 and has_context_word(before[-2].text, "total_lead_in") and before[-1].text.startswith("ال"):
            found = find_unit_at(tokens, len(before) - 1)  # "وبلغت الهجمات 70 في سوريا"
            return found[0] if found else None
        if len(before) < 3 or not has_context_word(before[-3].text, "total_lead_in"):
            return None
        found = find_unit_at(tokens, len(before) - 1) if has_context_word(before[-2].text, "total_heads") else None
        return found[0] if found else None
    j = len(before)
    while j < len(tokens) and tokens[j].end <= num.nend:
        j += 1
    if j + 1 < len(tokens) and has_context_word(tokens[j].text, "total_heads"):
        found = find_unit_at(tokens, j + 1)
        if found:
            return found[0]
    for k, tok in enumerate(before):
        if has_context_word(tok.text, "total_heads"):
            found = find_unit_at(tokens, k + 1)
            if found:
                return found[0]
    return fronted_total_unit(before)  # "أن الهجمات على القوات الأمريكية ارتفعت إلى 66"


def follows_and(doc: Doc, num: NumberMention) -> bool:
    """True when the number is glued to or right after the conjunction و (optionally + ل/ب)."""
    before = doc.nt.norm[max(0, num.nstart - 4) : num.nstart].rstrip()
    return before.endswith(("و", "ول", "وب")) and (len(before) < 3 or not before[-3].isalpha() or before[-2] == " ")


def is_placed_bare(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A bare number placed by a country or base name: the next part of a breakdown.

    ``52 هجوما في العراق مقابل 75 في سوريا``, ``بينما وقع 28 في سوريا``, ``العراق شهد 29
    منها وسوريا 32``, ``30 هجوما في العراق وفي سوريا 40``.
    """
    def is_place(tok: Token) -> bool:
        return any(tok.start <= p.start < tok.end for p in doc.places)

    k = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
    first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
    if _after_casualty(tokens, first):
        return False  # "وأصيب 3 في العراق"
    if k + 1 < len(tokens) and tokens[k].text in context_words("place_prepositions") and is_place(tokens[k + 1]):
        return True
    if first > 1 and tokens[first - 2].text in context_words("fronted_place_openers") and is_place(tokens[first - 1]):
        return True  # "في العراق 30 هجوما وفي سوريا 40": the place fronted before the number
    return first > 0 and tokens[first - 1].text.startswith("و") and is_place(tokens[first - 1])


def _after_casualty(tokens: list[Token], first: int) -> bool:
    """True when the token before token ``first`` is a casualty word (``وأصيب``, ``قتل``)."""
    casualty = word_set("event_triggers.yaml", "killed") | word_set("event_triggers.yaml", "injured")
    return first > 0 and any(stem in casualty for _, stem in clitic_variants(tokens[first - 1].text))


def adds_more_of(tokens: list[Token], num: NumberMention) -> bool:
    """A bare number followed by "others" after an attack verb: more of the figure before.

    ``وسقط اثنان آخران``; not ``وأصيب اثنان آخرون`` or ``وقال اثنان آخرون``.
    """
    first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
    if next((t.text for t in tokens if t.start >= num.nend), "") not in context_words("others_words") or not first:
        return False
    verb = event_verb_matcher().match_at(tokens, first - 1)
    return verb is not None and verb.value.get("event") == "attack" and not _after_casualty(tokens, first)


def find_noun_unit_before(
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
        if demonstrative and not has_context_word(tok.text, "demonstratives"):
            continue
        found = find_unit_at(tokens, k + 1 if demonstrative else k)
        if found and found[1] <= num.nstart:
            units.append(found[0])
    attacks = [u for u in units if u not in WEAPON_UNITS] if prefer_attacks else []
    return (attacks or units or [None])[-1]


def sums_figures_before(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A bare number that sums or breaks down the figures before it.

    After a total cue (``أي ما مجموعه 38``), before one after ``أي`` (``أي 38 في المجموع``), or after ``بين``/``بواقع`` following a
    breakdown cue (``توزعت بين 10 علي قاعده حقل العمر``), a few words before it with no number between
    (``توزعت الهجمات على القواعد كالتالي: 23 على حقل العمر``).
    """
    before = doc.nt.norm[max(0, num.nstart - 15) : num.nstart]
    if any(w in before for w in context_words("total_cues")):
        return True
    after = doc.nt.norm[num.nend : num.nend + 15].strip()
    if before.split()[-1:] == ["اي"] and any(after.startswith(w) for w in context_words("total_cues_after")):
        return True  # "اي 38 في المجموع"
    lead = [t.text for t in tokens if t.end <= num.nstart][-_CUE_REACH:]
    while any(c.isdigit() for c in "".join(lead)):
        lead = lead[1:]  # the cue must be of this number's clause, no figure between
    if not lead or lead[-1] not in context_words("breakdown_leads"):
        return False
    return any(has_context_word(w, "breakdown_cues") for w in lead)


def find_referent_unit(tokens: list[Token], num: NumberMention) -> str | None:
    """Unit of a bare number placed by a preposition after a demonstrative referent.

    ``من بين هذه الهجمات، وقع 16 في العراق``: the number counts the attacks named.
    """
    nxt = next((t.text for t in tokens if t.start >= num.nend), "")
    if nxt not in context_words("place_prepositions") or _after_duration_lead(tokens, num):
        return None
    return find_noun_unit_before(tokens, num, demonstrative=True)


def _after_duration_lead(tokens: list[Token], num: NumberMention) -> bool:
    """A time preposition before the number, across its qualifier (``بعد أقل من 24 على إعلان``)."""
    for t in reversed([t for t in tokens if t.end <= num.nstart][-4:]):
        if t.text in context_words("duration_leads"):
            return True
        if t.text not in context_words("duration_qualifiers"):
            return False
    return False
