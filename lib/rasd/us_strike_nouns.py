"""A US strike told by its noun alone: ``جرح في الهجوم الأمريكي على منطقة المسيب``.

Tolls, deaths and condemnations often name a US strike by an attack noun with a US
adjective and the struck site after ``على``/``ضد``, with no verb of attack in the
sentence (``وأدان الحشد الاعتداء الأمريكي على مقراته في القائم``). Such a noun is
the act, placed by the gazetteer place that follows the preposition within a few
words. A noun right after a word of time (``بعد الغارة الأمريكية على``) is the time
of another act, a noun after ``أي``/``كل`` names any strike, and one after a word of
continuing (``استمرار الضربات الأمريكية على``) names a campaign: none is read. A definite noun
(``الهجوم الأمريكي``) points back: when the article tells a US strike in another sentence,
:func:`drop_retold_noun_strikes` drops the noun's row, the act being that strike told again,
unless the noun's row alone gives a day.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word, trigger_words
from rasd.excepted_acts import in_exception
from rasd.gazetteer import attack_noun_matcher, event_verb_matcher
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.modality import is_urged
from rasd.summed_acts import sums_up_toll
from rasd.text import Token, clitic_variants, normalize_str, tokenize

__all__ = ["drop_retold_noun_strikes", "us_strike_nouns"]

_PLACE_REACH = 4  # tokens between the preposition and the place it opens ("على مقراته في جرف النصر")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("us_strike_nouns.yaml")[key])


def _has(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _marker_after_us_adjective(tokens: list[Token], noun: PhraseMatch) -> int | None:
    """Index of ``على``/``ضد`` after the noun, an optional strike adjective and a US adjective, else None."""
    k = noun.last_token + 1
    if k < len(tokens) and is_word(tokens[k].text, "strike_adjectives"):
        k += 1
    if k >= len(tokens) or tokens[k].text not in trigger_words("us_adjectives"):
        return None
    k += 1
    if k < len(tokens) and is_word(tokens[k].text, "strike_adjectives"):
        k += 1  # "القصف الأمريكي الجوي على"
    return k if k < len(tokens) and tokens[k].text in _words("object_markers") else None


def _told_as_background(tokens: list[Token], noun: PhraseMatch) -> bool:
    """A word of time or a determiner right before the noun (``بعد الغارة``, ``أي هجوم``)."""
    if noun.first_token == 0:
        return False
    before = tokens[noun.first_token - 1].text
    return _has(before, "background_cues") or _has(before, "determiners") or _has(before, "campaign_words")


def us_strike_nouns(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[PhraseMatch]:
    """The first attack noun before ``limit`` told as a US strike on a named place, as a noun trigger.

    Args:
        doc: The document (its places).
        sent: The sentence.
        tokens: The sentence's tokens.
        limit: Token index where the sentence's own clause ends (a response clause after it).

    Returns:
        A list of at most one match, valued ``"attack"`` as the other noun triggers are.
    """
    places = {m.first_token - sent.tok_lo for m in doc.within(doc.places, sent)}
    for noun in attack_noun_matcher().find(tokens[:limit]):
        marker = _marker_after_us_adjective(tokens, noun)
        if marker is None or _told_as_background(tokens, noun) or in_exception(tokens, noun) or is_urged(tokens, noun.first_token) or sums_up_toll(doc, sent, noun):
            continue
        if any(k in places for k in range(marker + 1, min(marker + 1 + _PLACE_REACH, limit))):
            return [PhraseMatch(noun.start, noun.end, noun.first_token, noun.last_token, noun.phrase, "attack", noun.prefix)]
    return []


def _definite(noun: PhraseMatch) -> bool:
    return noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل"))


def _told_by_definite_noun(sentence: str) -> bool:
    """The sentence has no event verb and tells a US strike by a definite noun (``في الهجوم الأمريكي على``)."""
    tokens = tokenize(normalize_str(sentence))
    if any(event_verb_matcher().find(tokens)):
        return False
    return any(_definite(m) and _marker_after_us_adjective(tokens, m) is not None for m in attack_noun_matcher().find(tokens))


def drop_retold_noun_strikes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a US strike told only by a definite noun when another sentence of the article tells a US strike.

    A noun row that gives the only day (``لقي ثمانية حتفهم جراء الغارات الأميركية على سورية فجر اليوم
    الجمعة``, the other row undated) is kept: it dates the strike.

    Args:
        rows: An article's event rows, merged into incidents.

    Returns:
        The rows without the strikes a definite noun only points back to.
    """
    told = [r for r in rows if r["type"] == "us_strike" and not _told_by_definite_noun(str(r.get("sentence") or ""))]
    if not told:
        return rows
    dated = any(t.get("date") for t in told)
    return [r for r in rows if r["type"] != "us_strike" or any(r is t for t in told) or (r.get("date") and not dated)]
