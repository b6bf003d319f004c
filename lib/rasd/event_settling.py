"""The last passes over an article's merged event rows: places pointed back to, and retold acts.

After the rows of one incident are merged (:mod:`rasd.incidents`), a row may still name its
place by pointing back (``القاعدة``, ``هناك``; :mod:`rasd.mentioned_bases`,
:mod:`rasd.neighbour_places`), retell at a city or province an act told at a site there
(:mod:`rasd.site_folds`, :mod:`rasd.event_sites`; in a country or province beside its site,
:mod:`rasd.summary_sites`), or be a US strike told as an attack on the
factions' own (:mod:`rasd.faction_victims`); a US strike told only by a definite noun when
another sentence tells one is that strike told again (:mod:`rasd.us_strike_nouns`). An act at «a base» placed only in a country
takes the base the next sentence names with its weapon (:mod:`rasd.base_told_after`), and one
told «في البلاد» the theatre country named before it (:mod:`rasd.country_anaphors`). On a page with
no date, an act told at a province and at its site, or at two sites beside each other, is one
(:mod:`rasd.undated_sites`). These
passes settle each, in that order.
"""

from __future__ import annotations

from typing import Any

from rasd.base_told_after import place_at_base_told_after
from rasd.country_anaphors import place_at_country_anaphor
from rasd.doc import Doc
from rasd.event_sites import fold_site_twins, fold_vague_retellings, place_at_sole_base
from rasd.faction_victims import retype_faction_victims
from rasd.mentioned_bases import place_at_anaphoric_base, place_at_mentioned_base
from rasd.neighbour_places import place_from_before
from rasd.site_folds import fold_vague_places
from rasd.summary_sites import fold_summary_rows
from rasd.undated_sites import fold_undated_sites
from rasd.us_strike_nouns import drop_retold_noun_strikes

__all__ = ["settle_events"]


def settle_events(doc: Doc, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Place the rows that point back, drop acts told again at a vaguer place, retype the factions' losses.

    Args:
        doc: The article.
        rows: Its event rows, merged into incidents.

    Returns:
        The settled rows.
    """
    rows = place_from_before(place_at_anaphoric_base(doc, rows))
    rows = place_at_base_told_after(doc, place_at_sole_base(doc, place_at_mentioned_base(doc, rows)))
    rows = fold_undated_sites(doc, fold_summary_rows(doc, fold_vague_places(place_at_country_anaphor(doc, rows))))
    return retype_faction_victims(fold_site_twins(fold_vague_retellings(drop_retold_noun_strikes(rows))))
