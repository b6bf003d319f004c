"""Arabic text layer: normalisation with an offset map, tokens and clitics.

Every later stage matches on the *normalised* form of an article but reports
character offsets in the *original* text. :func:`normalize` returns a
:class:`NormText` holding both strings and the map between them, so that
``original[start:end]`` is always the evidence of a match found in ``norm``.

Normalisation is character by character: each original character becomes zero,
one or several normalised characters. The per-character table is built once
from camel-tools' own normalisers (dediacritisation, alef, alef maksura and teh
marbuta folding, Unicode compatibility forms) plus the project's folding map in
``data/charmap.yaml`` (digits, quote marks, invisible controls, spaces).
Sentences are split by :mod:`rasd.sentences` (re-exported here).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from rasd.lexicon import load_yaml
from rasd.sentences import Sentence, split_sentences

__all__ = [
    "NormText",
    "Sentence",
    "Token",
    "glued_cuts",
    "normalize",
    "normalize_str",
    "normalize_digits",
    "split_sentences",
    "tokenize",
    "clitic_variants",
]

# Blocks whose characters are passed through camel-tools to build the table.
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """Map each code point that normalisation changes to its replacement (may be '')."""
    table: dict[int, str] = {}
    for lo, hi in _ARABIC_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = normalize_unicode(ch)
            out = dediac_ar(out).replace("\u0640", "")
            out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(out)))
            if out != ch:
                table[cp] = out
    charmap = load_yaml("charmap.yaml")
    for target, sources in charmap["fold"].items():
        for src in sources:
            table[ord(src)] = target
    for src in charmap["delete"]:
        table[ord(src)] = ""
    for src in charmap["space"]:
        table[ord(src)] = " "
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


# Arabic punctuation and letters (U+0600 to yeh): the characters that fold to one other
# character there are frequent in Arabic text.
_FREQUENT = range(0x0600, 0x064B)


@dataclass(frozen=True, slots=True)
class _Folding:
    """The character table of :func:`normalize`, arranged to apply it fast.

    ``str.translate`` looks every character up in a dict, one at a time. Instead
    the few frequent characters (alef forms, teh marbuta, alef maksura, the Arabic
    comma ...) are replaced with ``str.replace``, then the text is split around
    the other characters that change, which are rare, and those are mapped. The
    result is the same: each character is mapped once, as the replacement of a
    frequent character is never itself mapped.

    Attributes:
        frequent: ``(character, replacement)`` pairs, replaced first.
        rare_re: Regex splitting around every other character that changes.
        rare: Replacement of each of those characters.
    """

    frequent: tuple[tuple[str, str], ...]
    rare_re: re.Pattern[str]
    rare: dict[str, str]


@lru_cache(maxsize=1)
def _folding() -> _Folding:
    """Build the :class:`_Folding` of the character table."""
    table = {chr(cp): out for cp, out in _char_table().items()}
    frequent = tuple(
        (src, out) for src, out in table.items()
        if ord(src) in _FREQUENT and len(out) == 1 and out not in table
    )
    rare = {src: out for src, out in table.items() if (src, out) not in frequent}
    rare_re = re.compile("([" + "".join(map(re.escape, rare)) + "])")
    return _Folding(frequent, rare_re, rare)


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Same-length spelling variants folded after the characters (``data/charmap.yaml``)."""
    return tuple((re.compile(r["pattern"]), r["replace"]) for r in load_yaml("charmap.yaml")["spelling"])


def _respell(norm: str) -> str:
    """Apply the spelling folds to a normalised text; its length and offsets are unchanged."""
    for pattern, out in _spellings():
        if "ئ" in norm:
            respelled = pattern.sub(out, norm)
            if len(respelled) != len(norm):
                raise ValueError(f"data/charmap.yaml: spelling {pattern.pattern!r} changes the length")
            norm = respelled
    return norm


