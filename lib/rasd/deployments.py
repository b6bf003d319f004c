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
الشدادي``), or a base noun owned by a force before it (``أكبر قاعدة للتحالف
الدولي في سوريا، الواقعة في حقل العمر``). A place named only as a landmark
(``الملاصق لمطار بغداد``) is not a base row, unless a presence clause of its own
follows it (``قرب قاعدة حرير التي تستضيف قوات أميركية``). One row per base and
article, and one per force when the sentence that first names the base lists
several (``التي تضم جنودا أميركيين وبريطانيين``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.attacks import figure_qualifier, follows_noun
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import count_noun_matcher, presence_verb_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.modality import is_hypothetical
from rasd.numbers import NumberMention
from rasd.scope import base_of, is_landmark, scope_of
from rasd.text import Token, clitic_variants

__all__ = ["extract_deployments", "find_force"]

_AFTER_WINDOW = 2  # words between a base and a presence verb after it (landmarks not counted)
_BEFORE_WINDOW = 25  # tokens between a presence verb and a base that follows it
_ADJ_WINDOW = 3  # tokens between a base and a force adjective that follows it
_OWNER_WINDOW = 10  # tokens between "قاعدة لِـ<force>" and the place it is said to be at
_DESCRIBED_WINDOW = 6  # tokens between "القاعدة الأميركية" and the base named after "في"
_CLAUSE_REACH = 8  # tokens of a presence clause after a base ("التي تضم جنودا اميركيين وبريطانيين")


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


def _words(key: str) -> frozenset[str]:
    return word_set("presence_context.yaml", key)


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


def _militia_men(doc: Doc, sent: DocSentence, tokens: list[Token], noun: PhraseMatch) -> bool:
    """Men of an armed group (``عناصر موالين لايران``, ``خمسة من عناصر كتائب حزب الله``)."""
    after = tokens[noun.last_token + 1 : noun.last_token + 3]
    if any(t.text in _words("militia_markers") for t in after):
        return True
    return any(
        noun.last_token < a.first_token - sent.tok_lo <= noun.last_token + 3 and a.value.get("side") == "iran_axis"
        for a in doc.within(doc.actors, sent)
    )


def _troop_rows(
    doc: Doc, sent: DocSentence, tokens: list[Token], context: tuple[str, str] = ("", "")
) -> list[dict[str, Any]]:
    """Troop figures of a sentence; ``context`` is the (country, force) a demonstrative may point back to."""
    if is_hypothetical(tokens) or _has_word(tokens, "not_deployed_cues"):
        return []
    if not _has_word(tokens, "anaphora_words"):
        context = ("", "")  # only "هذه القواعد", "تلك المواقع" point back to the sentence before
    rows: list[dict[str, Any]] = []
    nums = [n for n in doc.within(doc.numbers, sent) if not any(d.nstart <= n.nstart < d.nend for d in doc.dates)]
    prev: dict[str, Any] | None = None
    for idx, num in enumerate(nums):
        if follows_noun(num) or isinstance(num.value, float):
            continue  # a fraction (2.5) is no troop figure; whole values are ints
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        if num.kind == "dual":
            j -= 1
        first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
        noun = _noun_at(tokens, j)
        if (noun is None and count_noun_matcher().match_at(tokens, j) is not None) or (
            noun is not None and _militia_men(doc, sent, tokens, noun)
        ):
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
            "force": force or context[1],
            "country": country or (prev["country"] if prev and not noun else "") or context[0],
            "place": place,
            "role": role.value if role else "",
            **doc.row_evidence(sent, start, max(noun_end, num.nend)),
        }
        rows.append(prev)
    return rows


def _is_landmark(doc: Doc, m: PhraseMatch) -> bool:
    """True when the place is named only as a landmark (``قرب``, ``الملاصق ل``)."""
    return is_landmark(doc, m)


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


def _owning_force(tokens: list[Token], k_first: int) -> str | None:
    """A force named as owner of a base noun before the place: ``قاعدة للتحالف الدولي … في حقل العمر``."""
    for k in range(max(0, k_first - _OWNER_WINDOW), k_first):
        if tokens[k].text not in _words("base_nouns"):
            continue
        for j in (k + 1, k + 2):  # "قاعدة عسكرية للقوات الاميركية"
            owner = _force_matcher().match_at(tokens, j) if j < k_first else None
            if owner is not None and tokens[j].text.startswith("ل"):
                return str(owner.value)
    return None


