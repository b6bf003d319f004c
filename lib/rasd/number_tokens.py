"""Number tokens: the numbers lexicon compiled into one regex, and a text scanned with it.

:func:`number_lexicon` reads ``data/numbers.yaml`` into word roles and compiles one
combined token regex whose word part is a character trie of the number words, next to
the qualifier and range regexes. :func:`scan` lists the hits in a normalised text:
digits, a number word, an ordinal, a dual noun, or a date/time shape that is skipped.
:mod:`rasd.numbers` joins the tokens into number expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.lexicon import load_yaml

__all__ = ["HS", "MAX_QUANTITY", "Tok", "number_lexicon", "scan", "whole"]

# White space inside a number expression never crosses a line (a line break ends a sentence).
HS = r"[^\S\n]"
_SEP_RE = re.compile(r"[.,]")
# Dates (11.11.2023, 2023-12-13, 22 / 11 / 2023), times (10:30) and fractions (11/2023).
_SKIP = (
    r"\d{1,2}(?P<s1>[./-])\d{1,2}(?P=s1)\d{2,4}(?!\d)"
    r"|\d{4}(?P<s2>[./-])\d{1,2}(?P=s2)\d{1,2}(?!\d)"
    r"|\d{1,2}\s*(?P<s3>[./-])\s*\d{1,2}\s*(?P=s3)\s*\d{4}(?!\d)"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d+/\d+(?!\d)"
)
# A comma or dot followed by exactly three digits separates thousands; a comma
# before one or two digits is a decimal point only before a scale word (2,5 مليون).
_DIGITS = r"\d+(?:[.,]\d{3}(?!\d))*(?:\.\d+|,\d{1,2}(?=\s+(?:%s)(?!\w)))?(?![.:/]\d|\d)"
_COMMA_DECIMAL_RE = re.compile(r",(?=\d{1,2}$)")
# Digits worth this much or more are not read as a number (tables store counts as int64).
MAX_QUANTITY = 10**15


@dataclass(frozen=True, slots=True)
class Tok:
    """A regex hit in ``norm``; ``pstart`` includes proclitics, ``start`` does not."""

    pstart: int
    start: int
    end: int
    pre: str
    art: bool
    word: str
    roles: dict[str, Any]
    skip: bool = False


# --- lexicon ---------------------------------------------------------------


def _trie_pattern(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a character trie."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _dual_forms(noun: str) -> list[str]:
    """Dual forms of a singular noun: ه -> تين/تان/تي/تا, any other ending +ين/ان."""
    if noun.endswith("ه"):
        return [noun[:-1] + suffix for suffix in ("تين", "تان", "تي", "تا")]
    return [noun + "ين", noun + "ان"]


def _alt(phrases: list[str]) -> str:
    """Alternation of phrases, longest first, a space matching any white space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(f"{HS}+".join(map(re.escape, p.split())) for p in ordered)


