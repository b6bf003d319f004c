"""One act on two places joined by a conjunction: one row per place.

``استهدفت إيران فجر الأربعاء قاعدة عين الأسد الجوية ومدينة أربيل`` tells two targets of
one strike, and the annotated sets give each its row (the seeds' ``استهدفت مواقع التنف
والشدادي`` too). The second place follows the row's own place and is joined to it by
``و`` on the place or on the noun that introduces it (``وقاعدة ثانية تقع في مدينة أربيل``,
``وعلى قاعدة أميركية في حقل كونيكو``, ``والسفارة الأمريكية``, ``وفي مخيم الركبان``, a second act noun:
``وهجومين بطائرات مسيرة على قاعدة عين الأسد``), or by a cue of addition
(``إضافة إلى``, ``فضلا عن``, ``وكذلك``), or by a joined attack verb of the same subject (``وأطلقت صواريخ
على قاعدة أخرى في حقل العمر``). Countries, provinces and regions are the setting of
the act, not a second target, unless a target noun with «و» opens the second target a province
locates (``استهداف قاعدة فكتوريا ومواقع في ريف دير الزور``); a place after the joined one locates it. Places listed
under a plural or dual head (``قاعدتي التنف والشدادي``, ``ثلاث قواعد هي الشدادي والركبان
والتنف``) are one target, as the annotated sets mostly write them: one row; unless the sentence
counts one act for each (``نفذت هجومين استهدفا قاعدتين في التنف والقرية الخضراء``, ``ضربة لكل واحدة``), or
plural acts fall on the plural head (``هجمات على قواعد في التنف والمالكية والشدادي``): the acts spread over the sites.
A visit to two joined places is split the same way (``سافر إلى قاعدة عين الأسد ومطار أربيل``), as
the annotated sets give a visit's every stop its row, and so is a US strike on two joined towns
(``ضربات استهدفت معاقل الحشد في مدينة القائم غرب البلاد ومدينة البوكمال``), unless one dual noun
heads both (``بالقرب من مدينتي البوكمال والميادين``: one strike near the two).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.each_of_places import split_each_of
from rasd.event_lexicon import is_word
from rasd.event_types import attack_object
from rasd.gazetteer import attack_noun_matcher
from rasd.incidents import place_country
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token, clitic_variants

__all__ = ["split_joined_targets"]

_SPLIT_TYPES = frozenset({"attack", "claim", "visit", "us_strike"})
_SETTING_TYPES = frozenset({"country", "governorate", "region"})
_ON = frozenset({"علي", "على"})
_JOIN_REACH = 6  # tokens before the second place where the conjunction may stand ("وعلى قاعدة أميركية في حقل غاز كونيكو")
_NAME_GAP = 2  # unknown names between a plural head of towns and the listed place it heads ("قرى الجفرة وخشام")
_FEW_ACTS = 9  # the largest count of acts a sentence lists one by one ("3 هجمات … استهدفت X وY وZ")
_VERB_REACH = 9  # tokens before the second place where a joined attack verb may stand ("وأطلقت صواريخ على قاعدة أمريكية أخرى في حقل")


@cache
def _addition_cues() -> frozenset[str]:
    return word_set("event_triggers.yaml", "addition_cues")


def _joined(tokens: list[Token], lo: int, m: PhraseMatch, places: list[PhraseMatch]) -> bool:
    """The place ``m`` is joined by a conjunction to what stands before it, after token ``lo``.

    The conjunction joins the first place after it: a place after that one locates it
    (``وكذلك قاعدة الحرير بأربيل``).
    """
    if m.prefix.startswith("و"):
        return True
    for k in range(max(lo, m.first_token - _VERB_REACH), m.first_token):
        t = tokens[k]
        if (
            t.text.startswith("و")
            and _joins_act(tokens, k)
            and not any(k <= p.first_token < m.first_token for p in places)
        ):
            return True  # "…، وأطلقت صواريخ على قاعدة أخرى في حقل العمر": a second act of the same subject
    for k in range(max(lo, m.first_token - _JOIN_REACH), m.first_token):
        t = tokens[k]
        cue = t.text in _addition_cues() or (
            t.text.startswith("و") and (t.text[1:] == "علي" or is_word(t.text[1:], "target_nouns") or _joined_act_noun(tokens, k))
        ) or (t.text == "وفي" and k + 1 == m.first_token)  # "في قاعدة التنف وفي مخيم الركبان"
        if cue and not any(k <= p.first_token < m.first_token for p in places):
            return True
    return False


def _second_target_in(tokens: list[Token], lo: int, m: PhraseMatch, places: list[PhraseMatch]) -> bool:
    """A target noun with «و» (``ومواقع في ريف دير الزور``) opens a second target located by the place ``m``.

    A province so named is where that target lies, not the setting of the first one; a country
    stays a setting (``ومواقع أخرى في سوريا``).
    """
    for k in range(max(lo, m.first_token - _JOIN_REACH), m.first_token):
        t = tokens[k]
        if t.text.startswith("و") and is_word(t.text[1:], "target_nouns"):
            return not any(k <= p.first_token < m.first_token for p in places)
    return False


def _joined_act_noun(tokens: list[Token], k: int) -> bool:
    """``و`` + an attack noun at ``k``: a second act joined to the first (``…، وهجومين بطائرات مسيرة على قاعدة``)."""
    m = attack_noun_matcher().match_at(tokens, k)
    return m is not None and m.prefix == "و"


def _joins_act(tokens: list[Token], k: int) -> bool:
    """The verb after ``و`` at ``k`` tells a second act: an attack verb, or a verb of doing with an attack object.

    ``وشنت هجوما آخر على قاعدة`` joins a second act; ``وشنت القوات حملة دهم`` does not.
    """
    verb = tokens[k].text[1:]
    if is_word(verb, "joined_act_verbs"):
        return True
    return is_word(verb, "joined_launch_verbs") and attack_object(tokens, k) is not None


def _group_head(tokens: list[Token], end: int, own: int) -> bool:
    """A plural or dual head of places (``قاعدتين``, ``القواعد``) or a partitive stands before token ``end``.

    A partitive (``الجزء الأكبر منها استهدف …``) tells part of a tallied set, not one act. A sentence that
    counts one act per place (``هجومين``, ``لكل واحدة``) lists separate acts: no group. A singular target
    noun between a plural head and the row's own place at ``own`` (or opening it) starts a list of its own: the plural
    heads nothing there (``لم تشهد القواعد هجمات، وكان آخرها استهداف قاعدة كونيكو والتنف``).
    """
    if any(stem in _separate_act_cues() for t in tokens for _, stem in clitic_variants(t.text)) or _counts_few_acts(tokens) or _spread_acts(tokens):
        return False
    heads = [
        k
        for k, t in enumerate(tokens[:end])
        if any(stem in _plural_heads() for _, stem in clitic_variants(t.text)) and not _names_no_target(tokens, k)
    ]
    return bool(heads) and not (_is_plural_target(tokens[heads[-1]].text) and _single_target_in(tokens[heads[-1] + 1 : own + 1]))


def _is_plural_target(word: str) -> bool:
    return any(stem in word_set("event_triggers.yaml", "plural_targets") for _, stem in clitic_variants(word))


def _single_target_in(tokens: list[Token]) -> bool:
    """A singular target noun (``قاعدة``, ``موقع``) stands among the tokens."""
    return any(is_word(t.text, "target_nouns") and not _is_plural_target(t.text) for t in tokens)


def _spread_acts(tokens: list[Token]) -> bool:
    """An uncounted plural act noun falls on a plural head of targets (``هجمات على قواعد … في التنف والمالكية``).

    Acts in the plural on bases in the plural spread over the places listed: one row for each. A number
    before the act noun counts or tallies them (see :func:`_counts_few_acts`).
    """
    for k in range(1, len(tokens) - 2):
        if not is_word(tokens[k].text, "counted_act_nouns") or _is_number(tokens[k - 1].text):
            continue
        if tokens[k + 1].text in _ON and any(stem in _plural_heads() for _, stem in clitic_variants(tokens[k + 2].text)):
            return True
    return False


def _is_number(word: str) -> bool:
    return word.isdigit() or is_word(word, "few_act_numbers")


def _counts_few_acts(tokens: list[Token]) -> bool:
    """A small number (2 to 9) stands right before a plural act noun (``3 هجمات وقعت أمس … استهدفت قاعدة X وY وZ``).

    The sentence counts the acts it lists, one for each place; a large number is a tally, not such a list.
    """
    for k in range(len(tokens) - 1):
        if not is_word(tokens[k + 1].text, "counted_act_nouns"):
            continue
        word = tokens[k].text
        if (word.isdigit() and 2 <= int(word) <= _FEW_ACTS) or is_word(word, "few_act_numbers"):
            return True
    return False


def _names_no_target(tokens: list[Token], k: int) -> bool:
    """The plural head at token ``k`` and the word after it name no target (``مواقع التواصل``)."""
    if k + 1 >= len(tokens):
        return False
    return any(f"{stem} {tokens[k + 1].text}" in _non_targets() for _, stem in clitic_variants(tokens[k].text))


@cache
def _separate_act_cues() -> frozenset[str]:
    return word_set("event_triggers.yaml", "separate_act_cues")


@cache
def _non_targets() -> frozenset[str]:
    return word_set("event_triggers.yaml", "plural_non_targets")


@cache
def _plural_heads() -> frozenset[str]:
    return word_set("event_triggers.yaml", "plural_targets") | word_set("attack_context.yaml", "partitives")


def _dual_place_head(tokens: list[Token], first: int, places: list[PhraseMatch]) -> bool:
    """A dual or plural noun of towns, or «بين», heads the list of places the place at ``first`` opens or ends.

    ``قرب مدينتي البوكمال والميادين``, ``قصفت قرى الجفرة وخشام والمريعية``: a strike on towns named under
    one such noun, or between two, is one strike: one row.
    """
    k = first - 1
    while k >= 0 and any(p.first_token <= k <= p.last_token for p in places):
        k -= 1  # back over the places listed before it
    return any(
        stem in _dual_place_heads() for j in range(max(0, k - _NAME_GAP), k + 1) for _, stem in clitic_variants(tokens[j].text)
    )  # "قرى الجفرة وخشام": a village the gazetteer lacks may stand between the head and the place


@cache
def _dual_place_heads() -> frozenset[str]:
    return word_set("event_triggers.yaml", "dual_place_heads")


def _local(m: PhraseMatch, lo: int) -> PhraseMatch:
    return PhraseMatch(m.start, m.end, m.first_token - lo, m.last_token - lo, m.phrase, m.value, m.prefix)


def split_joined_targets(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add a row for a second place joined to an act's place (see the module docstring).

    Args:
        doc: The article.
        sent: The sentence the rows were read from.
        rows: The sentence's event rows.

    Returns:
        The rows, each attack or claim on a place followed by a copy at each place joined to it.
    """
    tokens = doc.sentence_tokens(sent)
    places = [_local(m, sent.tok_lo) for m in doc.within(doc.places, sent)]
    out = []
    for row in rows:
        out.append(row)
        if row["type"] not in _SPLIT_TYPES or not row.get("place"):
            continue
        own = next((m for m in places if m.value["canonical"] == row["place"]), None)
        if own is None or own.value["type"] in _SETTING_TYPES:
            continue
        seen = {row["place"]}
        for m in places:
            name = m.value["canonical"]
            if m.first_token <= own.last_token or name in seen:
                continue
            second = _second_target_in(tokens, own.last_token + 1, m, places)  # "ومواقع في ريف دير الزور"
            if m.value["type"] in _SETTING_TYPES and not (second and m.value["type"] == "governorate"):
                continue
            if not place_country(name) or not _joined(tokens, own.last_token + 1, m, places):
                continue
            if _group_head(tokens, own.first_token if second else m.first_token, own.first_token):
                continue
            if row["type"] == "us_strike" and _dual_place_head(tokens, own.first_token, places):
                continue
            seen.add(name)
            out.append({**row, "place": name, "lat": m.value["lat"], "lon": m.value["lon"]})
    return split_each_of(doc, sent, out, places)
