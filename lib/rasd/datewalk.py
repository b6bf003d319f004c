"""Where in a text the date regex (:data:`rasd.datescan.DATE_RE`) may match.

Trying the regex costs about 3 microseconds a position, so
:func:`candidate_starts` lists the few positions where a match may start. Every
form holds a digit or an *anchor word* (the last word of a month, weekday,
hint, Hijri month, relative day, unit or duration, bare or after a proclitic),
and before its first anchor a match holds only words of the grammar, but for a
few free words: the ordinal of ``السابع عشر من اكتوبر`` (before a month or
``الشهر``) and the count of ``منذ ثلاثه ايام`` (before a duration unit). The
anchors are found with one regex over the text once its punctuation is turned
into spaces; from each one the scan walks back over the words of the grammar
(and over up to three other words after a month or a duration unit). Every
word on the way that may open a match is a candidate; a number that no form
reads first is not an anchor. ``tests/test_fastpaths.py`` checks that every
position where the regex matches is a candidate.
"""

from __future__ import annotations

import re
from typing import Any

from rasd.datescan import _FORMS, _PROCLITICS, HINT_DELTA, LEX, MONTH_NUM, WEEKDAYS, _trie

__all__ = ["candidate_starts"]


def _words_of(*phrases: Any, last: bool = False) -> frozenset[str]:
    """The first (or last) word of each phrase, bare and after each proclitic."""
    return frozenset(pro + str(p).split()[-1 if last else 0] for p in phrases for pro in _PROCLITICS)


_ARTICLE = tuple(pro + "ال" for pro in _PROCLITICS)
# Words a match may start with: the first words of the parts that open a form, "ال"
# ("الـ 7") and a proclitic alone ("و(7 ..."). A match may also start at a number, and
# an ordinal at any word with the article.
_OPENERS = _words_of(
    *MONTH_NUM, *WEEKDAYS, *LEX["relative_days"], *LEX["hijri_months"], *LEX["units"],
    *LEX["times_of_day"], *LEX["time_modifiers"], *LEX["night_words"], *LEX["month_preps"],
    *LEX["year_preps"], *LEX["partials"], *LEX["year_words"], *LEX["duration_words"],
    *(w for part in ("relative_prefix", "day_word", "month_word", "this") for w in LEX["connectors"][part]),
) | frozenset(_ARTICLE) | frozenset(_PROCLITICS[1:])
# Every word of the grammar (read from the patterns), bare or after a proclitic: the
# words a match may hold before its first anchor, besides free words.
_GRAMMAR_WORDS = _OPENERS | _words_of(
    *(w for w in re.findall(r"\w+", "".join(_FORMS.values())) if not w.isascii())
)
# Every form holds a digit or one of these words, bare or after a proclitic.
_ANCHOR_WORDS = _words_of(
    *MONTH_NUM, *WEEKDAYS, *HINT_DELTA, *LEX["hijri_months"], *LEX["relative_days"],
    *LEX["units"], *LEX["durations"], last=True,
)
# The kind of an anchor tells how many free words may come before it (_FREE_WORDS[kind]):
# 1 for a duration unit after its count (``منذ ثلاثه ايام``), 2 for the first word of a
# month or "الشهر" after an ordinal, whose first word has the article (``السابع عشر من
# تشرين الاول``), 0 for the other anchors.
_FREE_WORDS = (0, 2, 3)
# Words between an ordinal and its month: "من" and "شهر".
_ORDINAL_GLUE = frozenset(
    w for p in (*LEX["connectors"]["of"], *LEX["connectors"]["month_word"]) for w in str(p).split()
)
# Each anchor word (and the first word of each month) and its kind.
_KINDS = {
    **dict.fromkeys(_ANCHOR_WORDS, 0),
    **{str(p).split()[-1]: 1 for p in LEX["durations"]},
    **{str(p).split()[0]: 2 for p in (*MONTH_NUM, *LEX["connectors"]["the_month"])},
}
# ASCII punctuation and spaces, turned into plain spaces before the text is read word by
# word; a word that still holds a character outside ``\w`` is "odd".
_SEPARATORS = "".join(c for c in map(chr, range(0x21, 0x7F)) if not c.isalnum() and c != "_")
_SEPARATORS += "\t\n\r\x0b\x0c"
_ANCHOR_RE = re.compile(f" (?:{_trie(_KINDS)})(?= )")
# By match of _ANCHOR_RE (a space and an anchor): its kind, and whether it may open a
# match itself.
_MATCH_KINDS = {" " + word: kind for word, kind in _KINDS.items()}
_OPENING_ANCHORS = frozenset(
    " " + word for word, kind in _KINDS.items()
    if word in _OPENERS or (kind == 2 and word.startswith(_ARTICLE))
)
# Runs of characters other than a space or a letter of the Latin or Arabic alphabets:
# digits, and the rare characters that make a word odd.
_LETTERS = "".join(chr(cp) for cp in (*range(0x41, 0x7B), *range(0x0600, 0x0780)) if chr(cp).isalpha())
_NOT_LETTERS_RE = re.compile(f"[^ {_LETTERS}][^ {_LETTERS}]*")
_NOT_WORD_RE = re.compile(r"[^\w]")
# The first digits of a year (see ``_YEAR``) and what follows the year of ``2023-11-13``.
_YEAR_HEADS = ("1", "20", "21")
_YMD_SEPARATORS = ("-", "/", ".")
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"\w+")


