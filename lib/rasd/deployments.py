"""Force deployments: troop figures, and bases named as hosting a force.

A troop figure is a number followed by a troop noun (``نحو 2500 جندي``), a
number continuing one (``و950 في سوريا``, ``800 آخرين``, ``بينهم 600``), or a
number closing a count named before it (``عدد الجنود الأتراك … بنحو ثلاثة
آلاف``). Its force comes from a nationality adjective after the noun
(``عسكري أميركي``), else from the nearest force named before the number
(``تنشر واشنطن``, ``الوجود الأميركي``), and its country from the clause.
Figures of the dead and wounded, capacities, plans and denials are not
deployments.

A base-presence row (count empty) is a gazetteer base that a sentence says
hosts a force: a presence verb after the base (``قاعدة التنف التابعة
للتحالف``, ``… التي تضم مستشارين``) or before it (``ينتشر … في
قاعدة حرير``), or a force adjective on the base (``القاعدة الأميركية في
الشدادي``). A place named only as a landmark (``الملاصق لمطار بغداد``) is not
a base row. One row per base and article.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.attacks import figure_qualifier, follows_noun
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import count_noun_matcher, presence_verb_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.modality import is_hypothetical
from rasd.numbers import NumberMention
from rasd.scope import base_of, scope_of
from rasd.text import Token, clitic_variants

__all__ = ["extract_deployments", "find_force"]

_AFTER_WINDOW = 2  # words between a base and a presence verb after it (landmarks not counted)
_BEFORE_WINDOW = 25  # tokens between a presence verb and a base that follows it
_ADJ_WINDOW = 3  # tokens between a base and a force adjective that follows it


@cache
def _adjective_matcher() -> PhraseMatcher:
    return PhraseMatcher((a, f["force"]) for f in load_yaml("forces.yaml")["forces"] for a in f["adjectives"])


@cache
def _force_matcher() -> PhraseMatcher:
    forces = load_yaml("forces.yaml")["forces"]
    entries = [(n, f["force"]) for f in forces for n in f["names"]]
    entries += [(a, f["force"]) for f in forces for a in f["adjectives"]]
    return PhraseMatcher(entries)


@cache
def _role_matcher() -> PhraseMatcher:
    roles = load_yaml("forces.yaml")["roles"]
    return PhraseMatcher((w, role) for role, words in roles.items() for w in words)


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("presence_context.yaml")[key])


def _has_word(tokens: list[Token], key: str) -> bool:
    return any(stem in _words(key) for t in tokens for _, stem in clitic_variants(t.text))


def find_force(tokens: list[Token], noun_last: int, before: int) -> str:
    """Force of a troop figure.

    Args:
        tokens: Tokens of the sentence.
        noun_last: Index of the last token of the troop noun.
        before: Index of the first token of the figure (forces are looked for before it).
    """
    for j in range(noun_last + 1, min(noun_last + 3, len(tokens))):
        m = _adjective_matcher().match_at(tokens, j)
        if m is not None and tokens[j].joined:
            return str(m.value)
    named = list(_force_matcher().find(tokens[:before]))
    if named:
        return str(named[-1].value)
    after = list(_force_matcher().find(tokens[noun_last + 1 :]))
    return str(after[0].value) if after else ""


def _country_of(doc: Doc, lo: int, hi: int) -> str:
    """The first country named in a span (a place's country for a town or base).

    "region" for the region as a whole; never the home country of the force
    (the United States).
    """
    for m in doc.places:
        if lo <= m.start < hi:
            place = m.value
            country = place["name_en"] if place["type"] == "country" else place["country"]
            if place["type"] == "region" or (country and country != "United States"):
                return country or "region"
    return "region" if scope_of(doc, lo, hi) == "region" else ""


def _base_near(doc: Doc, lo: int, hi: int) -> str:
    for m in doc.places:
        if lo <= m.start < hi:
            base = base_of(doc, m)
            if base is not None:
                return str(base["canonical"])
    return ""


def _noun_at(tokens: list[Token], j: int) -> PhraseMatch | None:
    if j < len(tokens) and tokens[j].text == "من":
        j += 1
    m = count_noun_matcher().match_at(tokens, j) if j < len(tokens) else None
    return m if m is not None and m.value.get("category") == "troops" else None


def _continues(doc: Doc, tokens: list[Token], num: NumberMention, j: int) -> bool:
    """A number with no noun that continues the previous troop figure."""
    nxt = tokens[j].text if j < len(tokens) else ""
    if nxt in _words("continuation_after"):
        return True
    lead = num.nstart if num.qstart is None else min(num.nstart, doc.nt.to_norm(num.qstart))
    before = doc.nt.norm[max(0, lead - 8) : lead].split()
    return bool(before) and (before[-1] in {"و", "ول", "وب"} or before[-1] in _words("continuation_before"))


def _counted_before(tokens: list[Token], first: int) -> PhraseMatch | None:
    """A troop noun named before the number after ``عدد`` (``عدد الجنود الاتراك … بنحو 3 الاف``)."""
    for k in range(max(0, first - 12), first):
        if tokens[k].text in _words("count_heads"):
            noun = _noun_at(tokens, k + 1)
            if noun is not None:
                return noun
    return None


def _troop_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    if is_hypothetical(tokens) or _has_word(tokens, "not_deployed_cues"):
        return []
    rows: list[dict[str, Any]] = []
    nums = [n for n in doc.within(doc.numbers, sent) if not any(d.nstart <= n.nstart < d.nend for d in doc.dates)]
    prev: dict[str, Any] | None = None
    for idx, num in enumerate(nums):
        if follows_noun(num):
            continue
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        if num.kind == "dual":
            j -= 1
        first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
        noun = _noun_at(tokens, j)
        if noun is None and count_noun_matcher().match_at(tokens, j) is not None:
            prev = None
            continue
        noun_end, noun_last = (noun.end, noun.last_token) if noun else (num.nend, j - 1)
        if noun is None:
            counted = _counted_before(tokens, first)
            if counted is None and not (prev and _continues(doc, tokens, num, j)):
                continue
            noun_last = counted.last_token if counted else noun_last
        force = find_force(tokens, noun_last, first) if noun else ""
        if not force and prev and noun is None:
            force = prev["force"]
        elif not force:
            force = find_force(tokens, noun_last, first)
        nxt = nums[idx + 1].nstart if idx + 1 < len(nums) else sent.nend
        prv = nums[idx - 1].nend if idx > 0 else sent.nstart
        place = _base_near(doc, noun_end, nxt) or _base_near(doc, prv, num.nstart)
        country = _country_of(doc, noun_end, nxt) or _country_of(doc, prv, num.nstart)
        role = _role_matcher().match_at(tokens, j) if j < len(tokens) else None
        start = num.nstart if num.qstart is None else min(num.nstart, doc.nt.to_norm(num.qstart))
        prev = {
            "count": num.value,
            "qualifier": figure_qualifier(num),
            "force": force,
            "country": country or (prev["country"] if prev and not noun else ""),
            "place": place,
            "role": role.value if role else "",
            **doc.row_evidence(sent, start, max(noun_end, num.nend)),
        }
        rows.append(prev)
    return rows


def _is_landmark(doc: Doc, m: PhraseMatch) -> bool:
    """True when the place is named only as a landmark (``قرب``, ``الملاصق ل``)."""
    words = _words("landmark_words")
    before = doc.tokens[max(0, m.first_token - 2) : m.first_token]
    return any(stem in words for t in before for _, stem in clitic_variants(t.text))


def _gap(doc: Doc, tokens: list[Token], k_last: int, v_first: int, off: int) -> int:
    """Words between a base and a verb, not counting landmark phrases and relative pronouns."""
    skip = set(_words("landmark_words")) | set(_words("relative_pronouns"))
    inside = {
        k - off
        for m in doc.places
        if _is_landmark(doc, m)
        for k in range(m.first_token, m.last_token + 1)
    }
    return sum(1 for k in range(k_last + 1, v_first) if k not in inside and tokens[k].text not in skip)


def _adjective_on(tokens: list[Token], k_first: int, k_last: int) -> bool:
    """A force adjective inside or right after a base name (``قاعده فكتوريا العسكريه الاميركيه``)."""
    hi = min(k_last + 1 + _ADJ_WINDOW, len(tokens))
    return any(_adjective_matcher().match_at(tokens, j) for j in range(k_first + 1, hi))


def _hosts_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch, bases: list[PhraseMatch]) -> str | None:
    """The force a sentence says a base hosts, or None when it says nothing of the kind."""
    off = sent.tok_lo
    k_first, k_last = m.first_token - off, m.last_token - off
    for j in range(k_first + 1, min(k_last + 1 + _ADJ_WINDOW, len(tokens))):
        adj = _adjective_matcher().match_at(tokens, j)
        if adj is not None:
            return str(adj.value)
    promoted = k_first > 0 and base_of(doc, m) is not None and m.value["type"] not in {"base", "airport"}
    if promoted:
        adj = next(iter(_adjective_matcher().find(tokens[max(0, k_first - 4) : k_first])), None)
        if adj is not None:
            return str(adj.value)
    for v in presence_verb_matcher().find(tokens):
        if 0 < k_first - v.last_token <= _BEFORE_WINDOW:
            return find_force(tokens, k_last, k_first) or find_force(tokens, len(tokens) - 1, v.first_token)
        if 0 < v.first_token - k_last and _gap(doc, tokens, k_last, v.first_token, off) <= _AFTER_WINDOW:
            return find_force(tokens, v.last_token, k_first) or find_force(tokens, len(tokens) - 1, k_first)
    return None


def _base_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    if is_hypothetical(tokens):
        return []
    places = doc.within(doc.places, sent)
    bases = [m for m in places if base_of(doc, m) is not None]
    rows = []
    for m in bases:
        force = _hosts_force(doc, sent, tokens, m, bases)
        if _is_landmark(doc, m) and not _adjective_on(tokens, m.first_token - sent.tok_lo, m.last_token - sent.tok_lo):
            continue
        if force is None:
            continue
        base = base_of(doc, m) or m.value
        rows.append(
            {
                "count": None,
                "qualifier": "",
                "force": force or "US",
                "country": base["country"],
                "place": base["canonical"],
                "role": "",
                **doc.row_evidence(sent, m.start, m.end),
            }
        )
    return rows


def extract_deployments(doc: Doc) -> list[dict[str, Any]]:
    """Troop figures and base-presence rows of an article (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    seen_bases: set[str] = set()
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        troops = _troop_rows(doc, sent, tokens)
        rows.extend(troops)
        seen_bases.update(r["place"] for r in troops if r["place"])
        for row in _base_rows(doc, sent, tokens):
            if row["place"] not in seen_bases:
                seen_bases.add(row["place"])
                rows.append(row)
    return rows
