"""Base-presence rows of the deployments table: bases named as hosting a force.

A row (count empty) is a gazetteer base that a sentence says hosts a force: a presence verb after the base (``قاعدة التنف التابعة
للتحالف``, ``… التي تضم مستشارين``) or before it (``ينتشر … في
قاعدة حرير``), or a force adjective on the base (``القاعدة الأميركية في
الشدادي``), or a base noun owned by a force before it (``أكبر قاعدة للتحالف
الدولي في سوريا، الواقعة في حقل العمر``). A place named only as a landmark
(``الملاصق لمطار بغداد``) is not a base row, unless a presence clause of its own
follows it (``قرب قاعدة حرير التي تستضيف قوات أميركية``). One row per base and
article, and one per force when the sentence that first names the base lists
several (``التي تضم جنودا أميركيين وبريطانيين``). Bases listed after one that hosts a
force share it (``في التنف، وفي منطقة الشدادي``), and a presence verb whose pronoun points
back to the base just named gives it a row (``… حقل العمر. ويتمركز فيه جنود أميركيون``; in
:mod:`rasd.base_resumed`).
Further ties (withdrawal, a base noun a force owns, a description after the base, an unnamed
base and the place it is at, a base counted among the force's bases, a base as topic) are in
:mod:`rasd.base_ties`; a base the factions call occupied (``قاعدة عين الأسد المحتلة``) is in
:mod:`rasd.base_occupiers`, towns listed after a force's base noun and a town noun (``قواعد الجيش
الأمريكي في مدن الشدادي ورميلان``) in :mod:`rasd.base_site_lists`.
"""

from __future__ import annotations

from typing import Any

from rasd.base_activity import activity_force, set_off_force
from rasd.base_agreement import clause_is_landmarks_own, clause_taken_by_landmark
from rasd.base_asides import aside_force
from rasd.base_carried_force import carried_force
from rasd.base_clause_lists import clause_listed_force
from rasd.base_conditions import condition_trails
from rasd.base_cues import is_hedged, is_place_object, is_planned, left_force
from rasd.base_defences import defended_force
from rasd.base_descriptions import located_description_force
from rasd.base_designations import designation_force
from rasd.base_elatives import elative_clause_force
from rasd.base_goals import goal_force
from rasd.base_headquarters import headquarters_force
from rasd.base_kept import kept_base_force
from rasd.base_launch import launch_force, launched_from
from rasd.base_limits import (
    crosses_contrast,
    denies_force,
    has_contrast_between,
    is_conditional,
    locates_prior_base,
)
from rasd.base_lists import is_conjoined, is_inside_conjunct, locates_base
from rasd.base_locators import is_locating_stretch
from rasd.base_moves import force_before_base, moved_force
from rasd.base_nearby import is_near_conjunct, nearby_unnamed_force
from rasd.base_occupiers import occupier_force
from rasd.base_ordinals import ordinal_rows
from rasd.base_other_lists import other_bases_force, town_named_as_base
from rasd.base_owned_lists import owned_list_force
from rasd.base_owners import possessor_force
from rasd.base_part_towns import opened_by_part
from rasd.base_parts import is_part_conjunct
from rasd.base_plural_topics import plural_bases_force
from rasd.base_possessed_troops import possessed_troops_force
from rasd.base_prior_attacks import prior_attack_force
from rasd.base_resumed import resumed_in_sentence
from rasd.base_seats import seat_force
from rasd.base_site_lists import site_list_force
from rasd.base_threads import held_inside_force, stationed_inside
from rasd.base_ties import (
    converted_force,
    described_force,
    listed_force,
    located_base_force,
    owned_base_force,
    topic_force,
    withdrawal_force,
)
from rasd.base_uses import used_as_base_force
from rasd.doc import Doc, DocSentence
from rasd.forces import (
    adjective_matcher,
    find_force,
    force_matcher,
    has_presence_word,
    presence_words,
)
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of, is_landmark, related_base
from rasd.text import Token

__all__ = ["base_rows"]

