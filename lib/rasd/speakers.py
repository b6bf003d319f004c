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
:class:`Phrase`, the sentence context :class:`Cx`, and (from :mod:`rasd.speaker_lex`) the
word lists (:func:`lex`) and word tests (adjective, stop word, channel noun). Names are read by :mod:`rasd.names`, phrases
by :mod:`rasd.complements` and :func:`rasd.phrases.parse_speaker`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import actor_matcher, role_matcher
from rasd.lexicon import PhraseMatch
from rasd.quotes import strip_marks
from rasd.speaker_lex import (
    Lex,
    _stop_word,
    article_stems,
    clitic_stem,
    clitic_stems,
    conjunction_len,
    gender_of_head,
    is_adjective,
    is_channel_noun,
    is_nisba,
    is_singular_head,
    lex,
    org_head,
    word_in,
)
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
    "article_stems",
    "clitic_stems",
    "clitic_stem",
    "conjunction_len",
    "org_head",
    "ok_match",
    "role_at",
    "speaking_place",
    "title_at",
    "clitic_prep",
    "place_covers",
]

# Hashtag marks of news sites inside a name: "#المقاومة_الاسلامية في #العراق".
_HASHTAG_RE = re.compile(r"#(?=\w)|(?<=[^\W_])_(?=[^\W_])")


def _unhashtag(text: str) -> str:
    """A name without the hash and underscores of a hashtag (``#وزارة_الدفاع`` → ``وزارة الدفاع``)."""
    return _HASHTAG_RE.sub(lambda m: " " if m.group() == "_" else "", text) if "#" in text or "_" in text else text


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
        out = _unhashtag(strip_marks(self.doc.text[s:e]))
        return "ا" + out if skip and t[a].text[skip - 1 : skip + 1] == "لل" else out

    def norm(self, a: int, b: int) -> str:
        """Normalised words of tokens ``a..b-1``."""
        return " ".join(t.text for t in self.doc.tokens[a:b])


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
        or lex().has("remit_heads", stem)  # "لشؤون سوريا": an office's remit
    )


def place_covers(cx: Cx, j: int) -> bool:
    """Token ``j`` is inside a gazetteer place name."""
    return any(
        m.first_token <= j <= m.last_token for m in cx.place_at.values() if m.first_token <= j
    )
