"""Where a circumstantial participle reports: after a comma, a و, or content opening at once.

A participle (``مضيفا``, ``مؤكدة``) reports after a comma or with ``و`` after another act of
the sentence. Careless copy also leaves out the comma (``فشل مضيفا أن``): such a participle
still reports when its content opens at once (``أن``, ``بأن``, a colon or a quotation, a
channel phrase such as ``في تهديدها`` between) and it goes on from a finite reporting verb
of the sentence. The participle of labelling (``واصفا إياه بأنه``, ``واصفة الوجود بـ"غير
القانوني"``) takes an object and then a بـ phrase: with no comma it reports when that phrase
follows within a few words. The same form right after an indefinite noun it agrees with is that noun's
adjective (``معلومات مؤكدة بأن``, ``أمرا مؤكدا``), not a report; after a place's name
(``قطاع غزة مضيفة``) it is not. ``مجددا`` is above all the
adverb "again": it reports only after a comma and before its content's noun.

A quotative (``قائلا``) right after a reporting verb nested in the sentence's content
(``أفاد المكتب أن المتحدث أشار إلى …، قائلا: …``) goes on from that nested verb, whose
speaker it agrees with: one statement, not a second one of the sentence's subject.
"""

from __future__ import annotations

from typing import Any

from rasd.coref import agrees
from rasd.positions import opens_content
from rasd.speakers import Cx, lex
from rasd.triggers import Trigger

__all__ = ["participle_stands", "nested_quotative"]

_FEMININE_ENDS = ("ه", "ات")


def participle_stands(cx: Cx, t: Trigger, hints: list[str]) -> bool:
    """Whether participle ``t`` stands where a participle reports.

    Args:
        cx: The sentence.
        t: The participle.
        hints: The kinds (``verb``, ``participle``, ``attribution``) of the sentence's
            earlier acts, in order.
    """
    comma = cx.punct_before(t.first)
    if not comma and not (t.prefix == "و" and hints or _bare_ok(cx, t, hints)):
        return False
    return t.form not in lex().words["adverb_participles"] or not (
        not comma
        or t.last + 1 >= cx.hi
        or cx.punct_before(t.last + 1)
        or lex().has("openers", cx.word(t.last + 1))
    )


def _bare_ok(cx: Cx, t: Trigger, hints: list[str]) -> bool:
    """A participle with no comma before it, after a finite verb, its content opening at once."""
    if "verb" not in hints or hints[-1] == "attribution" or t.first <= cx.lo:
        return False
    if _labels(cx, t):
        return True
    if not opens_content(cx, t.last + 1, t):
        return False
    prev = cx.word(t.first - 1)
    if prev.startswith("ال") or _ends_name(cx, t.first - 1):
        return True
    if t.form.endswith("ه"):
        return not prev.endswith(_FEMININE_ENDS)
    return not prev.endswith("ا")


def _labels(cx: Cx, t: Trigger) -> bool:
    """A labelling participle (``واصفا``) with its بـ phrase a few words after it."""
    lx = lex()
    if t.lemma not in lx.words["labelling_participles"]:
        return False
    reach = min(cx.hi, t.last + 1 + int(lx.raw["labelling_reach"]))
    for k in range(t.last + 1, reach):
        if k > t.last + 1 and cx.punct_before(k):
            return False
        if cx.word(k).startswith("ب"):
            return True
    return False


def _ends_name(cx: Cx, k: int) -> bool:
    """Token ``k`` ends a place's name (``قطاع غزة``): no noun a participle agrees with."""
    return any(m.last_token == k for j, m in cx.place_at.items() if k - 3 <= j <= k)


def nested_quotative(t: Trigger, acts: list[Any]) -> list[Any]:
    """The nested reporting act a quotative participle goes on from, as a one-item list.

    Args:
        t: The participle.
        acts: The sentence's earlier acts, in order.

    Returns:
        ``[act]`` when ``t`` is a quotative and the last earlier act is a finite verb nested
        in a content whose speakers all agree with it, else ``[]``.
    """
    if not acts or not lex().has("quotative", t.form):
        return []
    last = acts[-1]
    if not (last.nested and last.trig.hint == "verb" and last.speakers):
        return []
    return [last] if all(agrees(t.gender, sp) for sp in last.speakers) else []
