"""Verbs whose first object may follow them directly: ``واتهم إيران بدعم المهاجمين``.

``اتّهم X بـY`` (accuse X of Y) and ``حمّل X المسؤولية`` (hold X responsible) take the
accused as their first object. When a coordinated verb (``واتهم``, ``وحمّل``) is followed
by one phrase and then the charge (``بـ`` + noun) or the responsibility, that phrase is the
object and the verb continues the speaker before it: the subject is not repeated.

Verbs of addressing (``دعا X إلى``, ``حثّ X على``, ``طالب X بـ``) take the addressee as
their object. A masculine verb cannot have a feminine body right after it as its subject
(``ودعت الحكومة إلى`` but ``ودعا الحكومة إلى``): when the body is followed at once by the
verb's preposition, it is the addressee and the verb continues the earlier speaker.

Verbs of judging and denying (``ووصف الهجوم بأنه``, ``وأدان ما وصفه بالعدوان``, ``ونفى
الاتهامات``) take their object at once when coordinated with no subject of their own: a
definite noun or ``ما`` right after such a verb, when no speaker is read there, is the object,
unless a second object follows it (``ونفى الجانب الأمريكي ذلك``: then it is the subject).
"""

from __future__ import annotations

from rasd.positions import first_object
from rasd.speakers import Cx, Phrase, is_adjective, lex
from rasd.triggers import Trigger

__all__ = ["addressed_object", "object_continues", "object_first"]


def object_first(cx: Cx, t: Trigger, end: int) -> bool:
    """Whether the phrase between verb ``t`` and token ``end`` is its object, not its subject.

    Args:
        cx: The sentence.
        t: The reporting verb.
        end: The token after the phrase read right after the verb.

    Returns:
        True for ``حمّل X المسؤولية`` (:func:`rasd.positions.first_object`) and for a
        coordinated verb of ``bi_object`` followed by the phrase and at once by ``بـ`` + a
        noun (``بدعم``).
    """
    if first_object(cx, t, _quotation_end(cx, end)):
        return True
    if t.lemma not in lex().words["bi_object"] or t.prefix not in ("و", "ف"):
        return False
    if end >= cx.hi or cx.punct_before(end):
        return False
    w = cx.word(end)
    return len(w) > 3 and w.startswith("ب") and not lex().has("openers", w)


def _quotation_end(cx: Cx, end: int) -> int:
    """``حمّل «جماعة خارجة عن القانون» المسؤولية``: the object read in part ends with its quotation."""
    k = end
    while k < cx.hi and k in cx.quoted and k - 1 in cx.quoted and '"' not in cx.gap(k):
        k += 1
    return k


def addressed_object(cx: Cx, t: Trigger, ph: Phrase) -> bool:
    """Whether ``ph`` after a masculine verb of addressing is its addressee (``دعا الحكومة إلى``).

    Args:
        cx: The sentence.
        t: The reporting verb.
        ph: The one phrase read right after the verb.

    Returns:
        True when the verb is listed in ``addressee_verbs``, is masculine singular, the phrase
        is one feminine organisation and the verb's preposition follows it with no punctuation.
    """
    prep = lex().maps["addressee_verbs"].get(t.lemma)
    if not prep or t.gender != "m" or len(ph.speakers) != 1:
        return False
    sp = ph.speakers[0]
    if sp.stype != "organization" or sp.gender != "f":
        return False
    end = ph.hi
    if end >= cx.hi or cx.punct_before(end):
        return False
    w = cx.word(end)
    return w == prep or (prep == "ب" and len(w) > 3 and w.startswith("ب"))


def object_continues(cx: Cx, t: Trigger) -> bool:
    """Whether a coordinated verb of ``object_verbs`` is followed at once by its object.

    Args:
        cx: The sentence.
        t: The reporting verb (no speaker phrase was read after it).

    Returns:
        True for ``ووصف الهجوم بأنه`` and ``وأدان ما وصفه``: ``و``/``ف`` on the verb, then a
        definite noun or ``ما`` with no punctuation between.
    """
    if t.lemma not in lex().words["object_verbs"] or t.prefix not in ("و", "ف"):
        return False
    j = t.last + 1
    if j >= cx.hi or cx.punct_before(j):
        return False
    w = cx.word(j)
    if w == "ما":
        return True
    return w.startswith("ال") and len(w) > 3 and not _second_phrase(cx, j + 1)


def _second_phrase(cx: Cx, k: int) -> bool:
    """Another object follows the noun ending before ``k`` (``ونفى الجانب الأمريكي ذلك``).

    The noun right after the verb is then its subject, which no speaker reading knew.
    """
    while k < cx.hi and not cx.punct_before(k) and is_adjective(cx.word(k)):
        k += 1
    if k >= cx.hi or cx.punct_before(k):
        return False
    w = cx.word(k)
    if lex().has("demonstratives", w):
        return True
    if not w.startswith("ال") or w in lex().maps["relatives"]:
        return False
    nxt = cx.word(k + 1) if k + 1 < cx.hi and not cx.punct_before(k + 1) else ""
    return not (nxt.startswith("ب") and len(nxt) > 2)  # "ووصف الهجوم الأخير بأنه"
