"""Missiles or rockets: a plain rocket noun (صاروخ) fired by a state's forces is a missile.

The press writes صاروخ for a faction's Katyusha and for Iran's ballistic missile alike;
who fires it decides the unit of an attack count (data/weapons.yaml, ``state_unit``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, background_cut
from rasd.gazetteer import weapon_matcher
from rasd.launch_cues import drone_fires, launched_from_iran, missiles_told_before
from rasd.lexicon import PhraseMatcher, word_set
from rasd.text import Token, clitic_variants

if TYPE_CHECKING:
    from rasd.attacks import Figure

__all__ = ["fired_by_state", "iranian_salvo_topic", "missile_launcher"]


@cache
def _air_raid_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, True) for w in word_set("attack_context.yaml", "air_raid_words"))


def _iran_as_launcher(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[Any]:
    """Iran or its capital named as the subject of a launch or salvo verb, before or after it.

    ``إن إيران أطلقت … 12 صاروخا``, ``وأطلقت إيران 12 صاروخا``, ``وكانت إيران قد أمطرت القاعدة
    بعشرات الصواريخ`` (data/attack_context.yaml, ``state_salvo_verbs``).
    """
    launch = word_set("event_triggers.yaml", "launch_words") | word_set("attack_context.yaml", "state_salvo_verbs")
    particles = word_set("attack_context.yaml", "subject_particles")
    found = []
    for p in doc.within(doc.places, sent):
        if p.value.get("country") != "Iran" or p.value.get("type") not in {"country", "city"}:
            continue
        after = [t.text for t in tokens if t.start >= p.end][:2]
        nxt = after[1] if len(after) == 2 and after[0] in particles else (after[0] if after else "")
        prev = next((t.text for t in reversed(tokens) if t.end <= p.start), "")
        if nxt in launch or any(stem in launch for _, stem in clitic_variants(prev)):
            found.append(p)  # "إن إيران أطلقت … 12 صاروخا", "وأطلقت إيران 12 صاروخا"
    return found


def _iranian_at(tokens: list[Token], at: int | None) -> bool:
    """The Iranian adjective at token ``at``, not a weapon's origin (``إيرانية الصنع``)."""
    if at is None or at >= len(tokens) or (m := adjective_matcher().match_at(tokens, at)) is None or m.value != "Iranian":
        return False
    return not (m.last_token + 1 < len(tokens) and tokens[m.last_token + 1].text in word_set("attack_context.yaml", "made_in_words"))


def _iranian_weapon(tokens: list[Token], fig: Figure) -> bool:
    """The figure's noun followed by the Iranian adjective (``8 صواريخ إيرانية``), not its origin (``إيرانية الصنع``)."""
    return _iranian_at(tokens, next((i for i, t in enumerate(tokens) if t.start >= fig.end), None))


def _iranian_noun_before(norm: str, tokens: list[Token], weapons: list[Any], fig: Figure) -> bool:
    """A plain rocket noun with the Iranian adjective named before the figure, in its clause.

    ``عدد الصواريخ الإيرانية بلغ 15``, ``الصواريخ الإيرانية … بلغ عددها 35 صاروخا``; not after a
    comma (``لم تصب الصواريخ الإيرانية أحدا، فيما أطلقت الفصائل 3 صواريخ``).
    """
    return any(
        m.value.get("state_unit")
        and m.end <= fig.num.nstart
        and "," not in norm[m.end : fig.num.nstart]
        and _iranian_at(tokens, m.last_token + 1)
        for m in weapons
    )


def _state_drone(tokens: list[Token], weapons: list[Any], fig: Figure) -> bool:
    """A drone named with a state's nationality adjective before the figure: it is the launcher."""
    for m in weapons:
        if m.value["unit"] == "drone" and m.end <= fig.num.nstart and m.last_token + 1 < len(tokens):
            if adjective_matcher().match_at(tokens, m.last_token + 1) is not None:
                return True
    return False