_AFTER_WINDOW = 2  # words between a base and a presence verb after it (landmarks not counted)
_BEFORE_WINDOW = 25  # tokens between a presence verb and a base that follows it
_ADJ_WINDOW = 3  # tokens between a base and a force adjective that follows it
_PREPOSITIONS = frozenset({"في", "من", "الى", "عن"})  # a word after one of these is a noun
_OWNER_WINDOW = 10  # tokens between "قاعدة لِـ<force>" and the place it is said to be at
_DESCRIBED_WINDOW = 7  # words between "القاعدة الأميركية" and the base named after "في" (marks not counted)
_CLAUSE_REACH = 8  # tokens of a presence clause after a base ("التي تضم جنودا اميركيين وبريطانيين")
_VERB_OBJECT_REACH = 5  # tokens after a presence verb where the force it hosts is named
_REGION_TYPES = frozenset({"country", "region", "governorate", "area"})  # places that only say where a base is


def _gap(doc: Doc, tokens: list[Token], k_last: int, v_first: int, off: int) -> int:
    """Words between a base and a verb, none when they only say where it is (:mod:`rasd.base_locators`).

    Landmark phrases, relative pronouns and the region the base is in (``مطار أربيل في
    إقليم كردستان، الذي يضم``) are not counted.
    """
    if is_locating_stretch(doc, tokens, off, k_last, v_first):
        return 0  # "عين الاسد في محافظة الانبار غربي العراق، حيث يتمركز"
    skip = set(presence_words("landmark_words")) | set(presence_words("relative_pronouns"))
    between = [m for m in doc.places if off + k_last < m.first_token and m.last_token < off + v_first]
    inside = {
        k - off
        for m in between
        if is_landmark(doc, m) or _locates_clause_head(tokens, m, off)
        for k in range(m.first_token - (0 if is_landmark(doc, m) else 1), m.last_token + 1)
    }
    return sum(1 for k in range(k_last + 1, v_first) if k not in inside and tokens[k].text not in skip)


def _locates_clause_head(tokens: list[Token], m: PhraseMatch, off: int) -> bool:
    """``في <region>`` right before the relative clause or verb that follows a base.

    ``مطار أربيل في إقليم كردستان، الذي يضم``; not before a verb with its own و (``وتستضيف قطر``).
    """
    k_first, k_next = m.first_token - off, m.last_token - off + 1
    if m.value.get("type") not in _REGION_TYPES or k_first < 1 or tokens[k_first - 1].text != "في":
        return False
    nxt = tokens[k_next].text if k_next < len(tokens) else ""
    return nxt in presence_words("relative_pronouns") or (
        not nxt.startswith("و") and presence_verb_matcher().match_at(tokens, k_next) is not None
    )


def _adjective_at(tokens: list[Token], j: int, k_last: int) -> PhraseMatch | None:
    """A force adjective at token ``j``; after the base, a word right after a preposition is a noun.

    ``قاعدة إنجرليك في تركيا``: the country, not the adjective تركيا (``جنديا تركيا``).
    """
    if j > k_last and tokens[j - 1].text in _PREPOSITIONS:
        return None
    return adjective_matcher().match_at(tokens, j)


def _adjective_on(tokens: list[Token], k_first: int, k_last: int) -> bool:
    """A force adjective inside or right after a base name (``قاعده فكتوريا العسكريه الاميركيه``)."""
    hi = min(k_last + 1 + _ADJ_WINDOW, len(tokens))
    return any(_adjective_at(tokens, j, k_last) for j in range(k_first + 1, hi))


def _owning_force(tokens: list[Token], k_first: int) -> str | None:
    """A force named as owner of a base noun before the place: ``قاعدة للتحالف الدولي … في حقل العمر``."""
    for k in range(max(0, k_first - _OWNER_WINDOW), k_first):
        if tokens[k].text not in presence_words("base_nouns"):
            continue
        for j in (k + 1, k + 2):  # "قاعدة عسكرية للقوات الاميركية"
            owner = force_matcher().match_at(tokens, j) if j < k_first else None
            if owner is not None and tokens[j].text.startswith("ل"):
                return str(owner.value)
    return None


