"""Base rows whose tie to a force is in another sentence, for :mod:`rasd.deployments`.

Bases announced before they are named. A sentence that speaks of bases of a force without
naming them announces them: a counted or dual base noun with a force adjective
(``طالت الهجمات قاعدتين أمريكيتين في سوريا``, ``استهدفت 3 قواعد أميركية``), the force's
bases as a whole (``135 هجوما على القواعد الأمريكية في الأراضي السورية``), or an indefinite
base noun with a presence clause (``قاعدة عراقية يوجد فيها جنود أمريكيون``, ``قاعدتين في
العراق يتمركز فيهما جنود أميركيون``). The bases the next sentence names are those bases, up
to the number announced (``هاجمت المسيرات قاعدة التنف، وطال القصف قاعدة كونيكو``,
``القاعدتان المستهدفتان هما عين الأسد وحرير``), when they are in the country the
announcement names, if it names one. Bases named in the announcing sentence itself use up
its number (``قاعدتين أمريكيتين هما الشدادي والتنف`` is a list, handled in
:mod:`rasd.base_ties`).

A definite base noun that hosts a force, in a sentence that names no base, points back to
the base the article named last: ``أفاد البيان بأن قذائف سقطت على القاعدة، موضحا أنها
تضم فوجا من المستشارين الأميركيين``, ``وتضم القاعدة جنودا أمريكيين``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rasd.base_headline import anaphor_adjective, headline_base
from rasd.base_held_nouns import held_noun_force
from rasd.base_limits import locates_prior_base
from rasd.base_locators import opens_with_ordinal, skip_locating
from rasd.base_opened_predicates import opened_predicate_rows
from rasd.base_topic_anaphors import topic_anaphor_verb
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.list_items import announces_list, is_list_item
from rasd.numbers import parse_number
from rasd.scope import base_of, is_landmark, related_base
from rasd.text import Token, clitic_variants, normalize_str

__all__ = [
    "Announcement",
    "anaphor_host_rows",
    "announced_bases",
    "announced_rows",
    "still_announced",
]

_ADJ_REACH = 2  # tokens between a base noun and its force adjective ("قاعدة عسكرية أمريكية")
_CLAUSE_REACH = 6  # tokens between an indefinite base noun and the presence verb of its clause
_FORCE_REACH = 6  # tokens after a presence verb where the force it hosts is named
_COUNTRY_REACH = 6  # tokens after the announcing noun where the country of the bases is named
_ANAPHOR_REACH = 10  # tokens between a definite base noun and "أنها تضم" that points back to it
_OBJECT_PRONOUNS = ("هما", "ها", "ه")  # a pronoun attached to a presence verb that points to the bases
_SHIFT_REACH = 4  # first tokens of a sentence where a change of topic is announced
_OWN_CLAUSE_REACH = 4  # tokens between a base and a presence verb that opens its own clause
_ANNOUNCED_SENTENCES = 6  # sentences after a counted announcement where its bases may still be named


@dataclass(frozen=True)
class Announcement:
    """Bases of a force a sentence speaks of without naming them.

    Attributes:
        force: The force the bases host (``US``, ``coalition`` …).
        slots: How many bases the next sentence may name as these; None for any number.
        country: The country the announcement puts them in, or "" when it names none.
        province: The province (admin1) it puts them in, when it names a town or province.
        age: Sentences since the announcing one that named none of its bases.
        listing: The announcing sentence ends with a colon: the list items after it name the bases.
    """

    force: str
    slots: int | None
    country: str
    province: str
    age: int = 0
    listing: bool = False


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


@lru_cache(maxsize=1 << 16)
def _is_base_noun(word: str) -> bool:
    """Whether a reading of ``word``, proclitics removed, is a base noun (singular, dual, plural)."""
    nouns = presence_words("base_nouns") | presence_words("dual_base_nouns") | presence_words("plural_base_nouns")
    return not nouns.isdisjoint(_stems(word))


def _noun_number(tokens: list[Token], k: int) -> int | None:
    """How many bases the base noun at ``k`` counts: 1, 2, a number before it, or None (any)."""
    stems = _stems(tokens[k].text)
    if stems & presence_words("dual_base_nouns"):
        return 2
    if stems & presence_words("plural_base_nouns"):
        number = parse_number(tokens[k - 1].text) if k > 0 else None
        return int(number) if isinstance(number, int | float) and number >= 1 else None
    return 1


def _force_after(tokens: list[Token], lo: int, reach: int) -> PhraseMatch | None:
    window = tokens[lo : lo + reach]
    return next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)


def _noun_force(tokens: list[Token], k: int) -> str | None:
    """The force of a base noun: an adjective right after it, or a presence clause of its own."""
    for j in range(k + 1, min(k + 1 + _ADJ_REACH, len(tokens))):
        adj = adjective_matcher().match_at(tokens, j)
        if adj is not None:
            return str(adj.value)
        if tokens[j].text not in presence_words("base_qualifiers"):
            break
    resumptive = presence_words("resumptive_pronouns")
    for v in presence_verb_matcher().find(tokens[k + 1 : k + 1 + _CLAUSE_REACH]):
        last = k + 1 + v.last_token
        if tokens[last].text not in resumptive and last + 1 < len(tokens) and tokens[last + 1].text in resumptive:
            last += 1  # "يتمركز فيهما"; "يوجد فيها" is one form
        attached = v.value.get("kind") == "verb" and tokens[last].text.endswith(_OBJECT_PRONOUNS)  # "كانت تشغلهما"
        hosting = v.first_token == 0 and v.value.get("place") == "before" and v.value.get("force") == "after" and (
            _noun_number(tokens, k) in {1, 2} and not tokens[k].text.startswith("ال")
        )  # "قاعدة تضم قوات أمريكية", not "قواعد تضم" (any number) nor "القواعد التابعة"
        if tokens[last].text in resumptive or attached or hosting:
            named = _force_after(tokens, last + 1, _FORCE_REACH)
            return str(named.value) if named is not None else None
    return held_noun_force(tokens, k) if _noun_number(tokens, k) == 1 else None  # "القوات الأمريكية في قاعدة جوية"


def _named_bases(doc: Doc, sent: DocSentence, lo: int = 0) -> list[tuple[PhraseMatch, dict]]:
    """The bases a sentence names from token ``lo`` on, with the base each stands for, not landmarks."""
    found: list[tuple[PhraseMatch, dict]] = []
    copulas = presence_words("list_copulas")
    for m in doc.within(doc.places, sent):
        if m.first_token - sent.tok_lo < lo or is_landmark(doc, m) or locates_prior_base(doc, m):
            continue  # "القاعدة التي تتواجد في أربيل" after حرير: the town locates the base named before
        base = base_of(doc, m)
        if base is None and related_base(m) is not None:
            before = doc.tokens[m.first_token - 1].text if m.first_token > 0 else ""
            if found or before in copulas:  # "القواعد المستهدفة هي الركبان والتنف والمالكية"
                base = related_base(m)
        if base is not None:
            found.append((m, base))
    return found


def _where_after(doc: Doc, sent: DocSentence, k: int) -> tuple[str, str]:
    """The country and province of the first place named shortly after the announcing noun.

    A region, an area that spreads over several provinces (``شمال شرقي سوريا``), or a place after
    a direction word (``غرب بغداد``) gives only its country.
    """
    places = doc.within(doc.places, sent)
    tokens = doc.sentence_tokens(sent)
    if any(t.text.removeprefix("و") in presence_words("distributive_words") for t in tokens[k + 1 : k + 1 + _COUNTRY_REACH]):
        return "", ""  # "قاعدتان أميركيتان، إحداهما في سوريا والأخرى في العراق": one in each
    for i, m in enumerate(places):
        if 0 < m.first_token - sent.tok_lo - k <= _COUNTRY_REACH:
            nxt = places[i + 1] if i + 1 < len(places) else None
            if nxt is not None and nxt.first_token == m.last_token + 1 and doc.tokens[nxt.first_token].text.startswith("و"):
                return "", ""  # "في العراق وسوريا": bases in both
            return _country_province(doc, m)
    return "", ""


def _country_province(doc: Doc, m: PhraseMatch) -> tuple[str, str]:
    """The country and province a place puts bases in; only the country for a wide place."""
    if m.value["type"] == "country":
        return str(m.value["name_en"]), ""
    wide = m.value["type"] == "region" or normalize_str(str(m.value["canonical"])) in presence_words("wide_areas")
    wide = wide or _after_direction(doc, m)  # "غرب بغداد": the base is out of the city, maybe out of its province
    return str(m.value["country"]), "" if wide else str(m.value["admin1"])


def _where_before(doc: Doc, sent: DocSentence, k: int) -> tuple[str, str]:
    """The country and province of a place after ``في`` right before the announcing noun.

    ``ضرب سلاح الجو في دير الزور منشأة يستخدمها …``: the bases are there.
    """
    for m in doc.within(doc.places, sent):
        if m.last_token - sent.tok_lo == k - 1 and m.first_token > sent.tok_lo and doc.tokens[m.first_token - 1].text == "في":
            return _country_province(doc, m)
    return "", ""


def _after_direction(doc: Doc, m: PhraseMatch) -> bool:
    """A compass word right before the place (``غرب بغداد``, ``شمالي الحسكة``; data ``direction_words``)."""
    before = doc.tokens[m.first_token - 1].text if m.first_token > 0 else ""
    return bool(_stems(before) & presence_words("direction_words"))


def _in_place(ann: Announcement, m: PhraseMatch, base: dict) -> bool:
    """The base is where the announcement put its bases (a country, or a province)."""
    if ann.country and ann.country not in {base["country"], m.value["country"]}:
        return False
    return not ann.province or ann.province in {base["admin1"], m.value["admin1"]}


def _shifts_topic(doc: Doc, sent: DocSentence) -> bool:
    """The sentence opens with a change of topic (``وفي سياق آخر``, ``وعلى صعيد آخر``)."""
    words = " ".join(t.text for t in doc.sentence_tokens(sent)[:_SHIFT_REACH])
    return any(f" {shift} " in f" {words} " for shift in presence_words("topic_shifts"))


def _own_clause(doc: Doc, sent: DocSentence, m: PhraseMatch) -> bool:
    """A presence verb right after the base: the base's own clause, which rasd.bases reads.

    Not one that hosts the coalition (``التي تستضيف قوات من التحالف الدولي``): the announced
    force, which leads it, is there, and a coalition-only row is not kept.
    """
    tokens = doc.sentence_tokens(sent)
    k_last = m.last_token - sent.tok_lo
    for v in presence_verb_matcher().find(tokens):
        if 0 < v.first_token - k_last <= _OWN_CLAUSE_REACH:
            named = _force_after(tokens, v.last_token + 1, _FORCE_REACH)
            return named is None or named.value != "coalition"
    return False


def _named_before(doc: Doc, sent: DocSentence, canonical: str) -> bool:
    """The article's narrative named this base before the sentence."""
    for prev in doc.narrative():
        if prev.nstart >= sent.nstart:
            return False
        if any((base_of(doc, m) or {}).get("canonical") == canonical for m in doc.within(doc.places, prev)):
            return True
    return False


