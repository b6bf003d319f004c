"""Statements that echo the clause told before: ``وهو ما أقرّ به البنتاغون``.

``ما`` after a pronoun (``وهو``, ``وهذا``) takes up the preceding clause as the object of a
reporting verb whose subject follows it, after a resumptive ``به``/``بها`` when the verb
takes one (``وهو ما أكدته الوزارة``, ``وهذا ما نفاه المتحدث``). Without the pronoun, ``ما``
before a verb stays a label (``ما وصفه بـ``, also after the pronoun), which
:func:`rasd.positions.is_blocked` drops.
"""

from __future__ import annotations

from rasd.coref import Discourse
from rasd.phrases import parse_speaker
from rasd.speakers import Cx, Speaker, lex
from rasd.triggers import Trigger
from rasd.zones import Zone, scan_zone

__all__ = ["RESUMPTIVE", "is_echo", "read_echo"]

# The resumptive pronoun a verb like «أقرّ» or «اعترف» takes before its subject
# (also in a relay's relative clause: «حسب ما أفادت به شبكة …»).
RESUMPTIVE = frozenset({"به", "بها", "عنه", "عنها"})


def is_echo(cx: Cx, t: Trigger) -> bool:
    """Whether the verb of ``t`` follows ``وهو ما`` / ``وهذا ما`` (no punctuation between)."""
    i = t.first
    if t.prefix or i - 2 < cx.lo or cx.word(i - 1) != "ما" or lex().has("echo_labels", t.lemma):
        return False
    if cx.punct_before(i) or cx.punct_before(i - 1):
        return False
    return lex().has("echo_pronouns", cx.word(i - 2))


def read_echo(cx: Cx, t: Trigger, disc: Discourse, subject: list[Speaker]) -> tuple[list[Speaker], Zone] | None:
    """The speakers named after an echoing verb, and the zone after them; None when unnamed.

    Args:
        cx: The sentence being read.
        t: A reporting verb for which :func:`is_echo` holds.
        disc: The article's discourse, to name short forms in full.
        subject: The sentence's subject.

    Returns:
        ``(speakers, zone)``, or None when no speaker phrase follows the verb.
    """
    j = t.last + 1
    j += 1 if cx.word(j) in RESUMPTIVE and not cx.punct_before(j) else 0
    if j >= cx.hi or cx.punct_before(j):
        return None
    ph = parse_speaker(cx, j, names=False)
    if ph is None:
        return None
    speakers = [disc.resolve(sp, subject)[0] for sp in ph.speakers]
    return speakers, scan_zone(cx, ph.hi, t)
