"""Force deployments: troop figures, and bases named as hosting a force.

A troop figure is a number followed by a troop noun (``نحو 2500 جندي``); its
force comes from a nationality adjective after the noun (``عسكري أميركي``),
else from the deploying subject named before the number (``تنشر واشنطن``),
and its country from the country named in the same clause.

A base-presence row (count empty) is a gazetteer base in a sentence that says a
force is there: a presence verb before the base (``ينتشر … في قاعدة حرير``) or
right after it (``قاعدة الشدادي التابعة للقوات الأميركية``). A place given only
as a landmark (``الملاصق لمطار بغداد``) is not a base row. One row per base and
article.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.attacks import is_definite
from rasd.doc import Doc, DocSentence
from rasd.gazetteer import count_noun_matcher, presence_verb_matcher
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.numbers import NumberMention
from rasd.text import Token

__all__ = ["extract_deployments", "find_force"]

_BASE_TYPES = frozenset({"base", "airport"})
_AFTER_WINDOW = 3  # tokens between a base and a presence verb that follows it
_BEFORE_WINDOW = 25  # tokens between a presence verb and a base that follows it


@cache
def _adjective_matcher() -> PhraseMatcher:
    return PhraseMatcher((a, f["force"]) for f in load_yaml("forces.yaml")["forces"] for a in f["adjectives"])


@cache
def _name_matcher() -> PhraseMatcher:
    return PhraseMatcher((n, f["force"]) for f in load_yaml("forces.yaml")["forces"] for n in f["names"])


@cache
def _role_matcher() -> PhraseMatcher:
    roles = load_yaml("forces.yaml")["roles"]
    return PhraseMatcher((w, role) for role, words in roles.items() for w in words)


@cache
def _locative_words() -> frozenset[str]:
    return frozenset(load_yaml("presence_context.yaml")["landmark_words"])


def find_force(tokens: list[Token], noun_last: int, before: int) -> str:
    """Force of a troop figure.

    Args:
        tokens: Tokens of the sentence.
        noun_last: Index of the last token of the troop noun.
        before: Index of the first token of the figure (subject names are looked for before it).
    """
    for j in range(noun_last + 1, min(noun_last + 3, len(tokens))):
        m = _adjective_matcher().match_at(tokens, j)
        if m is not None and tokens[j].joined:
            return m.value
    named = [m for m in _name_matcher().find(tokens[:before])]
    if named:
        return named[-1].value
    after = list(_name_matcher().find(tokens[noun_last + 1 :]))
    return after[0].value if after else ""


def _country_near(doc: Doc, lo: int, hi: int) -> str:
    for m in doc.places:
        if lo <= m.start < hi:
            place = m.value
            return place["name_en"] if place["type"] == "country" else place["country"]
    return ""


def _troop_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    rows = []
    nums: list[NumberMention] = [
        n for n in doc.within(doc.numbers, sent) if not any(d.nstart <= n.nstart < d.nend for d in doc.dates)
    ]
    for idx, num in enumerate(nums):
        if is_definite(num):
            continue
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        if num.kind == "dual":
            j -= 1
        if j < len(tokens) and tokens[j].text == "من":
            j += 1
        noun = count_noun_matcher().match_at(tokens, j) if j < len(tokens) else None
        if noun is None or noun.value.get("category") != "troops":
            continue
        first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
        nxt = nums[idx + 1].nstart if idx + 1 < len(nums) else sent.nend
        prv = nums[idx - 1].nend if idx > 0 else sent.nstart
        country = _country_near(doc, noun.end, nxt) or _country_near(doc, prv, num.nstart)
        role = _role_matcher().match_at(tokens, j)
        start = num.nstart if num.qstart is None else min(num.nstart, doc.nt.to_norm(num.qstart))
        rows.append(
            {
                "count": num.value,
                "qualifier": "exact" if num.qualifier == "range" else num.qualifier,
                "force": find_force(tokens, noun.last_token, first),
                "country": country,
                "place": _base_right_after(doc, noun.end, nxt),
                "role": role.value if role else "",
                **doc.row_evidence(sent, start, noun.end),
            }
        )
    return rows


def _base_right_after(doc: Doc, lo: int, hi: int) -> str:
    for m in doc.places:
        if lo <= m.start < min(hi, lo + 40) and m.value["type"] in _BASE_TYPES:
            return m.value["canonical"]
    return ""


def _is_landmark(tokens: list[Token], m: PhraseMatch, offset: int) -> bool:
    """True when the place is named only as a landmark (``قرب``, ``الملاصق ل``)."""
    k = m.first_token - offset
    words = _locative_words()
    return any(t.text in words for t in tokens[max(0, k - 2) : k])


def _base_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    verbs = list(presence_verb_matcher().find(tokens))
    if not verbs:
        return []
    rows = []
    off = sent.tok_lo
    for m in doc.within(doc.places, sent):
        if m.value["type"] not in _BASE_TYPES or _is_landmark(tokens, m, off):
            continue
        k_first, k_last = m.first_token - off, m.last_token - off
        before = any(0 < k_first - v.last_token <= _BEFORE_WINDOW for v in verbs)
        after = any(0 < v.first_token - k_last <= _AFTER_WINDOW for v in verbs)
        if not (before or after):
            continue
        force = find_force(tokens, k_last, k_first) or "US"
        rows.append(
            {
                "count": None,
                "qualifier": "",
                "force": force,
                "country": m.value["country"],
                "place": m.value["canonical"],
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
        rows.extend(_troop_rows(doc, sent, tokens))
        for row in _base_rows(doc, sent, tokens):
            if row["place"] not in seen_bases:
                seen_bases.add(row["place"])
                rows.append(row)
    return rows
