"""Agreements, truces, withdrawal timetables, handovers and closures of bases: ``other`` events.

A sentence with no attack, strike, claim or development row still tells a strategic
development (ACLED's ``other``) when it holds one of these forms (word lists in
``data/developments.yaml``):

- a signing verb with an agreement noun after it (``وقعا اتفاقا رسميا``, ``يوقع اليوم
  … اتفاقا``), or a verb of reaching one (``توصل البلدان إلى اتفاق``, ``اتفقتا يوم الخميس
  على هدنة``);
- a verb of completing with talks after it (``أتمت في سبتمبر الماضي مفاوضات``);
- a timetable: a future or decided word of ending or shrinking near the forces or their
  mission, in a sentence that gives a month or a day (``سيتراجع حجم القوات خلال شهر
  سبتمبر``, ``الانسحاب سيتم في سبتمبر المقبل``); with no date it is the plan, not an event;
- a handover or a closure of a base (``سلم التحالف قاعدة القيارة``, ``تسلم القوات العراقية
  قاعدة القائم``, ``أغلقت ثلاث قواعد``), or a site told evacuated in the passive (``أن الموقع
  أُخلي بتاريخ 20-10-2023``);
- a joint statement of two governments dated to its day (``البيان المشترك الذي صدر في
  27 أيلول 2024``);
- a withdrawal begun, with the subject and the date between the verb of starting and the
  withdrawal noun (``باشرت القوات، مساء الخميس، 21 آب، مغادرة قاعدة عين الأسد``);
- a meeting held, an arrest tied to an attack or a deployment decided with its number
  (:mod:`rasd.held_acts`), read in the main clause only: one a concession tells (``ورغم
  إعلان بغداد اعتقال عناصر متورطين …، فإن``) is the background. An arrest told before the
  act of its culprits is a row of its own next to that act's.

The same denials undo the rows of the withdrawal and suspension nouns read as triggers
(``وتطالب الفصائل منذ سنوات بانسحاب القوات``, ``نفت السفارة الأنباء عن انسحاب كامل``),
and a development dated by a year alone is the background (``انسحبت القوات عام 2011``).

The event takes the date the text gives nearest the word, with its precision; one
with neither a date nor a place (``كما أغلقت ثلاث قواعد صغيرة هناك``) is left out. A form
denied, demanded or reported as talk (``نفت … الأنباء عن``, ``تطالب … بانسحاب``), or in a
hypothetical sentence, gives no row.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.act_kinds import with_act
from rasd.begun_drawdowns import begun_drawdown
from rasd.cause_clauses import cause_start
from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.event_rows import event_row
from rasd.gazetteer import attack_noun_matcher
from rasd.held_acts import agrees_on_view, held_act_kind
from rasd.lexicon import PhraseMatch, word_set
from rasd.modality import sentence_is_hypothetical
from rasd.site_blasts import closes_airspace, commander_killing, depot_blast, retype_depot_blasts
from rasd.text import Token, clitic_variants

__all__ = ["development_rows"]

_AGREEMENT_REACH = 16  # tokens between a signing verb and its agreement ("يوقع اليوم … كل من X و Y اتفاقا")
_REACH_PREP_REACH = 5  # tokens between "توصل"/"اتفقتا" and "الي"/"علي" (a date may stand between)
_TALKS_REACH = 6  # tokens between "اتمت" and the talks ("اتمت في سبتمبر الماضي مفاوضات")
_FORCE_REACH = 6  # tokens between a drawdown word and the forces or mission it is about
_BASE_REACH = 6  # tokens between a handover or closure word and its base ("سلم التحالف اليوم الخميس قاعده")
_HANDOVER_REACH = 16  # tokens between a handover verb and its base when "الي" + the recipient follows the base
_RECIPIENT_REACH = 8  # tokens between that base and "الي" ("القاعده العسكريه في القياره الواقعه جنوب الموصل الي")
_BASE_BEFORE_REACH = 8  # tokens between a base and "تسليمها" after it
_PASSIVE_SITE_REACH = 2  # tokens between a site and the passive "أُخلي" after it ("الموقع أُخلي")
_START_REACH = 16  # tokens between "باشرت" and the withdrawal noun (subject, adverb and a date between)
_WITHDRAWAL_REACH = 3  # tokens between a withdrawal noun and "سيتم" after it ("انسحاب هذه القوات سيجري")
_NEGATION_REACH = 3  # tokens between a negation and the form ("لم يجر اخلاء")
_DENIAL_REACH = 8
_CONCESSION_OPENING = 3  # tokens at the start of a sentence where "على الرغم من" opens a concession
_SUSPENDED_REACH = 2  # tokens between "تعليق" and the operations it suspends  # tokens before a form where a denial or demand may stand
_WHEN_FIELDS = ("date", "date_expr", "time_precision")
_PLACE_FIELDS = ("place", "lat", "lon")
_KEPT_TYPES = frozenset({"attack", "us_strike", "interception", "claim", "other"})
_PREPS = frozenset({"الي", "علي"})
_JOINT = frozenset({"مشترك", "المشترك"})
_BEGUN_NOUNS = frozenset({"الانسحاب", "انسحاب", "مغادره", "اخلاء"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set("developments.yaml", key)


def _is(word: str, key: str) -> bool:
    return any(stem in _words(key) for _, stem in clitic_variants(word))


def _any(tokens: list[Token], lo: int, hi: int, key: str) -> int | None:
    """Index of the first token in ``[lo, hi)`` whose word is in the list ``key``."""
    return next((k for k in range(max(0, lo), min(len(tokens), hi)) if _is(tokens[k].text, key)), None)


def _no_act_between(tokens: list[Token], lo: int, hi: int) -> bool:
    """No attack noun stands between two tokens (``وقع الهجوم بعد اتفاق``: the attack occurred)."""
    return all(attack_noun_matcher().match_at(tokens, k) is None for k in range(lo, hi))


def _agreement(tokens: list[Token], k: int) -> bool:
    word = tokens[k].text
    if _is(word, "sign_verbs"):
        j = _any(tokens, k + 1, k + 1 + _AGREEMENT_REACH, "agreement_nouns")
        return j is not None and _no_act_between(tokens, k + 1, j)
    if _is(word, "reach_verbs"):
        p = next((j for j in range(k + 1, min(len(tokens), k + 1 + _REACH_PREP_REACH)) if tokens[j].text in _PREPS), None)
        return p is not None and p + 1 < len(tokens) and _is(tokens[p + 1].text, "agreement_nouns")
    if _is(word, "conclude_verbs"):
        return _any(tokens, k + 1, k + 1 + _TALKS_REACH, "talks_nouns") is not None
    return False


def _site_change(tokens: list[Token], k: int) -> bool:
    word = tokens[k].text
    if _is(word, "passive_closures"):  # "وأضاف أن الموقع أُخلي بتاريخ 20-10-2023"
        return _any(tokens, k - _PASSIVE_SITE_REACH, k, "site_nouns") is not None
    if _is(word, "handover_words") and word.endswith(("ها", "ه")) and not word.startswith("تسلم"):
        return _any(tokens, k - _BASE_BEFORE_REACH, k, "base_nouns") is not None
    if _is(word, "handover_words") or _is(word, "closure_words"):
        if _any(tokens, k + 1, k + 1 + _BASE_REACH, "base_nouns") is not None:
            return True
    if _is(word, "handover_words"):
        # "اعاد التحالف الذي تقوده واشنطن … القاعده العسكريه في القياره الي السلطات العراقيه"
        j = _any(tokens, k + 1, k + 1 + _HANDOVER_REACH, "base_nouns")
        return j is not None and any(t.text == "الي" for t in tokens[j + 1 : j + 1 + _RECIPIENT_REACH])
    return False


def _timetable(tokens: list[Token], k: int) -> bool:
    """A future or decided word of ending or shrinking the forces (``سيتراجع حجم القوات``, ``الانسحاب سيتم``)."""
    word = tokens[k].text
    if _is(word, "completion_words"):
        return _any(tokens, k - _WITHDRAWAL_REACH, k, "withdrawal_nouns") is not None
    return _is(word, "drawdown_words") and _any(tokens, k - _FORCE_REACH, k + 1 + _FORCE_REACH, "force_nouns") is not None


def _joint_statement(tokens: list[Token], k: int) -> bool:
    """A joint statement of two governments (``البيان المشترك``, ``في بيان مشترك``)."""
    return _is(tokens[k].text, "joint_nouns") and k + 1 < len(tokens) and tokens[k + 1].text in _JOINT


def _month_after(doc: Doc, sent: DocSentence, tokens: list[Token], k: int) -> int | None:
    """Index of the token after the first month the sentence names after token ``k`` (a timetable's date)."""
    months = [d for d in doc.within(doc.dates, sent) if d.precision == "month" and d.nstart >= tokens[k].start]
    if not months:
        return None
    end = min(months, key=lambda d: d.nstart).nend
    return next((j for j, t in enumerate(tokens) if t.start >= end), len(tokens))


def _begun(tokens: list[Token], k: int) -> bool:
    return any(v == tokens[k].text for _, v in clitic_variants(tokens[k].text) if v in _BEGUN_NOUNS) and (
        _any(tokens, k - _START_REACH, k, "far_start_verbs") is not None
    )


def _denied(tokens: list[Token], k: int) -> bool:
    """A negation, denial, demand or topic word stands before the form (``نفت … الانباء عن انسحاب``)."""
    if k > 0 and tokens[k - 1].text == "عن":
        return True
    if any(_is(t.text, "negations") for t in tokens[max(0, k - _NEGATION_REACH) : k]):
        return True
    return any(_is(t.text, "denial_words") and t.text != "عن" for t in tokens[max(0, k - _DENIAL_REACH) : k])


def _view_only(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> bool:
    """An ``other`` row of a verb of agreeing on a view (``اتفقا على استمرار تهديد داعش``): shared words."""
    if row["type"] != "other":
        return False
    k = next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] == row.get("start")), None)
    return k is not None and agrees_on_view(tokens, k)


