"""Arabic numbers: digits, number words, ordinals, duals, vague quantities and qualifiers.

:func:`find_numbers` scans the normalised text into tokens (:mod:`rasd.number_tokens`:
one combined regex whose word part is a trie built from ``data/numbers.yaml``). Each hit
is a token: digits, a number word, an ordinal, a dual noun, or a date/time shape that is
skipped. A small grammar joins adjacent tokens into expressions
(``ثلاثه الاف وخمسمئه`` = 3500, ``3 الاف`` = 3000); qualifiers (``نحو``,
``اكثر من``, ``علي الاقل``) and ranges (``بين 20 و30``) are read around them.
Offsets are reported in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.number_tokens import HS, MAX_QUANTITY, Tok, number_lexicon, scan, whole
from rasd.text import NormText, normalize

__all__ = ["MAX_QUANTITY", "NumberMention", "find_numbers", "parse_number", "parse_ordinal"]

_PREV_WORD_RE = re.compile(rf"([^\W\d_]+){HS}+$")
_SPACE_RE = re.compile(r"\s+")
_WA_GAP_RE = re.compile(rf"{HS}+و{HS}+")
_LEFTOVER_RE = re.compile(r"[\W_]*(?:[وفبلك]{1,2})?")
_GROUP_KEYS = ("N", "U", "TEN", "T", "H")
_BARE_RANGE_MAX = 999  # "بـ4 إلى 5 صواريخ" is a range without من; "2023 إلى 2024" is not


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number found in a text.

    Attributes:
        value: Numeric value (int when whole); for a range, the lower bound.
        kind: ``"cardinal"``, ``"ordinal"``, ``"dual"`` or ``"vague"``.
        qualifier: ``"exact"``, ``"approx"``, ``"more_than"``, ``"at_least"``,
            ``"less_than"`` or ``"range"``.
        start: Original start of the expression (proclitics و ف ب ل ك excluded,
            the article included, qualifier words excluded).
        end: Original end of the expression.
        nstart: Start of the same span in the normalised text.
        nend: End of the same span in the normalised text.
        text: ``original[start:end]``.
        upper: Upper bound of a range, else None.
        noun: For a dual, the normalised singular noun (طائرتين -> طائره).
        qstart: Original start of the qualifier words, if any (after ``end``
            for a qualifier that follows the number, e.g. تقريبا).
    """

    value: int | float
    kind: str
    qualifier: str
    start: int
    end: int
    nstart: int
    nend: int
    text: str
    upper: int | float | None = None
    noun: str = ""
    qstart: int | None = None


@dataclass(slots=True)
class _Raw:
    """A mention over tokens ``i`` to ``j - 1`` before qualifiers and offsets."""

    i: int
    j: int
    value: int | float
    kind: str
    noun: str = ""
    scale: int = 0
    upper: int | float | None = None
    qualifier: str = "exact"
    qpos: int | None = None


# --- tokens ----------------------------------------------------------------


def _link(norm: str, prev: Tok, cur: Tok) -> str | None:
    """How ``cur`` joins ``prev``: ``"sp"`` (a space), ``"wa"`` (و) or None."""
    gap = norm[prev.end : cur.pstart]
    if cur.skip:
        return None
    if _WA_GAP_RE.fullmatch(gap):
        return None if cur.pre else "wa"
    if gap and gap.isspace() and "\n" not in gap:
        return {"": "sp", "و": "wa"}.get(cur.pre)
    return None


def _first(roles: dict[str, Any], keys: tuple[str, ...]) -> tuple[str, Any] | None:
    """The first of ``keys`` present in ``roles``, with its value."""
    return next(((k, roles[k]) for k in keys if k in roles), None)


# --- grammar ---------------------------------------------------------------


