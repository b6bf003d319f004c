"""Cues that make a trigger an event: a group telling its fighters' act, the context some triggers need.

``قالت الكتائب إن مقاتليها ضربوا قاعدة حرير`` and ``وأضافت أن عناصرها قصفوا``
are claims, like ``أعلنت الجماعة أنها استهدفت``: the act's subject is "its
fighters" (``عناصرها``, ``مجاهديها``) right after a complementizer, and the one
who says it is the group itself, even when the sentence names it only by the
pronoun of its verb. A US reporter before the complementizer tells what its
own troops did (``أعلنت القيادة المركزية أن عناصرها قتلوا المسلح``): no claim.

A verb that says only "headed for" (``توجه``) is a visit when ``الى`` + a named
place follows it (``توجه الوزير الى بغداد``), not ``توجهت سيارات الاسعاف الى المكان``.
An interception word that may mean foiling a plot or an objection needs an attack
or weapon after it (``أحبط هجوما``; ``أحبطت مخططات``, ``إثر اعتراض البنتاغون``), and
a "destroyed" word followed by a launch word tells a launcher destroyed, not a
weapon downed (``دمرت منصة لإطلاق الصواريخ``), and an interception noun read with
``ل`` is a purpose, not a downing (``فُعّلت المنظومة لاعتراض القصف``), unless a
verb of result stands before it (``أدى لإسقاط``). A definite withdrawal noun is a development only after a verb of starting
(``باشرت القوات فعليا مغادرة القاعدة``), and ``تعليق`` only with the operations
it suspends (``تعليق عملياتها``; ``لم يصدر أي تعليق`` is a comment), and ``أوقفت`` only with the
operations it stops past its subject (``أوقفت الفصائل نشاطاتها``; ``أوقفت القوات مشتبها`` is an arrest). A phone call
"with" someone right after a reporting verb is the interview the words were said
in (``وقال المتحدث، في اتصال هاتفي مع الصحيفة``), not a call between officials.
A future verb of continuing is a threat only with a side's operations (:mod:`rasd.threat_cues`).
"""

from __future__ import annotations

from functools import cache

from rasd.adopted_stances import adopts_stance
from rasd.excepted_acts import in_exception
from rasd.fallen_rulers import tells_fall_from_power
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.origin_only import tells_origin_only
from rasd.text import Token, clitic_variants
from rasd.threat_cues import continues_operations
from rasd.warning_cues import lacks_threat_context

__all__ = ["claim_word_before", "claimant_nouns", "disowned_kind", "fighters_claim", "fighters_named_claim", "lacks_context"]

_HEADING_REACH = 9  # tokens between "توجه" and its "الي" (the subject may stand between)
_START_REACH = 6  # tokens between "بدات"/"باشرت" and the withdrawal noun ("بدات، منذ ايام، الانسحاب")
_SUSPENDED_REACH = 2  # tokens between "تعليق" and the operations it suspends
_STOPPED_REACH = 7  # tokens between "اوقفت" and the operations it stops, past its subject
_URGE_REACH = 8  # words between an urging verb ("طالبت", "دعا") and the stop it urges
_TO_WORDS = frozenset({"الي", "الى"})
_PART_REACH = 3  # tokens between "اسقاط" and "some of them" ("اثنين منها")
_FOIL_REACH = 8  # tokens between "احبط" and the attack or weapon (subject and time may stand between)
_SUBJECT_REACH = 12  # tokens between a foiled attack noun and the passive "احبط" closing its clause
_PURPOSE_PREFIXES = frozenset({"ل", "ول", "فل"})  # "لاعتراض": in order to intercept
_CLAIM_VERB_REACH = 6  # tokens between a claiming verb and the claim noun it governs ("اعلنت الكتائب امس مسؤوليتها")
_LAUNCHER_REACH = 3  # tokens between "دمرت" and the launch word of a launcher ("دمرت منصه لاطلاق")
_FIGHTERS_REACH = 7  # tokens between "مجاهدي" and its verb, the group's name between ("مجاهدي المقاومة الإسلامية في العراق، هاجموا")
_OWN_OBJECT_REACH = 3  # tokens after "استهدفنا"/"هاجم مجاهدونا" where a named group is the target, not the claimant
_NOT_NEGATED = frozenset({"سيما", "يزال", "تزال", "زال", "زالت"})  # "لا سيما", "لا تزال": no denial
_DISOWN_REACH = 5  # tokens before the act where "لا علاقة لها ب" / "لم" stands ("إنها لا علاقة لها باستهداف")
_LAUNCH_PURPOSE_REACH = 10  # tokens between "اطلقت" and the downing it fired for ("اطلقت صواريخ في المجال الجوي لبغداد لاسقاط")

