"""Event types: who struck whom, and whether the act was an attack, a US strike or an interception.

:func:`classify_trigger` gives the type of an event trigger in its sentence.
The trigger's own type is kept for claims, threats, visits and other
developments. An attack trigger becomes:

- ``claim`` when an armed group reports it about itself (``ذكرت الجماعة أنها
  استهدفت``), unless the attack noun carries a US adjective (``أعلنت الكتائب
  مقتل خمسة من عناصرها في ضربات أميركية`` reports a US strike);
- ``us_strike`` when the United States is its subject or the adjective of its
  strike noun, when aircraft fly it (``نفذ الطيران غارة``), or when the dead
  it reports are members of an Iran-aligned group and no other actor is named;
- ``interception`` when a defending force targets a weapon (``قوات التحالف
  استهدفت طائرة مسيرة``), the launched weapons are interceptors (``أطلقت الدفاعات
  صواريخ اعتراضية``) or the sentence goes on to down the attacking weapon
  (``هاجمت طائرة مسيرة القاعدة … وتمكنت القوات من إسقاطها``).

The subject of a passive (``قوات أميركية استُهدفت بطائرات مسيرة``, read from
the ``ب`` + weapon right after the verb) and of a ``تعرض`` trigger is the target.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.civil_operations import civil_operation
from rasd.claim_cues import (
    claim_word_before,
    claimant_nouns,
    disowned_kind,
    fighters_claim,
    fighters_named_claim,
)
from rasd.dated_announcers import us_announced_across_date
from rasd.event_agents import (
    coalition_striker,
    unknown_drone_on_group,
    unknown_flyer,
    us_agent_after,
    us_claims_act,
    us_flyer_before,
    us_striker,
)
from rasd.event_lexicon import is_word, list_matcher, trigger_words, us_matcher
from rasd.event_relatives import act_noun_subject, aims_at_us, bare_act_noun_subject, weapon_subject
from rasd.event_responses import is_response_verb, us_responder, us_response_noun
from rasd.gazetteer import actor_matcher, attack_noun_matcher, weapon_matcher
from rasd.interception_cues import defender_targets_weapon, downs_its_weapon, fires_interceptors
from rasd.landmark_assets import is_landmark
from rasd.lexicon import PhraseMatch
from rasd.ordered_strikes import ordered_by_us_leader
from rasd.outlet_states import names_outlet
from rasd.own_country import own_country_act
from rasd.partitive_subjects import past_partitive
from rasd.passive_targets import means_after_gap
from rasd.presumed_strikes import presumed_us_act
from rasd.strike_agents import us_agent_by
from rasd.struck_us import fired_state_weapon, struck_by_other_state
from rasd.text import Token
from rasd.trigger_nouns import attack_object_far, noun_before
from rasd.us_victims import kills_americans
from rasd.weapon_relatives import relative_weapon_subject

__all__ = ["attack_object", "classify_trigger", "is_attackish"]

_OBJECT_WINDOW = 8  # tokens between a generic trigger and its attack noun
_SUBJECT_REACH = 5  # tokens before a trigger where its subject stands
_COMPLEMENTIZERS = frozenset({"ان", "بان"})  # "قال البنتاغون إن مسلحين رشقوا": the group is not the reporter
_CLAIMANT_AFTER = 4  # tokens between a claiming verb and the group named after it
_CLAIMANT_BEFORE = 8  # tokens between a group and its claiming verb ("وكانت المقاومه الاسلاميه في العراق قد اعلنت")
_SAID_REACH = 12  # tokens between a reporting subject and its "انها/انه" + trigger
_VICTIM_REACH = 5  # tokens between a casualty word and the group its dead belong to
_MEANS_REACH = 5  # tokens between a verb and the "ب" + means it is done with (a date may stand between)
_INSTRUMENT_OBJECT_REACH = 3  # tokens between an instrument (``بضربات جويه``) and the group it hit
_PASSIVE_REACH = 20  # tokens between "تعرضت" and the "ل" + attack noun of what the subject suffered (a relative clause between)
_ATTACKISH = frozenset({"attack", "us_strike", "interception"})
_AIMING_PREPS = frozenset({"علي", "ضد"})  # a preposition between the US and the act: the act is its object


def attack_object(tokens: list[Token], k: int, skip: frozenset[int] = frozenset()) -> PhraseMatch | None:
    """The attack noun or weapon within a few words after token ``k`` (None for a sweep, an arrest …).

    Tokens in ``skip`` (a date between the verb and its object: ``شنت، صباح السبت، هجوما``) are not counted.
    """
    seen = 0
    for j in range(k + 1, len(tokens)):
        if j in skip:
            continue
        seen += 1
        if seen > _OBJECT_WINDOW:
            break
        m = attack_noun_matcher().match_at(tokens, j) or weapon_matcher().match_at(tokens, j)
        if m is not None:
            nxt = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
            return None if nxt in trigger_words("not_attack_after") or civil_operation(tokens, m) else m
    return None


def _is_object_marker(word: str) -> bool:
    return word in {"علي", "ضد", "لها", "له"} or word.startswith("ل")


def _is_passive(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """``ب`` + weapon or attack noun right after a verb: its subject was struck (``استهدفت بطائرات``).

    An armed group right after the instrument is the object of an active verb
    (``استهدفت بضربات جويه الحرس الثوري``).
    """
    j = trig.last_token + 1
    if j >= len(tokens) or not tokens[j].text.startswith("ب"):
        return False
    inst = weapon_matcher().match_at(tokens, j) or attack_noun_matcher().match_at(tokens, j)
    if inst is None:
        return False
    return not any(inst.last_token < g <= inst.last_token + _INSTRUMENT_OBJECT_REACH for g in groups)


def _us_adjective_after(tokens: list[Token], m: PhraseMatch | None) -> bool:
    """A US adjective right after a noun (``ضربات أميركية``, ``غارة جوية أميركية``), or a US agent.

    A US noun phrase there is the noun's object. A relative verb with an American
    subject after the noun names its agent (``لقصف شنته طائرات أمريكية``).
    """
    if m is None:
        return False
    k = m.last_token + 1
    if k < len(tokens) and is_word(tokens[k].text, "strike_adjectives"):
        k += 1
    us = us_matcher().match_at(tokens, k)
    return (us is not None and us.phrase in trigger_words("us_adjectives")) or us_agent_after(tokens, m)


def _aircraft(m: PhraseMatch | None) -> bool:
    return m is not None and m.value.get("unit") == "aircraft"


def _us_is_actor(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """The US is the subject of the trigger, or the adjective of its strike noun or weapon.

    An armed group named as subject (just before the trigger, or right after it)
    makes the US the target instead. A US name right after the trigger followed
    by ``ب`` + weapon is a passive target (``استهدفت القوات الاميركيه بهجومين``).
    """
    j = trig.last_token + 1
    obj = attack_object(tokens, trig.last_token) if trig.phrase in trigger_words("needs_object") else None
    if trig.phrase in trigger_words("target_before"):
        obj = obj or attack_object_far(tokens, trig.last_token, _PASSIVE_REACH)
        if _us_adjective_after(tokens, obj):
            return True  # "تعرضت مواقع الفصائل لقصف اميركي"
        air = obj is not None and (obj.value.get("weapon") == "air" or obj.value.get("unit") in trigger_words("strike_units"))
        target = tokens[max(0, trig.first_token - _SUBJECT_REACH) : obj.first_token if obj else trig.last_token + 3]
        # Air strikes are flown by states: on a target that is not American, and with no other state named.
        return air and not any(us_matcher().find(target)) and not _other_state_named(tokens)
    if attack_noun_matcher().match_at(tokens, trig.first_token) and us_matcher().match_at(tokens, j):
        return True  # the trigger is itself a noun with a US adjective ("ضربات اميركيه")
    subj = weapon_matcher().match_at(tokens, j) or attack_noun_matcher().match_at(tokens, j)
    if _us_adjective_after(tokens, subj) or _aircraft(subj):
        return True
    if j < len(tokens) and is_word(tokens[j].text, "plane_words") and us_matcher().match_at(tokens, j + 1):
        return True  # "قصفت طائرات أمريكية مواقع"
    subjects = set(groups) - _victim_groups(tokens, groups)
    if any(trig.first_token - 6 <= g < trig.first_token or trig.last_token < g <= trig.last_token + 2 for g in subjects):
        return False
    if _is_passive(tokens, trig, groups) and not us_flyer_before(tokens, trig.first_token):
        return False  # "قوات اميركيه استهدفت بطائرات مسيره": the US was struck
    if j < len(tokens) and is_word(tokens[j].text, "object_markers"):
        if any(us_matcher().match_at(tokens, k) for k in range(j + 1, min(j + 4, len(tokens)))):
            return False  # "نفذت علي القواعد الاميركيه": the US is the target
    # "الهجمات التي استهدفت القوات الامريكيه", "هجوم ثان طال القوات الامريكيه": the US after the verb is its object
    hit = act_noun_subject(tokens, trig) or bare_act_noun_subject(tokens, trig) or weapon_subject(tokens, trig)
    hit = hit or trig.phrase in trigger_words("reach_verbs")
    after = None if hit else us_matcher().match_at(tokens, j)
    if after is not None:
        nxt = tokens[after.last_token + 1].text if after.last_token + 1 < len(tokens) else ""
        means = weapon_matcher().match_at(tokens, after.last_token + 1) or attack_noun_matcher().match_at(
            tokens, after.last_token + 1
        )
        if means is not None and means.value.get("weapon") in trigger_words("state_weapons"):
            return True  # "قصفت القوات الأمريكية بالمدفعية": the US fires artillery, factions do not
        return not (nxt.startswith("ب") and means) and not means_after_gap(tokens, after.last_token + 1)
    noun = noun_before(tokens, trig.first_token) or attack_noun_matcher().match_at(tokens, past_partitive(tokens, j)) or obj
    if _us_adjective_after(tokens, noun):
        return True
    if own_country_act(tokens, trig.first_token):
        return True  # "اعلن الوزير الامريكي ان قوات بلاده قصفت"
    said = trig.first_token - 1  # "اعلنت القياده المركزيه … انها استهدفت": the one who said it did it
    if said > 1 and tokens[said].text in trigger_words("own_force_adjectives"):
        said -= tokens[said - 1].text in trigger_words("own_force_words")  # "ان قواتها الجويه قصفت"
    if said > 0 and tokens[said].text in trigger_words("own_force_words"):
        said -= 1  # "كشفت القياده المركزيه ان قواتها قصفت": its own forces did it
    if said >= 0 and tokens[said].text in trigger_words("pronoun_complementizers") | (
        trigger_words("complementizers") if said < trig.first_token - 1 else frozenset()
    ):
        lo = max(0, said - _SAID_REACH)
        if any(_reports(tokens, lo + m.first_token, lo + m.last_token) for m in us_matcher().find(tokens[lo:said])) and not any(
            lo <= g < said for g in subjects
        ):
            return True
    lo = max(0, trig.first_token - 3)
    for m in us_matcher().find(tokens[lo : trig.first_token]):
        k = lo + m.first_token
        prev = tokens[k - 1].text if k > 0 else ""
        between = tokens[lo + m.last_token + 1 : trig.first_token]
        reported = any(t.text in trigger_words("complementizers") for t in between)
        # "رد واشنطن علي الهجوم": the act is what the US answers, not the US's
        aimed = prev in trigger_words("response_verbs") and any(t.text in _AIMING_PREPS for t in between)
        if not _is_object_marker(prev) and not reported and not aimed and not names_outlet(tokens, replace(m, first_token=k)):
            return True  # not "قال البنتاغون ان الفصائل استهدفت" nor "وسائل اعلام اميركيه": a reporter
    if any(_aircraft(weapon_matcher().match_at(tokens, k)) for k in range(lo, trig.first_token)):
        return True  # "طائرات حربيه قصفت"
    if struck_by_other_state(tokens, noun):
        return False  # "الضربات الايرانيه التي طالت …", "تواجه القواعد الامريكيه ضربات": the US is struck
    if noun is not None and noun.value.get("unit") in trigger_words("strike_units"):
        return True  # "الضربه الثانيه استهدفت": air strikes are flown by states, not militias
    itself = attack_noun_matcher().match_at(tokens, trig.first_token)
    if itself is not None and itself.value.get("unit") in trigger_words("strike_units"):
        # A strike told with no verb ("مقتل اثنين في غارات"), none of whose dead is American.
        return not any(us_matcher().find(tokens)) and not _other_state_named(tokens)
    return False


def _reports(tokens: list[Token], first: int, last: int) -> bool:
    """The US name at ``first..last`` is the subject of a reporting verb right before or after it."""
    before = tokens[first - 1].text if first > 0 else ""
    after = [t.text for t in tokens[last + 1 : last + 3]]
    return is_word(before, "claim_reporters") or any(w == "قد" or is_word(w, "claim_reporters") for w in after)


def _other_state_named(tokens: list[Token]) -> bool:
    """A state other than the US is named as a force (``غارات اسرائيليه``, ``الطيران الروسي``)."""
    return any(not names_outlet(tokens, m) for m in list_matcher("other_state_markers").find(tokens))


def _victim_groups(tokens: list[Token], groups: list[int]) -> set[int]:
    """Groups whose men are the dead or wounded of the sentence.

    The group is named right after the casualty word (``مقتل قياديين في كتائب
    حزب الله``), or the casualties are "its men" of a group the sentence names
    (``أعلنت الكتائب مقتل اثنين من عناصرها``), or "men of" the group are the
    subject of a casualty verb after it (``أربعة من مسلحي حركة النجباء لقوا حتفهم``).
    """
    victims: set[int] = set()
    for k, tok in enumerate(tokens):
        if is_word(tok.text, "killed") or is_word(tok.text, "injured") or is_word(tok.text, "died_verbs"):
            victims |= {g for g in groups if k < g <= k + _VICTIM_REACH}
            victims |= {g for g in groups if g < k <= g + _VICTIM_REACH and g > 0 and is_word(tokens[g - 1].text, "men_nouns")}
            if groups and any(is_word(t.text, "own_men_words") for t in tokens[k + 1 : k + 1 + _VICTIM_REACH]):
                victims |= set(groups)
    return victims


def _targeted_leaders(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> set[int]:
    """Groups whose leader or site is the object of the act.

    ``قصفت سيارة تقل قياديا في كتائب حزب الله``, ``ضربت موقعا تابعا للنجباء``.
    """
    return {
        g
        for k in range(trig.last_token + 1, len(tokens))
        if (is_word(tokens[k].text, "leader_words") or is_word(tokens[k].text, "group_asset_words"))
        and not is_landmark(tokens, k)
        for g in groups
        if k < g <= k + _VICTIM_REACH
    }


def _air_means(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The act is done ``ب`` + an air strike noun (``دمرت … بقصف جوي سيارة``): states fly those.

    The trigger may be that noun itself.
    """
    for j in range(trig.first_token, min(trig.last_token + 1 + _MEANS_REACH, len(tokens))):
        if not tokens[j].text.startswith("ب"):
            continue
        m = weapon_matcher().match_at(tokens, j)
        if m is not None and m.value.get("weapon") == "air":
            return True
    return False