def _fold_parts(text: str) -> list[str]:
    """``text`` folded: its unchanged stretches at even indices, the replacements between.

    The stretches keep the offsets of ``text`` (each replaced character is one
    character of ``text``). A digit glued to an Arabic word, or a word glued to a
    digit (``أطلقت4 صواريخ``, ``150هجوما``), is replaced by a space and itself, so
    that words and numbers are read apart as the press means them.
    """
    cuts = glued_cuts(text)
    folding = _folding()
    for src, out in folding.frequent:
        text = text.replace(src, out)
    parts = folding.rare_re.split(text)
    parts[1::2] = map(folding.rare.__getitem__, parts[1::2])
    return _space_cuts(parts, cuts) if cuts else parts


def glued_cuts(text: str) -> list[int]:
    """Offsets of ``text`` where a number and an Arabic word meet with no space (``أطلقت4``, ``150هجوما``)."""
    return [m.end() for m in _GLUED_DIGIT_RE.finditer(text) if m.group(1) is None or not _CLITIC_RUN_RE.fullmatch(m.group(1))]


# Where a digit and an Arabic word meet with no space (tatweel or marks may stand between):
# a word before the digit (group 1), or a word of two letters or more after it. A proclitic
# or the article before a number (``لـ130``, ``الـ24``, ``بـ4``) stays with it, and so does a
# one-letter abbreviation after it (``1445هـ``, ``2024م``).
_GLUED_DIGIT_RE = re.compile(
    r"(?<![\u0620-\u063f\u0641-\u064a\u0671-\u06d3])([\u0620-\u063f\u0641-\u064a\u0671-\u06d3]+)[\u0640\u064b-\u065f]*(?=\d)"
    r"|(?<=\d)[\u0640\u064b-\u065f]*(?=[\u0620-\u063f\u0641-\u064a\u0671-\u06d3]{2})"
)
_CLITIC_RUN_RE = re.compile(r"[وف]?(?:[بلك]?[اأإآ]ل|لل|[بلك])?")


def _space_cuts(parts: list[str], cuts: list[int]) -> list[str]:
    """``parts`` with the character at each offset of ``cuts`` replaced by a space and itself."""
    todo = set(cuts)
    out: list[str] = []
    pos = 0
    for k, part in enumerate(parts):
        if k % 2:
            out.append(" " + part if pos in todo and part else part)
            pos += 1
            continue
        start = 0
        for i in range(len(part)):
            if pos + i in todo:
                out += [part[start:i], " " + part[i]]
                start = i + 1
        out.append(part[start:])
        pos += len(part)
    return out


# Offset maps of short texts are slices of one shared tuple 0, 1, 2 ...
_IDENTITY_SIZE = 1 << 16


@lru_cache(maxsize=1)
def _identity() -> tuple[int, ...]:
    """The tuple ``0 .. _IDENTITY_SIZE - 1``."""
    return tuple(range(_IDENTITY_SIZE))


@dataclass(frozen=True, slots=True)
class NormText:
    """A text in its original and normalised forms, with the offset map between them.

    Attributes:
        original: The text as read.
        norm: The normalised text that rules match on.
        offsets: ``len(norm) + 1`` integers; ``offsets[i]`` is the index in
            ``original`` of the character that produced ``norm[i]``, and the
            last entry is ``len(original)``.
    """

    original: str
    norm: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``norm`` to the matching span of ``original``."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        # Trailing marks removed by normalisation (tanween, shadda, tatweel) stay
        # with the word they belong to.
        return self.offsets[start], max(self.offsets[end - 1] + 1, self.offsets[end])

    def to_norm(self, pos: int) -> int:
        """Return the first index of ``norm`` produced at or after original index ``pos``."""
        return bisect_left(self.offsets, pos)

    def evidence(self, start: int, end: int) -> str:
        """Return the original text of a span of ``norm``."""
        a, b = self.to_original(start, end)
        return self.original[a:b]