def missile_launcher(doc: Doc, sent: DocSentence, tokens: list[Token], fig: Figure, iran_salvo: bool = False) -> str:
    """Who fires a plain rocket noun when it is a state's missile: ``iran``, ``air``, ``told`` or ``carried``; else "".

    Iran's forces (``قصف الحرس الثوري … بـ12 صاروخا``) give ``iran``; a state's aircraft or
    drone (``أطلقت مسيرة أميركية صاروخين``, even at a faction named after the figure), or an
    air raid named before it, give ``air``; US ground forces fire rockets. Weapons launched from
    Iran, a drone that fires them, or missiles the sentence named before the figure give
    ``iran``, ``air`` or ``told`` (rasd.launch_cues). Once the article
    has told of Iran's missiles (``iran_salvo``), a later plain figure with no faction in its
    sentence counts them too (``وأصاب 9 صواريخ القاعدة``): ``carried``; a faction named only in a
    background clause after the figure (``… عقب تعهد فصائل عراقية بالرد``) does not fire it.
    """
    weapons = [m for m in weapon_matcher().find(tokens)]
    after_noun = fig.end == fig.num.nend  # "الصواريخ الستة": the plain noun stands right before the number
    plain = any(
        m.value.get("state_unit") and (m.end == fig.end or (after_noun and not doc.nt.norm[m.end : fig.num.nstart].strip()))
        for m in weapons
    )
    if not plain and not (fig.end == fig.num.nend and _iranian_noun_before(doc.nt.norm, tokens, weapons, fig)):
        return ""  # a bare total counts the plain noun named before it ("عدد الصواريخ الإيرانية بلغ 15")
    if any(m.value["unit"] == "rocket" and not m.value.get("state_unit") for m in weapons):
        return ""  # "صاروخين من طراز كاتيوشا"
    if next((m for m in _air_raid_matcher().find(tokens) if m.end <= fig.num.nstart), None) is not None:
        return "air"  # "غارات جوية طالت المقر بـ4 إلى 5 صواريخ": aircraft fire missiles
    if launched_from_iran(doc, tokens):
        return "iran"  # "15 صاروخا أطلقت من إيران", "انطلقت من محافظة إيلام الإيرانية"
    if drone_fires(doc, sent, tokens, weapons, fig):
        return "air"  # "استهدفت طائرة مسيرة سيارة قيادي في الحشد بصاروخين"
    if missiles_told_before(doc, tokens, weapons, fig):
        return "told"  # "لهجوم بصواريخ باليستية، وسقط صاروخان داخل القاعدة"
    actors = doc.within(doc.actors, sent)
    if any(a.value.get("type") in {"militia", "armed_group"} and a.end <= fig.num.nstart for a in actors):
        return ""  # a faction named after the figure is its target ("4 صواريخ على رتل للنجباء")
    if _iranian_weapon(tokens, fig) or _iranian_noun_before(doc.nt.norm, tokens, weapons, fig):
        return "iran"  # "8 صواريخ إيرانية سقطت داخل القاعدة", "الصواريخ الإيرانية … بلغ عددها 35"
    if _state_drone(tokens, weapons, fig):
        return "air"  # "أطلقت طائرة مسيرة أمريكية 4 صواريخ"
    platform = any(m.value.get("kind") == "platform" and m.end <= fig.num.nstart for m in weapons)
    if platform:
        launchers = [a for a in actors if a.value.get("type") == "state"]  # "مسيرة أميركية أطلقت صاروخين"
    else:
        launchers = [a for a in actors if a.value.get("type") == "state" and a.value.get("country") == "Iran"]
        launchers += _iran_as_launcher(doc, sent, tokens)
    for a in launchers:  # the state's forces fire it: no "إن/أن" between them and the figure
        if a.end <= fig.num.nstart:
            between = {t.text for t in tokens if a.end <= t.start < fig.num.nstart}
            if not between & word_set("attack_context.yaml", "complementizers"):
                return "air" if platform else "iran"
    groups = word_set("presence_context.yaml", "other_groups")
    cut = background_cut(tokens, next((k for k, t in enumerate(tokens) if t.end > fig.num.nstart), len(tokens)))
    end = tokens[cut].start if cut < len(tokens) else sent.nend  # "… عقب تعهد فصائل عراقية": the cause, not the launcher
    named = any(a.value.get("type") in {"militia", "armed_group"} and a.start < end for a in actors) or any(
        stem in groups for t in tokens[:cut] for _, stem in clitic_variants(t.text)
    )  # "فيما أطلقت الفصائل 3 صواريخ": a faction's rockets
    if iran_salvo and not platform and not named:
        return "carried"
    return ""


def iranian_salvo_topic(doc: Doc) -> bool:
    """Whether the headline or the first body sentence tells of Iran's strike or missiles.

    ``بعد الضربة الإيرانية على عين الأسد``, ``صواريخ باليستية إيرانية``: an attack or rocket
    noun right before the Iranian adjective (not a weapon's origin, ``إيرانية الصنع``). The
    plain figures of such an article count Iran's missiles unless their sentence names a
    faction (:func:`missile_launcher`, ``carried``).
    """
    heads = [s for s in doc.sentences if s.kind == "headline"][:1] + [s for s in doc.sentences if s.kind == "body"][:1]
    for sent in heads:
        tokens = doc.sentence_tokens(sent)
        for k in range(len(tokens) - 1):
            noun = _salvo_noun_matcher().match_at(tokens, k)
            if noun is not None and _iranian_at(tokens, noun.last_token + 1):
                return True
    return False


@cache
def _salvo_noun_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, True) for w in word_set("attack_context.yaml", "state_salvo_nouns"))


def fired_by_state(doc: Doc, sent: DocSentence, tokens: list[Token], fig: Figure) -> bool:
    """A plain rocket noun fired by a state's forces, in a sentence that names no faction: a missile."""
    return bool(missile_launcher(doc, sent, tokens, fig))