def _year_only(row: dict[str, Any]) -> bool:
    """An ``other`` row dated by a year alone: the background (``انسحبت القوات عام 2011 ثم عادت عام 2014``)."""
    return row["type"] == "other" and len(str(row.get("date") or "")) == len("2011")


def _told_denied(doc: Doc, tokens: list[Token], row: dict[str, Any]) -> bool:
    """An ``other`` row of a withdrawal or suspension noun denied, demanded or promised (``تطالب … بانسحاب``)."""
    if row["type"] != "other":
        return False
    k = next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] == row.get("start")), None)
    return k is not None and _is(tokens[k].text, "told_nouns") and _denied(tokens, k)


def _main_clause(tokens: list[Token]) -> int:
    """Index of ``فإن`` after a conceding opening (``ورغم إعلان بغداد اعتقال …، فإن``), else 0."""
    if not any(is_word(t.text, "concessive_cues") for t in tokens[:_CONCESSION_OPENING]):
        return 0
    return next((k for k, t in enumerate(tokens) if t.text == "فان"), 0)


def _conceded(doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
    """The development a sentence opens by conceding (``على الرغم من إعلان الكتائب تعليق عملياتها، فإن …``).

    The acts of such a sentence are read after ``فإن``; a withdrawal or suspension noun of
    the concession, with the words it needs after it, is a development of its own when the
    concession dates it (``أواخر الشهر الماضي``); undated, it is the background.
    """
    if not any(is_word(t.text, "concessive_cues") for t in tokens[:_CONCESSION_OPENING]):
        return []
    main = next((k for k, t in enumerate(tokens) if t.text == "فان"), None)
    k = next(
        (
            k
            for k in range(main or 0)
            if _is(tokens[k].text, "told_nouns")
            and not _denied(tokens, k)
            and any(is_word(t.text, "suspended_objects") for t in tokens[k + 1 : k + 1 + _SUSPENDED_REACH])
        ),
        None,
    )
    if k is None:
        return []
    word = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    return [r for r in event_row(doc, sent, tokens, word, "other", (0, main or 0)) if r["date"]]


def _timetabled(doc: Doc, sent: DocSentence, tokens: list[Token], row: dict[str, Any]) -> list[dict[str, Any]]:
    """An ``other`` row of a withdrawal noun a timetable word follows, dated to the timetable's month.

    ``نقل الموقع صباح اليوم الأحد أن انسحاب القوات سيكون في سبتمبر المقبل``: the month of the plan,
    not the day it was told. Other rows come back unchanged.
    """
    k = next((k for k, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] == row.get("start")), None)
    if row["type"] != "other" or k is None or not _is(tokens[k].text, "withdrawal_nouns"):
        return [row]
    j = next((j for j in range(k + 1, min(len(tokens), k + 1 + _WITHDRAWAL_REACH)) if _timetable(tokens, j)), None)
    end = _month_after(doc, sent, tokens, j) if j is not None else None
    if end is None:
        return [row]
    word = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    return [r for r in event_row(doc, sent, tokens, word, "other", (k, end)) if r["date"]] or [row]


