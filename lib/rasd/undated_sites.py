"""On a page with no date, one act told at a province and at a site in it, or at two sites beside each other.

A page that prints no date leaves every act it tells undated, so the rows of one act told in
several sentences meet no day to join them by. The headline, the lede and the statement quoted
further down name the place each their own way: ``استهدف قاعدة أمريكية بريف دير الزور`` in the
lede, ``في مدينة القرية الخضراء السكنية`` three sentences on; ``مطار بغداد الدولي`` and then
``قاعدة كامب فيكتوري الواقعة في محيط المطار``. The gold names the act once, at its most
precise place.

On such a page (:func:`fold_undated_sites`), for rows told in two different sentences: an undated
row placed in a country, region, province or city goes when the article tells, anywhere, undated
rows of its type at sites in it, as many sites as the acts its sentence counts, each at one site
(:mod:`rasd.summary_sites` does the same
for rows within two sentences of each other, on any page); and an undated row at a site beside
the site of an undated row of its type told before (the gazetteer's ``beside``: a base in an
airport, a town named after a base) goes into that row, and so does one at the very site of such
a row (a lede placed in a country, settled at the base the next sentences name: ``استهدفوا أكبر
قاعدة أمريكية شرقي سوريا`` … ``تعرضت قاعدة حقل العمر لقصف صاروخي``) unless the later sentence
opens on a pluperfect or an earlier time (``وكانت … قد``, ``وقبل نحو أسبوع``; ``earlier_act_openers``)
or either sentence tells its acts in the plural or dual (``تعرضت القاعدة خلال العام لهجمات متكررة``) or
as earlier ones (``قبل عدة أسابيع``; :func:`rasd.past_acts.tells_past`). Either way the two rows must agree: a
weapon shared when both name one, no other day told, neither names several positions (``قواعد``,
``هجومين جديدين على مواقع أميركية``) or «another» site, and neither sentence adds a further act
(``كما``, ``أخرى``, ``مماثل``) nor recalls an earlier one (``وسبق أن تعرضت القاعدة``;
``recalled_openers``). A vague attack or downing that names no weapon and no target is kept.
One sentence's two sites are left to :mod:`rasd.summary_sites` (``وترافق ذلك مع هجوم آخر``).
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.event_sites import names_several
from rasd.gazetteer import attack_noun_matcher, related_places
from rasd.past_acts import tells_past
from rasd.summary_sites import (
    adds_act,
    calls_other,
    holds_site,
    is_vague,
    same_time,
    sentence_index,
    told_count,
    weapon_kinds,
)

__all__ = ["fold_undated_sites"]

_TYPES = frozenset({"attack", "interception", "claim"})
_SEVERAL_ENDINGS = ("ات", "ين", "ان")  # plural and dual endings of an attack noun (هجمات, هجومين, ضربتان)


def _agree(doc: Doc, a: dict[str, Any], ia: int, b: dict[str, Any], ib: int) -> bool:
    """Two undated rows of one type that may tell one act (see the module docstring)."""
    if a is b or a["type"] != b["type"] or a.get("date") or b.get("date") or min(ia, ib) < 0 or ia == ib:
        return False  # one sentence's two sites (``وترافق ذلك مع هجوم آخر``) are rasd.summary_sites's
    ka, kb = weapon_kinds(a), weapon_kinds(b)
    if ka and kb and not ka & kb:
        return False
    if adds_act(doc, max(ia, ib)) or adds_act(doc, min(ia, ib)):
        return False
    return same_time(a, b) and not calls_other(a) and not calls_other(b)


def _summed_up(doc: Doc, rows: list[dict[str, Any]], idxs: list[int], k: int) -> bool:
    """Row ``k``, placed vaguely, tells again the acts undated rows of its type tell at sites in its place."""
    row, place = rows[k], str(rows[k].get("place") or "")
    if row["type"] not in _TYPES or not is_vague(place) or names_several(str(row.get("target") or "")):
        return False
    if not weapon_kinds(row) and row["type"] != "claim" and not str(row.get("target") or ""):
        return False
    sites = {
        str(site["place"])
        for site, idx in zip(rows, idxs, strict=True)
        if holds_site(place, str(site.get("place") or ""))
        and not names_several(str(site.get("target") or ""))
        and _agree(doc, row, idxs[k], site, idx)
    }
    return bool(sites) and len(sites) >= told_count(doc, idxs[k])


def _beside_told(doc: Doc, rows: list[dict[str, Any]], idxs: list[int], k: int) -> dict[str, Any] | None:
    """The row told before row ``k`` at a site beside its own, when the two tell one act."""
    place = str(rows[k].get("place") or "")
    return next(
        (
            r
            for r, idx in zip(rows[:k], idxs[:k], strict=True)
            if place
            and str(r.get("place") or "") not in ("", place)
            and not is_vague(str(r.get("place") or ""))
            and not is_vague(place)
            and related_places(place, str(r["place"]))
            and not any(names_several(str(x.get("target") or "")) for x in (r, rows[k]))
            and _agree(doc, r, idx, rows[k], idxs[k])
        ),
        None,
    )


def _same_site_told(doc: Doc, rows: list[dict[str, Any]], idxs: list[int], k: int) -> dict[str, Any] | None:
    """The row told in an earlier sentence at the same site as row ``k``, when the two tell one act.

    A lede placed only in a country takes, once settled, the base the next sentences name
    (:mod:`rasd.base_told_after`): it then stands at the site of the act told there.
    """
    place = str(rows[k].get("place") or "")
    return next(
        (
            r
            for r, idx in zip(rows[:k], idxs[:k], strict=True)
            if place
            and not is_vague(place)
            and str(r.get("place") or "") == place
            and not any(names_several(str(x.get("target") or "")) for x in (r, rows[k]))
            and _agree(doc, r, idx, rows[k], idxs[k])
            and not _tells_earlier(doc, max(idx, idxs[k]))
            and not any(_tells_several(doc, i) or tells_past(doc, doc.sentences[i]) for i in (idx, idxs[k]))
        ),
        None,
    )


def _tells_earlier(doc: Doc, idx: int) -> bool:
    """Sentence ``idx`` opens on a word that sets its act before the page's (``وكانت … قد``, ``وقبل نحو أسبوع``)."""
    tokens = doc.sentence_tokens(doc.sentences[idx])
    return bool(tokens) and is_word(tokens[0].text, "earlier_act_openers")


