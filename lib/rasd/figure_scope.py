"""Scope of attack-count figures: the country, base or region each one counts in.

A figure takes the places named after it in its clause, else those before it (a total
whose own clause names shipping or a sea outside the theatre, ``بلغت الاعتداءات على سفن
الشحن في خليج عدن 31``, is outside it; a campaign named for Gaza, ``عدد هجمات «نصرة غزة» إلى 21``, is not, nor is the source's
place after an attribution, ``بحسب إحصاء لمعهد واشنطن``);
a total (``أي ما مجموعه 38``) or a figure broken down after it (``بواقع 15 في
العراق و9 في سوريا``, ``29 منها في العراق``) takes the merged scope of its parts, unless
partitive parts add up to less than it (``55 هجوما، 27 منها في العراق``: only a part is placed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.attack_nouns import has_context_word
from rasd.doc import Doc, DocSentence
from rasd.lexicon import word_set
from rasd.numbers import NumberMention
from rasd.scope import OUT_OF_THEATRE, merge_scopes, names_outside, scope_of
from rasd.text import clitic_variants

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["assign_scopes"]

_BACKER_REACH = 2  # tokens between a backer word and the state ("المدعومه من ايران")
_WAR_REACH = 5  # tokens from a war noun to a side named in it ("الحرب بين إسرائيل وحركة حماس")


def _words(key: str) -> frozenset[str]:
    return word_set("attack_context.yaml", key)


def _clause_end(doc: Doc, lo: int, hi: int) -> int:
    """End of the clause after a figure: a comma, unless a place phrase goes on after it.

    ``تعرضت لـ69 هجوما منذ 17 أكتوبر، في العراق وسوريا`` goes on; ``65 هجوما …،
    تصدرت فيها قاعدة كونيكو``, ``22 هجوما في العراق، و19 في سوريا`` and ``140 هجوما، في حين
    بلغت …`` (a connective, not a place) do not.
    """
    text = doc.nt.norm
    k = text.find(",", lo, hi)
    while k != -1:
        nxt = text[k + 1 : k + 20].split()
        if not nxt or nxt[0] not in _words("place_prepositions") or " ".join(nxt[:2]) in _words("clause_connectives"):
            return k
        k = text.find(",", k + 1, hi)
    return hi


def _in_brackets(doc: Doc, num: NumberMention) -> bool:
    """True for a number written alone in round brackets (``(66)``)."""
    norm = doc.nt.norm
    return norm[max(0, num.nstart - 1) : num.nstart] == "(" and norm[num.nend : num.nend + 1] == ")"


def _after_ba(doc: Doc, num: NumberMention) -> bool:
    """A figure read with ``ب`` (``بـ24 هجوما``, ``بثلاث طائرات``): it belongs to what was named before."""
    lead = doc.nt.norm[max(0, num.nstart - 3) : num.nstart].replace("-", "").rstrip()
    return lead.endswith("ب") or num.text.startswith("ب")


def _before_since_clause(doc: Doc, lo: int, hi: int) -> int:
    """End of a figure's place span before a since clause that names only the world outside.

    ``إلى 144 منذ أن هاجمت حماس إسرائيل``: the war's start is the background of the tally,
    not where it happened; ``منذ 17 أكتوبر، في العراق وسوريا`` still places it.
    """
    k = next((t.start for t in doc.tokens_between(lo, hi) if has_context_word(t.text, "since_clause")), hi)
    if k < hi and scope_of(doc, k, hi, landmarks=False) == OUT_OF_THEATRE:
        return k
    return hi


def _before_attribution(doc: Doc, lo: int, hi: int) -> int:
    """End of a figure's place span before an attribution that names only the world outside.

    ``بلغت الهجمات 25 هجوما بحسب إحصاء لمعهد واشنطن``, ``وفقا لمسؤول في واشنطن``: the place
    locates the source of the figure, not the attacks it counts; a target preposition after the
    source (``على أهداف في إيلات``) places them again.
    """
    k = next((t.start for t in doc.tokens_between(lo, hi) if has_context_word(t.text, "attribution_heads")), hi)
    if any(t.text in _words("target_prepositions") for t in doc.tokens_between(k, hi)):
        return hi  # "بحسب الجيش الإسرائيلي على أهداف في إيلات": the target told after the source
    if k < hi and scope_of(doc, k, hi, landmarks=False) == OUT_OF_THEATRE:
        return k
    return hi


def _backer_words() -> frozenset[str]:
    """Words that name a backer (``مدعومة من``, ``موالية لـ``, ``تدعمها``), shared with the events."""
    return word_set("event_triggers.yaml", "affiliation_words")


def _before_backer(doc: Doc, lo: int, hi: int) -> int:
    """End of a figure's place span before a state named as the backer of an actor.

    ``عشرات الهجمات التي تبنتها جماعة تدعمها إيران``, ``فصائل موالية لإيران``: Iran
    describes the attackers and does not place the attacks.
    """
    for m in doc.places:
        if lo <= m.start < hi and m.first_token >= 1:
            lead = doc.tokens[max(0, m.first_token - _BACKER_REACH) : m.first_token]
            if any(stem in _backer_words() for t in lead for _, stem in clitic_variants(t.text)):
                return m.start
    return hi


def _past_launcher(doc: Doc, lo: int, hi: int) -> int:
    """Start of a figure's place span past a state named as the launcher of the weapons counted.

    ``من أصل نحو 15 صاروخا أطلقتها إيران``: Iran fired the missiles and does not place them;
    a place after it still does (``أطلقتها إيران على إسرائيل``).
    """
    for m in doc.places:
        if lo <= m.start < hi and m.first_token >= 1:
            lead = doc.tokens[m.first_token - 1].text
            if any(stem in _words("launcher_verbs") for _, stem in clitic_variants(lead)):
                return m.end
    return lo


def _closes_outside_total(doc: Doc, fig: Figure, lo: int) -> bool:
    """A total whose own clause names shipping or a sea outside the theatre, and no place in it.

    ``في حين بلغت الاعتداءات على سفن الشحن في خليج عدن 31 هجوما``: the clause since the last comma
    tells what the 27 count, and a lead-in in it (بلغت) makes the figure its total.
    """
    head = doc.nt.norm[lo : fig.num.nstart]
    clause_lo = lo + head.rfind(",") + 1
    verbs = [t for t in doc.tokens_between(clause_lo, fig.num.nstart) if t.text in _words("total_lead_in")]
    return (
        bool(verbs)
        and names_outside(doc, clause_lo, fig.num.nstart)
        and scope_of(doc, clause_lo, fig.num.nstart, landmarks=False) == OUT_OF_THEATRE
    )


def _scope_of_figure(doc: Doc, fig: Figure, before: tuple[int, int], after: tuple[int, int]) -> str:
    """Scope of one figure from the places after it, else before it.

    A figure read with ``ب`` takes a base named before it first (``تصدرت قاعدة
    كونيكو القائمة بـ21 هجوما``). Landmarks (``قرب مطار بغداد``) count only when
    no other place is named around the figure.
    """
    near = fig.num.nstart
    after = (after[0], _before_attribution(doc, after[0], _before_since_clause(doc, *after)))
    after = (after[0], _before_backer(doc, *after))
    after = (_past_launcher(doc, *after), after[1])
    strict_after = scope_of(doc, *after, near=near, landmarks=False)
    strict_before = scope_of(doc, *before, near=near, landmarks=False)
    if _after_ba(doc, fig.num) and strict_before.startswith("base:"):
        return strict_before
    if strict_before and _in_brackets(doc, fig.num):
        return strict_before  # "بين العراق (66) وسوريا (98)": the place before the bracket
    if not strict_after and strict_before == OUT_OF_THEATRE and _closes_outside_total(doc, fig, before[0]):
        return OUT_OF_THEATRE
    if strict_after or (strict_before and strict_before != OUT_OF_THEATRE):
        # Only places right after a figure can put it outside the theatre ("ضد اهداف داخل اسرائيل").
        return strict_after or strict_before
    loose_before = scope_of(doc, *before, near=near)
    return scope_of(doc, *after, near=near) or ("" if loose_before == OUT_OF_THEATRE else loose_before)


def _next_figure_lead(doc: Doc, fig: Figure) -> int:
    """Where the next figure's own words start: a place joined by و right before it is its own.

    ``العراق شهد 29 منها وسوريا 32``: Syria places the 32, not the 29; so does a place fronted
    after ``وفي`` (``في العراق 30 هجوما وفي سوريا 40``).
    """
    text = doc.nt.norm
    head = text[: fig.num.nstart].rstrip()
    word_start = max(head.rfind(" "), head.rfind("\n")) + 1
    if head[word_start:].startswith("و") and any(word_start <= p.start < len(head) for p in doc.places):
        return word_start
    opener = head[:word_start].rstrip()
    opener_start = max(opener.rfind(" "), opener.rfind("\n")) + 1
    if opener[opener_start:] in _words("fronted_place_openers") and any(word_start <= p.start < len(head) for p in doc.places):
        return opener_start  # "30 هجوما في العراق وفي سوريا 40": the fronted place is the 40's
    return fig.num.nstart


def _part_only(fig: Figure, parts: list[Figure]) -> bool:
    """True when a partitive breakdown adds up to less than its total (``40 هجوما، 15 منها في سوريا``)."""
    return bool(parts) and parts[0].how == "partitive" and sum(p.num.value for p in parts) < fig.num.value


def _outside_group_named(doc: Doc, sent: DocSentence) -> bool:
    """The sentence names an armed group of a country outside the theatre (the Houthis, Hamas).

    ``وأكد مسؤول ثان اعتراض صاروخين أو ثلاثة أطلقها الحوثيون``: a figure placed nowhere
    else is theirs, fired outside the theatre. Iran's groups fight in Syria and stay placeless; a group
    named in a since clause or as a side of a war is the background of a tally, not its actor.
    """
    home = set(_words("theatre")) | {"Iran", "international", "transnational", "unknown"}
    for a in doc.within(doc.actors, sent):
        if a.value.get("type") not in {"militia", "armed_group"} or a.value.get("country") in home:
            continue
        lead = doc.tokens[max(0, a.first_token - _WAR_REACH) : a.first_token]
        if not any(has_context_word(t.text, "context_words") or has_context_word(t.text, "since_clause") for t in lead):
            return True  # not "منذ اندلاع الحرب بين إسرائيل وحماس", "منذ هجوم حماس": the war behind a tally
    return False


def assign_scopes(doc: Doc, sent: DocSentence, figures: list[Figure]) -> None:
    """Set each figure's scope from the places around it; a total or a breakdown takes its parts' scopes.

    A figure placed nowhere in a sentence that names a group from outside the theatre is outside it.
    """
    for idx, fig in enumerate(figures):
        nxt = _next_figure_lead(doc, figures[idx + 1]) if idx + 1 < len(figures) else sent.nend
        prv = figures[idx - 1].end if idx > 0 else sent.nstart
        fig.scope = _scope_of_figure(doc, fig, (prv, fig.num.nstart), (fig.end, _clause_end(doc, fig.end, nxt)))
        if not fig.scope and _outside_group_named(doc, sent):
            fig.scope = OUT_OF_THEATRE  # "اعتراض صاروخين أو ثلاثة أطلقها الحوثيون"
    for idx, fig in enumerate(figures):
        before = doc.nt.norm[max(sent.nstart, fig.num.nstart - 15) : fig.num.nstart]
        after = doc.nt.norm[fig.end : fig.end + 25]
        parts: list[Figure] = []
        summed = before.split()[-1:] == ["اي"] and any(after.strip().startswith(w) for w in _words("total_cues_after"))
        if any(w in before for w in _words("total_cues")) or summed:
            parts = figures[:idx]  # "اي ما مجموعه 38", "اي 38 في المجموع"
        elif any(w in after for w in _words("breakdown_cues")) or (
            idx + 1 < len(figures) and figures[idx + 1].how == "partitive"
        ):
            parts = figures[idx + 1 :]  # "بواقع 15 في العراق و9 في سوريا", "29 منها في العراق و32 في سوريا"
            parts = [] if _part_only(fig, parts) else parts  # the rest of the total is placed nowhere
        if parts:
            fig.scope = merge_scopes([fig.scope, *(p.scope for p in parts)]) or fig.scope
