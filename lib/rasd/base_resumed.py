"""Base rows from a presence verb whose pronoun points back to the base named just before.

``… في حقل العمر. ويتمركز فيه عدد كبير من الجنود الأميركيين.`` or a relative clause of a
definite base noun (``إن القاعدة التي يتمركز فيها جنود أميركيون ضربت``) gives the base
named before a row for the force after the verb. Split from :mod:`rasd.bases`.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["resumed_base_rows", "resumed_in_sentence"]

_RESUME_REACH = 25  # tokens between a base and a later presence verb whose pronoun points back to it
_RESUME_CLAUSE = 8  # tokens after that verb's pronoun where the force it hosts is named
_OBJECT_PRONOUNS = ("ها", "ه")  # a pronoun on a presence verb that points to the place ("يتخذها")


def _anaphor_clause_verb(tokens: list[Token]) -> PhraseMatch | None:
    """The presence verb of ``القاعدة التي يتمركز فيها``: a definite base noun that points back."""
    for verb in presence_verb_matcher().find(tokens):
        k = verb.first_token
        if (
            k >= 2
            and tokens[k - 1].text in presence_words("anaphor_relatives")
            and tokens[k - 2].text in presence_words("base_anaphors")
        ):
            return verb
    return None


def _resumes_place(tokens: list[Token], verb: PhraseMatch) -> bool:
    """A pronoun after the verb, or attached to it, or ``في`` and a base noun points to the place (``يتمركز فيها``, ``يتخذها``)."""
    resumptive = presence_words("resumptive_pronouns")
    nxt = tokens[min(verb.last_token + 1, len(tokens) - 1)].text
    last = tokens[verb.last_token].text
    attached = verb.value.get("kind") == "verb" and last.endswith(_OBJECT_PRONOUNS)
    noun = tokens[min(verb.last_token + 2, len(tokens) - 1)].text  # "وتتمركز في الحقل قوات أمريكية"
    return nxt in resumptive or last in resumptive or attached or (nxt == "في" and noun in presence_words("base_anaphors"))


def resumed_base_rows(doc: Doc, sent: DocSentence, tokens: list[Token], last_base: PhraseMatch | None) -> list[dict[str, Any]]:
    """A presence verb whose pronoun points to the base named just before.

    The verb opens the sentence (``… في حقل العمر. ويتمركز فيه عدد كبير من الجنود
    الأميركيين.``) or a relative clause of a definite base noun (``إن القاعدة التي
    يتمركز فيها جنود أميركيون ضربت``).
    """
    if last_base is None or any(base_of(doc, m) for m in doc.within(doc.places, sent)):
        return []
    verb = next(iter(presence_verb_matcher().find(tokens[:3])), None) or _anaphor_clause_verb(tokens)
    if verb is None or not _resumes_place(tokens, verb):
        return []
    rest = tokens[verb.last_token + 1 :]
    named = next(iter(adjective_matcher().find(rest)), None) or next(iter(force_matcher().find(rest)), None)
    if named is None:
        return []
    force, base = str(named.value), base_of(doc, last_base) or last_base.value
    return [{"count": None, "qualifier": "", "force": force, "country": base["country"], "place": base["canonical"],
             "role": "", **doc.row_evidence(sent, doc.tokens[sent.tok_lo + verb.first_token].start,
                                            doc.tokens[sent.tok_lo + verb.last_token].end)}]


def resumed_in_sentence(tokens: list[Token], k_last: int, base_ends: list[int]) -> str | None:
    """The force of a later clause whose presence verb and pronoun point back to this base.

    Moved from :mod:`rasd.bases`: ``ويعد حقل العمر الأضخم بين الحقول، ويتمركز فيه عدد كبير من الجنود
    الأميركيين``.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token.
        base_ends: Last-token indices of every base of the sentence (none may stand between).

    Returns:
        The force named after the pronoun of a presence verb opening a clause with و, when this base
        is the last named before it; None otherwise.
    """
    for v in presence_verb_matcher().find(tokens):
        after = v.last_token + 1
        if not (0 < v.first_token - k_last <= _RESUME_REACH and after < len(tokens)):
            continue
        if tokens[after].text not in presence_words("resumptive_pronouns") or not tokens[v.first_token].text.startswith("و"):
            continue
        if any(k_last < end < v.first_token for end in base_ends):
            continue
        rest = tokens[after + 1 : after + 1 + _RESUME_CLAUSE]
        named = next(iter(adjective_matcher().find(rest)), None) or next(iter(force_matcher().find(rest)), None)
        if named is not None:
            return str(named.value)
    return None