def _word_roles(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Map each number word to its roles: U TEN ONE T H HW S V OU OC D DC (construct dual)."""
    roles: dict[str, dict[str, Any]] = {}
    table = [
        ("U", data["units"]),
        ("ONE", dict.fromkeys(data["teen_ones"], 1)),
        ("T", data["tens"]),
        ("H", data["hundreds"]),
        ("HW", dict.fromkeys(data["hundred_words"], 100)),
        ("V", data["vague"]),
        ("OU", data["ordinals"]["units"]),
        ("OC", data["ordinals"]["compound_ones"]),
    ]
    for role, entries in table:
        for word, value in entries.items():
            roles.setdefault(word, {})["TEN" if role == "U" and value == 10 else role] = value
    for hundred in data["hundred_words"]:
        for stem, mult in data["hundred_stems"].items():
            roles.setdefault(stem + hundred, {})["H"] = mult * 100
    for word, (value, number) in data["scales"].items():
        roles.setdefault(word, {})["S"] = (value // 2 if number in {"dual", "construct"} else value, number)
    for noun in data["dual_nouns"]:
        for form in _dual_forms(noun):
            roles.setdefault(form, {})["D"] = noun
    for noun in data["construct_duals"]["nouns"]:
        for form in (noun + "ا", noun + "ي"):
            roles.setdefault(form, {})["DC"] = noun
    return roles


@lru_cache(maxsize=1)
def number_lexicon() -> dict[str, Any]:
    """The numbers lexicon compiled: word roles, the token regex, qualifier regexes."""
    data = load_yaml("numbers.yaml")
    roles = _word_roles(data)
    quals, rng = data["qualifiers"], data["ranges"]
    before = {p: q for q, v in quals.items() for p in v["before"]}
    after = {p: q for q, v in quals.items() for p in v["after"]}
    return {
        "roles": roles,
        "ord": data["ordinals"],
        "blocked_words": frozenset(data["blocked_words"]),
        "blocked_tokens": frozenset(data["blocked_tokens"]),
        "unblocking_nouns": frozenset(data["unblocking_nouns"]),
        "construct_heads": frozenset(data["construct_duals"]["heads"]),
        "before": before,
        "after": after,
        "token": re.compile(
            r"(?<![\w.:/])(?<![a-z]-)(?P<pre>[وف]??[بلك]??)"
            rf"(?:(?P<skip>{_SKIP})|(?P<art>ال|(?<=ل)ل)?"
            rf"(?:(?P<num>{_DIGITS % _alt(list(data['scales']))})"
            rf"|(?P<w>{_trie_pattern(sorted(roles))})(?!\w)))"
        ),
        "model": re.compile(rf"(?:[a-z]|(?<!\w)(?:{_alt(data['model_prefixes'])}))[\s-]?$"),
        # the article may stand apart from the number after the phrase ("لما يقارب الـ 90")
        "pre_q": re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<q>{_alt(list(before))}){HS}+(?:ال{HS}+)?$"),
        "post_q": re.compile(rf"(?:{HS}+[^\W\d_]+){{0,2}}?(?:{HS}|,)+(?P<q>{_alt(list(after))})(?!\w)"),
        # words before a range (بين, من) and gaps inside one (و, الي, او, -)
        **{k: re.compile(rf"(?<!\w)[وف]?(?:{_alt(rng[k])}){HS}+$") for k in ("open", "from")},
        **{k: re.compile(rf"{HS}*(?:{_alt(rng[k])}){HS}*") for k in ("and", "to", "or")},
        "dash": re.compile(rf"{HS}*-{HS}*"),
    }

# --- tokens ----------------------------------------------------------------


def scan(norm: str) -> list[Tok]:
    """All number-like tokens of a normalised text, in order."""
    lex = number_lexicon()
    toks = []
    for m in lex["token"].finditer(norm):
        pre, art, word = m.group("pre"), m.group("art") or "", m.group("w")
        start = m.start() + len(pre)
        if m.group("skip"):
            toks.append(Tok(m.start(), start, m.end(), pre, False, "", {}, skip=True))
        elif m.group("num"):
            if not pre + art and lex["model"].search(norm, max(0, start - 10), start):
                continue
            roles = {"N": _digits_value(m.group("num"))}
            # A longer run of digits is an identifier or a phone number, not a quantity.
            skip = roles["N"] >= MAX_QUANTITY
            toks.append(Tok(m.start(), start, m.end(), pre, bool(art), m.group("num"), roles, skip=skip))
        elif art + word not in lex["blocked_words"] and (m.group() not in lex["blocked_tokens"] or _counts_noun(norm, m.end())):
            toks.append(Tok(m.start(), start, m.end(), pre, bool(art), word, lex["roles"][word]))
    return toks


def _counts_noun(norm: str, end: int) -> bool:
    """Whether the word after ``end`` is a plural noun a number counts (``لست هجمات``: six attacks)."""
    nxt = norm[end : end + 20].split()[:1]
    return bool(nxt) and nxt[0] in number_lexicon()["unblocking_nouns"]


def _digits_value(digits: str) -> int | float:
    """Value of a digit string (``2,500`` and ``2.500`` are 2500, ``1.5`` is 1.5)."""
    head, _, frac = _COMMA_DECIMAL_RE.sub(".", digits).rpartition(".")
    if not head or (len(frac) == 3 and _SEP_RE.sub("", head) != "0"):
        return int(_SEP_RE.sub("", digits))
    return whole(float(_SEP_RE.sub("", head) + "." + frac))


def whole(value: float) -> int | float:
    """``value`` as an int when it is whole."""
    return int(value) if float(value).is_integer() else value
