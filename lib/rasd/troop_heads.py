"""Heads of a bare troop figure: the country named after a count head, a presence head's noun.

``وصل عددهم في العراق إلى ما يفوق 4000 كما أنها تقاتل … في سورية بما يقارب 500 جندي``: the
place told right after the head (``عددهم في العراق``) is where the 4000 are, whatever the
clause names after the figure. ``نما وجود القوات الأمريكية هناك إلى ما يقرب من 2500``: a
presence noun after a verb of change, then a force's troops, counts them in the figure after
``إلى``.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import force_matcher, has_presence_word
from rasd.gazetteer import count_noun_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token
from rasd.troop_places import country_of

__all__ = ["head_country", "presence_head_noun"]

_HEAD_REACH = 6  # tokens between a count head and the figure it announces
_PRESENCE_REACH = 10  # tokens between a presence head and the figure it grows or shrinks to


def head_country(doc: Doc, tokens: list[Token], first: int) -> str:
    """Country named between the nearest count head before token ``first`` and the figure, or ""."""
    for k in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        word = tokens[k : k + 1]
        if has_presence_word(word, "count_heads") or has_presence_word(word, "count_heads_pronoun"):
            return country_of(doc, tokens[k].end, tokens[first].start) if first < len(tokens) else ""
    return ""


def presence_head_noun(tokens: list[Token], first: int) -> PhraseMatch | None:
    """The force's troop noun of ``وجود`` after a verb of change, for the figure after ``إلى`` at ``first``.

    ``نما وجود القوات الأمريكية هناك إلى ما يقرب من 2500``, ``تقلص الوجود الأمريكي … إلى 900``
    has no noun: only a named force's troops (``وجود القوات الأمريكية``) count.
    """
    if not any(tokens[k].text == "الي" for k in range(max(0, first - 4), first)):
        return None
    for k in range(first - 1, max(0, first - 1 - _PRESENCE_REACH), -1):
        if not has_presence_word(tokens[k : k + 1], "presence_heads"):
            continue
        if not has_presence_word(tokens[max(0, k - 2) : k], "change_words"):
            return None
        noun = count_noun_matcher().match_at(tokens, k + 1)
        if noun is None or noun.value.get("category") != "troops" or force_matcher().match_at(tokens, k + 1) is None:
            return None
        return noun
    return None