def _development(doc: Doc, sent: DocSentence, tokens: list[Token]) -> tuple[int, int, int] | None:
    """The first word that tells a development, with the token range to read it in (see the module docstring).

    A timetable reads only the words from it to the month it names, so that the day the
    words were said (``شدد بايدن أمس الاثنين على أن المهمة ستنتهي نهاية العام``) does not date it.
    """
    main = _main_clause(tokens)
    for k in range(len(tokens)):
        if _denied(tokens, k):
            continue
        if _agreement(tokens, k) or _site_change(tokens, k) or _begun(tokens, k) or (k >= main and held_act_kind(tokens, k)):
            return k, 0, len(tokens)
        if depot_blast(tokens, k) or closes_airspace(tokens, k) or commander_killing(tokens, k):  # rasd.site_blasts
            return k, 0, cause_start(tokens, k)
        if (words := begun_drawdown(tokens, k)) is not None:
            return k, *words
        if _timetable(tokens, k) and (end := _month_after(doc, sent, tokens, k)) is not None:
            return k, k, end
        if _joint_statement(tokens, k) and any(d.precision == "day" for d in doc.within(doc.dates, sent)):
            return k, 0, len(tokens)
    return None


def _closure_before(doc: Doc, sent: DocSentence, tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A closure of the airspace told before the act it followed (``حظرا على التحليق فوق العراق، بعد الهجوم``)."""
    if any(r["type"] == "other" for r in rows):
        return []
    first = min(int(r.get("start") or 0) for r in rows)
    act = next((j for j, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] >= first), len(tokens))
    k = next((k for k in range(act) if not _denied(tokens, k) and closes_airspace(tokens, k)), None)
    if k is None:
        return []
    word = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    return [r for r in event_row(doc, sent, tokens, word, "other", (0, min(act, cause_start(tokens, k)))) if r["date"] or r["place"]]


def _arrest_before(doc: Doc, sent: DocSentence, tokens: list[Token], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The arrest told before the act its culprits did (``اعتقلت قوات الأمن خمسة من المتورطين في قصف قاعدة``).

    The act keeps its own row; the arrest, a development of its own, is added when its word
    stands before every act of the sentence and no ``other`` row is there yet. An arrest that
    names no place of its own (``ألقت القبض على ستة متهمين بتنفيذ الهجوم``) takes the
    place of the act its culprits did.
    """
    if any(r["type"] == "other" for r in rows):
        return []
    first = min(int(r.get("start") or 0) for r in rows)
    main = _main_clause(tokens)
    k = next(
        (
            k
            for k, t in enumerate(tokens)
            if k >= main and doc.nt.to_original(t.start, t.end)[0] < first and not _denied(tokens, k)
            and held_act_kind(tokens, k) == "arrest"
        ),
        None,
    )
    if k is None:
        return []
    word = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    act = next((j for j, t in enumerate(tokens) if doc.nt.to_original(t.start, t.end)[0] >= first), len(tokens))
    head = event_row(doc, sent, tokens, word, "other", (0, act))[:1]  # its own day, not the act's
    when = {f: head[0].get(f) for f in _WHEN_FIELDS} if head else {"date": "", "date_expr": "", "time_precision": None}
    own = [{**r, **when} for r in event_row(doc, sent, tokens, word, "other", (0, len(tokens)))]
    if own and not any(r["date"] or r["place"] for r in own):  # "القبض على متهمين بتنفيذ الهجوم": where the act was
        return with_act([{**own[0], **{f: rows[0].get(f) for f in _PLACE_FIELDS}}], "arrest")
    return with_act([r for r in own if r["date"] or r["place"]], "arrest")


def development_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sentence's rows with its development as an ``other`` row (see the module docstring).

    Args:
        doc: The article.
        sent: One narrative sentence.
        rows: The event rows already read from the sentence.

    Returns:
        ``rows`` unchanged, or with one ``other`` row added (one per date of the word).
    """
    tokens = doc.sentence_tokens(sent)
    rows = [r for r in retype_depot_blasts(tokens, rows) if not (_told_denied(doc, tokens, r) or _year_only(r) or _view_only(doc, tokens, r))]
    rows += _conceded(doc, sent, tokens)
    rows = [t for r in rows for t in _timetabled(doc, sent, tokens, r)]
    if sentence_is_hypothetical(doc, sent):
        return rows
    if any(r["type"] in _KEPT_TYPES for r in rows):
        return rows + (_arrest_before(doc, sent, tokens, rows) or _closure_before(doc, sent, tokens, rows))
    found = _development(doc, sent, tokens)
    if found is None:
        return rows
    k, lo, hi = found
    word = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "other", "")
    own = [r for r in event_row(doc, sent, tokens, word, "other", (lo, hi)) if (r["date"] or r["place"]) and not _year_only(r)]
    if commander_killing(tokens, k):
        own = [{**r, "actor": ""} for r in own]  # the faction named is the victim
    return rows + (with_act(own, kind) if (kind := held_act_kind(tokens, k)) else own)
