"""Base rows of a headline that says where a force is stationed.

Headlines are not narrative, so their bases give rows only through the body. A headline built
on a presence verb with a force (``لماذا تتمركز أمريكا في قاعدة موفق السلطي الأردنية؟``) says it
outright with a stationing verb: its bases give rows when the body does not name them again, for
a national force the headline names (``فصائل تتمركز في معسكر التاجي`` gives none, nor does an
attack, a handover or a departure told in a headline). Bases that open the subheads of a report
on one force's bases follow (:mod:`rasd.base_subheads`), and the two bases a headline names
after a dual noun the lede says host a force (:mod:`rasd.base_headline_duals`), and a base the
body names right after an unnamed base hosting a force (:mod:`rasd.base_named_after`).
"""

from __future__ import annotations

from typing import Any

from rasd.base_headline_duals import dual_lede_rows
from rasd.base_named_after import named_after_rows
from rasd.base_subheads import subhead_rows
from rasd.bases import base_rows
from rasd.doc import Doc
from rasd.forces import force_matcher, has_presence_word

__all__ = ["headline_presence_rows"]


def headline_presence_rows(doc: Doc, seen: set[str]) -> list[dict[str, Any]]:
    """Base rows of headline sentences holding a stationing verb, for bases not in ``seen``.

    Args:
        doc: The article.
        seen: Places of the base rows the body already gave.

    Returns:
        One row per new base and force, in headline order.
    """
    rows: list[dict[str, Any]] = []
    for sent in doc.sentences:
        if sent.kind != "headline":
            continue
        tokens = doc.sentence_tokens(sent)
        if not has_presence_word(tokens, "stationing_verbs"):
            continue
        named = {str(m.value) for m in force_matcher().find(tokens)} - {"coalition"}
        for row in base_rows(doc, sent, tokens):
            if row["place"] not in seen and row["force"] in named:
                seen.add(row["place"])
                rows.append(row)
    rows += dual_lede_rows(doc, seen)  # "قاعدتي X وY" in the headline, "قاعدتان توجد بهما قوات أمريكية" in the lede
    rows += subhead_rows(doc, seen)  # "قاعدة التنف.." heading a paragraph of a report on US bases
    return rows + named_after_rows(doc, seen)  # "قاعدة جوية في العراق تستضيف قوات أمريكية" … "قاعدة عين الأسد"