def _described_base(tokens: list[Token], k_first: int) -> str | None:
    """A base noun with a force adjective, then the base after ``في`` or list links only.

    ``القاعدة الأميركية في حقل غاز كونيكو``, ``قواعد أمريكية هي الشدادي`` (list links:
    data/presence_context.yaml).
    """
    for k in range(max(0, k_first - _DESCRIBED_WINDOW), k_first - 1):
        if tokens[k].text not in _words("base_nouns"):
            continue
        adj = _adjective_matcher().match_at(tokens, k + 1)
        if adj is None or adj.last_token >= k_first:
            continue
        between = [t.text for t in tokens[adj.last_token + 1 : k_first]]
        if "في" in between or all(w in _words("list_links") for w in between):
            return str(adj.value)
    return None


def _clause_forces(tokens: list[Token], m: PhraseMatch, off: int) -> list[str]:
    """Every force a presence clause right after a base names (``التي تضم جنودا أميركيين وبريطانيين``)."""
    k_last = m.last_token - off
    for v in presence_verb_matcher().find(tokens):
        if 0 < v.first_token - k_last <= _CLAUSE_REACH:
            window = tokens[v.last_token + 1 : v.last_token + 1 + _CLAUSE_REACH]
            forces = [str(a.value) for a in _adjective_matcher().find(window)]
            return list(dict.fromkeys(forces))
    return []


def _own_clause(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> bool:
    """A presence clause of the base's own right after it (``قاعدة حرير التي تستضيف قوات``)."""
    off = sent.tok_lo
    k_last = m.last_token - off
    return any(
        0 < v.first_token - k_last and _gap(doc, tokens, k_last, v.first_token, off) <= _AFTER_WINDOW
        for v in presence_verb_matcher().find(tokens)
    )


def _hosts_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch, bases: list[PhraseMatch]) -> str | None:
    """The force a sentence says a base hosts, or None when it says nothing of the kind."""
    off = sent.tok_lo
    k_first, k_last = m.first_token - off, m.last_token - off
    owner = _owning_force(tokens, k_first)
    if owner is not None:
        return owner
    for j in range(k_first + 1, min(k_last + 1 + _ADJ_WINDOW, len(tokens))):
        adj = _adjective_matcher().match_at(tokens, j)
        if adj is not None:
            return str(adj.value)
    promoted = k_first > 0 and base_of(doc, m) is not None and m.value["type"] not in {"base", "airport"}
    if promoted:
        adj = next(iter(_adjective_matcher().find(tokens[max(0, k_first - 4) : k_first])), None)
        if adj is not None:
            return str(adj.value)
    described = _described_base(tokens, k_first)
    if described is not None:
        return described
    for v in presence_verb_matcher().find(tokens):
        force = None
        if 0 < k_first - v.last_token <= _BEFORE_WINDOW:
            force = find_force(tokens, k_last, k_first) or find_force(tokens, len(tokens) - 1, v.first_token)
        elif 0 < v.first_token - k_last and _gap(doc, tokens, k_last, v.first_token, off) <= _AFTER_WINDOW:
            force = find_force(tokens, v.last_token, k_first) or find_force(tokens, len(tokens) - 1, k_first)
        if force is not None and (force or not v.value.get("needs_force")):
            return force
    return None


def _base_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    if is_hypothetical(tokens):
        return []
    places = doc.within(doc.places, sent)
    bases = [m for m in places if base_of(doc, m) is not None]
    rows = []
    listed: str | None = None
    for idx, m in enumerate(bases):
        force = _hosts_force(doc, sent, tokens, m, bases)
        if force is None and idx and m.first_token == bases[idx - 1].last_token + 1:
            force = listed  # "هي الشدادي والتنف": the list shares the first base's force
        listed = force
        if _is_landmark(doc, m) and not _adjective_on(tokens, m.first_token - sent.tok_lo, m.last_token - sent.tok_lo):
            # Named to locate something else, unless its own clause says it hosts a force and no
            # base before it could be what that clause is about ("قرب قاعدة حرير التي تستضيف قوات").
            if any(not _is_landmark(doc, b) for b in bases[:idx]) or not _own_clause(doc, sent, tokens, m):
                continue
        if force is None:
            continue
        base = base_of(doc, m) or m.value
        for each in dict.fromkeys([force or "US", *_clause_forces(tokens, m, sent.tok_lo)]):
            rows.append(
                {
                    "count": None,
                    "qualifier": "",
                    "force": each,
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
    context = ("", "")
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        troops = _troop_rows(doc, sent, tokens, context)
        named = list(_force_matcher().find(tokens))
        context = (_country_of(doc, sent.nstart, sent.nend), str(named[-1].value) if named else "")
        rows.extend(troops)
        seen_bases.update(r["place"] for r in troops if r["place"])
        new_rows: dict[tuple[str, str], dict[str, Any]] = {}
        for row in _base_rows(doc, sent, tokens):
            if row["place"] not in seen_bases:  # one row per base and force, from the sentence naming it first
                new_rows.setdefault((row["place"], row["force"]), row)
        rows.extend(new_rows.values())
        seen_bases |= {place for place, _ in new_rows}
    return rows
