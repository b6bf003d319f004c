"""Speakers and the words around them: the types, the word lists, and person names.

A statement's speaker is one of (data in ``data/roles.yaml``, ``data/actors.yaml``,
``data/places.csv`` and ``data/statement_context.yaml``):

- a role with its complement and, often, a rank and a name
  (``المتحدث باسم "حركة الأوفياء" حسين الزيدي``, ``وزير الدفاع الأميركي لويد أوستن``);
- an anonymous head with its adjectives and body (``مصادر عراقية مطلعة``, ``مسؤول في البنتاغون``);
- an organisation: a lexicon actor or an organisation noun with its complement;
- a capital or country speaking for its state (``ودعت طهران واشنطن …``);
- a person's name, alone or with an apposition (``مهدي العلاق، المتحدث باسم …،``);
- a short form referring back (``المصادر ذاتها``, ``الوزارة``, ``الأخير``), see :mod:`rasd.coref`.

This module holds what every reader of those phrases shares: :class:`Speaker`,
:class:`Phrase`, the sentence context :class:`Cx`, the word lists (:func:`lex`), word
tests (adjective, stop word, channel noun). Names are read by :mod:`rasd.names`, phrases
by :mod:`rasd.complements` and :func:`rasd.phrases.parse_speaker`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import actor_matcher, role_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.quotes import strip_marks
from rasd.text import Token

__all__ = [
    "Lex",
    "Speaker",
    "Phrase",
    "Cx",
    "lex",
    "word_in",
    "gender_of_head",
    "is_adjective",
    "is_nisba",
    "is_singular_head",
    "is_channel_noun",
    "is_stop",
    "clitic_stems",
    "clitic_stem",
    "org_head",
    "ok_match",
    "role_at",
    "speaking_place",
    "title_at",
    "clitic_prep",
    "place_covers",
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


@dataclass
class Speaker:
    """A speaker as the row will report it.

    Attributes:
        text: Full form as written (marks removed).
        stype: ``person``, ``organization`` or ``anonymous``.
        role: Role phrase ("" when none). ``affiliation``: the body it speaks for.
        canonical: English lexicon name of an organisation ("" when unknown).
        gender: ``m``, ``f``, ``p`` (plural) or "" when unknown.
        head: Normalised head noun (without ال) for short forms referring back.
        family: Normalised last word of a person's name.
        role_key: Normalised role phrase (for "role alone" references).
        anaphor: How the phrase refers back ("" when it names the speaker itself):
            ``head``, ``last_person``, ``statement``, ``family``, ``role``, ``subject``.
        media: True for an outlet (a relay, not a source, when it quotes one).
        pos: Normalised offset of the phrase.
        kind: Actor type of an organisation (``data/actors.yaml``: militia, ministry,
            media …), "" when unknown.
    """

    text: str
    stype: str
    role: str = ""
    affiliation: str = ""
    canonical: str = ""
    gender: str = ""
    head: str = ""
    family: str = ""
    role_key: str = ""
    anaphor: str = ""
    media: bool = False
    pos: int = 0
    kind: str = ""

    def with_gender(self, gender: str) -> Speaker:
        """A copy with the gender set (when given)."""
        return replace(self, gender=gender or self.gender)


@dataclass
class Phrase:
    """A speaker phrase read at a token: its speakers (several when coordinated) and extent."""

    speakers: list[Speaker]
    lo: int
    hi: int
    kind: str = ""


@dataclass
class Cx:
    """What the phrase reader needs about the sentence it reads in.

    Attributes:
        doc: The article.
        lo: Index of the sentence's first token; ``hi`` one past its last.
        quoted: Token indices inside quotation marks.
        actor_at: Actor matches by first token; ``place_at``: place matches.
        date_at: Date mentions by first token (value: index of their last token).
        trigger_at: Token indices of reporting words.
        registry: Persons named anywhere in the article (for family names).
        memo: Readings of the sentence that depend only on its tokens (its reporting words,
            the actor at each token, the punctuation before each token), made once.
    """

    doc: Doc
    lo: int
    hi: int
    quoted: frozenset[int] = frozenset()
    actor_at: dict[int, PhraseMatch] = field(default_factory=dict)
    place_at: dict[int, PhraseMatch] = field(default_factory=dict)
    date_at: dict[int, int] = field(default_factory=dict)
    trigger_at: frozenset[int] = frozenset()
    registry: list[Speaker] = field(default_factory=list)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def tokens(self) -> list[Token]:
        """All tokens of the article."""
        return self.doc.tokens

    def actor(self, j: int) -> PhraseMatch | None:
        """The longest actor alias starting at token ``j`` inside the sentence."""
        if not self.lo <= j < self.hi:
            return None
        key = ("actor", j)
        if key not in self.memo:
            m = self.actor_at.get(j) or actor_matcher().match_at(self.doc.tokens, j)
            self.memo[key] = m if m is not None and m.last_token < self.hi else None
        return self.memo[key]

    def word(self, j: int) -> str:
        """Normalised text of token ``j`` ("" outside the sentence)."""
        return self.doc.tokens[j].text if self.lo <= j < self.hi else ""

    def gap(self, j: int) -> str:
        """Normalised text between token ``j - 1`` and token ``j``."""
        t = self.doc.tokens
        if j <= 0 or j >= len(t):
            return ""
        return self.doc.nt.norm[t[j - 1].end : t[j].start]

    def punct_before(self, j: int) -> bool:
        """A punctuation mark (not a quote or bracket) stands before token ``j``."""
        key = ("punct", j)
        if key not in self.memo:
            self.memo[key] = any(ch in ",:;.!?–—-/" for ch in self.gap(j))
        return self.memo[key]

    def quote_run(self, j: int) -> int | None:
        """When a quotation starts at token ``j``: index of its last token."""
        if j not in self.quoted or (
            j - 1 in self.quoted and '"' not in self.gap(j) and "'" not in self.gap(j)
        ):
            return None
        k = j
        while k + 1 < self.hi and k + 1 in self.quoted and '"' not in self.gap(k + 1):
            k += 1
        return k

    def text(self, a: int, b: int, skip: int = 0) -> str:
        """Original text of tokens ``a..b-1`` (``skip`` proclitic letters left out), marks removed."""
        t = self.doc.tokens
        s, e = self.doc.nt.to_original(t[a].start + skip, t[b - 1].end)
        out = strip_marks(self.doc.text[s:e])
        return "ا" + out if skip and t[a].text[skip - 1 : skip + 1] == "لل" else out

    def norm(self, a: int, b: int) -> str:
        """Normalised words of tokens ``a..b-1``."""
        return " ".join(t.text for t in self.doc.tokens[a:b])


def clitic_stems(word: str, prefixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(prefix, stem)`` readings of ``word`` for the allowed proclitics, bare word first."""
    return [
        (p, word[len(p) :])
        for p in sorted(prefixes, key=len)
        if word.startswith(p) and len(word) - len(p) >= 2
    ]


