"""The word lists of the statement readers, and the tests of single words.

:func:`lex` loads ``data/statement_context.yaml`` once (sets, maps and phrase
matchers); the word tests here look at one word alone (adjective, nisba,
organisation head, channel noun, stop word, proclitic readings). The readers of
speaker phrases import them through :mod:`rasd.speakers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from rasd.gazetteer import role_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.text import Token

__all__ = [
    "Lex",
    "article_stems",
    "lex",
    "word_in",
    "gender_of_head",
    "is_adjective",
    "is_nisba",
    "is_singular_head",
    "is_channel_noun",
    "clitic_stems",
    "clitic_stem",
    "conjunction_len",
    "org_head",
]

_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يان", "يتان", "يتين", "يات")
# Word lists whose words (with or without a leading و/ف) end a speaker phrase.
_STOP_LISTS = ("openers", "connectives", "negations", "member_markers", "companion_markers",
               "demonstratives", "anaphor_modifiers")


_PHRASE_KEYS = (
    "turn_markers",
    "adverbials",
    "titles",
    "channel_preps",
    "act_objects",
    "source_links",
    "non_speaker_labels",
    "quantifiers",
    "whole_phrase_verbs",
    "platform_kinds",
    "platform_names",
)


@dataclass(frozen=True)
class Lex:
    """The word lists of ``data/statement_context.yaml`` as sets and matchers."""

    words: dict[str, frozenset[str]]
    maps: dict[str, dict[str, str]]
    phrases: dict[str, PhraseMatcher]
    raw: dict[str, Any]

    def has(self, key: str, word: str) -> bool:
        """Whether ``word`` (or it without a leading و/ف) is in list ``key``."""
        return word_in(word, self.words[key])

    def phrase_at(self, key: str, tokens: list[Token], i: int, hi: int) -> PhraseMatch | None:
        """A phrase of list ``key`` starting at token ``i`` and ending before ``hi``."""
        m = self.phrases[key].match_at(tokens, i)
        if m is None or m.last_token >= hi or m.prefix not in ("", "و", "ف"):
            return None
        return m


@cache
def lex() -> Lex:
    """Load ``data/statement_context.yaml`` once."""
    data = load_yaml("statement_context.yaml")
    words = {
        k: frozenset(v)
        for k, v in data.items()
        if isinstance(v, list) and all(isinstance(x, str) for x in v)
    }
    maps = {
        k: dict(v)
        for k, v in data.items()
        if isinstance(v, dict) and all(isinstance(x, str) for x in v.values())
    }
    phrases = {k: PhraseMatcher((p, p) for p in data.get(k, [])) for k in _PHRASE_KEYS}
    return Lex(words, maps, phrases, data)


def word_in(word: str, words: frozenset[str] | set[str]) -> bool:
    """Membership allowing one leading و/ف on ``word``."""
    return word in words or (len(word) > 2 and word[0] in "وف" and word[1:] in words)


def gender_of_head(head: str) -> str:
    """Grammatical gender of a head noun: ``f`` for -ة words and broken plurals, else ``m``."""
    stem = head[2:] if head.startswith("ال") else head
    if stem.endswith("ه") or stem.endswith("ات") or word_in(stem, lex().words["plural_heads"]):
        return "f"
    return "m"


def is_singular_head(head: str) -> bool:
    """A role head naming one person.

    Not a sound plural or dual (مسؤولون، مسؤولان), nor a broken plural of people (اعضاء، قاده).
    """
    stem = head[2:] if head.startswith("ال") else head
    return not stem.endswith(("ون", "ين", "ان", "ات")) and not word_in(stem, lex().words["plural_people"])


def clitic_stems(word: str, prefixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(prefix, stem)`` readings of ``word`` for the allowed proclitics, bare word first."""
    return [(p, word[len(p) :]) for p in _by_length(prefixes) if word.startswith(p) and len(word) - len(p) >= 2]


