"""Threats told as warnings, delivered warnings and vows not to tolerate attacks.

Three press forms tell a threat with words that alone mean something milder:

- a noun of warning or threat is a threat as the object of a verb that delivers it, standing
  before it (``وجهت واشنطن إلى بغداد، أمس، تحذيرا``, ``وتضمن تهديدا مباشرا إذا أقدمت الفصائل``);
  ``رغم التحذيرات`` or ``تهديدات إيران`` alone tell none;
- a verb of warning is a threat when it warns a named party of something (``محذرا طهران من
  أن عليها أن تكون مستعدة``, ``حذّر الخزعلي، الولايات المتحدة من أن مصالحها ستكون في خطر``);
  with no addressee it is a forecast (``حذر المتحدث من أن الضربة ستضع المنطقة …``). After
  the finite verb its subject comes first, so the addressee is never the verb's next word,
  nor the genitive of a title (``وحذر المتحدث باسم البنتاغون من``);
- a vow not to tolerate is a threat only of attacks (``لن تتسامح مع الهجمات على أفرادها``);
- a decision to respond is a threat told alone or answering an act (``وقرر الرد``, ``قررت الرد على
  الهجوم``), not a reply to words (``قررت الوزارة الرد على الرسالة``).

The words are in ``data/event_triggers.yaml`` (``delivered_threat_nouns``, ``warning_verbs``,
``tolerance_threats``, ``decided_responses`` and the sets they need).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token

__all__ = ["lacks_threat_context", "warned_party", "warned_span_end"]

_DELIVERY_REACH = 8  # tokens between the delivering verb and the noun ("وجهت واشنطن إلى بغداد، أمس (الجمعة)، تحذيرا")
_SUBJECT_REACH = 8  # tokens between a finite verb of warning and its addressee (its subject stands between)
_OBJECT_REACH = 4  # tokens between the addressee and "من" ("الولايات المتحدة الأميركية من أن")
_TOLERANCE_REACH = 3  # tokens between "مع" and the attack noun ("مع أي هجمات")


def _words(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _delivered(tokens: list[Token], m: PhraseMatch) -> bool:
    """A delivering verb stands a few words before the noun of warning."""
    return any(is_word(t.text, "threat_delivery_verbs") for t in tokens[max(0, m.first_token - _DELIVERY_REACH) : m.first_token])


def _warns_of(tokens: list[Token], j: int) -> bool:
    """Token ``j`` names a party, and "من" (what it is warned of) follows within a few words."""
    if tokens[j].text not in _words("warning_addressees"):
        return False
    return any(t.text in _words("warning_objects") for t in tokens[j + 1 : j + 1 + _OBJECT_REACH])


def warned_party(tokens: list[Token], m: PhraseMatch) -> int | None:
    """Index of the first word of the named party the verb of warning ``m`` warns of something, or None.

    ``محذرا إيران من أن``, ``حذّر الخزعلي، الولايات المتحدة من أن``: the party warned is the
    threat's target.
    """
    if m.phrase not in _words("warning_verbs"):
        return None
    k = m.last_token + 1
    if m.phrase in _words("warning_participles"):
        return k if k < len(tokens) and _warns_of(tokens, k) else None
    if k >= len(tokens) or tokens[k].text in _words("warning_objects"):
        return None  # "حذر من أن": a forecast
    for j in range(k + 1, min(len(tokens), k + _SUBJECT_REACH)):
        if tokens[j].text in _words("warning_objects"):
            return None  # "وحذرت واشنطن من أي دور": the subject alone, no addressee before "من"
        if _warns_of(tokens, j) and not is_word(tokens[j - 1].text, "warning_title_words"):
            return j
    return None


def _tolerates_no_attack(tokens: list[Token], m: PhraseMatch) -> bool:
    """"مع" and an attack noun follow the vow not to tolerate."""
    k = m.last_token + 1
    if k >= len(tokens) or tokens[k].text != "مع":
        return False
    return any(attack_noun_matcher().match_at(tokens, j) is not None for j in range(k + 1, min(len(tokens), k + 1 + _TOLERANCE_REACH)))


def _answers_no_act(tokens: list[Token], m: PhraseMatch) -> bool:
    """"على" follows the decision to respond, and no attack noun a few words after it (``قررت الرد على الرسالة``)."""
    k = m.last_token + 1
    if k >= len(tokens) or tokens[k].text != "علي":
        return False
    return not any(attack_noun_matcher().match_at(tokens, j) is not None for j in range(k + 1, min(len(tokens), k + 1 + _TOLERANCE_REACH)))


def warned_span_end(tokens: list[Token], j: int) -> int:
    """End (exclusive) of the party named at ``j``: the word before "من" (``الولايات المتحدة من أن``)."""
    return next((i for i in range(j + 1, min(len(tokens), j + 1 + _OBJECT_REACH)) if tokens[i].text in _words("warning_objects")), j + 1)


def lacks_threat_context(tokens: list[Token], m: PhraseMatch) -> bool | None:
    """Whether a threat trigger of warning lacks what makes it a threat; None for the other triggers.

    Args:
        tokens: Tokens of the sentence.
        m: A trigger matched on ``tokens``.
    """
    if m.phrase in _words("delivered_threat_nouns"):
        return not _delivered(tokens, m)
    if m.phrase in _words("warning_verbs"):
        return warned_party(tokens, m) is None
    if m.phrase in _words("tolerance_threats"):
        return not _tolerates_no_attack(tokens, m)
    if m.phrase in _words("decided_responses"):
        return _answers_no_act(tokens, m)
    return None
