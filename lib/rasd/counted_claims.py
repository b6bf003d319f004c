"""A claim of counted operations is one claim, not a tally of acts.

``تبنت المقاومة الإسلامية في العراق، تسع عشرة عملية`` tells one act of
the group: it claimed a number of operations. A sentence that counts three or more
attacks is otherwise a tally with no act of its own (:mod:`rasd.events`); a past
verb of claiming whose object is the counted operations keeps its claim row. The
verbs are ``counted_claim_verbs`` of ``data/event_triggers.yaml``. A vague count
(``تبنت في بيانات عشرات الهجمات``) sums up a campaign: no act.

The other way round, when the sentence's act is dropped (a tally: ``تعرضت القواعد لعشرات
الهجمات التي تبنتها جماعة``, ``بنحو 90 هجوما منذ منتصف الخريف، تبنتها فصائل``), a
later claim that points back to those acts, by the pronoun it carries (``تبنتها``) or by a
relative pronoun right before it (``التي تبنت``), claims the counted acts: no row either
(:func:`claims_tallied_acts`; session 31).
"""

from __future__ import annotations

from rasd.attacks import find_figures, sentence_numbers
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import trigger_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, normalize_str

__all__ = ["claims_counted_acts", "claims_tallied_acts"]

_COUNT_REACH = 12  # tokens between the verb and the number it claims (the group's name may stand between)
_COUNTED_UNITS = frozenset({"attack", "operation"})
_PRONOUN_ENDS = ("ها", "ته", "هم")  # "تبنتها", "تبنته": the claim points back to acts told before it
_RELATIVES = frozenset({"التي", "الذي", "اللتين", "الذين"})


def claims_counted_acts(doc: Doc, sent: DocSentence, tokens: list[Token], trig: PhraseMatch, kind: str) -> bool:
    """True when a past verb of claiming takes an exact count of operations as its object.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        trig: The claim trigger.
        kind: The kind the trigger was read as.
    """
    if kind != "claim" or trig.phrase not in trigger_words("counted_claim_verbs"):
        return False
    hi = tokens[min(len(tokens) - 1, trig.last_token + _COUNT_REACH)].end
    lo = tokens[trig.last_token].end
    return any(
        fig.unit in _COUNTED_UNITS and lo <= fig.num.nstart < hi and fig.how not in {"ordinal", "restated"} and fig.num.kind != "vague"
        for fig in find_figures(doc, tokens, sentence_numbers(doc, sent))
    )


def claims_tallied_acts(tokens: list[Token], m: PhraseMatch) -> bool:
    """Whether a claim trigger ``m`` after a dropped act points back to it (``الهجمات التي تبنتها``).

    Args:
        tokens: Tokens of the sentence.
        m: A trigger after the sentence's dropped first trigger.

    Returns:
        True for a claim carrying an object pronoun (``تبنتها``) or right after a relative pronoun.
    """
    if m.value != "claim":
        return False
    before = normalize_str(tokens[m.first_token - 1].text) if m.first_token else ""
    return m.phrase.endswith(_PRONOUN_ENDS) or before in _RELATIVES