def _described_base(tokens: list[Token], k_first: int) -> str | None:
    """A base noun with a force adjective, then the base after ``في`` or list links only.

    ``القاعدة الأميركية في حقل غاز كونيكو``, ``قواعد أمريكية هي الشدادي`` (list links:
    data/presence_context.yaml).
    """
    naming = presence_words("naming_words")  # "الذي يحمل اسم", "وتعرف باسم": not counted in the window
    words = [k for k in range(k_first) if any(c.isalnum() for c in tokens[k].text) and tokens[k].text.removeprefix("و") not in naming]
    nouns = presence_words("base_nouns") | presence_words("described_site_nouns")  # "الموقع العسكري الأمريكي"
    for k in words[-_DESCRIBED_WINDOW:]:
        if tokens[k].text not in nouns:
            continue
        q = k + 1 + (k + 1 < k_first and tokens[k + 1].text in presence_words("base_qualifiers"))  # "العسكرية"
        adj = adjective_matcher().match_at(tokens, q)
        if adj is None or adj.last_token >= k_first:
            continue
        between = [t.text for t in tokens[adj.last_token + 1 : k_first] if any(c.isalnum() for c in t.text) and t.text.removeprefix("و") not in naming]
        if presence_words("described_leads").intersection(between) or all(w in presence_words("list_links") for w in between):
            return str(adj.value)
    return None


def _possessed_bases(tokens: list[Token], k_first: int) -> str | None:
    """A force that owns a base noun before it: ``وللقوات الأميركية قواعد في سوريا أبرزها قاعدة …``."""
    for k in range(max(0, k_first - _OWNER_WINDOW), k_first):
        if tokens[k].text not in presence_words("base_nouns"):
            continue
        for owner in force_matcher().find(tokens[max(0, k - 3) : k]):
            first = tokens[max(0, k - 3) + owner.first_token].text
            if first.startswith(("ل", "ول")) and max(0, k - 3) + owner.last_token == k - 1:
                return str(owner.value)
    return None


def _clause_forces(tokens: list[Token], m: PhraseMatch, off: int) -> list[str]:
    """Every force a presence clause right after a base names (``التي تضم جنودا أميركيين وبريطانيين``).

    A contrast opener between them (``حميميم، فيما ينتشر جنود أمريكيون``) starts another clause.
    """
    k_last = m.last_token - off
    for v in presence_verb_matcher().find(tokens):
        if 0 < v.first_token - k_last <= _CLAUSE_REACH and not has_contrast_between(tokens, k_last, v.first_token):
            window = tokens[v.last_token + 1 : v.last_token + 1 + _CLAUSE_REACH]
            forces = [str(a.value) for a in adjective_matcher().find(window) if a.first_token == 0 or window[a.first_token - 1].text not in _PREPOSITIONS]  # "في تركيا": a country
            return list(dict.fromkeys(forces))
    return []


