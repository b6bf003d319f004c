"""Which base a relative clause after two bases is about, by gender agreement, for :mod:`rasd.bases`.

A base named as a landmark of another (``ويقع البرج 22 على مقربة من قاعدة التنف``) is not a base
row, unless the presence clause right after it is its own. When an earlier base of the sentence
could own that clause, the relative pronoun decides: ``التي`` agrees with ``قاعدة التنف`` and not
with ``البرج 22`` (``… من قاعدة التنف بجنوب شرقي سوريا، التي تعمل فيها قوات أمريكية``), while in
``قاعدة فيكتوريا القريبة من مطار بغداد التي تضم مستشارين`` it agrees with the earlier base. The
gender of a place is the gender of its head noun (data/presence_context.yaml ``feminine_heads``,
``masculine_heads``); a bare name has none, and then the clause is left to the earlier base.
"""

from __future__ import annotations

from rasd.doc import Doc
from rasd.forces import presence_words
from rasd.lexicon import PhraseMatch
from rasd.scope import is_landmark
from rasd.text import Token, clitic_variants

__all__ = ["clause_is_landmarks_own", "clause_taken_by_landmark"]

_CLAUSE_REACH = 8  # tokens between a base and the relative pronoun that opens its clause


def _gender_of_word(word: str) -> str:
    stems = {stem for _, stem in clitic_variants(word)}
    if stems & presence_words("feminine_heads"):
        return "f"
    if stems & presence_words("masculine_heads"):
        return "m"
    return ""


def _place_gender(doc: Doc, m: PhraseMatch) -> str:
    """``f`` or ``m`` from the head noun that starts the name or stands right before it, or ""."""
    head = _gender_of_word(doc.tokens[m.first_token].text)
    if head or m.first_token == 0:
        return head
    return _gender_of_word(doc.tokens[m.first_token - 1].text)


def _relative_gender(tokens: list[Token], k_last: int) -> str:
    """The gender of the first relative pronoun shortly after token ``k_last``, or ""."""
    for t in tokens[k_last + 1 : k_last + 1 + _CLAUSE_REACH]:
        if t.text in presence_words("feminine_relatives"):
            return "f"
        if t.text in presence_words("masculine_relatives"):
            return "m"
    return ""


def clause_is_landmarks_own(doc: Doc, tokens: list[Token], off: int, m: PhraseMatch, earlier: list[PhraseMatch]) -> bool:
    """Whether the relative clause after a landmark base agrees with it and with none of the earlier bases.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        off: Document index of the sentence's first token.
        m: The base named as a landmark.
        earlier: The bases of the sentence before it that are not landmarks.

    Returns:
        True when the pronoun's gender is the landmark's and differs from each earlier base's
        (known for all).
    """
    gender = _relative_gender(tokens, m.last_token - off)
    if not gender or _place_gender(doc, m) != gender:
        return False
    others = [_place_gender(doc, b) for b in earlier]
    return all(g and g != gender for g in others)


def clause_taken_by_landmark(doc: Doc, tokens: list[Token], off: int, m: PhraseMatch, v_first: int, bases: list[PhraseMatch]) -> bool:
    """Whether a landmark base between a base and a presence verb owns the verb's clause by agreement.

    Args:
        doc: The article.
        tokens: Tokens of the sentence.
        off: Document index of the sentence's first token.
        m: The base before the landmark (``ويقع مطار أربيل على مقربة من قاعدة حرير``).
        v_first: Index in ``tokens`` of the presence verb.
        bases: The bases of the sentence.

    Returns:
        True when a landmark base stands between them and the clause agrees with it and not with
        ``m`` (``… قاعدة حرير العسكرية التي تتبع للقوات الأمريكية``: the row is حرير's alone).
    """
    return any(
        m.last_token < b.first_token and b.last_token - off < v_first and is_landmark(doc, b)
        and clause_is_landmarks_own(doc, tokens, off, b, [m])
        for b in bases
    )
