"""What a force does at a base, and a predicate set off after it, for :mod:`rasd.bases`.

A force named as the subject of an activity at a base is there: ``ونفذت القوات الأمريكية تدريبات
داخل قاعدة الشدادي``, ``وهبطت طائرة شحن أمريكية في قاعدة قسرك``, ``ووسعت القوات الأمريكية مدرج
قاعدة خراب الجير``, ``وتستخدم القوات الجوية الأمريكية قاعدة علي السالم``. The activity word
(data/presence_activity.yaml ``activity_words``) stands right before the base, or with only
``activity_links`` between, and the force is named before the base, from a few tokens before the
activity word on. An activity named right after the base, whose doer the force is, counts too
(``وشهدت قاعدة خراب الجير هبوط طائرة شحن تقل جنودا أميركيين``). An armed group or an actor off
the US side named between the force and the base is the one that acts.

A base that receives a force's aircraft, convoy or troops, as the subject of a receiving verb right before
it, hosts that force: ``واستقبلت قاعدة خراب الجير طائرتي شحن تابعتين للقوات الأمريكية``
(``arrival_host_verbs``; the cargo word of data/presence_context.yaml, then the force after it).

A force a base is received from was there: ``وتسلمت الحكومة العراقية قاعدة فيكتوري من القوات
الأمريكية`` (``receipt_words`` right before the base, ``من`` and the force right after it).
"""

from __future__ import annotations

from functools import lru_cache

from rasd.base_casualties import casualty_force
from rasd.base_exposed_forces import exposed_force
from rasd.base_predicates import apposition_force
from rasd.base_prior_attacks import prior_attack_force
from rasd.base_pronoun_owners import pronoun_owner_force
from rasd.base_result_casualties import result_casualty_force
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch, word_set
from rasd.text import Token, clitic_variants

__all__ = ["activity_force", "arrival_force", "received_from_force", "set_off_force"]

_DATA = "presence_activity.yaml"
_LINK_REACH = 7  # activity_links words between an activity word and the base
_LOAD_REACH = 7  # tokens between a load word ("تحمل على متنها") and the base
_SUBJECT_REACH = 6  # tokens before the activity word where the force that acts is named
_AFTER_REACH = 2  # tokens between a base and an activity word named after it
_AFTER_FORCE_REACH = 7  # tokens after that activity word where its doer's force is named
_RECEIPT_REACH = 4  # tokens between a receipt word and the base (its subject between)
_ARRIVAL_REACH = 10  # tokens after a base that receives something where the cargo and its force are named
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> frozenset[str]:
    return frozenset(stem for _, stem in clitic_variants(word))


def _is_activity(word: str) -> bool:
    return bool(_stems(word) & word_set(_DATA, "activity_words"))


def _passed_over(doc: Doc, sent: DocSentence, tokens: list[Token], k_first: int) -> set[int]:
    """Tokens before the base that say when, and what an aircraft carries (``load_words`` and the rest up to the base).

    ``وهبطت مساء السبت طائرة شحن أمريكية تحمل على متنها معدات عسكرية في قاعدة خراب الجير``.
    """
    lo = max(0, k_first - _LINK_REACH - _SUBJECT_REACH)
    when = {
        k for k in range(lo, k_first)
        if any(d.nstart <= tokens[k].start and tokens[k].end <= d.nend for d in doc.within(doc.dates, sent))
    }
    load = next((k for k in range(max(lo, k_first - 1 - _LOAD_REACH), k_first) if _stems(tokens[k].text) & word_set(_DATA, "load_words")), None)
    return when | (set(range(load, k_first - 1)) if load is not None else set())


def _activity_before(tokens: list[Token], k_first: int, passed: frozenset[int] = frozenset()) -> int | None:
    """Index of the activity word the base at ``k_first`` is the place of, or None.

    Links and the force itself, its subject after a verb (``وتستخدم القوات الجوية الأمريكية
    قاعدة``), may stand between, and the ``passed`` tokens (when, and the load an aircraft carries).
    """
    lo = max(0, k_first - _LINK_REACH - _SUBJECT_REACH)
    in_force = {k for f in _named(tokens, lo, k_first) for k in range(f.first_token, f.last_token + 1)} | passed
    links = word_set(_DATA, "activity_links")
    k, linked = k_first - 1, 0
    while k >= 0 and linked <= _LINK_REACH:
        if _is_activity(tokens[k].text):
            return k
        if k not in in_force:
            if not _stems(tokens[k].text) & links:
                return None
            linked += 1
        k -= 1
    return None


def _named(tokens: list[Token], lo: int, hi: int) -> list[PhraseMatch]:
    window = tokens[lo:hi]
    found = [*force_matcher().find(window), *adjective_matcher().find(window)]
    return [PhraseMatch(f.start, f.end, lo + f.first_token, lo + f.last_token, f.phrase, f.value, f.prefix) for f in found]


def _acting_force(doc: Doc, sent: DocSentence, tokens: list[Token], last: PhraseMatch, k_first: int) -> str | None:
    """The force ``last`` unless an armed group or an actor off the US side stands between it and the base."""
    between = tokens[last.last_token + 1 : k_first]
    if any(_stems(t.text) & presence_words("other_groups") or t.text in _COMPLEMENTISERS for t in between):
        return None  # "نقلت الفصائل"; "وقالت طهران إن طائرة أقلعت من قاعدة": the speaker does not act
    off = sent.tok_lo
    if any(
        last.last_token < a.first_token - off < k_first and a.value.get("side") != "us_coalition"
        for a in doc.within(doc.actors, sent)
    ):
        return None
    return str(last.value)


