"""Who flew a strike when the press names it after the strike noun, or says it is unknown.

- :func:`us_agent_after` reads a relative verb right after a strike noun whose
  subject is American (``لقصف شنته طائرات أمريكية``, ``بضربة نفذتها القوات
  الأمريكية``, ``بضربات نفذتها طائرات التحالف``): the act is a US strike.
- :func:`us_striker` reads the American subject of a strike verb that needs one
  to be an act (``ضربت طائرات أمريكية منشأة``, ``القوات الأمريكية ضربت``,
  ``قالت القيادة المركزية إنها ضربت خمسة مسلحين``): the verb tells a US strike.
- :func:`coalition_striker` reads the coalition as the subject of a verb of
  carrying out (``نفذت قوات التحالف الدولي عملية إنزال``, ``التحالف الدولي شن
  غارات``), a US force phrase after such a verb (``نفذت قوات الاحتلال الأمريكي
  عدوانا``), or the coalition's aircraft before any verb of attack (``طيران
  التحالف الدولي استهدف بغارتين``): the act is a US strike.
- :func:`us_claims_act` reads the US as the subject of a claim verb (``تبنت
  القوات الأمريكية الهجوم``): the US owned a strike, it made no claim of a faction.
- :func:`unknown_flyer` reads an aircraft or an air strike "of unknown identity"
  (``طائرات مجهولة الهوية``, ``قصف جوي مجهول المصدر``) on a target with no US
  name: the act is no attack on US forces and no known US strike, but a
  development of the theatre (type ``other``). Drones are left out: an unknown
  drone is how the press tells most attacks on US bases, save when it strikes
  an armed group and the sentence names no US site (``تعرضت مواقع لفصائل عراقية
  لقصف من طائرات مسيرة مجهولة``): :func:`unknown_drone_on_group`.
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, list_matcher, trigger_words, us_matcher
from rasd.gazetteer import attack_noun_matcher, weapon_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = [
    "coalition_striker",
    "unknown_drone_on_group",
    "unknown_flyer",
    "us_agent_after",
    "us_claims_act",
    "us_flyer_before",
    "us_striker",
]

_FLYER_REACH = 3  # tokens between an aircraft or strike noun and the word that says it is unknown
_REPORTER_REACH = 6  # tokens between a US reporter and the "إنها" before its strike verb
_FLYER_SUBJECT_REACH = 3  # tokens before a verb where its aircraft subject starts ("طيرانا حربيا امريكيا")
_COALITION_BEFORE = 4  # tokens before a verb where its coalition subject may stand ("قوات التحالف الدولي نفذت")
_US_FORCE_REACH = 2  # words between a force noun and its US adjective ("قوات الاحتلال الأمريكي")
_IDIOM_REACH = 8  # tokens between ضرب and the words that make it an idiom ("… عرض الحائط")
_OBJECT_SUFFIXES = ("ها", "ه")  # object pronouns of a verb ("تبنتها", "تبناه")


def _us_named_at(tokens: list[Token], k: int) -> bool:
    """A US name at ``k``, or an aircraft or weapon there with a US adjective right after it."""
    if k >= len(tokens):
        return False
    if us_matcher().match_at(tokens, k) is not None:
        return True
    flyer = weapon_matcher().match_at(tokens, k)
    last = flyer.last_token if flyer is not None else (k if is_word(tokens[k].text, "plane_words") else None)
    if last is None or last + 1 >= len(tokens):
        return False
    us = us_matcher().match_at(tokens, last + 1)
    return us is not None and us.phrase in trigger_words("us_adjectives")


def us_agent_after(tokens: list[Token], noun: PhraseMatch | None) -> bool:
    """A relative verb after the strike noun whose subject is American: ``لقصف شنته طائرات أمريكية``.

    The aircraft may also follow with ``ب`` (``لعدوان جوي بطائرات حربية أمريكية``).

    A relative pronoun may stand between them (``الغارات التي نفذتها القوات الأمريكية``).
    """
    if noun is None:
        return False
    k = noun.last_token + 1
    if k < len(tokens) and is_word(tokens[k].text, "strike_adjectives"):
        k += 1
    if _flown_by_us(tokens, k):
        return True  # "لعدوان جوي بطائرات حربية أمريكية": the aircraft that flew it are American
    if k < len(tokens) and tokens[k].text in trigger_words("relative_pronouns"):
        k += 1
    if k >= len(tokens) or tokens[k].text not in trigger_words("agent_relative_verbs"):
        return False
    return _us_named_at(tokens, k + 1) or _coalition_flown(tokens, k + 1)


def _flown_by_us(tokens: list[Token], k: int) -> bool:
    """An aircraft with a US adjective, read with ``ب`` at ``k`` (``بطائرات حربية أمريكية``)."""
    if k >= len(tokens) or not tokens[k].text.startswith("ب") or us_matcher().match_at(tokens, k) is not None:
        return False
    flyer = weapon_matcher().match_at(tokens, k)
    if flyer is None and not is_word(tokens[k].text, "plane_words"):
        return False
    return _us_named_at(tokens, k)


def us_flyer_before(tokens: list[Token], k: int) -> bool:
    """An aircraft with a US adjective in the words right before ``k``: the subject of the verb there.

    ``إن طيراناً حربياً أمريكياً اعتدى بالصواريخ``: the ``ب`` + weapon after the verb is its means,
    not the sign of a passive whose subject was struck.
    """
    return any(
        (weapon_matcher().match_at(tokens, j) is not None or is_word(tokens[j].text, "plane_words")) and _us_named_at(tokens, j)
        for j in range(max(0, k - _FLYER_SUBJECT_REACH), k)
    )


def _coalition_flown(tokens: list[Token], k: int) -> bool:
    """The coalition at ``k``, or an aircraft there owned by it: ``نفذتها طائرات التحالف``."""
    if k < len(tokens) and is_word(tokens[k].text, "plane_words"):
        k += 1
    return k < len(tokens) and list_matcher("coalition_owners").match_at(tokens, k) is not None


def coalition_striker(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The coalition is the subject of a verb of carrying out, right after it or right before it.

    ``نفذت قوات التحالف الدولي عملية إنزال``, ``أن قوات التحالف الدولي نفذت غارة``: verbs such
    as نفذ and شن take the act as their object, so a coalition name beside them is the one
    that acted, never the target (that follows ``على``/``ضد``).
    """
    if _coalition_flyer_before(tokens, trig.first_token):
        return True  # "طيران التحالف الدولي استهدف بغارتين": the coalition's aircraft act, whatever the verb
    if trig.phrase not in trigger_words("coalition_subject_verbs"):
        return False
    if _coalition_flown(tokens, trig.last_token + 1) or _us_force_at(tokens, trig.last_token + 1):
        return True
    lo = max(0, trig.first_token - _COALITION_BEFORE)
    for m in list_matcher("coalition_owners").find(tokens[lo : trig.first_token]):
        gap = tokens[lo + m.last_token + 1 : trig.first_token]
        if all(is_word(t.text, "coalition_epithets") for t in gap):
            return True
    return False