@lru_cache(maxsize=256)
def _by_length(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    """The proclitics of a list, shortest first (the lists are few: sorted once each)."""
    return tuple(sorted(prefixes, key=len))


def article_stems(word: str, prefixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """:func:`clitic_stems`, plus ``ل`` + ``ال`` written ``لل`` (``للبيان`` → ``البيان``)."""
    found = clitic_stems(word, prefixes)
    if "ل" in prefixes and word.startswith("لل") and len(word) > 4:
        found.append(("ل", "ا" + word[1:]))
    return found


def clitic_stem(word: str, prefixes: tuple[str, ...]) -> tuple[str, str] | None:
    """The first reading of :func:`clitic_stems`, or None."""
    found = clitic_stems(word, prefixes)
    return found[0] if found else None


def is_adjective(word: str) -> bool:
    """An adjective after a speaker head: a listed one or a nisba form (``العراقية``, ``أمني``)."""
    lx = lex()
    if word.startswith("التابع"):
        return False  # "جهاز مكافحة الإرهاب التابع للإقليم": the name ends before its attachment
    stem = word[2:] if word.startswith("ال") else word
    if lx.has("adjectives", word) or lx.has("adjectives", stem):
        return True
    if not word.startswith("ال") and word in role_matcher():
        return False
    if lx.has("org_heads", stem) or lx.has("org_heads", word):
        return False
    if word[:1] in ("ل", "ب") and lx.has("org_heads", word[1:]):
        return False  # "بيان لخلية الإعلام": the issuer after its preposition, not a nisba
    if word.startswith("لل") and lx.has("org_heads", word[2:]):
        return False  # "بيان للمديرية": لِ fused to the article, the issuer follows
    if word.startswith("الم") and len(word) >= 6 and word not in role_matcher():
        if lx.has("object_nouns", word):
            return False  # "استعرض الوزير البريطاني الموقف الجديد": the object begins
        return not lx.has("anaphor_modifiers", word) and word not in lx.words["last_mentioned"]
    return is_nisba(word)


def is_nisba(word: str) -> bool:
    """A relative adjective (nisba): ``العراقية``, ``أمريكي``, ``الأميركيين``."""
    stem = word[2:] if word.startswith("ال") else word
    return len(stem) >= 4 and stem.endswith(_NISBA_ENDS)


@lru_cache(maxsize=1 << 16)
def org_head(word: str) -> str | None:
    """The organisation noun ``word`` starts with (``وزارة``, ``للقوات`` → ``القوات``), or None."""
    lx = lex()
    for cand in (
        word,
        word[1:] if word[:1] in "وفلب" else "",
        "ال" + word[2:] if word.startswith("لل") else "",
    ):
        if not cand:
            continue
        stem = cand[2:] if cand.startswith("ال") and len(cand) > 4 else cand
        if lx.has("org_heads", cand) or lx.has("org_heads", stem):
            return stem
    return None


def conjunction_len(word: str) -> int:
    """1 when ``word`` is an organisation noun only after a leading و/ف (``والحكومة``, ``ووزارة``), else 0."""
    lx = lex()
    return 1 if word[:1] in "وف" and word not in lx.words["org_heads"] and org_head(word[1:]) is not None else 0


def is_channel_noun(word: str) -> bool:
    """A noun of a channel phrase, possibly with a pronoun (``تصريحاته``, ``بيانها``, ``منصته``)."""
    nouns = lex().words["channel_nouns"]
    if word in nouns:
        return True
    for suf in ("اتهم", "اتها", "اته", "هما", "هم", "ها", "ه"):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[: -len(suf)]
            if stem in nouns or stem + ("ات" if suf.startswith("ات") else "") in nouns:
                return True
            if stem.endswith("ت") and stem[:-1] + "ه" in nouns:  # "منصته": ة written ت before a pronoun
                return True
    return False


@lru_cache(maxsize=1 << 16)
def _stop_word(w: str) -> bool:
    """The word alone is a stop (function word, relative, preposition, digits): see :func:`is_stop`."""
    lx = lex()
    return (
        any(lx.has(k, w) for k in _STOP_LISTS)
        or w in lx.maps["relatives"]
        or w in lx.words["prepositions"]
        or w[:1] in "وف" and w[1:] in lx.words["prepositions"]
        or w.isdigit()
    )