def clitic_stem(word: str, prefixes: tuple[str, ...]) -> tuple[str, str] | None:
    """The first reading of :func:`clitic_stems`, or None."""
    found = clitic_stems(word, prefixes)
    return found[0] if found else None


def is_adjective(word: str) -> bool:
    """An adjective after a speaker head: a listed one or a nisba form (``العراقية``, ``أمني``)."""
    lx = lex()
    stem = word[2:] if word.startswith("ال") else word
    if lx.has("adjectives", word) or lx.has("adjectives", stem):
        return True
    if not word.startswith("ال") and word in role_matcher():
        return False
    if lx.has("org_heads", stem) or lx.has("org_heads", word):
        return False
    if word.startswith("التابع"):
        return False  # "جهاز مكافحة الإرهاب التابع للإقليم": the name ends before its attachment
    if word.startswith("الم") and len(word) >= 6 and word not in role_matcher():
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


def ok_match(m: PhraseMatch | None, cx: Cx, prefixes: tuple[str, ...]) -> bool:
    """A lexicon match inside the sentence whose proclitic is one of ``prefixes``."""
    return m is not None and m.last_token < cx.hi and m.prefix in prefixes


def role_at(cx: Cx, j: int, prefixes: tuple[str, ...] = ("",)) -> PhraseMatch | None:
    """The role (``data/roles.yaml``) starting at token ``j``, if any."""
    m = role_matcher().match_at(cx.tokens, j)
    return m if ok_match(m, cx, prefixes) else None


def speaking_place(cx: Cx, j: int, prefixes: tuple[str, ...]) -> PhraseMatch | None:
    """A country or capital at token ``j`` that can speak for its state."""
    m = cx.place_at.get(j)
    if not ok_match(m, cx, prefixes):
        return None
    assert m is not None
    if m.value["type"] == "country" or m.phrase in lex().words["speaking_places"]:
        return m
    return None


def is_channel_noun(word: str) -> bool:
    """A noun of a channel phrase, possibly with a pronoun (``تصريحاته``, ``بيانها``)."""
    nouns = lex().words["channel_nouns"]
    if word in nouns:
        return True
    for suf in ("اتهم", "اتها", "اته", "هما", "هم", "ها", "ه"):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[: -len(suf)]
            if stem in nouns or stem + ("ات" if suf.startswith("ات") else "") in nouns:
                return True
    return False


def is_stop(cx: Cx, j: int) -> bool:
    """Token ``j`` cannot continue a speaker phrase (function word, trigger, date, end)."""
    if j >= cx.hi:
        return True
    lx = lex()
    return (
        j in cx.trigger_at
        or j in cx.date_at
        or _stop_word(cx.word(j))
        or lx.phrase_at("turn_markers", cx.tokens, j, cx.hi) is not None
        or lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None
    )


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


def title_at(cx: Cx, j: int) -> PhraseMatch | None:
    """A rank or honorific (``اللواء``, ``الجنرال``, ``الشيخ``) starting at token ``j``."""
    return lex().phrase_at("titles", cx.tokens, j, cx.hi)


def clitic_prep(cx: Cx, j: int) -> bool:
    """Token ``j`` is a preposition ل/ب glued to a noun (``لحركة``, ``ببغداد``, ``للصحفيين``)."""
    w = cx.word(j)
    if w[:1] not in "لب" or w.startswith("ال") or len(w) < 4 or lex().has("openers", w):
        return False
    stem = w[1:]
    for found in (cx.actor(j), cx.place_at.get(j)):
        if found is not None and found.prefix.endswith(w[0]):
            return True
    return (
        stem.startswith("ال")
        or w.startswith("لل")
        or org_head(stem) is not None
        or (lex().has("media_heads", stem) or role_at(cx, j, (w[0],)) is not None)
        or is_channel_noun(stem)
    )


def place_covers(cx: Cx, j: int) -> bool:
    """Token ``j`` is inside a gazetteer place name."""
    return any(
        m.first_token <= j <= m.last_token for m in cx.place_at.values() if m.first_token <= j
    )