def _in_headline(doc: Doc, canonical: str) -> bool:
    """The article's headline names this base."""
    return any(
        (base_of(doc, m) or related_base(m) or {}).get("canonical") == canonical
        for sent in doc.sentences
        if sent.kind == "headline"
        for m in doc.within(doc.places, sent)
    )


def announced_bases(doc: Doc, sent: DocSentence, tokens: list[Token]) -> Announcement | None:
    """The bases of a force a sentence announces without naming them, or None.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Tokens of the sentence.

    Returns:
        The last announcement of the sentence (force, how many bases, country), less the
        bases the sentence names after it; None when it names them all.
    """
    found = None
    for k, t in enumerate(tokens):
        if not _is_base_noun(t.text):
            continue
        slots = _noun_number(tokens, k)
        if slots == 1 and t.text.removeprefix("و").startswith(("ال", "لل")):
            continue  # "القاعدة الأمريكية", "القاعدة التي يتمركز فيها": a base named before, not a new one
        force = _noun_force(tokens, k)
        if force is None:
            continue
        named = len(_named_bases(doc, sent, k + 1))
        if named and (slots is None or named >= slots):
            found = None
            continue
        where = _where_after(doc, sent, k)
        found = Announcement(force, None if slots is None else slots - named, *(where if any(where) else _where_before(doc, sent, k)))
    return replace(found, listing=announces_list(sent.text)) if found is not None else None