def _coalition_flyer_before(tokens: list[Token], k: int) -> bool:
    """The coalition's aircraft end right before ``k`` (``طيران التحالف الدولي``, ``مقاتلات التحالف``)."""
    lo = max(0, k - _COALITION_BEFORE)
    for m in list_matcher("coalition_owners").find(tokens[lo:k]):
        start, gap = lo + m.first_token, tokens[lo + m.last_token + 1 : k]
        if not all(is_word(t.text, "coalition_epithets") for t in gap):
            continue
        if m.phrase.split()[0] in trigger_words("coalition_flyer_words") or (
            start > 0 and is_word(tokens[start - 1].text, "coalition_flyer_words")
        ):
            return True
    return False


def _us_force_at(tokens: list[Token], k: int) -> bool:
    """A force or aircraft noun at ``k`` with a US adjective a word or two after it (``قوات الاحتلال الأمريكي``)."""
    head = list_matcher("force_head_nouns").match_at(tokens, k) if k < len(tokens) else None
    if head is None:
        return False
    after = tokens[head.last_token + 1 : head.last_token + 1 + _US_FORCE_REACH]
    return any(t.text in trigger_words("us_adjectives") for t in after)


def us_claims_act(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The US is the subject of a claim verb, right after it or right before it.

    ``تبنت القوات الأمريكية الهجوم الذي استهدف مقرات الفصائل``, ``أعلنت القيادة المركزية مسؤوليتها عن
    الضربة``: the US owned a strike. A US name further on is the target of the claimed act. A verb with
    an object pronoun is a relative clause of the act noun before it (``في عملية تبنتها واشنطن``):
    that act is read from its noun.
    """
    if trig.phrase.endswith(_OBJECT_SUFFIXES):
        return False
    if us_matcher().match_at(tokens, trig.last_token + 1) is not None:
        return True
    lo = max(0, trig.first_token - 3)
    return any(lo + m.last_token == trig.first_token - 1 for m in us_matcher().find(tokens[lo : trig.first_token]))


def unknown_drone_on_group(tokens: list[Token], groups: list[int]) -> bool:
    """A drone of unknown identity, an armed group or the Hashd named, and no US name nor US site in the sentence.

    ``تعرضت مواقع لفصائل عراقية لقصف من طائرات مسيرة مجهولة``, ``استهدفت طائرة مسيرة مجهولة سيارة للحشد``.
    """
    struck = groups or any(list_matcher("hashd_names").find(tokens))
    if not struck or any(us_matcher().find(tokens)) or any(is_word(t.text, "us_site_nouns") for t in tokens):
        return False
    for m in list_matcher("unknown_markers").find(tokens):
        lo = max(0, m.first_token - _FLYER_REACH)
        if any(
            (w := weapon_matcher().match_at(tokens, j)) is not None and w.value.get("weapon") == "drone"
            for j in range(lo, m.first_token)
        ):
            return True
    return False


def _own_force_at(tokens: list[Token], verb: int) -> int | None:
    """The complementizer of a bare force noun right before the verb (``أعلن أوستن أن سلاح الجو ضرب``)."""
    for m in list_matcher("own_force_nouns").find(tokens[max(0, verb - 4) : verb]):
        start = m.first_token + max(0, verb - 4)
        if m.last_token + max(0, verb - 4) == verb - 1 and start > 0 and is_word(tokens[start - 1].text, "complementizers"):
            return start - 1
    return None


def us_striker(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The subject of the strike verb ``trig`` is American, after it, before it, or as ``إنها`` of a US reporter.

    ``ضربت طائرات أمريكية فجر الجمعة منشأة``, ``القوات الأمريكية ضربت مواقع``,
    ``قالت القيادة المركزية الأمريكية إنها ضربت خمسة مسلحين``, and a bare force noun a US
    reporter names after its complementizer (``أعلن الوزير الأمريكي أن سلاح الجو ضرب``). The idiom
    ``ضربت واشنطن بنود الاتفاق عرض الحائط`` is no strike.
    """
    after = tokens[trig.last_token + 1 : trig.last_token + 1 + _IDIOM_REACH]
    if any(list_matcher("strike_idioms").find(after)):
        return False
    if _us_named_at(tokens, trig.last_token + 1):
        return True
    k = trig.first_token - 1
    if k >= 0 and tokens[k].text in trigger_words("own_pronouns"):
        return any(us_matcher().find(tokens[max(0, k - _REPORTER_REACH) : k]))
    own = _own_force_at(tokens, trig.first_token)
    if own is not None:
        return any(us_matcher().find(tokens[max(0, own - _REPORTER_REACH) : own]))
    lo = max(0, k - 3)
    return any(m.last_token + lo == k for m in us_matcher().find(tokens[lo : k + 1]))


def _flies(tokens: list[Token], j: int) -> bool:
    """An aircraft or air strike at ``j``: a bare aircraft noun, a warplane, or a strike noun."""
    if is_word(tokens[j].text, "plane_words"):
        return True
    weapon = weapon_matcher().match_at(tokens, j)
    if weapon is not None:
        return weapon.value.get("weapon") == "air" or weapon.value.get("unit") == "aircraft"
    noun = attack_noun_matcher().match_at(tokens, j)
    return noun is not None and noun.value.get("unit") in trigger_words("strike_units")


def unknown_flyer(tokens: list[Token]) -> bool:
    """An aircraft or air strike of unknown identity, and no US name in the sentence.

    ``قصفت طائرات مجهولة الهوية مواقع``, ``تعرضت سيارة لقصف جوي مجهول المصدر``,
    ``استهدفت طائرات لم تعرف هويتها``. A drone (``طائرة مسيرة مجهولة``) is not read so.
    """
    if any(us_matcher().find(tokens)):
        return False
    for m in list_matcher("unknown_markers").find(tokens):
        lo = max(0, m.first_token - _FLYER_REACH)
        if any(_flies(tokens, j) for j in range(lo, m.first_token)) and not any(
            (w := weapon_matcher().match_at(tokens, j)) is not None and w.value.get("weapon") == "drone"
            for j in range(lo, m.first_token)
        ):
            return True
    return False