def _own_clause(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> bool:
    """A presence clause of the base's own right after it (``قاعدة حرير التي تستضيف قوات``)."""
    off = sent.tok_lo
    k_last = m.last_token - off
    return any(
        0 < v.first_token - k_last and _gap(doc, tokens, k_last, v.first_token, off) <= _AFTER_WINDOW
        for v in presence_verb_matcher().find(tokens)
    )


def _named_after_verb(tokens: list[Token], v: PhraseMatch) -> str:
    """The force a verb that takes it after names in its object (``يضم قوات من التحالف``), or ""."""
    if v.value.get("force") != "after":
        return ""
    named = next(iter(force_matcher().find(tokens[v.last_token + 1 : v.last_token + 1 + _VERB_OBJECT_REACH])), None)
    return str(named.value) if named is not None else ""


def _hosts_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch, bases: list[PhraseMatch]) -> str | None:
    """The force a sentence says a base hosts, or None when it says nothing of the kind."""
    off = sent.tok_lo
    k_first, k_last = m.first_token - off, m.last_token - off
    owner = _owning_force(tokens, k_first) or owned_base_force(tokens, k_first) or held_inside_force(tokens, k_first)
    owner = owner or kept_base_force(tokens, k_first)
    if owner is not None:
        return owner
    for j in range(k_first + 1, min(k_last + 1 + _ADJ_WINDOW, len(tokens))):
        if j > k_last and tokens[j].text in presence_words("landmark_words"):
            break  # "قاعدة إنجرليك جنوبي تركيا": where the base is, not whose
        adj = _adjective_at(tokens, j, k_last)
        if adj is not None:
            return str(adj.value)
    promoted = k_first > 0 and base_of(doc, m) is not None and m.value["type"] not in {"base", "airport"}
    if promoted:
        adj = next(iter(adjective_matcher().find(tokens[max(0, k_first - 4) : k_first])), None)
        if adj is not None:
            return str(adj.value)
    described = _described_base(tokens, k_first)
    if described is not None:
        return described
    for v in presence_verb_matcher().find(tokens):
        force = None
        if denies_force(tokens, v):
            continue  # "لا تضم أي جنود أمريكيين", "التي يعمل بها متعاقدون أمريكيون"
        if 0 < k_first - v.last_token <= _BEFORE_WINDOW and not crosses_contrast(tokens, v.last_token, k_first, [b.first_token - off for b in bases if b is not m]):
            force = find_force(tokens, k_last, k_first) or find_force(tokens, len(tokens) - 1, v.first_token)
        elif 0 < v.first_token - k_last and _gap(doc, tokens, k_last, v.first_token, off) <= _AFTER_WINDOW and (
            not clause_taken_by_landmark(doc, tokens, off, m, v.first_token, bases)  # "… من قاعدة حرير التي تتبع"
        ):
            force = _named_after_verb(tokens, v) or find_force(tokens, v.last_token, k_first)
            force = force or find_force(tokens, len(tokens) - 1, k_first)
            if force == "" and (has_presence_word(tokens[v.last_token + 1 : v.last_token + 1 + _VERB_OBJECT_REACH], "local_adjectives") or is_place_object(doc, off, v)):
                force = None  # "التي تضم طائرات عراقية": a local force, not an unnamed foreign one; "التابع لمحافظة أربيل"
        if force is not None and (force or not v.value.get("needs_force")):
            return force
    return (
        resumed_in_sentence(tokens, k_last, [b.last_token - off for b in bases])
        or plural_bases_force(tokens, k_first)
        or occupier_force(tokens, k_first, k_last, str(m.value["country"]))  # "قاعدة عين الأسد المحتلة"
    )


def _list_forces(doc: Doc, sent: DocSentence, tokens: list[Token], bases: list[PhraseMatch]) -> list[str | None]:
    """The force each base of a sentence hosts; a list of bases shares one.

    Forward, a base added with و takes the force of the one before (``هي الشدادي والتنف``);
    backward, a dual relative clause after the last of two bases gives the first its force
    too (``قاعدتي عين الأسد وحرير في العراق، اللتين تستضيفان قوات أمريكية``).
    """
    off = sent.tok_lo
    forces: list[str | None] = []
    for idx, m in enumerate(bases):
        force = _hosts_force(doc, sent, tokens, m, bases)
        if force is None:
            force = _possessed_bases(tokens, m.first_token - off) or withdrawal_force(doc, sent, tokens, m)
        if force is None:
            nxt = bases[idx + 1].first_token - off if idx + 1 < len(bases) else None
            force = described_force(tokens, m.last_token - off, nxt)  # "البرج 22، وهو موقع … يتمركز فيه جنود"
            force = force or located_description_force(doc, tokens, off, m.last_token - off, nxt)  # "… شمال شرقي سوريا وهي قاعدة"
            force = force or designation_force(tokens, m.last_token - off, nxt)  # "المعروفة بمركز الدعم … الأمريكي"
            force = force or topic_force(tokens, m.first_token - off, m.last_token - off, nxt)
            force = force or listed_force(tokens, m.first_token - off)  # "القواعد الأمريكية …، تصدرتها قاعدة كونيكو"
            force = force or owned_list_force(tokens, m.first_token - off, doc.nt.norm)  # "تسيطر القوات الأمريكية على 3 مطارات، وهم"
            force = force or seat_force(tokens, m.last_token - off, m.value["type"])
            force = force or other_bases_force(doc, sent, tokens, m.first_token - off)  # "تشمل القواعد الأخرى قاعدة X"
            force = force or located_base_force(tokens, m.first_token - off)  # "قاعدة تتمركز فيها قوات … في الرميلان"
            force = force or converted_force(tokens, m.first_token - off, m.last_token - off, nxt)  # "حولته القوات …"
            force = force or used_as_base_force(tokens, m.last_token - off, nxt)  # "استخدام مطار حرير كقاعدة للقوات الأمريكية"
            force = force or left_force(tokens, m.last_token - off, nxt)  # "بعد انسحاب قوات التحالف منها"
            force = force or moved_force(doc, sent, tokens, m)  # "وصلت تعزيزات أمريكية إلى قاعدة عين الأسد"
            force = force or force_before_base(tokens, m.first_token - off)  # "على القوات الأمريكية في قاعدة حرير"
            force = force or possessor_force(tokens, m.first_token - off)  # "الجيش الأميركي … أن قواته في قاعدة التنف"
            force = force or set_off_force(doc, sent, tokens, m, nxt)  # "، أكبر قواعد الاحتلال", "هبطت طائرة أمريكية في"
            force = force or launch_force(tokens, m.first_token - off)  # "انطلاقا من قاعدة أربيل، ستواصل واشنطن"
            force = force or defended_force(tokens, m.first_token - off)  # "أسقطت القوات الأمريكية مسيرة قرب قاعدة التنف"
            force = force or goal_force(tokens, off, bases, idx, lambda b: withdrawal_force(doc, sent, tokens, b))  # "أخلت … قاعدة التنف باتجاه قاعدة البرج 22"
            force = force or elative_clause_force(tokens, m.first_token - off) or aside_force(doc.nt.norm, tokens, m.first_token - off)  # "وآخر هذه القواعد التي أخلتها القوات الأمريكية بالكامل قاعدة قسرك"
            force = force or headquarters_force(tokens, m.first_token - off, m.last_token - off) or possessed_troops_force(tokens, m.first_token - off)  # "التي تتخذ من قاعدة حرير مقرا", "وللولايات المتحدة قوات في"
        prev = bases[idx - 1].last_token - off if idx else -1
        if force is None and idx and any(f(tokens, prev, m.first_token - off) for f in (is_conjoined, is_near_conjunct, is_part_conjunct)):
            force = forces[-1]  # "هي الشدادي والتنف", "وفي منطقة الشدادي": the list shares the first base's force
        forces.append(force)
    for idx in range(len(bases) - 2, -1, -1):
        cur, nxt = bases[idx], bases[idx + 1]
        linked = is_conjoined(tokens, cur.last_token - off, nxt.first_token - off) or (
            nxt.first_token == cur.last_token + 1 and _canonical(doc, cur) == _canonical(doc, nxt)
        )  # "وباشور (الحرير)": one base named twice
        if forces[idx] is None and forces[idx + 1] is not None and linked and _dual_clause_after(tokens, nxt.last_token - off):
            forces[idx] = forces[idx + 1]
    return forces