def activity_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> str | None:
    """The force a sentence says acts at a base, or None.

    Args:
        doc: The article.
        sent: The sentence that names the base.
        tokens: Tokens of the sentence.
        m: The base's place match (document token indices).

    Returns:
        The force named last before the base, from ``_SUBJECT_REACH`` tokens before an activity
        word right before the base on; or the first force named shortly after an activity word
        right after the base, with no comma between.
    """
    k_first, k_last = m.first_token - sent.tok_lo, m.last_token - sent.tok_lo
    act = _activity_before(tokens, k_first, frozenset(_passed_over(doc, sent, tokens, k_first)))
    if act is not None:
        named = _named(tokens, max(0, act - _SUBJECT_REACH), k_first)
        if named:
            return _acting_force(doc, sent, tokens, max(named, key=lambda f: f.last_token), k_first)
    for a in range(k_last + 1, min(k_last + 1 + _AFTER_REACH, len(tokens))):
        if _is_activity(tokens[a].text) and tokens[a].joined:
            end = next((k for k in range(a + 1, min(a + 1 + _AFTER_FORCE_REACH, len(tokens))) if not tokens[k].joined), None)
            named = _named(tokens, a + 1, end or min(a + 1 + _AFTER_FORCE_REACH, len(tokens)))
            return str(min(named, key=lambda f: f.first_token).value) if named else None
    return None


def received_from_force(tokens: list[Token], k_first: int, k_last: int) -> str | None:
    """The force a base shortly after a receipt word is received from (``تسلمت … قاعدة فيكتوري من القوات الأمريكية``)."""
    receipt = word_set(_DATA, "receipt_words")
    if not any(_stems(t.text) & receipt for t in tokens[max(0, k_first - _RECEIPT_REACH) : k_first]):
        return None  # "وتسلمت الحكومة العراقية قاعدة فيكتوري"
    j = k_last + 1
    if j + 1 >= len(tokens) or tokens[j].text != "من":
        return None
    owner = force_matcher().match_at(tokens, j + 1)
    return str(owner.value) if owner is not None else None


def arrival_force(tokens: list[Token], k_first: int, k_last: int, hi: int) -> str | None:
    """The force whose cargo a base receives, the base being the subject of a receiving verb right before it, or None."""
    k = k_first - 1
    if k > 0 and tokens[k].text in presence_words("base_nouns"):
        k -= 1
    if k < 0 or not _stems(tokens[k].text) & word_set(_DATA, "arrival_host_verbs"):
        return None
    cargo = presence_words("movement_cargo") | presence_words("carried_cargo")
    end = min(hi, k_last + 1 + _ARRIVAL_REACH, len(tokens))
    start = next((j for j in range(k_last + 1, end) if _stems(tokens[j].text) & cargo), None)
    if start is None:
        return None
    named = _named(tokens, start + 1, end)
    return str(min(named, key=lambda f: f.first_token).value) if named else None


def _dated_before(doc: Doc, sent: DocSentence, tokens: list[Token], k_first: int) -> frozenset[int]:
    """Indexes of the tokens just before the base that belong to a date expression (``استهدف الأربعاء قاعدة``)."""
    dates = doc.within(doc.dates, sent)
    return frozenset(
        k for k in range(max(0, k_first - _LINK_REACH), k_first)
        if any(d.nstart <= tokens[k].start and tokens[k].end <= d.nend for d in dates)
    )


def set_off_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch, next_base: int | None) -> str | None:
    """The force a tie set off around the base names, or None.

    The ties of this module (an apposition, an activity at the base, a receipt from it), soldiers an
    attack on it killed or wounded (:mod:`rasd.base_casualties`), an attack on a force's site told
    just before or after an attack on it (:mod:`rasd.base_prior_attacks`), and a force that came under
    attack «في» it (:mod:`rasd.base_exposed_forces`), and a base noun whose pronoun points to the force
    (:mod:`rasd.base_pronoun_owners`).
    """
    hi = next_base if next_base is not None else len(tokens)
    k_first, k_last = m.first_token - sent.tok_lo, m.last_token - sent.tok_lo
    return (
        apposition_force(tokens, k_last, hi)
        or activity_force(doc, sent, tokens, m)
        or received_from_force(tokens, k_first, k_last)
        or arrival_force(tokens, k_first, k_last, hi)
        or casualty_force(tokens, k_first, k_last, _dated_before(doc, sent, tokens, k_first))
        or result_casualty_force(tokens, k_first, k_last, hi)  # "استهدفت مسيرة قاعدة التنف، ما أسفر عن إصابة جنود أمريكيين"
        or prior_attack_force(tokens, k_first)
        or exposed_force(tokens, k_first)  # "تعرضت القوات الأمريكية لهجوم صاروخي في حقل كونيكو"
        or pronoun_owner_force(tokens, k_first)  # "أعلنت القيادة المركزية أن صاروخين استهدفا قاعدة لها في حقل كونيكو"
    )
