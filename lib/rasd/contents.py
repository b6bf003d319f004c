"""What a reporting act said: its kind, its quotation and when it was said.

Once every reporting act of a sentence is known, :func:`finish_acts` drops the ones made
redundant (a relay whose real source has its own row, a back-reference such as ``بحسب
البيان`` next to the statement it refers to) and, for each remaining act, decides:

- ``kind``: ``direct`` when the content is quoted (marks around more than a name: ``منصة
  «إكس»``, ``لـ"العربي الجديد"``, ``طراز "كاتيوشا"`` are names) or follows a colon,
  ``indirect`` otherwise, ``attribution`` for markers;
- ``quote``: the quoted words, else the reported content after أن/إن up to the next act;
- ``date``: the first full date between the start of the clause and the content.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.gazetteer import place_matcher
from rasd.lead_sources import inner_statement
from rasd.quotes import find_quotes, strip_marks
from rasd.speakers import Cx, Speaker, lex
from rasd.zones import Zone

if TYPE_CHECKING:
    from rasd.clauses import Act
    from rasd.doc import DocSentence

__all__ = ["finish_acts"]


def finish_acts(cx: Cx, sent: DocSentence, acts: list[Act], continued: bool) -> list[Act]:
    """Drop relays and back-references made redundant, then set kind, quotation and date."""
    kept = [a for a in acts if not a.relay]
    main = [a for a in kept if not (a.backref or a.nested or a.trig.hint == "participle")]
    asides = {j for a in acts for j in a.zone.asides}
    kept = [
        a
        for a in kept
        if not a.backref
        or (not main and not continued)
        or a.speakers
        and (_new_source(a) or a.trig.first in asides and all(sp.media for sp in a.speakers))
    ]
    spans, _ = find_quotes(sent.text)
    first_finite = True
    for act in kept:
        later = [
            a.trig.first
            for a in acts
            if a.trig.first > act.trig.first
            and (act.nested or not a.nested)
            and a.trig.first not in act.zone.asides
        ]
        end_tok = min(later, default=cx.hi)
        _kind_and_quote(cx, sent, act, spans, end_tok)
        host = next((a for a in kept if act.trig.first in a.zone.asides), None)
        if host is not None:
            act.quote = host.quote  # "، بحسب رويترز،": the attribution of the host's content
        if act.zone.member_role:
            act.speakers = [s if s.role else _with_member(s, act.zone) for s in act.speakers]
        lo = act.zone_lo or (cx.lo if first_finite and not act.nested else act.trig.first)
        if act.trig.hint == "verb" and not act.nested:
            first_finite = False
        act.date = _date(cx, lo, act.zone.stop)
    for act in kept:
        inner = inner_statement(cx, act, kept)
        if inner is not None:  # "ووفقا لرويترز، قال مسؤول إن …": the statement's content
            act.quote = inner.quote
    return kept


def _new_source(act: Act) -> bool:
    return act.trig.hint == "attribution" and not act.backref


def _with_member(sp: Speaker, z: Zone) -> Speaker:
    return replace(sp, role=z.member_role, affiliation=sp.affiliation or z.member_aff)


def _date(cx: Cx, lo: int, hi: int) -> str:
    for d in cx.doc.dates:
        k = next(
            (
                j
                for j, end in cx.date_at.items()
                if cx.tokens[j].start <= d.nstart < cx.tokens[end].end
            ),
            None,
        )
        if k is not None and lo <= k < hi and k not in cx.quoted and d.iso and len(d.iso) == 10:
            return d.iso
    return ""


def _name_quote(cx: Cx, a: int, b: int) -> bool:
    """A quoted name (``"قسد"``, ``منصة «إكس»``, ``لـ"العربي الجديد"``), not a quotation."""
    m = cx.actor(a)
    if m is not None and m.last_token >= b - 1:
        return True
    p = cx.place_at.get(a) or place_matcher().match_at(cx.tokens, a)
    if p is not None and p.last_token >= b - 1:
        return True
    prev = cx.word(a - 1) if a > cx.lo else ""
    stem = prev[1:] if prev[:1] in "لبو" and len(prev) > 3 else prev
    lx = lex()
    if prev == "ب" and a - 2 >= cx.lo and lx.has("naming_nouns", cx.word(a - 2)):
        return True
    if (
        b - a <= 2
        and prev.startswith("ال")
        and cx.word(a).startswith("ال")
        and not cx.punct_before(a)
        and (a - 1 not in cx.quoted)
    ):
        return True
    if _inline_name(cx, a, b):
        return True
    return b - a <= 3 and (
        prev in ("ل", "مع", "باسم")
        or lx.has("media_heads", stem)
        or lx.has("org_heads", stem)
        or stem in lex().words["platform_words"]
        or lx.has("location_words", stem)
        or lx.has("naming_nouns", prev)
    )


def _inline_name(cx: Cx, a: int, b: int) -> bool:
    """One or two quoted words after a noun of their kind (``طائرة «ريبر» أسقطت``): a name.

    The kind nouns are ``name_kinds`` of ``data/statement_context.yaml`` (craft, weapons,
    vehicles, ``نفسها``), indefinite: after a definite noun the words describe it
    (``المسيرة «إيرانية المنشأ»``), and after any other word (``شن «ضربات دقيقة»``) they
    quote the speaker; both stay the row's quotation.
    """
    if b - a > 2 or a - 1 < cx.lo or cx.punct_before(a) or a - 1 in cx.quoted:
        return False
    prev = cx.word(a - 1)
    stem = prev[1:] if prev[:1] in "وب" and len(prev) > 4 else prev
    return lex().has("name_kinds", prev) or lex().has("name_kinds", stem)


def _kind_and_quote(cx: Cx, sent: DocSentence, act: Act, spans: list, end_tok: int) -> None:
    doc = cx.doc
    z = act.zone
    stop = min(z.stop, cx.hi)
    lo_off = doc.nt.offsets[cx.tokens[stop].start] if stop < cx.hi else sent.end
    hi_off = doc.nt.offsets[cx.tokens[end_tok].start] if end_tok < cx.hi else sent.end
    if act.trig.hint == "attribution" and act.lemma != "جاء في":
        act.kind = "attribution"
        if act.trig.first <= cx.lo + 1 and stop < cx.hi and stop < end_tok:
            act.quote = _clean(doc.text[lo_off:hi_off], opener=True)
        else:
            act.quote = _clean(doc.text[sent.start : doc.nt.offsets[act.trig.vstart]], opener=False)
        return
    if z.colon and not _quote_follows(cx, stop):
        act.kind = "direct"
        act.quote = _clean(doc.text[lo_off:hi_off], opener=True)
        return
    for q in spans:
        qs = sent.start + q.start
        if not lo_off <= qs < hi_off:
            continue
        a = next(
            (j for j in range(cx.lo, cx.hi) if doc.nt.offsets[cx.tokens[j].start] >= qs), cx.hi
        )
        b = next(
            (
                j
                for j in range(a, cx.hi)
                if doc.nt.offsets[cx.tokens[j].start] >= sent.start + q.end
            ),
            cx.hi,
        )
        if a >= cx.hi or _name_quote(cx, a, b):
            continue
        act.kind = "direct"
        act.quote = (
            strip_marks(doc.text[qs : sent.start + q.end])
            if q.closed
            else strip_marks(doc.text[qs : sent.end])
        )
        if not q.closed:
            act.open_quote_from = qs
        return
    act.kind = "indirect"
    act.quote = _clean(doc.text[lo_off:hi_off], opener=z.opener)


def _quote_follows(cx: Cx, j: int) -> bool:
    """After a colon, the content is a quotation (possibly after إن): ``: إن "…"``."""
    if j < cx.hi and lex().has("openers", cx.word(j)) and j not in cx.quoted:
        j += 1
    return j < cx.hi and cx.quote_run(j) is not None


def _clean(text: str, opener: bool) -> str:
    """Content text: without its opening أن/إن and trailing punctuation."""
    words = text.split()
    if (
        opener
        and words
        and lex().has("openers", strip_marks(words[0]).replace("إ", "ا").replace("أ", "ا"))
    ):
        words = words[1:]
    return strip_marks(" ".join(words))
