"""Attacks on a base told only by the blasts heard there.

A report may tell an attack by its sound alone: ``وأفادت مصادر بسماع دوي انفجارات داخل
القاعدة الأمريكية في الشدادي``, ``ذكرت مصادر أن انفجاراً ضخماً دوّى في مطار حرير العسكري``.
A sentence with no other act gives an attack row at the base when a blast noun
(``data/heard_blasts.yaml``) stands beside a word of its sound and a base is named soon
after it. Blasts given another cause (``جراء غارات``, ``ناجمة عن قصف``) are the strike's,
unless the cause is the site's own targeting (``نتيجة استهدافها بالطائرات المسيرة``),
and blasts heard in a town or village that is no base are no attack on US forces. A dated
sentence of the blasts that names no place (``أن دوي الانفجار سُمع في تمام العاشرة مساء يوم
الأحد``) points back to the act told before it and gives it its day.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.scope import base_of
from rasd.text import Token, clitic_variants

__all__ = ["heard_blast_rows"]


@cache
def _lex() -> dict[str, Any]:
    return load_yaml("heard_blasts.yaml")


def _words(key: str) -> frozenset[str]:
    return frozenset(_lex()[key])


def _is(word: str, key: str) -> bool:
    """The word, or its stem without clitics (``بسماع``, ``الانفجار``, ``الضربة``), is an entry of ``key``."""
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _heard_blast(tokens: list[Token]) -> int | None:
    """Index of the first blast noun with a word of its sound beside it, or None."""
    reach = int(_lex()["sound_reach"])
    for k, t in enumerate(tokens):
        if not _is(t.text, "blast_nouns"):
            continue
        near = tokens[max(0, k - reach) : k] + tokens[k + 1 : k + 1 + reach]
        if any(_is(n.text, "sound_words") for n in near):
            return k
    return None


def _targeted_site(tokens: list[Token], k: int) -> bool:
    """The word at ``k`` is a noun of targeting with the site's pronoun, read as passive.

    ``نتيجة استهدافها بالطائرات المسيرة``, ``جراء قصفها من قبل الفصائل`` (not ``نتيجة قصفها مواقع``).
    """
    word = tokens[k].text
    stem = next((word[: -len(s)] for s in _lex()["target_suffixes"] if word.endswith(s)), None)
    if stem is None or stem not in _words("target_nouns"):
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not after or any(after.startswith(lead) for lead in _lex()["passive_leads"])


def _other_cause(tokens: list[Token]) -> bool:
    """A word of the sentence gives the blasts another cause than an attack on the site."""
    skip: set[int] = set()
    for k, t in enumerate(tokens[:-1]):
        if _is(t.text, "cause_words") and _targeted_site(tokens, k + 1):
            skip.update({k, k + 1})
    return any(_is(t.text, "strike_cues") for k, t in enumerate(tokens) if k not in skip)


def _alarm_site(doc: Doc, sent: DocSentence, tokens: list[Token], k: int) -> PhraseMatch | None:
    """The base or US site named soon after a siren noun that follows the blast noun at ``k``, or None.

    ``بسماع دوي انفجارات في بغداد، بالتزامن مع إطلاق صافرات الإنذار داخل السفارة الأميركية``.
    """
    reach = int(_lex()["base_reach"])
    sites = [
        m
        for m in doc.within(doc.places, sent)
        if base_of(doc, m) is not None or m.value.get("id") in _words("alarm_sites")
    ]
    for j in range(k + 1, len(tokens)):
        if _is(tokens[j].text, "alarm_nouns"):
            found = next((m for m in sites if j < m.first_token - sent.tok_lo <= j + reach), None)
            if found is not None:
                return found
    return None


def heard_blast_rows(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """An attack row for blasts heard at a base (see the module docstring); [] when none."""
    k = _heard_blast(tokens)
    if k is None or _other_cause(tokens):
        return []
    noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
    bases = {m.first_token - sent.tok_lo for m in doc.within(doc.places, sent) if base_of(doc, m) is not None}
    if not any(k < j <= k + int(_lex()["base_reach"]) for j in bases):
        alarm = _alarm_site(doc, sent, tokens, k)
        if alarm is not None:  # the siren's site, not the town the blasts were heard in
            place = {"place": alarm.value["canonical"], "lat": alarm.value["lat"], "lon": alarm.value["lon"]}
            return [{**r, **place} for r in event_row(doc, sent, tokens, noun, "attack", (0, len(tokens)))]
        if doc.within(doc.places, sent) or not doc.within(doc.dates, sent):
            return []
        # "أن دوي الانفجار سمع في تمام 10:40 مساء يوم الأحد": the day of the blasts told before
        return [{**r, "anaphoric": True} for r in event_row(doc, sent, tokens, noun, "attack", (0, len(tokens))) if r.get("date")]
    return [r for r in event_row(doc, sent, tokens, noun, "attack", (0, len(tokens))) if r.get("place")]