def _is_dateless_number(norm: str, m: re.Match[str]) -> bool:
    """Whether a word of digits alone can neither open a date nor be its first anchor.

    No form reads 3 digits, or 5 and more, as its first number (a count of 3
    digits comes before its duration unit, a Hijri year after its month: those
    anchors' walks find the start), and 4 digits open a date only as a year
    (``1xxx``, ``20xx``, ``21xx``) or as ``2023-11-13`` (spaces allowed before the
    separator: ``2857 - 29-06`` is tried, and its month rejects it). ``m`` is the word's
    match of ``_NOT_LETTERS_RE`` in the scan's text, where it is a whole word.
    """
    size, end = m.end() - m.start(), m.end()
    if end < len(norm) and m.string[end] != " ":
        return False
    if size != 4:
        return size > 2
    return not norm.startswith(_YEAR_HEADS, m.start()) and not norm[end : end + 4].lstrip(" ").startswith(_YMD_SEPARATORS)


def candidate_starts(norm: str) -> list[int]:
    """Positions of ``norm`` where :data:`DATE_RE` may match, in order.

    Every position where the regex matches is listed (see the module docstring),
    and most positions listed are matches.

    Args:
        norm: A normalised text.

    Returns:
        Sorted, distinct offsets into ``norm``.
    """
    return _Scan(norm).candidates()


class _Scan:
    """The anchors of a normalised text, and the walk back from each of them.

    ``text`` is the text with every separator turned into a space (same offsets);
    a word is a maximal run of other characters. ``anchors`` maps the offset of
    each anchor word to its kind (see ``_FREE_WORDS``): the words of ``_KINDS``, the
    words with a digit (kind 0) and the odd words (kind 2). ``found`` collects the
    candidates.
    """

    def __init__(self, norm: str) -> None:
        text = norm
        for ch in _SEPARATORS:
            text = text.replace(ch, " ")
        self.text = text
        self.anchors: dict[int, int] = {}
        self.found: list[int] = []
        for m in _ANCHOR_RE.finditer(f" {text} "):
            word = m.group()
            self.anchors[m.start()] = _MATCH_KINDS[word]
            if word in _OPENING_ANCHORS:
                self.found.append(m.start())
        numeric, odd = set(), set()
        for m in _NOT_LETTERS_RE.finditer(text):
            run, pos = m.group(), text.rfind(" ", 0, m.start()) + 1
            if run.isdecimal():
                if pos != m.start() or not _is_dateless_number(norm, m):
                    numeric.add(pos)
                continue
            if _DIGIT_RE.search(run):
                numeric.add(pos)
            if _NOT_WORD_RE.search(run):
                odd.add(pos)
        for pos in numeric | odd:
            self.anchors[pos] = 2 if pos in odd else 0
            self.found.append(pos)
            if pos and norm[pos - 1] == "(":
                self.found.append(pos - 1)
            if pos in odd:
                end = text.find(" ", pos)
                word = text[pos:] if end < 0 else text[pos:end]
                self.found.extend(pos + m.start() for m in _WORD_RE.finditer(word))

    def candidates(self) -> list[int]:
        """Every candidate: the anchors that may open a match, and a walk from each.

        The walk goes back over words of the grammar and stops at any other word or
        at an earlier anchor, whose own walk goes on from there. It first crosses up
        to ``_FREE_WORDS[kind]`` words of any kind: the count before a duration unit,
        the ordinal before a month or "الشهر" (after the words "من" and "شهر"; the
        ordinal starts at a word with the article); there it stops only at an anchor
        of the same kind or above.
        """
        text, anchors, found = self.text, self.anchors, self.found
        for start, kind in anchors.items():
            glue, slots = kind == 2, _FREE_WORDS[kind]
            pos = start
            while pos:
                end = pos - 1
                pos = text.rfind(" ", 0, end) + 1
                if pos == end:
                    continue
                word = text[pos:end]
                if glue and word in _ORDINAL_GLUE:
                    if word in _OPENERS:
                        found.append(pos)
                    continue
                glue = False
                if slots:
                    if anchors.get(pos, -1) >= kind:
                        break
                    slots -= 1
                    if word in _OPENERS or (kind == 2 and word.startswith(_ARTICLE)):
                        found.append(pos)
                elif pos in anchors or word not in _GRAMMAR_WORDS:
                    break
                elif word in _OPENERS:
                    found.append(pos)
        return sorted(set(found))