def _cardinal(toks: list[Tok], i: int, norm: str) -> _Raw | None:
    """The longest cardinal or vague expression starting at token ``i``.

    A group below a thousand is hundreds, then units, then tens (مئه وخمسه
    وعشرون), joined by و; a scale word multiplies the group before it and the
    next group must be smaller (الفين وخمسمئه). Digits make a whole group.
    """
    r, nxt = toks[i].roles, toks[i + 1] if i + 1 < len(toks) else None
    total, group, unit, top = 0, 0, 0, 10**15
    if (hit := _first(r, _GROUP_KEYS)) is not None:
        last, group = hit
        unit = group if last == "U" else 0
    elif "S" in r and r["S"][1] == "plural":
        return _Raw(i, i + 1, r["S"][0], "vague")
    elif "S" in r:
        top, last = r["S"][0], "S"
        total = top * (2 if r["S"][1] in {"dual", "construct"} else 1)  # "الفا جندي" alone is 2000
    elif "V" in r:
        plural = nxt.roles.get("S", (0, ""))[1] == "plural" if nxt else False
        if plural and _link(norm, toks[i], nxt) == "sp":
            return _Raw(i, i + 2, r["V"] * nxt.roles["S"][0], "vague")
        return _Raw(i, i + 1, r["V"], "vague")
    elif "ONE" in r and nxt and _one_continues(norm, toks[i], nxt):
        group, unit, last = 1, 1, "U"
    else:
        return None
    j = i + 1
    commit = _Raw(i, j, whole(total + group), "cardinal", scale=top if last == "S" else 0)
    before_group = None
    while j < len(toks):
        link, nr = _link(norm, toks[j - 1], toks[j]), toks[j].roles
        if toks[j].art and not toks[i].art:
            break
        if link == "sp" and last == "U" and "TEN" in nr:
            group, last = group + 10, "TEEN"
        elif link == "sp" and last == "U" and "HW" in nr and group == unit >= 3:
            group, last = unit * 100, "H"
        elif link == "sp" and "S" in nr and nr["S"][1] != "dual" and group:
            if nr["S"][0] >= top:
                return before_group or commit
            total, group, top, last = total + group * nr["S"][0], 0, nr["S"][0], "S"
        elif link == "wa" and last == "S" and (hit := _first(nr, _GROUP_KEYS)):
            if hit[0] == "N" and hit[1] >= top:
                break
            before_group = commit
            last, group = hit
            unit = group if last == "U" else 0
        elif link == "wa" and last == "H" and (hit := _first(nr, ("U", "TEN", "T"))):
            last, group, unit = hit[0], group + hit[1], nr.get("U", 0)
        elif link == "wa" and last == "U" and "T" in nr:
            group, last = group + nr["T"], "T"
        else:
            break
        j += 1
        commit = _Raw(i, j, whole(total + group), "cardinal", scale=top if last == "S" else 0)
    return commit


def _one_continues(norm: str, one: Tok, nxt: Tok) -> bool:
    """Whether احد/احدي goes on with عشر (احد عشر) or و + tens (احدي وعشرين)."""
    link = _link(norm, one, nxt)
    return (link == "sp" and "TEN" in nxt.roles) or (link == "wa" and "T" in nxt.roles)


def _ordinal(toks: list[Tok], i: int, norm: str, lenient: bool = False) -> _Raw | None:
    """An ordinal starting at token ``i`` (الثالث, الحادي عشر, الثاني والعشرين).

    Without ``lenient``, a bare واحد or tens word is left to the cardinals,
    ``bare_excluded`` words need the article and a month name before the word
    (تشرين الثاني) or a ``tens_excluded`` word blocks it (kind ``"skip"``).
    """
    tok, lex = toks[i], number_lexicon()
    r = tok.roles
    one = r.get("OC") if lenient or tok.art or tok.word.startswith("حادي") else None
    base = r["OU"] if 1 < r.get("OU", 10) < 10 else one
    if base and i + 1 < len(toks):
        link, nr = _link(norm, tok, toks[i + 1]), toks[i + 1].roles
        if link and "TEN" in nr:
            return _Raw(i, i + 2, base + 10, "ordinal")
        if link == "wa" and "T" in nr:
            return _Raw(i, i + 2, base + nr["T"], "ordinal")
    if "OU" in r and (lenient or tok.art or tok.word not in lex["ord"]["bare_excluded"]):
        prev = _PREV_WORD_RE.search(norm, max(0, tok.pstart - 20), tok.pstart)
        prev_word = prev.group(1).removeprefix("و") if prev else ""
        if prev_word in lex["ord"]["blockers"] and not lenient:
            return _Raw(i, i + 1, 0, "skip")
        return _Raw(i, i + 1, r["OU"], "ordinal")
    if "T" in r and (tok.art or lenient):
        excluded = not lenient and "ال" + tok.word in lex["ord"]["tens_excluded"]
        return _Raw(i, i + 1, r["T"], "skip" if excluded else "ordinal")
    return None


