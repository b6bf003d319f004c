"""An unnamed speaker named in a pronoun aside: ``وأعلن مسؤول أمني، هو العميد سعد معن، أن …``.

The press introduces a source by its office and gives the name after it in a comma-set aside
opened by a pronoun (``هو``/``وهو``/``هي``/``وهي``, ``data/statement_context.yaml``
``naming_pronouns``), with or without a rank. The aside names the speaker only when a person's
name fills it; ``، وهو فصيل مسلح،`` describes the speaker and is left to the adjectival asides.
"""

from __future__ import annotations

from rasd.names import read_name
from rasd.speakers import Cx, lex, title_at

__all__ = ["pronoun_name"]


def pronoun_name(cx: Cx, j: int) -> tuple[int, int] | None:
    """The name in the pronoun aside starting at token ``j``.

    Args:
        cx: The sentence.
        j: The aside's first token (the pronoun).

    Returns:
        The name's token span ``(start, end)`` (its rank left out), or None when the aside
        opens with no naming pronoun or holds more than a (ranked) name.
    """
    if j + 1 >= cx.hi or not lex().has("naming_pronouns", cx.word(j)):
        return None
    k = j + 1
    title = title_at(cx, k)
    if title is not None:
        k = title.last_token + 1
    end = read_name(cx, k, strong=title is not None)
    if end is None or (end < cx.hi and not cx.punct_before(end)):
        return None
    return k, end
