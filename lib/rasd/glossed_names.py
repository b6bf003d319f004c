"""A body glossed by its full name: ``البنتاغون، أي وزارة الدفاع الأميركية،``.

The press explains a short or foreign name with ``أي`` ("that is") and the full name, set
off by commas. The gloss names the same body: the speaker keeps both names, the gloss in
brackets as for an alias (``البنتاغون (وزارة الدفاع الأميركية)``), and the phrase ends
after it so that the verb's content is read from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rasd.speakers import Cx, Phrase

__all__ = ["glossed"]

_GLOSS = "اي"  # normalised «أي»


def glossed(cx: Cx, ph: Phrase, parse: Callable[..., Phrase | None]) -> Phrase:
    """The phrase with the gloss after it read in, or the phrase unchanged.

    Args:
        cx: The sentence.
        ph: A speaker phrase just read.
        parse: The speaker reader (:func:`rasd.phrases.parse_speaker`).

    Returns:
        One organisation named with its gloss when ``، أي`` + an organisation + a comma
        follow the phrase; else ``ph``.
    """
    j = ph.hi
    if len(ph.speakers) != 1 or ph.speakers[0].stype != "organization" or ph.speakers[0].anaphor:
        return ph
    if j + 1 >= cx.hi or "," not in cx.gap(j) or cx.word(j) != _GLOSS or cx.punct_before(j + 1):
        return ph
    inner = parse(cx, j + 1, names=False)
    if inner is None or len(inner.speakers) != 1 or inner.speakers[0].stype != "organization":
        return ph
    if inner.hi < cx.hi and "," not in cx.gap(inner.hi):
        return ph
    sp = ph.speakers[0]
    return Phrase([replace(sp, text=f"{sp.text} ({inner.speakers[0].text})")], ph.lo, inner.hi)
