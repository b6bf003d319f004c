"""Days that are not the act's: a period's start and a span's reference day.

Two kinds of dates in a sentence never date the act it tells:

* the start of a period opened by «منذ» (:func:`rasd.period_dates.opens_period`);
* the reference day a span of time is counted from: «وفي 20 تشرين الأول، بعد
  أسبوعين من 7 تشرين الأول 2023، استهدفت طائرة مسيرة قاعدة التنف» — the act is on
  the 20th; the 7th only measures the two weeks. The span is an edge word
  (``interval_edges``: بعد، قبل، عقب), a time unit (``interval_units``) a few
  words later, and «من/على» (``interval_links``) right before the date or one
  noun before it («بعد أسبوعين من هجوم 7 تشرين الأول»). The act told by that noun
  («بعد ساعات من هجوم طال، الاثنين، مطار أربيل»: the attack's row) keeps the day.
"""

from __future__ import annotations

from rasd.dates import DateMention
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.period_dates import opens_period
from rasd.text import Token

__all__ = ["is_reference_day", "not_act_day"]

_LINK_REACH = 2  # words between «من» and the date ("من هجوم 7 تشرين الاول")
_UNIT_REACH = 3  # words between the edge word and the unit ("بعد نحو ثلاثة أسابيع")


def _spans_to(before: list[Token], link: int) -> bool:
    """A time unit right before the link word, with an edge word a few words before the unit."""
    unit = link - 1
    if unit < 1 or not is_word(before[unit].text, "interval_units"):
        return False
    return any(is_word(t.text, "interval_edges") for t in before[max(0, unit - _UNIT_REACH) : unit])


def is_reference_day(doc: Doc, sent: DocSentence, date: DateMention, trig_at: int) -> bool:
    """The date closes a span «بعد/قبل + unit + من/على», so it only measures the span.

    Args:
        doc: The document.
        sent: The sentence of the date.
        date: A date mention of that sentence.
        trig_at: Where the act's trigger starts (norm offset): a trigger between the
            link word and the date is the act the date belongs to.

    Returns:
        True for the 7th of «بعد أسبوعين من 7 تشرين الأول»; False for a date of its own.
    """
    before = doc.tokens_between(sent.nstart, date.nstart)
    for k in range(len(before) - 1, max(-1, len(before) - 2 - _LINK_REACH), -1):
        if is_word(before[k].text, "interval_links"):
            return not before[k].start < trig_at < date.nstart and _spans_to(before, k)
    return False


def not_act_day(doc: Doc, sent: DocSentence, date: DateMention, trig_at: int) -> bool:
    """The date dates a period's start or a span's reference, never the act whose trigger is at ``trig_at``."""
    return opens_period(doc, sent, date) or is_reference_day(doc, sent, date, trig_at)