def _tells_several(doc: Doc, idx: int) -> bool:
    """Sentence ``idx`` names its acts in the plural or dual (``لهجمات متكررة``, ``لهجومين صاروخيين``)."""
    tokens = doc.sentence_tokens(doc.sentences[idx])
    return any(m.phrase.endswith(_SEVERAL_ENDINGS) for m in attack_noun_matcher().find(tokens))


def fold_undated_sites(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """On a page with no date, drop the undated rows that tell again an act told at its site.

    Args:
        doc: The article.
        rows: Its event rows, merged, placed and settled.

    Returns:
        The rows, without such retellings (a folded row's casualties kept by the row that stays).
    """
    if doc.published is not None:
        return rows
    idxs = [sentence_index(doc, int(r.get("start") or 0)) for r in rows]
    dropped: set[int] = set()
    for k, row in enumerate(rows):
        kept = _beside_told(doc, rows, idxs, k) or _same_site_told(doc, rows, idxs, k)
        if kept is not None and id(kept) not in {id(rows[j]) for j in dropped}:
            for key in ("killed", "injured"):
                if kept.get(key) is None and row.get(key) is not None:
                    kept[key] = row[key]
            dropped.add(k)
        elif _summed_up(doc, rows, idxs, k):
            dropped.add(k)
    return [r for k, r in enumerate(rows) if k not in dropped]
