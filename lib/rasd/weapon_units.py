"""The unit of a weapon figure: its noun, the type named after it, and who launched it.

A plain noun counts the weapons, and the words after it may say which they were: a type
right after ``من نوع/من طراز`` (``بثلاث قذائف من نوع كاتيوشا`` are rockets, ``بصاروخين من
طراز كروز`` missiles) or a following clause that points back to them (``وسقطت 3 قذائف، يعتقد
أنها صواريخ كاتيوشا``), also in the next sentence (``… القذائف من نوع كاتيوشا``). A bare
shell (قذيفة, counted as mortar) takes any type named; a plain صاروخ takes a missile type. A
rocket is then a missile when a state fires it (:func:`rasd.missiles.missile_launcher`). Type
names: data/weapons.yaml (``type_names``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import weapon_matcher
from rasd.lexicon import PhraseMatcher, load_yaml, word_set
from rasd.missiles import missile_launcher
from rasd.text import Token, clitic_variants

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["named_type_unit", "weapon_unit"]

_PLAIN_IDS = frozenset({"rocket_plain", "shell_plain"})
_POINTER_REACH = 6  # tokens from the counted noun to the pointer of a following clause ("، يعتقد أنها")
_AFTER_POINTER = 2  # tokens from the pointer to the weapon or type it names ("أنها من نوع …")
_NEXT_REACH = 6  # tokens of the next sentence the noun pointed back to may start in ("وأوضح المصدر أن القذائف")


@cache
def _type_matcher() -> PhraseMatcher:
    names = load_yaml("weapons.yaml")["type_names"]
    return PhraseMatcher((name, unit) for unit, forms in names.items() for name in forms)


def _words(key: str) -> frozenset[str]:
    return word_set("weapons.yaml", key)


def _type_at(tokens: list[Token], k: int) -> str | None:
    """Unit of a type named at token ``k``, after an optional «من» and a type lead."""
    if k < len(tokens) and tokens[k].text == "من":
        k += 1
    if k < len(tokens) and any(stem in _words("type_leads") for _, stem in clitic_variants(tokens[k].text)):
        k += 1
    m = _type_matcher().match_at(tokens, k)
    return m.value if m is not None else None


def _weapon_at(tokens: list[Token], k: int) -> str | None:
    m = weapon_matcher().match_at(tokens, k)
    if m is None or m.value.get("id") in _PLAIN_IDS or m.value["unit"] not in {"rocket", "missile", "mortar"}:
        return None
    return m.value["unit"]


def _type_after(tokens: list[Token], j: int) -> str | None:
    """The unit of a type named from token ``j``: right there, or after a pointer in the next words."""
    found = _type_at(tokens, j)
    for k in range(j, min(len(tokens), j + _POINTER_REACH)):
        if found or any(c.isdigit() for c in tokens[k].text):
            break
        if any(stem in _words("type_pointers") for _, stem in clitic_variants(tokens[k].text)):
            for at in range(k + 1, min(len(tokens), k + 1 + _AFTER_POINTER)):
                found = _weapon_at(tokens, at) or _type_at(tokens, at)
                if found:
                    break
    return found


def _told_in_next(doc: Doc, sent: DocSentence, plain_id: str) -> str | None:
    """The type the next sentence gives the same plain noun, definite, near its start.

    ``سقطت 3 قذائف قرب السفارة. وأوضح المصدر أن القذائف من نوع كاتيوشا``.
    """
    body = doc.narrative()
    nxt = next((b for a, b in zip(body, body[1:], strict=False) if a is sent), None)
    if nxt is None:
        return None
    tokens = doc.sentence_tokens(nxt)
    for m in weapon_matcher().find(tokens[:_NEXT_REACH]):
        if m.value.get("id") == plain_id and doc.nt.norm[m.start : m.start + 2] == "ال":
            return _type_after(tokens, m.last_token + 1)
    return None


def named_type_unit(tokens: list[Token], fig: Figure, doc: Doc | None = None, sent: DocSentence | None = None) -> str | None:
    """The unit of the type named after a plain weapon noun, or None.

    ``3 قذائف من نوع كاتيوشا`` -> rocket; ``صاروخين من طراز كروز`` -> missile; ``سقطت 3 قذائف
    على القاعدة، يعتقد أنها صواريخ كاتيوشا`` -> rocket. A number before the pointer ends the
    reach: the clause then tells another figure. With ``doc`` and ``sent``, the next sentence
    may name the type of the same noun (:func:`_told_in_next`).
    """
    m = next((w for w in weapon_matcher().find(tokens) if w.end == fig.end), None)
    if m is None or m.value.get("id") not in _PLAIN_IDS:
        return None
    found = _type_after(tokens, m.last_token + 1)
    if found is None and doc is not None and sent is not None:
        found = _told_in_next(doc, sent, m.value["id"])
    if found is None or (m.value["id"] == "rocket_plain" and found != "missile"):
        return None
    return found


def weapon_unit(doc: Doc, sent: DocSentence, tokens: list[Token], fig: Figure, salvo: bool) -> tuple[str, bool]:
    """The unit of a figure after its named type and its launcher, and whether Iran's salvo is now told.

    Args:
        doc: The article.
        sent: The figure's sentence.
        tokens: Its tokens.
        fig: The figure (its ``unit`` from the noun counted).
        salvo: Whether the article told of Iran's missiles before.
    """
    unit = fig.unit
    if unit in {"rocket", "mortar"} and (named := named_type_unit(tokens, fig, doc, sent)):
        unit = named
    if unit == "rocket" and (launcher := missile_launcher(doc, sent, tokens, fig, salvo)):
        return "missile", salvo or launcher == "iran"
    return unit, salvo
