"""Who launched a plain rocket figure, read from the clause around it: cues of a state's missile.

Three constructions of the press make a plain صاروخ a missile although no state is named as
its launcher before the figure:

* the weapons were launched from Iran (``15 صاروخا أطلقت من إيران``, ``انطلقت من محافظة
  إيلام الإيرانية``, ``من داخل الأراضي الإيرانية``): :func:`launched_from_iran`;
* a drone fires them at its target (``استهدفت طائرة مسيرة سيارة … بصاروخين``, ``أطلقت مسيرة
  ثلاثة صواريخ``), with or without its nationality: :func:`drone_fires`;
* the sentence named them as missiles first (``لهجوم بصواريخ باليستية، وسقط صاروخان داخل
  القاعدة``), and no rocket type nor a faction stands between: :func:`missiles_told_before`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.attack_nouns import is_instrument
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["drone_fires", "launched_from_iran", "missiles_told_before"]

_ORIGIN_REACH = 4  # tokens from "من" to the Iranian place ("من داخل الأراضي الإيرانية")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _is_launch(word: str) -> bool:
    return bool(_stems(word) & word_set("event_triggers.yaml", "launch_words"))


def _iranian_place_at(doc: Doc, tokens: list[Token], k: int) -> bool:
    """Iran, one of its places, or a noun with the Iranian adjective at token ``k``."""
    t = tokens[k]
    if any(p.start <= t.start < p.end and p.value.get("country") == "Iran" for p in doc.places):
        return True
    m = adjective_matcher().match_at(tokens, k)
    if m is None or m.value != "Iranian" or k == 0:
        return False
    after = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
    return after not in word_set("attack_context.yaml", "made_in_words")  # "إيرانية الصنع" is no origin


def launched_from_iran(doc: Doc, tokens: list[Token]) -> bool:
    """A launch word of the sentence followed by «من» and Iran or an Iranian place.

    ``أطلقت من إيران``, ``وانطلقت من ولاية إيلام الإيرانية``; not ``قرب الحدود مع إيران``
    nor a weapon made in Iran (``إيرانية الصنع``).
    """
    for k, t in enumerate(tokens[:-1]):
        if not _is_launch(t.text) or tokens[k + 1].text != "من":
            continue
        if any(_iranian_place_at(doc, tokens, j) for j in range(k + 2, min(len(tokens), k + 2 + _ORIGIN_REACH))):
            return True
    return False


def _number_token(tokens: list[Token], fig: Figure) -> int:
    return next((k for k, t in enumerate(tokens) if t.end > fig.num.nstart), len(tokens))


def _instrumental(doc: Doc, tokens: list[Token], fig: Figure) -> bool:
    """The figure is the means of the act: ``بصاروخين``, ``بثلاثة صواريخ``, ``بـ 3 صواريخ``."""
    k = _number_token(tokens, fig)
    if k < len(tokens) and tokens[k].start < fig.num.nstart:
        return "ب" in doc.nt.norm[tokens[k].start : fig.num.nstart]
    return k > 0 and tokens[k - 1].text in {"ب", "وب"}


def drone_fires(doc: Doc, sent: DocSentence, tokens: list[Token], weapons: list[Any], fig: Figure) -> bool:
    """A drone named before the figure, as the actor, fires it: its rockets are missiles.

    The drone is no instrument itself (``بطائرة مسيرة و3 صواريخ`` names two weapons of a
    faction), no faction is named before it, no comma stands between it and the figure, and
    the figure is the means of its act (``بصاروخين``) or the object of a launch verb
    (``أطلقت مسيرة ثلاثة صواريخ``).
    """
    k = _number_token(tokens, fig)
    instrumental = _instrumental(doc, tokens, fig)
    factions = [a for a in doc.within(doc.actors, sent) if a.value.get("type") in {"militia", "armed_group"}]
    for m in weapons:
        if m.value["unit"] != "drone" or m.end > fig.num.nstart or is_instrument(tokens, m.first_token):
            continue
        if "," in doc.nt.norm[m.end : fig.num.nstart] or any(a.end <= m.start for a in factions):
            continue
        if instrumental or any(_is_launch(t.text) for t in tokens[max(0, m.first_token - 1) : k]):
            return True  # "أطلقت طائرة مسيرة ثلاثة صواريخ", "مسيرة … أطلقت صاروخين"
    return False


def missiles_told_before(doc: Doc, tokens: list[Token], weapons: list[Any], fig: Figure) -> bool:
    """Missiles (ballistic, cruise) named before the figure in its sentence, and no rocket type.

    ``تعرضت القاعدة لهجوم بصواريخ باليستية، وسقط صاروخان داخل القاعدة``: the two are of the
    missiles told. A rocket type anywhere in the sentence (``كاتيوشا``) or a group named
    between the missiles and the figure (``فيما أطلقت الفصائل 3 صواريخ``) keeps the rocket.
    """
    if any(m.value["unit"] == "rocket" and not m.value.get("state_unit") for m in weapons):
        return False
    told = [m for m in weapons if m.value["unit"] == "missile" and m.end <= fig.num.nstart]
    if not told:
        return False
    groups = word_set("presence_context.yaml", "other_groups")
    between = [t.text for t in tokens if told[-1].end <= t.start < fig.num.nstart]
    if any(_stems(w) & groups for w in between):
        return False
    factions = (a for a in doc.actors if a.value.get("type") in {"militia", "armed_group"})
    return not any(told[-1].end <= a.start < fig.num.nstart for a in factions)
