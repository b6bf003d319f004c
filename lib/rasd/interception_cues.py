"""Interception cues: a defender aiming at a weapon in flight, and a weapon downed.

Read by :mod:`rasd.event_types` (an attack trigger becomes an ``interception``
when a defending force targets a weapon, ``قوات التحالف استهدفت طائرة مسيرة``,
or the sentence goes on to down the attacking weapon, ``وتمكنت القوات من
إسقاطها``) and by :mod:`rasd.events` (a downing word needs a weapon after it, and a participle of
meeting an attack, ``فعلت القاعدة مضاداتها الجوية متصدية للهجوم``, the attack or weapon it meets).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, list_matcher, trigger_words, us_matcher
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.numbers import parse_number
from rasd.text import Token

__all__ = [
    "defender_targets_weapon",
    "downs_its_weapon",
    "downs_weapon",
    "failure_before",
    "fires_interceptors",
    "is_verbal_noun",
    "meets_no_attack",
]

_WEAPON_OBJECT_WINDOW = 4  # tokens between a defender's verb and the weapon it targets
_SUBJECT_REACH = 5  # tokens before a trigger where its subject stands
_PARTIAL_REACH = 4  # tokens between a downing word and "some of them" (its subject may stand between)
_INTERCEPTOR_REACH = 6  # tokens between a launching verb and the interceptor adjective of its missiles (its subject between)
_FAILURE_REACH = 6  # tokens between "إخفاق" and an interception ("إخفاق الدفاعات الجويه الاميركيه في اعتراض")
_FAILED_IN_REACH = 12  # the same before "في" + the interception: its subject may be long ("بالبرج تي 22")
_RESULT_REACH = 2  # tokens between «led» and the destroying word ("أدت إلى تدميرها")
_FAILURE_PREPS = frozenset({"في", "من", "عن"})  # prepositions of failing before the interception ("فشلت … من اعتراضها")


def failure_before(tokens: list[Token], first: int) -> bool:
    """A failure word stands before the interception at token ``first`` (``إخفاق الدفاعات في اعتراض``).

    With ``في`` (or ``من``/``عن``, as failing verbs take them) right before the interception, the
    failure word may stand further back: its subject names the defence and where it stood
    (``إخفاق منظومة الدفاع الجوي بالبرج "تي 22" في اعتراض المسيرة``, ``فشلت منظومة سي رام
    (للدفاع الصاروخي) وقذائف الاحتلال من اعتراضها``).
    """
    reach = _FAILED_IN_REACH if first and tokens[first - 1].text in _FAILURE_PREPS else _FAILURE_REACH
    return any(is_word(t.text, "failure_words") for t in tokens[max(0, first - reach) : first])


def is_verbal_noun(trig: PhraseMatch) -> bool:
    """A verb form read with ``ل``/``ب`` before it is its verbal noun (``لقصف``, ``بقصف``)."""
    return any(c in trig.prefix for c in "لب")


def _counted_means(word: str) -> bool:
    """A number with the preposition «ب» on it (``بـ5``, ``بثلاثة``): the count of the weapons an act used."""
    return len(word) > 1 and word.startswith("ب") and parse_number(word[1:]) is not None


def defender_targets_weapon(tokens: list[Token], trig: PhraseMatch, skip: set[int]) -> bool:
    """A defending force targets a weapon in flight: ``قوات التحالف استهدفت … طائرة مسيرة``."""
    if trig.phrase in trigger_words("needs_object") or trig.phrase in trigger_words("target_before") or is_verbal_noun(trig):
        return False
    lo = max(0, trig.first_token - _SUBJECT_REACH)
    defenders = list_matcher("defenders").find(tokens[lo : trig.first_token])
    if next(iter(defenders), None) is None and not any(us_matcher().find(tokens[lo : trig.first_token])):
        return False
    seen = 0
    for j in range(trig.last_token + 1, len(tokens)):
        if j in skip:
            continue  # a date between the verb and its object
        if tokens[j].text.startswith("ب") and tokens[j].text[1:] in trigger_words("fire_means"):
            return False  # "ردت قوات التحالف بإطلاق ثلاثة صواريخ": the weapon is what the defender fired
        if _counted_means(tokens[j].text):
            return False  # "استهدف مجهولون بـ5 صواريخ قاعدة بلد": the weapon is the means, counted after «ب»
        means = attack_noun_matcher().match_at(tokens, j)
        if means is not None and "ب" in means.prefix:
            return False  # "قاعدة تستضيف قوات التحالف استهدفت بهجوم نفذته طائرة مسيرة": a passive, the base was hit
        m = weapon_matcher().match_at(tokens, j)
        if m is not None:
            nxt = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
            if nxt and is_word(nxt, "target_nouns"):
                return False  # "حين استهدفت صواريخ قاعده الاسد": the weapon is the subject
            return not tokens[j].text.startswith("ب") and m.value.get("unit") in trigger_words("interceptable_units")
        seen += 1
        if seen > _WEAPON_OBJECT_WINDOW:
            return False
    return False


def downs_weapon(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A weapon in flight right after a downing word (``تدمير طائرتين مسيرتين``)."""
    for j in range(trig.last_token + 1, min(trig.last_token + 1 + _WEAPON_OBJECT_WINDOW, len(tokens))):
        m = weapon_matcher().match_at(tokens, j)
        if m is not None:
            return m.value.get("unit") in trigger_words("interceptable_units")
    return False


def _result_of_act(tokens: list[Token], down: PhraseMatch) -> bool:
    """A destroying word after «led to» tells the act's damage (``مما أدى إلى تدميرها``), no downing."""
    before = tokens[max(0, down.first_token - _RESULT_REACH) : down.first_token]
    return is_word(tokens[down.first_token].text, "damage_downings") and any(is_word(t.text, "result_verbs") for t in before)


def downs_its_weapon(tokens: list[Token], trig: PhraseMatch, later: list[PhraseMatch]) -> bool:
    """The sentence goes on to down the attacking weapon (``… وتمكنت القوات من إسقاطها``), all of it.

    Not the target destroyed as the act's result: ``شنت غارات على قاعدة … مما أدى إلى تدميرها``.
    """
    downs = [m for m in later if m.value == "interception" and m.first_token > trig.last_token]
    if not downs or _result_of_act(tokens, downs[0]):
        return False
    after = tokens[downs[0].last_token + 1 : downs[0].last_token + 1 + _PARTIAL_REACH]
    return not any(is_word(t.text, "partial_words") for t in after)


def fires_interceptors(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The launched weapons are interceptors: ``أطلقت الدفاعات صواريخ اعتراضية لصد القصف``.

    Air defences firing interceptor missiles meet an attack; they strike nobody.
    """
    after = tokens[trig.last_token + 1 : trig.last_token + 1 + _INTERCEPTOR_REACH]
    return any(is_word(t.text, "interceptor_adjectives") for t in after)


def meets_no_attack(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A participle of meeting (``met_participles``: ``متصدية``) not followed by ``ل`` + an attack or a weapon.

    ``متصدية للهجوم``, ``متصدية لطائرة مسيرة``: the defence met an attack in flight. ``برز متصديا
    للوجود الأمريكي``, ``متصديا لمشروع القانون``: a stand taken against a policy, no interception.
    """
    if not is_word(trig.phrase, "met_participles"):
        return False
    k = trig.last_token + 1
    if k >= len(tokens) or not tokens[k].text.startswith("ل"):
        return True
    return attack_noun_matcher().match_at(tokens, k) is None and weapon_matcher().match_at(tokens, k) is None