def _other_subject_after(tokens: list[Token], k: int, groups: list[int]) -> bool:
    """A named actor that is no armed group right after the verb at ``k`` is its subject.

    ``… في كتائب حزب الله، في حين أكدت خلية الإعلام الأمني``: the group before the verb is not the claimant.
    """
    m = actor_matcher().match_at(tokens, k + 1) if k + 1 < len(tokens) else None
    return m is not None and (k + 1) not in groups


def classify_trigger(
    tokens: list[Token],
    trig: PhraseMatch,
    groups: list[int],
    later: list[PhraseMatch] | None = None,
    skip: set[int] | None = None,
) -> str:
    """Event type of a trigger in its sentence (see the module docstring).

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger, matched on ``tokens``.
        groups: Sentence token indexes where an armed group is named.
        later: The other triggers of the sentence (an interception that downs the weapon).
        skip: Token indexes to step over when looking for a verb's object (dates).
    """
    kind = str(trig.value)
    if kind != "attack":
        return "us_strike" if kind == "claim" and us_claims_act(tokens, trig) else kind
    if presumed_us_act(tokens, trig):
        return "us_strike"  # "قصفت طائرة مسيرة يعتقد أنها أمريكية مقرا", "مع قصف يرجح أنه أميركي"
    if unknown_flyer(tokens) or unknown_drone_on_group(tokens, groups):
        return "other"  # "قصفت طائرات مجهولة الهوية مواقع": no attack on US forces, no known US strike
    if attack_noun_matcher().match_at(tokens, trig.first_token) and _us_adjective_after(
        tokens, attack_noun_matcher().match_at(tokens, trig.first_token)
    ):
        return "us_strike"
    if _us_adjective_after(tokens, noun_before(tokens, trig.first_token)):
        return "us_strike"  # "اعلنت الكتائب مقتل خمسة في غارات اميركيه طالت معقلها"
    if trig.phrase in trigger_words("target_before") and _us_adjective_after(tokens, attack_object_far(tokens, trig.last_token, _PASSIVE_REACH)):
        return "us_strike"  # "اعلنت الفصائل تعرض مواقعها في دير الزور للقصف الامريكي": what they suffered
    if (disowned := disowned_kind(tokens, trig)) is not None:
        return disowned  # "قالت إنها لم تنفذ الهجوم", "أعلنت عزمها استهداف": no claim
    nouns = set(claimant_nouns(tokens))  # "وقالت الجماعة انها استهدفت": a common noun right after the verb
    for k, tok in enumerate(tokens[: trig.first_token]):
        if is_word(tok.text, "claim_reporters") and (k + 1 in nouns or any(
            (k < g <= min(k + _CLAIMANT_AFTER, trig.last_token + 1) and not any(t.text in _COMPLEMENTIZERS for t in tokens[k + 1 : g]))
            or (k - _CLAIMANT_BEFORE <= g < k and not _other_subject_after(tokens, k, groups))
            for g in groups
        )):
            return "claim"  # "اعلنت الكتائب انها استهدفت", "وكانت الكتائب قد اعلنت انها استهدفت"
    if claim_word_before(tokens, trig) or fighters_claim(tokens, trig) or fighters_named_claim(tokens, trig, groups):
        return "claim"
    if defender_targets_weapon(tokens, trig, skip or set()) or downs_its_weapon(tokens, trig, later or []):
        return "interception"
    if fires_interceptors(tokens, trig):
        return "interception"
    if is_response_verb(trig):
        return "us_strike" if us_responder(tokens, trig, groups) else "attack"
    if kills_americans(tokens, trig):
        return "attack"  # "هجوم … أسفر عن مقتل ثلاثة أميركيين": Americans were struck
    if _us_is_actor(tokens, trig, groups) or coalition_striker(tokens, trig) or us_response_noun(tokens, trig) is not None or (
        trig.phrase in trigger_words("strike_verbs") and us_striker(tokens, trig) and not relative_weapon_subject(tokens, trig)
    ) or us_agent_by(tokens, trig) or ordered_by_us_leader(tokens, trig) or us_announced_across_date(tokens, trig, skip or set()):
        return "us_strike"
    if _air_means(tokens, trig) and not any(us_matcher().find(tokens)) and not _other_state_named(tokens):
        return "us_strike"
    if fired_state_weapon(tokens):
        return "attack"  # "استهدفت القاعده بصواريخ ايرانيه، ردا علي مقتل قائد": the US was struck
    if aims_at_us(tokens, trig):
        return "attack"  # "ردا على هجوم استهدف عسكريين أميركيين": the victims named are the reply's
    victims = _victim_groups(tokens, groups) | _targeted_leaders(tokens, trig, groups)
    subject_group = any(trig.first_token - _SUBJECT_REACH <= g <= trig.last_token + 2 for g in groups if g not in victims)
    if victims and not subject_group and not _other_state_named(tokens):
        return "us_strike"
    return "attack"


def is_attackish(kind: str) -> bool:
    """Attacks, US strikes and interceptions: the kinds a tally or a condition can suppress."""
    return kind in _ATTACKISH
