"""«One» written as a word that closes a breakdown of attacks: ``ثلاثة منها …، وواحدة …``.

A word ``واحد``/``واحدة`` normally follows the noun it counts (``وهجوم واحد``), so it counts
nothing when no noun stands right before it. Joined by ``و`` to a breakdown under way in its
sentence (``تبنت الفصائل خمس هجمات، أربعة منها طالت قاعدة حرير، وواحدة
أصابت معسكرا قرب المطار``), it is the last part of that breakdown and counts what the part
before it counts. It never does when a counted noun follows it (``وواحد من الجنود``).
"""

from __future__ import annotations

from rasd.attack_nouns import context_words, find_unit_at
from rasd.bare_figures import follows_and
from rasd.doc import Doc
from rasd.gazetteer import count_noun_matcher
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["continues_with_one"]


def _is_word_one(num: NumberMention) -> bool:
    return num.value == 1 and num.kind == "cardinal" and not any(c.isdigit() for c in num.text)


def continues_with_one(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """Whether a word «one» after ``و`` goes on with the breakdown before it.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        num: The number mention.

    Returns:
        True for ``وواحدة أصابت …``, ``وواحد في سوريا``, ``وواحدة منها …``; False when a noun
        follows it (``وواحد من الجنود``, ``وواحدة من المسيرات``) or it is not joined by ``و``.
    """
    if not _is_word_one(num) or not follows_and(doc, num):
        return False
    j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
    if j == len(tokens) or tokens[j].text in context_words("partitives"):
        return True
    if tokens[j].text in context_words("skip_after_number"):
        return False  # "وواحد من الجنود": a part of something else
    return find_unit_at(tokens, j) is None and count_noun_matcher().match_at(tokens, j) is None
