"""A response told by its verb: ``وردت واشنطن عليها بضربات طالت منشآت``.

A verb of response (``ردت``, ``ردوا``, ``الرد``) reports an act only with ``ب`` and the
means after it (checked with the triggers). Its subject says whose act it is: the US named
right after the verb (``وردت القوات الأمريكية بضربات``) or, failing that, the nearest actor
named before it (``واشنطن ردت بضربات``, ``سارعت واشنطن إلى الرد بضربات``, ``إن القوات
الأمريكية تعرضت لهجوم وإنها ردت بقصف مدفعي``) makes it a US strike; an armed group there
makes it an attack (``وردت الفصائل بهجوم صاروخي``). The coalition named right before the
verb is its subject too (``طيران التحالف الدولي رد باستهداف مواقع``): a US strike, and so is
the coalition named right after it (``وردت قوات التحالف باستهداف``, ``رد من قوات التحالف
الدولي استهدفت فيه مواقع``).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word, list_matcher, trigger_words, us_matcher
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["answers_by_verbal_noun", "is_response_verb", "us_response_noun", "us_responder"]

_AFTER_REACH = 2  # tokens after the verb where its subject stands ("وردت سريعا واشنطن")
_MEANS_REACH = 4  # tokens between the verb and its "ب" + verbal noun ("وردت واشنطن سريعا بضرب")
_ANSWERED_REACH = 7  # tokens between the verb and its means after what it answers ("على سلسلة الهجمات بثلاث ضربات")
_COALITION_REACH = 3  # tokens before the verb where the coalition names its subject ("طيران التحالف الدولي رد")
_NOUN_REACH = 6  # tokens between a response noun and the verb of its act ("رد من قوات التحالف الدولي استهدفت فيه")


def is_response_verb(trig: PhraseMatch) -> bool:
    """The trigger is a verb of response (``ردت``, ``الرد``)."""
    return trig.phrase in trigger_words("response_verbs")


def answers_by_verbal_noun(tokens: list[Token], trig: PhraseMatch) -> bool:
    """A response verb whose means is a verbal noun with ``ب`` (``وردت واشنطن بضرب مواقع``).

    Firing (``بإطلاق``, ``fire_means``) is a means only for the coalition as subject right before or
    after the verb (``ردت قوات التحالف بإطلاق ثلاثة صواريخ``); a partner force it backs answers on its own.

    The means may also follow what is answered (``وردت واشنطن على الهجمات بضربات جوية``,
    ``… على سلسلة الهجمات بثلاث ضربات``): an attack noun read with ``ب``, or after ``ب`` + number.
    """
    if not is_response_verb(trig):
        return False
    after = tokens[trig.last_token + 1 : trig.last_token + 1 + _MEANS_REACH]
    if any(t.text.startswith("ب") and t.text[1:] in trigger_words("transitive_nouns") for t in after):
        return True
    if any(t.text.startswith("ب") and t.text[1:] in trigger_words("fire_means") for t in after):
        return _coalition_subject(tokens, trig)  # "ردت قوات التحالف بإطلاق صواريخ": the coalition fired back
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _ANSWERED_REACH)):
        if not tokens[k].text.startswith("ب"):
            continue
        m = attack_noun_matcher().match_at(tokens, k)
        if m is not None and "ب" in m.prefix:
            return True
        if tokens[k].text[1:].isdigit() or is_word(tokens[k].text, "means_count_words"):
            return k + 1 < len(tokens) and attack_noun_matcher().match_at(tokens, k + 1) is not None
    return False


def _coalition_subject(tokens: list[Token], trig: PhraseMatch) -> bool:
    """The coalition names the subject right before or after the verb (``قوات التحالف ردت``, ``وردت قوات التحالف``)."""
    lo = max(0, trig.first_token - _COALITION_REACH)
    hi = min(len(tokens), trig.last_token + 1 + _AFTER_REACH)
    near = [*range(lo, trig.first_token), *range(trig.last_token + 1, hi)]
    return any(list_matcher("coalition_owners").match_at(tokens, k) is not None for k in near)


def us_responder(tokens: list[Token], trig: PhraseMatch, groups: list[int]) -> bool:
    """The United States is the subject of the response verb ``trig`` (see the module docstring).

    Args:
        tokens: Tokens of the sentence.
        trig: The response verb.
        groups: Sentence token indexes where an armed group is named.
    """
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _AFTER_REACH)):
        if us_matcher().match_at(tokens, k) is not None or list_matcher("coalition_owners").match_at(tokens, k) is not None:
            return True  # "وردت واشنطن", "رد من قوات التحالف الدولي"
        if k in groups:
            return False
    lo = max(0, trig.first_token - _COALITION_REACH)
    if any(list_matcher("coalition_owners").match_at(tokens, k) is not None for k in range(lo, trig.first_token)):
        return True  # "طيران التحالف الدولي رد باستهداف مواقع": the coalition's strike
    us_before = [k for k in range(trig.first_token) if us_matcher().match_at(tokens, k) is not None]
    group_before = [g for g in groups if g < trig.first_token]
    return bool(us_before) and (not group_before or max(us_before) > max(group_before))


def us_response_noun(tokens: list[Token], trig: PhraseMatch) -> int | None:
    """Index of the US or coalition response noun that tells the act of ``trig``, or None.

    ``تبع ذلك رد من قوات التحالف الدولي استهدفت فيه مواقع``: the response noun, then ``من``
    and the US or the coalition, then the verb of what it struck.
    """
    lo = max(0, trig.first_token - _NOUN_REACH)
    for k in range(lo, trig.first_token - 2):
        if tokens[k].text not in trigger_words("response_verbs") or tokens[k + 1].text != "من":
            continue
        if us_matcher().match_at(tokens, k + 2) is not None or list_matcher("coalition_owners").match_at(tokens, k + 2) is not None:
            return k
    return None