def _dual(toks: list[Tok], i: int, norm: str) -> _Raw:
    """A dual noun, extended over a dual adjective or اثنين/اثنتين after it."""
    j = i + 1
    while j < len(toks) and _link(norm, toks[j - 1], toks[j]) == "sp":
        if "D" not in toks[j].roles and toks[j].roles.get("U") != 2:
            break
        j += 1
    return _Raw(i, j, 2, "dual", noun=toks[i].roles["D"])


def _before_construct_head(tok: Tok, norm: str) -> bool:
    """Whether a construct dual (صاروخا, صاروخي) stands before the model it counts (كاتيوشا)."""
    nxt = norm[tok.end : tok.end + 20].split(maxsplit=1)
    return bool(nxt) and nxt[0].strip('"').rstrip(".,:;!?)»") in number_lexicon()["construct_heads"]  # "بصاروخي كاتيوشا."


def _raw_mentions(toks: list[Tok], norm: str) -> list[_Raw]:
    """Expressions over the tokens, left to right, non-overlapping."""
    out: list[_Raw] = []
    i = 0
    while i < len(toks):
        r, raw = toks[i].roles, None
        if not toks[i].skip:
            if "OU" in r or "OC" in r or ("T" in r and toks[i].art):
                raw = _ordinal(toks, i, norm)
            if raw is None and "D" in r:
                raw = _dual(toks, i, norm)
            counted = bool(out) and out[-1].j == i and _link(norm, toks[i - 1], toks[i]) == "sp"  # "15 صاروخا كاتيوشا"
            if raw is None and "DC" in r and not counted and _before_construct_head(toks[i], norm):
                raw = _Raw(i, i + 1, 2, "dual", noun=r["DC"])
            if raw is None:
                raw = _cardinal(toks, i, norm)
        if raw is None or raw.kind == "skip":
            i += 1
            continue
        out.append(raw)
        i = raw.j
    return out


# --- ranges and qualifiers -------------------------------------------------


def _as_range(a: _Raw, b: _Raw, toks: list[Tok], norm: str) -> _Raw | None:
    """``بين A و B``, ``من A الي B``, ``A-B`` or ``A او B`` as one range, if it is one."""
    lex = number_lexicon()
    if not a.kind == b.kind == "cardinal" or b.i != a.j:
        return None
    gap, p = norm[toks[a.j - 1].end : toks[b.i].start], toks[a.i].pstart
    opener = lex["open"].search(norm, max(0, p - 12), p)
    from_ = lex["from"].search(norm, max(0, p - 12), p)
    digits = "N" in toks[a.i].roles and "N" in toks[b.i].roles
    ok = (
        (opener and lex["and"].fullmatch(gap))
        or ((opener or from_) and lex["to"].fullmatch(gap))
        or (digits and lex["dash"].fullmatch(gap))
        or (digits and lex["to"].fullmatch(gap) and a.value < b.value <= min(2 * a.value, _BARE_RANGE_MAX))
        or lex["or"].fullmatch(gap)
    )
    # بين 100 و150 الف: the scale of the upper bound applies to the lower one.
    lower = a.value * b.scale if b.scale and not a.scale and a.value * b.scale < b.value else a.value
    if not ok or lower >= b.value:
        return None
    qpos = (opener or from_).start() if (opener or from_) else None
    return _Raw(a.i, b.j, lower, "cardinal", upper=b.value, qualifier="range", qpos=qpos)


def _merge_ranges(raws: list[_Raw], toks: list[Tok], norm: str) -> list[_Raw]:
    """Replace pairs of mentions that form a range by the range."""
    out: list[_Raw] = []
    k = 0
    while k < len(raws):
        rng = _as_range(raws[k], raws[k + 1], toks, norm) if k + 1 < len(raws) else None
        out.append(rng or raws[k])
        k += 2 if rng else 1
    return out


