"""A reporting verb in a relative clause of an indefinite noun: not a continued speaker.

Arabic gives an indefinite antecedent a relative clause with no ``الذي``/``التي``:
``لفصائل مسلحة، كانت قد تعهدت بمواصلة القتال``. The verb's subject is the noun before the
comma, not the last speaker of the article, so a verb with no subject of its own there
does not continue that speaker.

A relative after a statement noun (``وفقا للبيان، الذي أشار``) agrees with the noun, not with
its issuer (``خلية الإعلام الأمني``): the issuer speaks whatever the gender of the relative.

A relative verb may name its own subject before the content (``الهجوم، الذي قالت القوات
العراقية إنه وقع``, ``المواقع التي قال الجيش إنها``): the antecedent is then what is spoken of.
"""

from __future__ import annotations

from rasd.issued_in import subject_after_pronoun
from rasd.phrases import parse_speaker, read_statement_phrase
from rasd.speakers import Cx, Phrase, lex
from rasd.triggers import Trigger
from rasd.zones import scan_zone

_ADJECTIVE_REACH = 3  # words between a document noun and its relative verb (تقارير استخباراتية سرية)

__all__ = [
    "document_antecedent",
    "indefinite_relative",
    "relative_subject",
    "statement_antecedent",
    "subject_after_verb",
]


def indefinite_relative(cx: Cx, t: Trigger) -> bool:
    """Whether ``t`` follows ``، كان(ت) قد`` after an indefinite noun (``ال`` absent).

    ``، وكانت قد أعلنت`` (with و) continues the narrative and is left to the caller.

    Args:
        cx: The sentence.
        t: The reporting verb.
    """
    aux, qad, before = t.first - 2, t.first - 1, t.first - 3
    if t.prefix or before < cx.lo or cx.word(qad) != "قد":
        return False
    if cx.word(aux) not in lex().words["relative_aux"] or not cx.punct_before(aux):
        return False
    noun = cx.word(before)
    return bool(noun) and not noun.startswith("ال") and not noun.isdigit()


def document_antecedent(cx: Cx, k: int) -> bool:
    """Whether the indefinite noun ending at token ``k`` is a document (``تقارير استخباراتية سرية``).

    A relative verb after it (``تقارير سرية تؤكد أن``) has the document as its subject, not the
    sentence's speaker. Up to :data:`_ADJECTIVE_REACH` indefinite adjectives after the noun are skipped.

    Args:
        cx: The sentence.
        k: The last token before the verb.
    """
    for j in range(k, max(cx.lo, k - _ADJECTIVE_REACH) - 1, -1):
        w = cx.word(j)
        if lex().has("statement_nouns", w):
            return True
        if cx.punct_before(j) or w.startswith("ال") or lex().has("prepositions", w):
            return False  # an indefinite noun's adjectives are indefinite too
    return False


def statement_antecedent(cx: Cx, rel: int) -> bool:
    """Whether the relative at ``rel`` follows a statement noun (``للبيان، الذي``, ``البيان الذي``).

    Args:
        cx: The sentence.
        rel: The token of the relative pronoun.
    """
    ph = read_statement_phrase(cx, rel - 1, ("", "و", "ل", "ب")) if rel > cx.lo else None
    return ph is not None and ph.hi == rel


def relative_subject(cx: Cx, t: Trigger) -> Phrase | None:
    """The subject a relative reporting verb names right after it, when content follows.

    Args:
        cx: The sentence.
        t: A reporting verb right after ``الذي``/``التي``.

    Returns:
        The speaker phrase between the verb and an opener, colon or quotation, or None.
    """
    j = t.last + 1
    if j >= cx.hi or cx.punct_before(j):
        return None
    ph = parse_speaker(cx, j)
    if ph is None:
        return None
    z = scan_zone(cx, ph.hi, t)
    return ph if z.opener or z.colon or (z.stop < cx.hi and z.stop in cx.quoted) else None


def subject_after_verb(cx: Cx, t: Trigger, pos: str) -> Phrase | None:
    """The subject a verb names after it where its position promises none.

    Args:
        cx: The sentence.
        t: The reporting verb.
        pos: Its position (:func:`rasd.positions.verb_position`).

    Returns:
        The subject of a relative verb (:func:`relative_subject`), or the issuer after
        ``فيه`` of a fronted statement's clause (:func:`rasd.issued_in.subject_after_pronoun`).
    """
    if pos.startswith("relative:"):
        return relative_subject(cx, t)
    return None if pos.startswith("pronoun:") else subject_after_pronoun(cx, t)
