"""A US strike on the places of a «في كل من» list: one row per place.

``ونفذ الطيران الأمريكي ضربتين جويتين على مقرات في كل من حسرات بريف البوكمال، ومزارع
الحيدرية قرب الميادين``: the distributive «كل من» lists separate sites, each struck, and the
annotated sets give a strike wave one row per town it hit. Each item of the list opens with
``و`` (the first right after «كل من»); its first town, city or base is its place. Countries,
provinces and regions are the setting of the wave, not an item.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["split_each_of"]

_SETTING_TYPES = frozenset({"country", "governorate", "region"})


def _each_of(tokens: list[Token]) -> int | None:
    """Token index right after «كل من» (``في كل من``, ``بكل من``), if the sentence has one."""
    for k in range(len(tokens) - 1):
        if tokens[k].text in {"كل", "بكل", "لكل"} and tokens[k + 1].text == "من":
            return k + 2
    return None


def _item_places(tokens: list[Token], start: int, places: list[PhraseMatch]) -> list[PhraseMatch]:
    """The first town, city or base of each ``و``-item of the list opening at ``start``."""
    found: list[PhraseMatch] = []
    item_open = True
    for k in range(start, len(tokens)):
        if k > start and tokens[k].text.startswith("و"):
            item_open = True
        here = next((m for m in places if m.first_token == k and m.value["type"] not in _SETTING_TYPES), None)
        if here is not None and item_open:
            found.append(here)
            item_open = False
    return found


def split_each_of(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]], places: list[PhraseMatch]) -> list[dict[str, Any]]:
    """Add a row at each further place of a «كل من» list to the sentence's US strike row.

    Args:
        doc: The article.
        sent: The sentence the rows were read from.
        rows: The sentence's event rows.
        places: The sentence's places, their token indexes local to the sentence.
    """
    tokens = doc.sentence_tokens(sent)
    start = _each_of(tokens)
    if start is None:
        return rows
    items = _item_places(tokens, start, places)
    out = []
    for row in rows:
        out.append(row)
        if row["type"] != "us_strike" or len(items) < 2 or row.get("place") not in {m.value["canonical"] for m in items}:
            continue
        seen = {row["place"]}
        for m in items:
            if m.value["canonical"] not in seen:
                seen.add(m.value["canonical"])
                out.append({**row, "place": m.value["canonical"], "lat": m.value["lat"], "lon": m.value["lon"]})
    return out