def _qualify(raws: list[_Raw], toks: list[Tok], norm: str) -> None:
    """Set approx / more_than / at_least / less_than from the words around each mention."""
    lex = number_lexicon()
    for n, raw in enumerate(raws):
        if raw.qualifier != "exact" or raw.kind == "ordinal":
            continue
        p = toks[raw.i].pstart
        m = lex["pre_q"].search(norm, max(0, p - 30), p)
        table = lex["before"]
        if not m:
            m, table = lex["post_q"].match(norm, toks[raw.j - 1].end), lex["after"]
            if m and n + 1 < len(raws) and toks[raws[n + 1].i].pstart < m.end():
                m = None
        if m:
            raw.qualifier = table[_SPACE_RE.sub(" ", m.group("q"))]
            raw.qpos = m.start("q")


# --- public API ------------------------------------------------------------


def find_numbers(text: str | NormText) -> list[NumberMention]:
    """Every number in a text, in order and non-overlapping.

    Args:
        text: An original text or its :class:`NormText`.

    Returns:
        Mentions with original and normalised offsets. Date and time shapes
        (``11.11.2023``, ``2023-12-13``, ``22/11/2023``, ``10:30``) give nothing.
    """
    nt = text if isinstance(text, NormText) else normalize(text)
    toks = scan(nt.norm)
    raws = _merge_ranges(_raw_mentions(toks, nt.norm), toks, nt.norm)
    _qualify(raws, toks, nt.norm)
    out = []
    for raw in raws:
        nstart, nend = toks[raw.i].start, toks[raw.j - 1].end
        start, end = nt.to_original(nstart, nend)
        qstart = None if raw.qpos is None else nt.to_original(raw.qpos, raw.qpos + 1)[0]
        args = (raw.value, raw.kind, raw.qualifier, start, end, nstart, nend)
        out.append(NumberMention(*args, nt.original[start:end], raw.upper, raw.noun, qstart))
    return out


def _covers(norm: str, nstart: int, nend: int) -> bool:
    """Whether only punctuation and proclitics lie outside ``norm[nstart:nend]``."""
    outside = norm[:nstart].split() + norm[nend:].split()
    return all(_LEFTOVER_RE.fullmatch(part) for part in outside)


@lru_cache(maxsize=4096)
def parse_number(expr: str) -> int | float | None:
    """Value of a whole number expression (``ألفين وخمسمئة`` -> 2500, ``2,500`` -> 2500).

    A pure function of ``expr``, memoised (the dates ask it for the count of each duration).

    Args:
        expr: Digits, number words, a dual, a vague quantity, an ordinal or a
            range, optionally with proclitics and surrounding punctuation.

    Returns:
        The value (the lower bound for a range), or None unless ``expr`` is
        exactly one number without qualifier words.
    """
    nt = normalize(expr)
    found = find_numbers(nt)
    if len(found) != 1 or found[0].qualifier not in ("exact", "range"):
        return None
    m = found[0]
    return m.value if _covers(nt.norm, m.nstart, m.nend) else None


@lru_cache(maxsize=4096)
def parse_ordinal(expr: str) -> int | None:
    """Value of an ordinal phrase written in words.

    Covers الاول … العاشر (masculine and feminine), الحادي عشر … التاسع عشر
    (also the misspelling السابع وعشر), العشرون … التسعون and compounds such
    as الحادي والعشرين, with or without the article on each part. A pure function
    of ``expr``, memoised (the dates ask it for every ordinal day and the word after اليوم).

    Args:
        expr: The phrase (normalised or not), possibly with a proclitic و.

    Returns:
        The ordinal's value, or None when ``expr`` is not one ordinal phrase.
    """
    norm = normalize(expr).norm
    toks = [t for t in scan(norm) if not t.skip]
    raw = _ordinal(toks, 0, norm, lenient=True) if toks else None
    if raw is None or raw.j != len(toks):
        return None
    return int(raw.value) if _covers(norm, toks[0].start, toks[-1].end) else None