def _set(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _set(key) for _, stem in clitic_variants(word))


@cache
def _us() -> PhraseMatcher:
    return PhraseMatcher((w, "US") for w in load_yaml("event_triggers.yaml")["us_markers"])


def claimant_nouns(tokens: list[Token]) -> list[int]:
    """Token indexes of common nouns naming an armed group (``الجماعة``, ``الفصيل``, ``ميليشيا``).

    They stand for a group only as the subject of a claiming verb (``وقالت الجماعة إنها
    استهدفت``); elsewhere they may name a group that was struck (``معاقل ميليشيا الحشد``).
    """
    return [m.first_token for m in _claimant_nouns().find(tokens)]


@cache
def _claimant_nouns() -> PhraseMatcher:
    return PhraseMatcher((w, w) for w in load_yaml("event_triggers.yaml")["claimant_group_nouns"])


def claim_word_before(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A claim word (``تبنت``, ``مسؤوليتها``) stands before the trigger, not disowned by a verb before it.

    ``نفت طهران مسؤوليتها عن الهجوم الذي استهدف`` denies and ``حملت واشنطن الفصائل مسؤولية``
    blames: neither is a claim.
    """
    for k in range(trig.first_token):
        if _is(tokens[k].text, "claim_words"):
            return not any(_is(t.text, "disowning_verbs") for t in tokens[max(0, k - _CLAIM_VERB_REACH) : k])
    return False


def disowned_kind(tokens: list[Token], trig: PhraseMatch) -> str | None:
    """The type of an act a group disowns or only intends, told where a claim would be; None when neither.

    ``قالت الفصائل إنها لم تنفذ الهجوم على قاعدة حرير``, ``أكدت أنها لا علاقة لها باستهداف``:
    a negation right before the act (or a "link" noun after one) denies it: the act itself,
    unclaimed. ``أعلنت عزمها استهداف قاعدة حرير``: an intention right before it is a threat.
    """
    first = trig.first_token
    if first and _is(tokens[first - 1].text, "intent_nouns"):
        return "threat"
    near = tokens[max(0, first - _DISOWN_REACH) : first]
    if first and _is(tokens[first - 1].text, "disowning_particles"):
        return "attack"
    if first > 1 and _is(tokens[first - 2].text, "disowning_particles") and tokens[first - 1].text not in _NOT_NEGATED:
        return "attack"  # "لم تنفذ الهجوم", not "لا سيما الهجوم"
    for k, tok in enumerate(near[:-1]):
        if _is(tok.text, "disowning_particles") and _is(near[k + 1].text, "no_link_nouns"):
            return "attack"
    return None


def fighters_claim(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The trigger's subject is "its fighters" right after a complementizer, said by no US name.

    The trigger follows the subject directly: ``ان عناصرها اصيبوا في الهجوم`` tells victims.
    """
    k = trig.first_token - 1
    if k < 1 or not _is(tokens[k].text, "claimant_men_words"):
        return False
    if not any(stem in _set("complementizers") for _, stem in clitic_variants(tokens[k - 1].text)):
        return False
    return next(iter(_us().find(tokens[: k - 1])), None) is None


def _fighters_named_before(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """The verb's subject is "the fighters of" a named group, right after a complementizer of a statement.

    ``وذكر بيان صادر عن المقاومة أن مجاهدي المقاومة الإسلامية في العراق هاجموا قاعدة حرير``: the
    subject stands before its verb (``مجاهدي``, ``مقاتلي`` after ``أن``), the group's name between
    them, and a reporting word or a statement noun before the complementizer; no US name is there
    (``أعلن البنتاغون أن مقاتلي الفصائل هاجموا`` tells the act, not a claim).
    """
    lo = max(1, trig.first_token - _FIGHTERS_REACH)
    k = next((k for k in range(lo, trig.first_token) if _is(tokens[k].text, "fighter_object_nouns")), None)
    if k is None or k + 1 not in groups or not _is(tokens[k - 1].text, "complementizers"):
        return False
    before = tokens[: k - 1]
    if next(iter(_us().find(before)), None) is not None:
        return False
    return any(_is(t.text, "claim_reporters") or _is(t.text, "statement_nouns") for t in before)


def fighters_named_claim(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """The verb's subject, right after it, is "the fighters of" a named group, in a group's words.

    ``وقالت الجماعة: استهدف مقاتلو المقاومة الإسلامية قاعدة حرير``, ``ذكرت المقاومة أنه
    هاجم مجاهدو المقاومة الإسلامية قاعدة``: the formula of a group's own statement. Only the
    nominative forms (``مقاتلو``) are read, so ``استهدف مقاتلي العشائر`` (their fighters as the
    object) is no claim; a reporting word of the group must stand before the verb, unless the
    noun is the groups' own word (``مجاهدو``), as when a statement is cut after its opening clause.
    The subject may also stand before the verb, after a complementizer (:func:`_fighters_named_before`),
    and "our fighters" (``هاجم مجاهدونا``) or a verb of "we" (``استهدفنا``) is the group's own voice.
    """
    k = trig.last_token + 1
    if (k < len(tokens) and _is(tokens[k].text, "own_voice_subjects")) or _is(tokens[trig.first_token].text, "own_voice_verbs"):
        struck = any(k <= g <= k + _OWN_OBJECT_REACH for g in groups)  # "ضربنا مقار الفصائل": a group is the target
        return not struck and next(iter(_us().find(tokens[: trig.first_token])), None) is None  # "هاجم مجاهدونا قاعدة"
    if k + 1 >= len(tokens) or k + 1 not in groups or not _is(tokens[k].text, "fighter_subject_nouns"):
        return _fighters_named_before(tokens, trig, groups)
    before = tokens[: trig.first_token]
    if next(iter(_us().find(before)), None) is not None:
        return False
    own_voice = _is(tokens[k].text, "own_voice_fighter_nouns")  # "هاجم مجاهدو المقاومه": the group's own word
    return own_voice or any(_is(t.text, "claim_reporters") or _is(t.text, "statement_nouns") for t in before)


def _heads_to_place(tokens: list[Token], m: PhraseMatch, places: frozenset[int]) -> bool:
    """``الى`` + a named place (a token index in ``places``) follows the heading verb ``m``.

    An arrival verb (``وصل``) takes it right after itself, its subject told before
    (``وكان الوزير قد وصل الي عمان``): ``وصل صداه الي`` is an echo, no visit.
    """
    reach = 1 if m.phrase in _set("arrival_triggers") else _HEADING_REACH  # "قد وصل الي", not "وصل صداه الي"
    for k in range(m.last_token + 1, min(len(tokens) - 1, m.last_token + 1 + reach)):
        if tokens[k].text in _set("heading_prepositions"):
            return k + 1 in places
    return False


def _foiled_subject(tokens: list[Token], m: PhraseMatch) -> bool:
    """An attack noun right after a complementizer is the subject of the foiling word that ends its clause."""
    after = tokens[m.last_token + 1 : m.last_token + 2]
    if after and not _is(after[0].text, "passive_foil_followers"):
        return False  # "ان الهجوم احبط مخططات الحكومه": the attack foiled something
    for k in range(max(1, m.first_token - _SUBJECT_REACH), m.first_token):
        if _is(tokens[k - 1].text, "complementizers") and attack_noun_matcher().match_at(tokens, k) is not None:
            return True
    return False


def _foils_act(tokens: list[Token], m: PhraseMatch) -> bool:
    """An attack noun or a weapon follows the foiling word within a few tokens, or stands right before it.

    A part of weapons told before (``إسقاط اثنين منها``) is a downing too.
    """
    if m.first_token > 0 and attack_noun_matcher().match_at(tokens, m.first_token - 1) is not None:
        return True  # "الهجوم احبط"
    if _foiled_subject(tokens, m):
        return True  # "ان هجوما بالمسيرات على القاعده احبط": the passive told of the attack
    after = tokens[m.last_token + 1 : m.last_token + 1 + _PART_REACH]
    if m.phrase in _set("downing_nouns") and any(_is(t.text, "partial_of_them") for t in after):
        return True  # "تمكنت الدفاعات من اسقاط اثنين منها": part of the weapons told before
    if m.phrase in _set("downing_nouns") and after[:1] and _is(after[0].text, "downed_crafts"):
        return True  # "من اسقاط طائرتين": the attacking aircraft
    if m.phrase in _set("downing_nouns") and after[:1] and _is(after[0].text, "partial_words") and any(
        _is(t.text, "downed_crafts") for t in after[1:]
    ):
        return True  # "من اعتراض إحدى تلك الطائرات": part of the attacking aircraft
    return any(
        attack_noun_matcher().match_at(tokens, k) is not None or weapon_matcher().match_at(tokens, k) is not None
        for k in range(m.last_token + 1, min(len(tokens), m.last_token + 1 + _FOIL_REACH))
    )


def _downing_purpose(tokens: list[Token], last: int) -> int | None:
    """Index of a downing noun of purpose (``لإسقاط``, ``لاعتراض``) a few words after the launch verb ending at ``last``."""
    for k in range(last + 1, min(len(tokens), last + 1 + _LAUNCH_PURPOSE_REACH)):
        word = tokens[k].text
        if any(word[:n] in _PURPOSE_PREFIXES and stem in _set("downing_nouns") for n, stem in clitic_variants(word)):
            return k
    return None


def _launched_for(tokens: list[Token], m: PhraseMatch) -> bool:
    """The interception of purpose ``m`` is what a launch verb before it fired for (``اطلقت صواريخ لاسقاط``)."""
    lo = max(0, m.first_token - _LAUNCH_PURPOSE_REACH)
    return any(_is(tokens[k].text, "launch_verbs") and _downing_purpose(tokens, k) == m.first_token for k in range(lo, m.first_token))


def _is_interview(tokens: list[Token], m: PhraseMatch) -> bool:
    """A phone call "with" someone told as the channel of words said just before it: an interview.

    ``وقال المتحدث، في اتصال هاتفي مع الصحيفة، إن``; not ``وفي اتصال هاتفي مع السوداني، قال الوزير``.
    The reporting verb may stand anywhere before the call, with no complementizer
    between them: ``وقال البيان إن الوزير أجرى اتصالا هاتفيا مع نظيره`` tells a call.
    """
    after = tokens[m.last_token + 1].text if m.last_token + 1 < len(tokens) else ""
    if after != "مع":
        return False
    for t in reversed(tokens[: m.first_token]):
        if _is(t.text, "complementizers"):
            return False
        if _is(t.text, "claim_reporters"):
            return True
    return False


def lacks_context(tokens: list[Token], m: PhraseMatch, places: frozenset[int]) -> bool:
    """The trigger ``m`` needs words around it that the sentence lacks (see the module docstring).

    Args:
        tokens: Tokens of the sentence.
        m: A trigger matched on ``tokens``.
        places: Token indexes where a place of the gazetteer starts.
    """
    if in_exception(tokens, m):
        return True  # "باستثناء مرتين حاولت فيها استهداف": acts counted, told on their own
    if adopts_stance(tokens, m) or tells_fall_from_power(tokens, m):
        return True  # "الى تبني موقف جريء": a stance adopted; "قبل سقوط بشار الاسد": a fall from power
    if m.value == "interception" and m.prefix in _PURPOSE_PREFIXES:
        return not (m.first_token and _is(tokens[m.first_token - 1].text, "result_before_purpose") or _launched_for(tokens, m))
    if m.phrase in _set("launch_verbs") and _downing_purpose(tokens, m.last_token) is not None:
        return True  # "اطلقت الدفاعات صواريخ لاسقاط الطائره": the interception tells it
    if m.phrase in _set("reported_claim_triggers"):
        share = m.last_token + 1 < len(tokens) and _is(tokens[m.last_token + 1].text, "series_quantifiers")
        before = tokens[max(0, m.first_token - _CLAIM_VERB_REACH) : m.first_token]
        return share or not any(_is(t.text, "claim_verbs") for t in before)
    if m.phrase in _set("heading_triggers"):
        return not _heads_to_place(tokens, m, places)
    if m.phrase in _set("begun_triggers"):
        return not any(_is(t.text, "start_verbs") for t in tokens[max(0, m.first_token - _START_REACH) : m.first_token])
    if m.phrase in _set("foil_needs_object"):
        return not _foils_act(tokens, m)
    if m.phrase in _set("downing_needs_weapon"):
        return any(_is(t.text, "launch_words") for t in tokens[m.last_token + 1 : m.last_token + 1 + _LAUNCHER_REACH])
    if m.phrase in _set("call_triggers"):
        return _is_interview(tokens, m)
    if (warning := lacks_threat_context(tokens, m)) is not None:
        return warning  # "وجهت واشنطن تحذيرا", "محذرا طهران من", "لن تتسامح مع الهجمات"
    if m.phrase in _set("continuation_triggers"):
        return not continues_operations(tokens, m)
    if m.phrase in _set("origin_triggers"):
        return tells_origin_only(tokens, m)  # "انطلقت من مناطق سيطره النظام": where fire came from
    if m.phrase in _set("suspension_verbs"):  # "اوقفت المجموعات … نشاطاتها": the subject stands between
        return not any(_is(t.text, "suspended_objects") for t in tokens[m.last_token + 1 : m.last_token + 1 + _STOPPED_REACH])
    if m.phrase in _set("suspension_triggers"):
        return not any(_is(t.text, "suspended_objects") for t in tokens[m.last_token + 1 : m.last_token + 1 + _SUSPENDED_REACH])
    return _urged_stop(tokens, m)


def _urged_stop(tokens: list[Token], m: PhraseMatch) -> bool:
    """A stop of operations that someone urges (``طالبت الفصائل بإيقاف عملياتها``, ``دعا إلى وقف``): no development.

    A stop noun read with ``ل`` is the aim of an effort (``حراكاً للضغط على الفصائل لإيقاف
    عملياتها``, ``جهود لوقف الهجمات``), unless a result word stands right before it (``أدى لوقف``).
    """
    if str(m.value) != "other" or not _is(tokens[m.first_token].text, "stop_nouns"):
        return False
    if m.prefix in _PURPOSE_PREFIXES:
        return not (m.first_token and _is(tokens[m.first_token - 1].text, "result_before_purpose"))
    word = tokens[m.first_token].text
    if not (word.startswith("ب") or (m.first_token and tokens[m.first_token - 1].text in _TO_WORDS)):
        return False
    return any(_is(t.text, "urging_verbs") for t in tokens[max(0, m.first_token - _URGE_REACH) : m.first_token])