def still_announced(ann: Announcement | None, rows: list[dict[str, Any]], sent: DocSentence | None = None) -> Announcement | None:
    """A counted announcement whose bases are not all named yet, for the sentences after this one.

    Args:
        ann: The announcement the sentence's rows were carried from, if any.
        rows: The rows the sentence took from it.
        sent: The sentence those rows come from, if known.

    Returns:
        The announcement with the bases still to be named (``استهدفت قاعدتان أميركيتان، إحداهما
        في سوريا والأخرى في العراق`` … ``إلى جانب القاعدة المقامة في معمل غاز كونيكو``), up to
        ``_ANNOUNCED_SENTENCES`` sentences on; None for an uncounted one or once all are named. An
        announcement that ends with a colon goes on through the list items after it, ``sent`` being one
        (``توزعت على النحو التالي:`` … ``— 14 على قاعدة الشدادي``; :mod:`rasd.list_items`).
    """
    if ann is not None and ann.listing and sent is not None and is_list_item(sent.text):
        return ann
    if ann is None or ann.slots is None or ann.slots <= len(rows) or ann.age >= _ANNOUNCED_SENTENCES:
        return None
    return replace(ann, slots=ann.slots - len(rows), age=ann.age + 1)


def announced_rows(doc: Doc, sent: DocSentence, ann: Announcement | None) -> list[dict[str, Any]]:
    """Rows for the bases a sentence names right after an announcement of them.

    Args:
        doc: The article.
        sent: The sentence after the announcing one.
        ann: The announcement of the sentence before, if any.

    Returns:
        One row (count empty) per base the sentence names, not as a landmark, in the
        announced country, up to the announced number.
    """
    if ann is None or _shifts_topic(doc, sent):
        return []
    rows: list[dict[str, Any]] = []
    named = _named_bases(doc, sent)
    listed = bool(named) and _after_copula(doc, sent, named[0][0])  # "وسمى البيان القواعد الثلاث، وهي قاعدة الشدادي …"
    for m, base in named:
        if not _in_place(ann, m, base):
            continue  # elsewhere
        if m.phrase.split()[0] in presence_words("area_nouns") and not opens_with_ordinal(doc.tokens, m.first_token):
            continue  # "منطقة التنف" is the area, not the base; but "الأولى في منطقة التنف" is the first one
        if _named_before(doc, sent, base["canonical"]) and not (ann.listing and is_list_item(sent.text)):
            continue  # a base named before is not one just announced; but a colon's list names them all
        if ann.age and not listed and not _in_headline(doc, base["canonical"]):
            continue  # further on, only a base the headline names is one of those the lede counted
        if _own_clause(doc, sent, m):
            continue  # "قاعدة بلد الجوية التي تضم طائرات عراقية": its own clause says what it hosts
        if ann.slots is not None and len(rows) >= ann.slots:
            break
        rows.append({"count": None, "qualifier": "", "force": ann.force, "country": base["country"],
                     "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
    return rows


def _after_copula(doc: Doc, sent: DocSentence, m: PhraseMatch) -> bool:
    """A list copula (``وهي``, ``هي``) right before the place, no force named before it: it lists bases counted before.

    ``قواعد روسية، وهي حميميم`` names its own force and is not a list of the bases announced.
    """
    if m.first_token == 0 or doc.tokens[m.first_token - 1].text not in presence_words("list_copulas"):
        return False
    before = doc.tokens[sent.tok_lo : m.first_token]
    return not any(True for _ in adjective_matcher().find(before)) and not any(True for _ in force_matcher().find(before))


def _host_verb(tokens: list[Token]) -> PhraseMatch | None:
    """A presence verb whose subject is a definite base noun: ``أنها تضم`` after it, or right beside it."""
    anaphors, pronouns = presence_words("base_anaphors"), presence_words("host_pronouns")
    for v in presence_verb_matcher().find(tokens):
        if v.value.get("place") != "before":
            continue
        k = v.first_token
        prev = tokens[k - 1].text if k > 0 else ""
        nxt = tokens[v.last_token + 1].text if v.last_token + 1 < len(tokens) else ""
        if prev in pronouns and any(t.text in anaphors for t in tokens[max(0, k - 1 - _ANAPHOR_REACH) : k - 1]):
            return v
        if prev in anaphors or (nxt in anaphors and tokens[k].text.startswith("و")):
            return v  # "القاعدة تضم", "وتضم القاعدة"
    return topic_anaphor_verb(tokens)  # "تقع القاعدة على بعد …، وتستضيف عسكريين أمريكيين"


def _adjective_rows(doc: Doc, sent: DocSentence, tokens: list[Token], base: dict) -> list[dict[str, Any]]:
    """A row for ``base`` when a definite base noun with a force adjective points to it (``القاعدة الأميركية``)."""
    found = anaphor_adjective(doc, tokens, base, sent.nstart, sent.nend)
    if found is None:
        return []
    start, end = doc.tokens[sent.tok_lo + found[0]].start, doc.tokens[sent.tok_lo + found[1]].end
    return [{"count": None, "qualifier": "", "force": found[2], "country": base["country"],
             "place": base["canonical"], "role": "", **doc.row_evidence(sent, start, end)}]


def anaphor_host_rows(doc: Doc, sent: DocSentence, tokens: list[Token], named: PhraseMatch | None) -> list[dict[str, Any]]:
    """A row for the base named last when a definite base noun of this sentence hosts a force.

    Args:
        doc: The article.
        sent: The sentence, which names no base.
        tokens: Tokens of the sentence.
        named: The base the article named last, if any (else the one the headline names).

    Returns:
        One row for that base with the force named after the verb, or nothing.
    """
    named = named or headline_base(doc)  # "هجوم «البرج 22»" … "القاعدة الأميركية الواقعة في"
    if named is None or _named_bases(doc, sent):
        return []
    verb = _host_verb(tokens)
    base = base_of(doc, named) or named.value
    if verb is None:
        return _adjective_rows(doc, sent, tokens, base) or opened_predicate_rows(doc, sent, tokens, base)  # "وتعد القاعدة من أبرز مواقع القوات الأمريكية"
    lo = verb.last_token + 1 + (verb.last_token + 1 < len(tokens) and tokens[verb.last_token + 1].text in presence_words("base_anaphors"))
    lo = skip_locating(doc, tokens, sent.tok_lo, lo)  # "وتضم القاعدة، الواقعة في غرب العراق، قوات"
    force = _force_after(tokens, lo, _FORCE_REACH + 2)
    if force is None:
        return []
    start, end = doc.tokens[sent.tok_lo + verb.first_token].start, doc.tokens[sent.tok_lo + verb.last_token].end
    return [{"count": None, "qualifier": "", "force": str(force.value), "country": base["country"],
             "place": base["canonical"], "role": "", **doc.row_evidence(sent, start, end)}]
