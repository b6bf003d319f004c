"""Which force a phrase names: nationality adjectives, force names, troop roles (data/forces.yaml).

Shared by the troop figures (:mod:`rasd.deployments`) and the base-presence rows
(:mod:`rasd.bases`); the words around bases come from data/presence_context.yaml.
"""

from __future__ import annotations

from functools import cache

from rasd.lexicon import PhraseMatcher, load_yaml, word_set
from rasd.text import Token, clitic_variants

__all__ = [
    "adjective_matcher",
    "background_cut",
    "force_matcher",
    "role_matcher",
    "presence_words",
    "has_presence_word",
    "find_force",
]


@cache
def adjective_matcher() -> PhraseMatcher:
    """Nationality adjectives and the force each names (``اميركيه`` -> US)."""
    return PhraseMatcher((a, f["force"]) for f in load_yaml("forces.yaml")["forces"] for a in f["adjectives"])


@cache
def force_matcher() -> PhraseMatcher:
    """Names and adjectives of forces (``واشنطن``, ``القوات الاميركيه``, ``التحالف الدولي``)."""
    forces = load_yaml("forces.yaml")["forces"]
    entries = [(n, f["force"]) for f in forces for n in f["names"]]
    entries += [(a, f["force"]) for f in forces for a in f["adjectives"]]
    return PhraseMatcher(entries)


@cache
def role_matcher() -> PhraseMatcher:
    """Troop roles (advisers, trainers, special forces)."""
    roles = load_yaml("forces.yaml")["roles"]
    return PhraseMatcher((w, role) for role, words in roles.items() for w in words)


def presence_words(key: str) -> frozenset[str]:
    """A word list of data/presence_context.yaml."""
    return word_set("presence_context.yaml", key)


def has_presence_word(tokens: list[Token], key: str) -> bool:
    """Whether a token, proclitics removed, is in a word list of data/presence_context.yaml.

    Each word's answer is kept per list (``_PRESENCE_MEMO``, emptied when it holds
    ``_PRESENCE_MEMO_SIZE`` words): deployments ask it of every token of a span.
    """
    memo = _PRESENCE_MEMO.get(key)
    if memo is None:
        memo = _PRESENCE_MEMO[key] = {}
    for t in tokens:
        hit = memo.get(t.text)
        if hit is None:
            if len(memo) >= _PRESENCE_MEMO_SIZE:
                memo.clear()
            hit = memo[t.text] = _is_presence_word(t.text, key)
        if hit:
            return True
    return False


_PRESENCE_MEMO: dict[str, dict[str, bool]] = {}
_PRESENCE_MEMO_SIZE = 1 << 16


def _is_presence_word(word: str, key: str) -> bool:
    """Whether a reading of ``word``, proclitics removed, is in list ``key``."""
    words = presence_words(key)
    return any(stem in words for _, stem in clitic_variants(word))


def find_force(tokens: list[Token], noun_last: int, before: int) -> str:
    """Force of a troop figure.

    Args:
        tokens: Tokens of the sentence.
        noun_last: Index of the last token of the troop noun.
        before: Index of the first token of the figure (forces are looked for before it).
    """
    if noun_last + 2 < len(tokens) and tokens[noun_last + 1].text == "من":
        owner = force_matcher().match_at(tokens, noun_last + 2)
        if owner is not None:
            return str(owner.value)  # "1000 جندي من قوات التحالف", "500 عنصر من الجيش التركي"
    for j in range(noun_last + 1, min(noun_last + 3, len(tokens))):
        if tokens[j].text in presence_words("landmark_words"):
            break  # "في قاعدة إنجرليك جنوبي تركيا": a place, not a nationality
        m = adjective_matcher().match_at(tokens, j)
        if m is not None and tokens[j].joined:
            return str(m.value)
    named = list(force_matcher().find(tokens[:before]))
    if named:
        return str(named[-1].value)
    after = list(force_matcher().find(tokens[noun_last + 1 : background_cut(tokens, noun_last)]))
    return str(after[0].value) if after else ""


def background_cut(tokens: list[Token], first: int) -> int:
    """Index of the first background lead after the figure at ``first``, or ``len(tokens)``.

    A lead (data/presence_context.yaml ``background_leads``: ``بعد``, ``إثر``, ``عندما``…) opens
    the event behind a deployment: ``سترسل 3000 جندي … بعد مقتل قائد فيلق القدس``. A lead
    followed by a word that ends in the pronoun of the men counted (``بعد إصابتهم``) tells
    their own casualties and is no cut.
    """
    for k in range(first + 1, len(tokens)):
        if has_presence_word(tokens[k : k + 1], "background_leads"):
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if not nxt.endswith(_MEN_PRONOUNS):
                return k
    return len(tokens)


_MEN_PRONOUNS = ("هم", "هما")