def _located_here(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> bool:
    """A place after a landmark word that is still the base: the force is at it, or leaves it.

    ``قاعدة فكتوريا العسكرية الأميركية داخل مطار بغداد``, ``سحب قواتها من قاعدة حرير``, ``بعد ساعات من قصف قاعدة بلد``,
    ``قاعدة للأمريكيين داخل مطار أربيل``, ``قاعدة يتمركز فيها عسكريون أمريكيون في محيط مطار أربيل``.
    """
    k_first = m.first_token - sent.tok_lo
    return (
        _adjective_on(tokens, k_first, m.last_token - sent.tok_lo)
        or withdrawal_force(doc, sent, tokens, m) is not None
        or moved_force(doc, sent, tokens, m) is not None
        or owned_base_force(tokens, k_first) is not None
        or located_base_force(tokens, k_first) is not None
        or stationed_inside(tokens, k_first)
        or activity_force(doc, sent, tokens, m) is not None  # "تدريبات داخل قاعدة الشدادي"
        or nearby_unnamed_force(tokens, k_first) is not None  # "قاعدة تتمركز فيها قوات أمريكية قرب مطار أربيل"
        or prior_attack_force(tokens, k_first) is not None  # "بعد ساعات من قصف قاعدة بلد"
        or defended_force(tokens, k_first) is not None  # "أسقطت القوات الأمريكية مسيرة قرب قاعدة التنف"
        or headquarters_force(tokens, k_first, m.last_token - sent.tok_lo) is not None  # "التي تتخذ من قاعدة حرير مقرا"
    )


def _canonical(doc: Doc, m: PhraseMatch) -> str:
    return str((base_of(doc, m) or related_base(m) or m.value)["canonical"])


def _dual_clause_after(tokens: list[Token], k_last: int) -> bool:
    """A dual relative pronoun opens a clause shortly after a base (``… في العراق، اللتين``)."""
    window = tokens[k_last + 1 : k_last + 1 + _CLAUSE_REACH]
    return any(t.text in presence_words("dual_relatives") for t in window)


def base_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """Base-presence rows of one sentence (count empty), one per base and force.

    ``tokens`` are the tokens of ``sent`` (``doc.sentence_tokens(sent)``).
    """
    conditional = is_conditional(doc, sent)  # «ما إذا كان» (whether) is no condition
    places = doc.within(doc.places, sent)
    bases: list[PhraseMatch] = []
    for m in (p for p in places if not locates_prior_base(doc, p)):  # "… القاعدة التي تتواجد في أربيل" after حرير
        if base_of(doc, m) is not None or town_named_as_base(doc, sent, tokens, m) or (  # "قرية الباغوز، حيث مقر القاعدة"
            related_base(m) is not None
            and (
                (bases and is_conjoined(tokens, bases[-1].last_token - sent.tok_lo, m.first_token - sent.tok_lo))
                or located_base_force(tokens, m.first_token - sent.tok_lo) is not None  # "المتمركزة في الرميلان"
                or (listed_force(tokens, m.first_token - sent.tok_lo) or clause_listed_force(tokens, m.first_token - sent.tok_lo)) is not None  # "قواعد أمريكية هي الشدادي", "قاعدتين أخلتهما …، وهما الشدادي"
                or opened_by_part(tokens, m.first_token - sent.tok_lo)  # "في 22 قاعدة، من أبرزها رميلان"
                or site_list_force(tokens, m.first_token - sent.tok_lo) is not None  # "قواعد الجيش الأمريكي في مدن الشدادي ورميلان"
            )
        ):
            bases.append(m)  # "في التنف، وفي منطقة الشدادي": a town in a list of bases is its base
    if conditional and not (bases and condition_trails(doc.nt.norm, tokens, bases[-1].last_token - sent.tok_lo)):
        return []  # "…، عقب تهديدات … إذا نفذت": the condition is the trailing clause's
    forces = _list_forces(doc, sent, tokens, bases)
    carried = carried_force(doc, sent, tokens) if None in forces else None  # "وتتوزع القوات على قواعد في X وY"
    forces = [f if f is not None or carried is None or m.first_token - sent.tok_lo <= carried[1] else carried[0] for f, m in zip(forces, bases, strict=True)]
    rows = []
    for idx, m in enumerate(bases):
        force = forces[idx]
        prev = bases[idx - 1].last_token - sent.tok_lo if idx else -1
        inside = idx > 0 and (is_inside_conjunct(tokens, prev, m.first_token - sent.tok_lo) or is_near_conjunct(tokens, prev, m.first_token - sent.tok_lo))
        launched = launched_from(tokens, m.first_token - sent.tok_lo)  # "انطلاقا من قاعدة حرير": no landmark
        if is_landmark(doc, m) and not inside and not launched and not _located_here(doc, sent, tokens, m):
            # Named to locate something else, unless its own clause says it hosts a force and no
            # base before it could be what that clause is about ("قرب قاعدة حرير التي تستضيف قوات"),
            # by gender ("يقع البرج 22 قرب قاعدة التنف، التي تعمل فيها قوات").
            earlier = [b for b in bases[:idx] if not is_landmark(doc, b)]
            if not _own_clause(doc, sent, tokens, m) or (earlier and not clause_is_landmarks_own(doc, tokens, sent.tok_lo, m, earlier)):
                continue
        if force is None or is_hedged(tokens, m.first_token - sent.tok_lo) or is_planned(tokens, m.first_token - sent.tok_lo) or (idx > 0 and locates_base(tokens, prev, m.first_token - sent.tok_lo)):
            continue  # "المستهدف قد يكون حقل العمر أو حقل كونيكو": which base is left open; "تدرس إقامة قاعدة"; "قاعدة القليب في منطقة تل بيدر"
        base = base_of(doc, m) or related_base(m) or m.value
        for each in dict.fromkeys([force or "US", *_clause_forces(tokens, m, sent.tok_lo)]):
            rows.append({"count": None, "qualifier": "", "force": each, "country": base["country"],
                         "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows or ordinal_rows(doc, sent, tokens)  # "القاعدة الأولى … في بلدة الصور" after "ببناء قاعدتين"
