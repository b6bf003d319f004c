"""Speaker phrases: who a reporting verb or an attribution names, read from the tokens.

A speaker phrase is one of (data in ``data/roles.yaml``, ``data/actors.yaml``,
``data/places.csv`` and ``data/statement_context.yaml``):

- a role with its complement and, often, a rank and a name
  (``المتحدث باسم "حركة الأوفياء" حسين الزيدي``, ``وزير الدفاع الأميركي لويد أوستن``);
- an anonymous head with its adjectives and body (``مصادر عراقية مطلعة``, ``مسؤول في البنتاغون``);
  a place after it is read but left out of the speaker (``مصادر أمنية في محافظة الأنبار``);
- an organisation: a lexicon actor or an organisation noun with its complement
  (``وزارة الخارجية السورية``, ``المركز الإعلامي لـ"قوات سوريا الديمقراطية"``), an acronym in
  brackets replacing the name (``قوات سوريا الديمقراطية (قسد)`` → ``قسد``);
- a capital or country speaking for its state (``ودعت طهران واشنطن …``);
- a person's name, alone or before an apposition (``مهدي العلاق، المتحدث باسم …،``);
- a short form referring back (``المصادر ذاتها``, ``الوزارة``, ``الأخير``, ``البيان``, a family name
  or a role alone), resolved by :mod:`rasd.coref`.

:func:`parse_speaker` reads one such phrase at a token and says where it ends; the
statement extractor decides where to look for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from rasd.doc import Doc
from rasd.gazetteer import role_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.quotes import strip_marks
from rasd.text import Token

__all__ = ["Lex", "Speaker", "Phrase", "Cx", "lex", "parse_speaker", "read_name", "word_in", "gender_of_head"]

_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يان", "يتان", "يتين", "يات")
_NAME_LINKS = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ام", "ال"})


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


_PHRASE_KEYS = ("turn_markers", "adverbials", "titles", "channel_preps", "act_objects", "source_links",
                "non_speaker_labels", "quantifiers", "anonymous_phrases", "whole_phrase_verbs")


@cache
def lex() -> Lex:
    """Load ``data/statement_context.yaml`` once."""
    data = load_yaml("statement_context.yaml")
    words = {k: frozenset(v) for k, v in data.items() if isinstance(v, list) and all(isinstance(x, str) for x in v)}
    maps = {k: dict(v) for k, v in data.items() if isinstance(v, dict) and all(isinstance(x, str) for x in v.values())}
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

    def with_gender(self, gender: str) -> Speaker:
        """A copy with the gender set (when given)."""
        return replace(self, gender=gender or self.gender)


@dataclass
class Phrase:
    """A speaker phrase read at a token: its speakers (several when coordinated) and extent."""

    speakers: list[Speaker]
    lo: int
    hi: int
    member_role: str = ""


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

    @property
    def tokens(self) -> list[Token]:
        """All tokens of the article."""
        return self.doc.tokens

    def word(self, j: int) -> str:
        """Normalised text of token ``j`` ("" outside the sentence)."""
        return self.doc.tokens[j].text if self.lo <= j < self.hi else ""

    def gap(self, j: int) -> str:
        """Normalised text between token ``j - 1`` and token ``j``."""
        t = self.doc.tokens
        return self.doc.nt.norm[t[j - 1].end : t[j].start] if j > 0 else ""

    def punct_before(self, j: int) -> bool:
        """A punctuation mark (not a quote or bracket) stands before token ``j``."""
        return any(ch in ",:;.!?" for ch in self.gap(j))

    def quote_run(self, j: int) -> int | None:
        """When a quotation starts at token ``j``: index of its last token."""
        if j not in self.quoted or (j - 1 in self.quoted and '"' not in self.gap(j) and "'" not in self.gap(j)):
            return None
        k = j
        while k + 1 < self.hi and k + 1 in self.quoted and '"' not in self.gap(k + 1):
            k += 1
        return k

    def text(self, a: int, b: int) -> str:
        """Original text of tokens ``a..b-1``, marks removed."""
        t = self.doc.tokens
        s, e = self.doc.nt.to_original(t[a].start, t[b - 1].end)
        return strip_marks(self.doc.text[s:e])

    def norm(self, a: int, b: int) -> str:
        """Normalised words of tokens ``a..b-1``."""
        return " ".join(t.text for t in self.doc.tokens[a:b])


def _stem(word: str, prefixes: tuple[str, ...]) -> tuple[str, str] | None:
    """``(prefix, stem)`` of ``word`` for the first allowed proclitic it carries."""
    for p in sorted(prefixes, key=len, reverse=True):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return p, word[len(p) :]
    return None


def _is_adjective(word: str) -> bool:
    lx = lex()
    stem = word[2:] if word.startswith("ال") else word
    if lx.has("adjectives", word) or lx.has("adjectives", stem):
        return True
    return len(stem) >= 4 and stem.endswith(_NISBA_ENDS) and not lx.has("org_heads", stem)


def _org_head(word: str) -> str | None:
    lx = lex()
    for cand in (word, word[1:] if word[:1] in "وفلب" else ""):
        if not cand:
            continue
        stem = cand[2:] if cand.startswith("ال") and len(cand) > 4 else cand
        if lx.has("org_heads", cand) or lx.has("org_heads", stem):
            return stem
    return None


def _ok_match(m: PhraseMatch | None, cx: Cx, prefixes: tuple[str, ...]) -> bool:
    return m is not None and m.last_token < cx.hi and m.prefix in prefixes


def _role_at(cx: Cx, j: int, prefixes: tuple[str, ...] = ("",)) -> PhraseMatch | None:
    m = role_matcher().match_at(cx.tokens, j)
    if _ok_match(m, cx, prefixes):
        return m
    m = lex().phrase_at("anonymous_phrases", cx.tokens, j, cx.hi)
    if m is not None and m.prefix in prefixes:
        return PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase,
                           {"lemma": m.phrase, "type": "anonymous_head"}, m.prefix)
    return None


def _speaking_place(cx: Cx, j: int, prefixes: tuple[str, ...]) -> PhraseMatch | None:
    m = cx.place_at.get(j)
    if not _ok_match(m, cx, prefixes):
        return None
    assert m is not None
    if m.value["type"] == "country" or m.phrase in lex().words["speaking_places"]:
        return m
    return None


def is_stop(cx: Cx, j: int) -> bool:
    """Token ``j`` cannot continue a speaker phrase (function word, trigger, date, end)."""
    if j >= cx.hi:
        return True
    w = cx.word(j)
    lx = lex()
    return (
        j in cx.trigger_at
        or j in cx.date_at
        or any(lx.has(k, w) for k in ("openers", "connectives", "negations", "member_markers",
                                      "demonstratives", "anaphor_modifiers"))
        or w in lx.maps["relatives"]
        or w in {"في", "عن", "الي", "علي", "من", "مع", "خلال", "عبر", "امام", "لدي", "اي", "ان", "بعد", "قبل",
                 "منذ", "حول", "بشان", "ضد", "ازاء", "تجاه", "وسط", "اثر", "عقب", "ل", "ب"}
        or lx.phrase_at("turn_markers", cx.tokens, j, cx.hi) is not None
        or lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None
        or w.isdigit()
    )


def name_boundary(cx: Cx, j: int) -> bool:
    """A name may end before token ``j``."""
    if j >= cx.hi or cx.punct_before(j) or is_stop(cx, j):
        return True
    w = cx.word(j)
    if w[:1] in "لب" and not w.startswith("ال"):
        return True
    return _role_at(cx, j) is not None or cx.quote_run(j) is not None or _title_at(cx, j) is not None


def _title_at(cx: Cx, j: int) -> PhraseMatch | None:
    return lex().phrase_at("titles", cx.tokens, j, cx.hi)


def _bad_name_word(cx: Cx, j: int) -> bool:
    w = cx.word(j)
    lx = lex()
    return (
        not w
        or is_stop(cx, j)
        or w.isdigit()
        or _role_at(cx, j, ("", "و")) is not None
        or j in cx.actor_at
        or _org_head(w) is not None
        or any(lx.has(k, w) for k in ("location_words", "media_heads", "statement_nouns", "channel_nouns",
                                      "adjectives", "quantifiers", "last_mentioned"))
        or _title_at(cx, j) is not None
    )


def read_name(cx: Cx, j: int, strong: bool = False) -> int | None:
    """End (exclusive) of a person's name starting at token ``j``, or None.

    Args:
        cx: The sentence.
        j: First token of the candidate name.
        strong: A rank or title stands before it (a name must follow).
    """
    if j >= cx.hi or _bad_name_word(cx, j) or cx.word(j).startswith("ال"):
        return None
    if j in cx.place_at and not strong:
        return None
    k = j + 1
    while k < cx.hi and k - j < 4 and not cx.punct_before(k) and not _bad_name_word(cx, k):
        w, prev = cx.word(k), cx.word(k - 1)
        if w.startswith("ال") and prev not in _NAME_LINKS:
            if k - j == 1 or w.endswith("ي") or name_boundary(cx, k + 1):
                k += 1
            break
        k += 1
    n = k - j
    last = cx.word(k - 1)
    if strong and n >= 1:
        return k if n < 3 or last.startswith("ال") or name_boundary(cx, k) else j + 2
    if n >= 2 and last.startswith("ال"):
        return k
    if name_boundary(cx, k):
        return k if n >= 2 else None
    if n >= 2 and not any(cx.word(x).endswith(("ه", "ا")) for x in (j, j + 1)):
        return j + 2
    return None


@dataclass
class _NP:
    """State of one phrase being read."""

    lo: int
    hi: int
    kind: str
    head: str = ""
    keep: list[tuple[int, int]] = field(default_factory=list)
    aff: tuple[int, int] | None = None
    role_end: int | None = None
    name: tuple[int, int] | None = None
    actor: PhraseMatch | None = None
    acronym: tuple[int, int] | None = None
    open: bool = False


def _include(np: _NP, a: int, b: int) -> None:
    if np.keep and np.keep[-1][1] == a:
        np.keep[-1] = (np.keep[-1][0], b)
    else:
        np.keep.append((a, b))
    np.hi = b


def _drop_place(cx: Cx, np: _NP, j: int) -> int:
    """Read a place phrase after an anonymous head (``في بغداد``), keeping it out of the speaker."""
    k = j + 1
    m = cx.place_at.get(k)
    if m is not None and m.last_token < cx.hi:
        k = m.last_token + 1
    elif lex().has("location_words", cx.word(k)):
        k += 1
        while k < cx.hi and not cx.punct_before(k) and not is_stop(cx, k) and k - j < 5:
            k += 1
    else:
        return j
    np.hi = k
    return k


def _affiliation(cx: Cx, np: _NP, j: int) -> int | None:
    """Read an organisation at ``j`` (actor, organisation noun phrase or quoted name)."""
    q = cx.quote_run(j)
    m = cx.actor_at.get(j)
    if m is not None and m.last_token < cx.hi:
        if m.value.get("type") == "media":
            return None
        np.actor = np.actor or m
        return m.last_token + 1
    if q is not None:
        return q + 1
    if _org_head(cx.word(j)) is not None and not lex().has("media_heads", cx.word(j)[1:]):
        k = j + 1
        while k < cx.hi and not cx.punct_before(k) and not is_stop(cx, k) and (
            cx.word(k).startswith("ال") or _is_adjective(cx.word(k)) or k in cx.quoted
        ):
            k += 1
        return k
    return None


def _prep_complement(cx: Cx, np: _NP, j: int) -> int | None:
    """A ``في``/``لـ``/``عن``/``ب`` complement at ``j``: new end, or None to stop the phrase."""
    w = cx.word(j)
    lx = lex()
    anon = np.kind == "anon"
    if w == "في" or (w[:1] == "ب" and not w.startswith("بال") and j + 1 < cx.hi and w == "ب"):
        nxt = j + 1
        if lx.has("channel_nouns", cx.word(nxt)):
            return None
        end = _affiliation(cx, np, nxt)
        if end is not None and _speaking_place(cx, nxt, ("",)) is None:
            np.aff = (nxt, end)
            return end
        if nxt in cx.place_at or lx.has("location_words", cx.word(nxt)):
            if anon:
                _drop_place(cx, np, j)
                return None
            m = cx.place_at.get(nxt)
            return m.last_token + 1 if m is not None and m.last_token < cx.hi else nxt + 1
        if not anon and np.kind == "role" and w == "في" and cx.word(nxt).startswith("ال"):
            k = nxt + 1
            while k < cx.hi and not cx.punct_before(k) and (_is_adjective(cx.word(k)) or cx.word(k).startswith("ال")):
                k += 1
            return k
        return None
    if w.startswith("ب") and anon and (j in cx.place_at or lx.has("location_words", w[1:])):
        _drop_place(cx, np, j - 1)
        return None
    if w == "ل":
        q = cx.quote_run(j + 1)
        m = cx.actor_at.get(j + 1)
        if q is not None and m is not None and m.value.get("type") != "media" and m.last_token <= q:
            np.aff = (j + 1, q + 1)
            np.actor = np.actor or m
            return q + 1
        return None
    if w.startswith("ل") and not w.startswith("ال"):
        if lx.has("media_heads", w[1:]) or lx.has("media_heads", "ال" + w[2:]):
            return None
        m = cx.actor_at.get(j)
        if m is not None and m.prefix.endswith("ل") and m.last_token < cx.hi:
            if m.value.get("type") == "media":
                return None
            np.aff = np.aff or (j, m.last_token + 1)
            np.actor = np.actor or m
            return m.last_token + 1
        r = _role_at(cx, j, ("ل",))
        if r is not None:
            return r.last_token + 1
        if _org_head(w) is not None:
            end = _affiliation(cx, np, j)
            if end is not None:
                np.aff = (j, end)
                return end
        return None
    if w == "عن" and np.kind == "role":
        end = _affiliation(cx, np, j + 1)
        if end is not None:
            np.aff = (j + 1, end)
        return end
    return None


def _complement(cx: Cx, np: _NP) -> None:
    """Extend a head with its construct nouns, adjectives, quoted names and complements."""
    j = np.hi
    while j < cx.hi and not cx.punct_before(j):
        w = cx.word(j)
        q = cx.quote_run(j)
        if w in {"في", "عن", "ل"} or (w[:1] in "لب" and not w.startswith("ال") and w not in {"بان", "بانه", "بانها"}):
            if is_stop(cx, j) and w not in {"في", "عن", "ل"}:
                break
            end = _prep_complement(cx, np, j)
            if end is None:
                break
            _include(np, j, end)
            np.open = False
            j = end
            continue
        if is_stop(cx, j) or (_title_at(cx, j) is not None and np.kind != "org"):
            break
        if q is not None:
            m = cx.actor_at.get(j)
            if not (np.open or (m is not None and m.last_token <= q)):
                break
            np.actor = np.actor or m
            _include(np, j, q + 1)
            np.open = False
            j = q + 1
            continue
        m = cx.actor_at.get(j)
        if m is not None and m.prefix == "" and m.last_token < cx.hi and np.open:
            np.actor = np.actor or m
            _include(np, j, m.last_token + 1)
            np.open = False
            j = m.last_token + 1
            continue
        if _is_adjective(w) and not (np.open and w.startswith("ال") and np.kind != "anon"):
            _include(np, j, j + 1)
            j += 1
            continue
        if np.open and (np.kind != "anon" or _org_head(w) is not None or _role_at(cx, j) is not None):
            if np.kind == "role" and not w.startswith("ال") and j in cx.place_at:
                pm = cx.place_at[j]
                _include(np, j, min(pm.last_token + 1, cx.hi))
                np.open = False
                j = np.hi
                continue
            _include(np, j, j + 1)
            np.open = not w.startswith("ال") and j not in cx.place_at and not _place_covers(cx, j)
            j += 1
            continue
        break


def _place_covers(cx: Cx, j: int) -> bool:
    return any(m.first_token <= j <= m.last_token for m in cx.place_at.values() if m.first_token <= j)


def _read_role(cx: Cx, r: PhraseMatch, i: int) -> _NP:
    kind = "anon" if r.value.get("type") == "anonymous_head" else "role"
    np = _NP(i, r.last_token + 1, kind, head=r.value.get("lemma", r.phrase))
    np.keep.append((i, r.last_token + 1))
    last = cx.word(r.last_token)
    np.open = not last.startswith("ال") and not _place_covers(cx, r.last_token) and not r.phrase.endswith("باسم")
    if r.phrase.endswith("باسم"):
        np.open = True
    np.role_end = np.hi
    _complement(cx, np)
    j = np.hi
    t = _title_at(cx, j)
    strong = t is not None
    if t is not None and not cx.punct_before(j):
        j = t.last_token + 1
    end = read_name(cx, j, strong=strong) if not cx.punct_before(j) else None
    if end is None and j < cx.hi and cx.punct_before(j) and "," in cx.gap(j) and np.kind == "role":
        end = read_name(cx, j)
        if end is not None and not (end >= cx.hi or cx.punct_before(end) or name_boundary(cx, end)):
            end = None
    if end is not None:
        np.name = (j, end)
        np.hi = end
    return np


def _read_org(cx: Cx, i: int, head: str) -> _NP:
    np = _NP(i, i + 1, "org", head=head)
    np.keep.append((i, i + 1))
    np.open = not cx.word(i).startswith("ال")
    _complement(cx, np)
    return np


def _acronym(cx: Cx, np: _NP) -> None:
    j = np.hi
    if j < cx.hi and "(" in cx.gap(j):
        k = j
        while k + 1 < cx.hi and ")" not in cx.gap(k + 1) and k - j < 2:
            k += 1
        if k + 1 >= cx.hi or ")" in cx.gap(k + 1):
            np.acronym = (j, k + 1)
            np.hi = k + 1


def _anaphor_phrase(cx: Cx, i: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """Short forms that refer back: الأخير, تلك الجماعات, a family name."""
    w = cx.word(i)
    st = _stem(w, prefixes)
    if st is None:
        return None
    lx = lex()
    stem = st[1]
    if stem in lx.words["last_mentioned"]:
        return Phrase([Speaker(cx.text(i, i + 1), "person", anaphor="last_person", pos=cx.tokens[i].start)], i, i + 1)
    if stem in lx.words["demonstratives"] and i + 1 < cx.hi:
        head = _org_head(cx.word(i + 1)) or cx.word(i + 1)[2:]
        if cx.word(i + 1).startswith("ال"):
            sp = Speaker(cx.text(i, i + 2), "organization", head=head, anaphor="head", pos=cx.tokens[i].start)
            return Phrase([sp], i, i + 2)
    for person in cx.registry:
        if person.family and stem == person.family:
            return Phrase([replace(person, anaphor="family", pos=cx.tokens[i].start)], i, i + 1)
    return None


def _finish(cx: Cx, np: _NP) -> Speaker:
    """Turn a read phrase into a speaker."""
    text = " ".join(cx.text(a, b) for a, b in np.keep)
    canonical = str(np.actor.value.get("name_en", "")) if np.actor is not None else ""
    pos = cx.tokens[np.lo].start
    if np.name is not None:
        name = cx.text(*np.name)
        aff = cx.text(*np.aff) if np.aff else ""
        role = text
        if aff and role.endswith(aff):
            role = role[: -len(aff)].strip()
            role = role[:-1].strip() if role.endswith((" في", " ل", " عن")) else role
        role_norm = cx.norm(np.lo, np.keep[-1][1])
        fem = cx.word(np.lo).endswith("ه") and not cx.word(np.lo).startswith("احد")
        return Speaker(name, "person", role=role, affiliation=aff, gender="f" if fem else "m",
                       family=cx.word(np.name[1] - 1), role_key=role_norm, pos=pos)
    if np.kind in ("anon", "role"):
        return _unnamed(cx, np, text, pos)
    if np.acronym is not None:
        text = cx.text(*np.acronym)
    gender = gender_of_head(np.head)
    if np.kind == "actor" and np.actor is not None:
        gender = gender_of_head(cx.word(np.lo))
    bare = np.kind == "org" and len(np.keep) == 1 and np.keep[0][1] - np.keep[0][0] == 1 and cx.word(np.lo).startswith("ال")
    media = (np.actor is not None and np.actor.value.get("type") == "media") or lex().has("media_heads", np.head)
    return Speaker(text, "organization", canonical=canonical, gender=gender, head=np.head,
                   anaphor="head" if bare else "", media=media, pos=pos)


def _unnamed(cx: Cx, np: _NP, text: str, pos: int) -> Speaker:
    aff = cx.text(*np.aff) if np.aff else ""
    lo_word = cx.word(np.lo)
    role_norm = cx.norm(np.lo, np.keep[-1][1])
    if np.kind == "anon":
        definite = lo_word.startswith("ال") and np.hi == np.keep[0][1] or (
            lo_word.startswith("ال") and lex().has("anaphor_modifiers", cx.word(np.hi - 1)))
        role = ""
        if aff and not np.head.startswith("مصدر"):
            role = cx.text(np.lo, np.aff[0]).removesuffix(" في").removesuffix(" ب").strip()
            role = role[:-2].strip() if role.endswith(" في") else role
        gender = "f" if np.head.startswith("مصدر") and len(lo_word) > 4 else gender_of_head(lo_word)
        head = np.head[2:] if np.head.startswith("ال") else np.head
        sp = Speaker(text, "anonymous", role=role, affiliation=aff, gender=gender, head=head,
                     anaphor="head" if definite else "", role_key=role_norm, pos=pos)
        return sp
    role = text
    if aff and role.endswith(aff):
        role = role[: -len(aff)].strip().removesuffix(" في").removesuffix(" عن").strip()
    bare_definite = np.hi - np.lo == 1 and lo_word.startswith("ال")
    return Speaker(text, "person", role=role if aff else text, affiliation=aff,
                   gender="f" if lo_word.endswith("ه") else "m", role_key=role_norm,
                   anaphor="role", head=lo_word if bare_definite else "", pos=pos)


def _read_statement_subject(cx: Cx, i: int, prefixes: tuple[str, ...]) -> Phrase | None:
    """``بيان لـ X`` / ``بيان X`` / ``البيان``: the statement stands for its issuer."""
    st = _stem(cx.word(i), prefixes)
    if st is None or st[1] not in lex().words["statement_nouns"]:
        return None
    stem = st[1]
    if stem.startswith("ال"):
        sp = Speaker(cx.text(i, i + 1), "organization", anaphor="statement", pos=cx.tokens[i].start)
        return Phrase([sp], i, i + 1)
    j = i + 1
    while j < cx.hi and _is_adjective(cx.word(j)) and not cx.punct_before(j):
        j += 1
    if j >= cx.hi or cx.punct_before(j):
        return None
    link = lex().phrase_at("source_links", cx.tokens, j, cx.hi)
    if link is not None:
        inner = parse_speaker(cx, link.last_token + 1, prefixes=("",))
    else:
        inner = parse_speaker(cx, j, prefixes=("ل", "") if cx.word(j) != "ل" else ("",))
        if inner is None and cx.word(j) == "ل":
            inner = parse_speaker(cx, j + 1, prefixes=("",))
    if inner is None:
        return None
    return Phrase(inner.speakers, i, inner.hi)


def parse_speaker(cx: Cx, i: int, prefixes: tuple[str, ...] = ("",), names: bool = True) -> Phrase | None:
    """Read a speaker phrase starting at token ``i``.

    Args:
        cx: The sentence.
        i: First token of the phrase.
        prefixes: Proclitics the first word may carry (``""`` for a subject, ``"ل"`` after
            ``وفقا``, ``"و"`` for a coordinated subject).
        names: Accept a bare person's name (not preceded by a role).

    Returns:
        The phrase (speakers and token extent), or None when no speaker starts there.
    """
    if i >= cx.hi:
        return None
    ph = _parse_one(cx, i, prefixes, names)
    if ph is None:
        return None
    j = ph.hi
    if j < cx.hi and not cx.punct_before(j) and cx.word(j).startswith("و") and ph.speakers[0].stype != "anonymous":
        other = _parse_one(cx, j, ("و",), names)
        if other is not None and other.speakers[0].stype == ph.speakers[0].stype and not other.speakers[0].anaphor:
            return Phrase(ph.speakers + [s.with_gender("p") for s in other.speakers], ph.lo, other.hi)
    return ph


def _parse_one(cx: Cx, i: int, prefixes: tuple[str, ...], names: bool) -> Phrase | None:
    lx = lex()
    j = i
    quant = lx.phrase_at("quantifiers", cx.tokens, j, cx.hi)
    num = next((n for n in cx.doc.numbers if n.nstart == cx.tokens[j].start), None)
    if (quant is not None and _stem(cx.word(j), prefixes) is not None) or num is not None:
        k = quant.last_token + 1 if quant is not None else j + 1
        while num is not None and k < cx.hi and cx.tokens[k].end <= num.nend:
            k += 1
        r = _role_at(cx, k) if k < cx.hi else None
        if r is not None and r.value.get("type") == "anonymous_head":
            np = _read_role(cx, r, k)
            np.lo = i
            np.keep[0] = (i, np.keep[0][1])
            return Phrase([replace(_finish(cx, np), anaphor="")], i, np.hi)
    r = _role_at(cx, j, prefixes)
    if r is not None:
        np = _read_role(cx, r, j)
        return Phrase([_finish(cx, np)], i, np.hi)
    m = cx.actor_at.get(j)
    if _ok_match(m, cx, prefixes):
        assert m is not None
        np = _NP(i, m.last_token + 1, "actor", head=m.phrase.split()[0], actor=m)
        np.keep.append((i, np.hi))
        _complement(cx, np)
        _acronym(cx, np)
        return Phrase([_finish(cx, np)], i, np.hi)
    st = _stem(cx.word(j), prefixes)
    if st is None:
        return None
    sub = _read_statement_subject(cx, j, prefixes)
    if sub is not None:
        return sub
    head = _org_head(st[1])
    if head is not None and not lx.has("media_heads", st[1]) or head is not None and j + 1 < cx.hi:
        np = _read_org(cx, j, head or "")
        _acronym(cx, np)
        return Phrase([_finish(cx, np)], i, np.hi)
    pm = _speaking_place(cx, j, prefixes)
    if pm is not None:
        sp = Speaker(cx.text(j, pm.last_token + 1), "organization", canonical=pm.value.get("name_en", ""),
                     gender="f", head=pm.phrase, pos=cx.tokens[j].start)
        return Phrase([sp], i, pm.last_token + 1)
    ana = _anaphor_phrase(cx, j, prefixes)
    if ana is not None:
        return ana
    if names and st[0] == "":
        return _bare_name(cx, j)
    return None


def _bare_name(cx: Cx, j: int) -> Phrase | None:
    end = read_name(cx, j)
    if end is None:
        return None
    last = cx.word(end - 1)
    if not (name_boundary(cx, end) or (last.startswith("ال") and last.endswith("ي"))):
        return None
    sp = Speaker(cx.text(j, end), "person", gender="m", family=last, pos=cx.tokens[j].start)
    if end < cx.hi and "," in cx.gap(end):
        r = _role_at(cx, end)
        if r is not None and r.value.get("type") != "anonymous_head":
            np = _read_role(cx, r, end)
            if np.name is None:
                fin = _finish(cx, np)
                sp = replace(sp, role=fin.role, affiliation=fin.affiliation, role_key=fin.role_key,
                             gender=fin.gender)
                return Phrase([sp], j, np.hi)
    return Phrase([sp], j, end)