def normalize(text: str) -> NormText:
    """Normalise Arabic text for matching and keep the offset map to the original.

    Args:
        text: Any string.

    Returns:
        A :class:`NormText`; ``norm`` has diacritics, tatweel and invisible
        controls removed, alef/alef maksura/teh marbuta folded, digits folded to
        ASCII, quote marks folded to ``"`` and ``'`` and Latin letters lowered.
    """
    parts = _fold_parts(text)
    norm = _respell("".join(parts))
    size = len(text) + 1
    identity = _identity() if size <= _IDENTITY_SIZE else tuple(range(size))
    replaced = parts[1::2]
    if {1}.issuperset(map(len, replaced)):
        return NormText(text, norm, identity[:size])
    # Only the characters that are deleted or expanded shift the offsets.
    offsets: list[int] = []
    done = pos = 0
    for kept, out in zip(parts[::2], replaced, strict=False):
        pos += len(kept)
        if len(out) != 1:
            offsets += identity[done:pos]
            offsets += (pos,) * len(out)
            done = pos + 1
        pos += 1
    offsets += identity[done:size]
    return NormText(text, norm, tuple(offsets))


def normalize_str(text: str) -> str:
    """Return only the normalised form of ``text`` (for lexicon entries and keys)."""
    return _respell("".join(_fold_parts(text)))


def normalize_digits(text: str) -> str:
    """Fold Arabic-Indic and Eastern Arabic-Indic digits to ASCII, leaving all else as is."""
    return text.translate(_DIGITS)


_DIGITS = {cp: str(i) for base in (0x0660, 0x06F0) for i, cp in enumerate(range(base, base + 10))}

# --- tokens and clitics ----------------------------------------------------

_TOKEN_RE = re.compile(r"[^\W_]+")
_GAP_OK_RE = re.compile(r"[\s\"'«»“”()\-]*")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a normalised text.

    Attributes:
        text: The normalised word.
        start: Start index in ``norm``.
        end: End index in ``norm``.
        joined: True when only spaces, quotes, brackets or a hyphen separate it
            from the previous token (so a phrase may continue across the gap).
    """

    text: str
    start: int
    end: int
    joined: bool


def tokenize(norm: str) -> list[Token]:
    """Split a normalised text into word tokens (letters and digits) with offsets."""
    tokens: list[Token] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(norm):
        start, end = m.span()
        # Most gaps are one space: joined without asking the regex.
        joined = bool(tokens) and (
            norm[prev_end:start] == " " or _GAP_OK_RE.fullmatch(norm, prev_end, start) is not None
        )
        tokens.append(Token(m.group(), start, end, joined))
        prev_end = end
    return tokens


_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


@lru_cache(maxsize=1 << 16)
def clitic_variants(word: str) -> tuple[tuple[int, str], ...]:
    """Candidate stems of a normalised word after removing proclitics.

    Proclitics are an optional conjunction (و ف) and an optional preposition
    (ب ل ك); with ل + ال written لل the article is restored (``للعراق``
    gives ``العراق``). The article itself is kept: lexicons list both forms
    where the press writes both, and stripping it would make ordinary words
    match names (الحماس "enthusiasm" is not حماس).

    Args:
        word: A normalised token.

    Returns:
        ``(prefix_length, stem)`` pairs, the word itself first; stems shorter
        than two letters are not proposed.
    """
    out: list[tuple[int, str]] = [(0, word)]
    seen = {word}

    def propose(plen: int, stem: str) -> None:
        if (len(stem) >= 2 or stem.isdigit()) and stem not in seen:
            seen.add(stem)
            out.append((plen, stem))

    for conj in _CONJ:
        for prep in _PREP:
            prefix = conj + prep
            if prefix and word.startswith(prefix):
                rest = word[len(prefix) :]
                propose(len(prefix), rest)
                if prep == "ل" and rest.startswith("ل"):
                    propose(len(prefix), "ا" + rest)
    return tuple(out)
