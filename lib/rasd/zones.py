"""Between a speaker and what it said: channel, outlet, date, hedges; then kind, quote and date.

After ``وقال X`` the press may write how and to whom the statement was made (``في بيان``,
``في اتصال هاتفي مع "نورث برس"``, ``لـ"العربي الجديد"``), when (``اليوم الأربعاء``), an anonymity hedge (``، طلب عدم الكشف عن اسمه،``) or the members of an anonymous group
(``، بينها مسؤول في …،``) before the content opens (``أن``, ``إن``, a colon, a quotation).
:func:`scan_zone` reads that stretch; :func:`content_checks` says whether what follows
makes the act a statement (:mod:`rasd.contents` then decides kind, quotation and date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasd.channel_tails import (
    addressee_relative_end,
    company_end,
    relay_end,
    spoke_aside,
    unverified_end,
)
from rasd.names import read_name
from rasd.object_reach import need_object_end
from rasd.outlets import loose_outlet, outlet_at
from rasd.phrases import parse_speaker
from rasd.postposed import is_postposed
from rasd.pronoun_names import pronoun_name
from rasd.relays import relay_source_at
from rasd.speakers import Cx, Speaker, is_adjective, is_channel_noun, lex
from rasd.triggers import find_triggers

if TYPE_CHECKING:
    from rasd.clauses import Act
    from rasd.triggers import Trigger

__all__ = ["Zone", "scan_zone", "content_checks"]


@dataclass
class Zone:
    """What stands between a speaker (or a verb without one) and the content.

    Attributes:
        start: First token after the speaker.
        stop: First token of the content (``hi`` of the sentence when there is none).
        colon: The content follows a colon.
        opener: The content opens with أن/إن/بالقول/قائلا (the token at ``stop``).
        outlet: Outlet the statement was made to.
        member_role: Role of a member named in a ``بينها …`` clause.
        name: Name given to an unnamed speaker in a ``، ويدعى فلان،`` aside.
        relay_at: Token of an attribution (``نقلا عن``) met before the content.
        source: The real source of ``نقل … عن X``.
        asides: Tokens of attributions set off by commas before the content (``، بحسب رويترز،``).
    """

    start: int
    stop: int
    colon: bool = False
    opener: bool = False
    outlet: str = ""
    member_role: str = ""
    member_aff: str = ""
    name: tuple[int, int] | None = None
    relay_at: int | None = None
    source: list[Speaker] | None = None
    asides: list[int] = field(default_factory=list)


def _next_punct(cx: Cx, j: int) -> int:
    k = j + 1
    while k < cx.hi and not cx.punct_before(k):
        k += 1
    return k


# "was issued": the statement noun of a channel phrase is issued at a time (في بيان صدر اليوم).
# Longest time phrase (in tokens) read between a speaker and a colon before a quotation.
_LONG_TIME_PHRASE = 16

_ISSUED = frozenset({"صدر", "صدرت", "صادر", "صادره", "الصادر", "الصادره"})


def _platform(word: str) -> bool:
    """A platform noun (``منصة``, ``موقع``), bare or with a glued ``ب``/``ل`` (``بموقع``, ``لبرنامج``)."""
    words = lex().words["platform_words"]
    return word in words or (word[:1] in "بل" and word[1:] in words)


# Longest unquoted platform name, in words ("تروث سوشيال").
_PLATFORM_NAME = 2


def _platform_name_end(cx: Cx, k: int) -> int | None:
    """An unquoted platform name of one or two words at ``k`` that runs to punctuation or an opener."""
    lx = lex()
    for n in range(1, _PLATFORM_NAME + 1):
        end = k + n
        if end - 1 >= cx.hi or (n > 1 and cx.punct_before(end - 1)) or lx.has("openers", cx.word(end - 1)):
            return None
        if end >= cx.hi or cx.punct_before(end) or lx.has("openers", cx.word(end)):
            return end
    return None


def _skip_channel(cx: Cx, j: int, z: Zone) -> int | None:
    """``في بيان مقتضب``, ``في تصريح لـ"X"``, ``في منشور على منصة "إكس"``: its end."""
    lx = lex()
    prep = lx.phrase_at("channel_preps", cx.tokens, j, cx.hi)
    if prep is None or not is_channel_noun(cx.word(prep.last_token + 1)):
        return None
    k = prep.last_token + 2
    while k < cx.hi and not cx.punct_before(k):
        w = cx.word(k)
        q = cx.quote_run(k)
        out = outlet_at(cx, k, z)
        if out is not None:
            k = out
        elif (
            w in ("له", "لها", "لهم", "لهما")
            or (
                q is None
                and w not in lx.words["prepositions"]
                and w not in lx.maps["relatives"]
                and (is_adjective(w) or w.endswith("ي"))
            )
            or (is_channel_noun(w))
        ):
            k += 1
        elif w in ("علي", "عبر") and (
            cx.word(k + 1) in lex().words["platform_words"] or is_channel_noun(cx.word(k + 1))
        ):
            k += 2
        elif w in ("في", "علي", "عبر") and (m := lx.phrase_at("platform_names", cx.tokens, k + 1, cx.hi)):
            k = m.last_token + 1  # "في تغريدة له في تويتر", "في منشور على تلغرام": the platform, bare
        elif w[:1] in "بل" and w[1:] in lex().words["platform_words"]:
            k += 1  # "في تغريدة بموقع تويتر", "في حديثه لبرنامج "X"": the platform after a glued ب/ل
        elif q is not None and _platform(cx.word(k - 1)):
            k = q + 1
        elif _platform(cx.word(k - 1)) and (end := _platform_name_end(cx, k)) is not None:
            k = end  # "على منصة إكس:", "على منصة تروث سوشيال إن": the platform's name, unquoted
        elif _platform(cx.word(k - 1)) and lx.phrase_at("platform_kinds", cx.tokens, k, cx.hi) is not None:
            k = lx.phrase_at("platform_kinds", cx.tokens, k, cx.hi).last_token + 1  # type: ignore[union-attr]
            k = (cx.quote_run(k) + 1) if k < cx.hi and cx.quote_run(k) is not None else k
        elif w in lx.words["relay_verbs"] or (w[:1] == "و" and w[1:] in lx.words["relay_verbs"]):
            k = relay_end(cx, k)  # "في بيان صادر عنها ونقلته وكالة …": the relay, no act
        elif (tail := company_end(cx, k) or unverified_end(cx, k) or addressee_relative_end(cx, k)) is not None:
            k = tail
        elif w in lx.words["issuing_verbs"] or w in _ISSUED:
            k += 1  # "في بيان أصدرته مساء الأربعاء", "في بيان صدر اليوم السبت"
            k += 1 if k < cx.hi and cx.word(k) in lx.words["source_pronouns"] else 0
        elif k in cx.date_at:
            k = cx.date_at[k] + 1
        elif lx.phrase_at("adverbials", cx.tokens, k, cx.hi) is not None:
            k = lx.phrase_at("adverbials", cx.tokens, k, cx.hi).last_token + 1  # type: ignore[union-attr]
        elif w in ("في", "ب") and (
            k + 1 in cx.place_at or lx.has("location_words", cx.word(k + 1))
        ):
            m = cx.place_at.get(k + 1)
            k = (m.last_token + 1) if m is not None else k + 2
        else:
            break
    return k


def _segment_kind(cx: Cx, j: int, t: Trigger) -> str:
    """What a comma-delimited stretch starting at ``j`` is, when it is not the content."""
    lx = lex()
    end = _next_punct(cx, j)
    words = [cx.word(k) for k in range(j, end)]
    w = words[0]
    if w in lx.words["member_markers"]:
        return "member"
    if lx.has("naming_asides", w) or pronoun_name(cx, j) is not None:
        return "naming"
    if any(lx.has("hedge_markers", x) for x in words) and (
        lx.has("hedge_starters", w) or w in lx.maps["relatives"] or j in cx.trigger_at
    ):
        return "hedge"
    if (
        w.startswith("تحدث")
        and len(words) > 1
        and (words[1][:1] == "ل" or words[1] in ("مع", "شرط"))
    ):
        return "hedge"
    if w in lx.words["relay_verbs"] or spoke_aside(words):
        return "hedge"
    if j in cx.trigger_at and _is_aside_attribution(cx, j, end):
        return "aside"
    if w in ("في", "ب") and (j + 1 in cx.place_at or lx.has("location_words", cx.word(j + 1))):
        m = cx.place_at.get(j + 1)
        if m is not None and m.last_token + 1 >= end or lx.has("location_words", cx.word(j + 1)):
            return "place"
    heads = lx.words["adjectival_heads"] | lx.words["aside_pronouns"]  # "، شبه المستقل،", "، وهي فصيل …،"
    if (w.startswith(("الم", "التابع")) or w in heads) and not any(
        lx.has("openers", x) or k in cx.trigger_at
        for k, x in zip(range(j, end), words, strict=True)
    ):
        return "adjectival"
    return ""


def scan_zone(cx: Cx, j: int, t: Trigger) -> Zone:
    """Read from token ``j`` (just after the speaker or the verb) to the start of the content."""
    lx = lex()
    z = Zone(j, j)
    while j < cx.hi:
        if t.lemma == "نقل" and z.source is None:
            j = relay_source_at(cx, j) or j  # "ونقلت الوكالة هذا الموقف عن …"
        if ":" in cx.gap(j) and "quot" != cx.word(j - 1):
            z.colon = True
            break
        w = cx.word(j)
        if lx.has("openers", w) and j not in cx.quoted:
            z.opener = True
            break
        if j in cx.quoted:
            break
        if j in cx.date_at or (w in ("في", "منذ", "يوم") and j + 1 in cx.date_at):
            j = cx.date_at[j if j in cx.date_at else j + 1] + 1
            continue
        adv = lx.phrase_at("adverbials", cx.tokens, j, cx.hi) or lx.phrase_at(
            "turn_markers", cx.tokens, j, cx.hi
        )
        if adv is not None:
            j = adv.last_token + 1
            continue
        topical = j == z.start and w in lx.raw.get("topic_preps", {}).get(t.lemma, [])  # "علّق على بيان X"
        nxt = (
            (None if topical else _skip_channel(cx, j, z))
            or outlet_at(cx, j, z)
            or (loose_outlet(cx, j, z) if j == z.start else None)
        )
        if nxt is not None:
            j = nxt
            continue
        timed = _time_phrase_end(cx, j)
        if timed is not None:
            j = timed
            continue
        if j == z.start and (w in lex().words["issuing_verbs"] or w in _ISSUED):
            j += 1  # "وذكر بيان لـ"X" نشر مساء الخميس، أن": the statement's issue, then its date
            continue
        topic = _topic_end(cx, j) if j == z.start else None
        if topic is not None:
            j = topic
            continue
        if z.source is None and w == ("عن" if t.lemma == "نقل" else lex().maps["ascribing_verbs"].get(t.lemma)):
            ph = parse_speaker(cx, j + 1)
            if ph is not None:
                z.source = ph.speakers
                j = ph.hi
                continue
        if j in cx.trigger_at and j != t.first and _is_attribution_at(cx, j):
            z.relay_at = j
            break
        if j == z.start and not cx.punct_before(j) and _segment_kind(cx, j, t) == "hedge":
            j = _hedge_end(cx, j)  # "وأضاف المسؤول الذي تحدث مشترطا عدم كشف هويته، أنه"
            continue
        if cx.punct_before(j) or j in cx.trigger_at:
            kind = _segment_kind(cx, j, t)
            if kind:
                if kind == "member":
                    _member(cx, j, z)
                elif kind == "aside":
                    z.asides.append(j)
                elif kind == "naming":
                    end = read_name(cx, j + 1)
                    z.name = pronoun_name(cx, j) or ((j + 1, end) if end is not None else None)
                if kind == "place":
                    j = _place_end(cx, j)
                elif kind == "hedge":
                    j = _hedge_end(cx, j)
                else:
                    j = _next_punct(cx, j)
                continue
        break
    z.stop = j
    return z


def _time_phrase_end(cx: Cx, j: int) -> int | None:
    """``قبيل الإعلان`` / ``عقب الاجتماع الطارئ`` right before an opener (or set off by commas).

    Before a colon and a quotation the phrase may be long (``وكتب X بعد وقت قصير من إعلان
    البنتاغون إطلاق العملية: "…"``): the token after the colon.
    """
    lx = lex()
    if not lx.has("time_preps", cx.word(j)):
        return None
    aside = cx.punct_before(j)  # "، قبيل زيارته، أنه": an aside set off by commas
    for k in (j + 2, j + 3):
        if k < cx.hi and lx.has("openers", cx.word(k)) and not any(
            (cx.punct_before(x) and not (aside and x == k)) or x in cx.quoted for x in range(j + 1, k + 1)
        ):
            return k
    for k in range(j + 2, min(cx.hi, j + _LONG_TIME_PHRASE)):
        if cx.punct_before(k):
            return k if ":" in cx.gap(k) and cx.quote_run(k) is not None else None
        if k in cx.quoted:
            break
    return None


def _hedge_end(cx: Cx, j: int) -> int:
    """The end of an anonymity hedge: the next comma, or the opener when none comes first.

    ``، طالبا عدم كشف هويته إلى أن …``: the content starts at إلى, not after the next comma.
    """
    end = _next_punct(cx, j)
    lx = lex()
    for k in range(j + 2, end):
        if lx.has("openers", cx.word(k)) and k not in cx.quoted:
            return k - 1 if lx.has("content_preps", cx.word(k - 1)) else k
    return end


def _topic_end(cx: Cx, j: int) -> int | None:
    """The opener's token after a short topic or companion phrase.

    ``علّق X على القرار بالقول إن`` (or ``قائلا إن``), ``قال X ومعه اثنان من الضباط إن``;
    ``وختمت الوزارة بيانها بالقول إن``: the speaker's own statement noun before ``بالقول``.
    """
    if is_channel_noun(cx.word(j)) and cx.word(j + 1) == "بالقول" and j + 1 not in cx.quoted:
        return j + 1
    companion = lex().has("companion_markers", cx.word(j))
    if (cx.word(j) != "علي" and not companion) or j in cx.trigger_at:
        return None
    for k in range(j + 2, min(cx.hi, j + (9 if companion else 6))):
        if lex().has("quotative", cx.word(k)) and k not in cx.quoted:
            return k  # "علّق X على مقتل الجنود قائلا إن": the participle opens the content
        if k in cx.trigger_at or k in cx.quoted:
            return None
        if lex().has("openers", cx.word(k)):
            return k
        if cx.punct_before(k):
            return None
    return None


def _place_end(cx: Cx, j: int) -> int:
    m = cx.place_at.get(j + 1)
    return (m.last_token + 1) if m is not None else _next_punct(cx, j)


def _member(cx: Cx, j: int, z: Zone) -> None:
    ph = parse_speaker(cx, j + 1)
    if ph is not None:
        sp = ph.speakers[0]
        z.member_role = sp.role or sp.text
        z.member_aff = sp.affiliation if sp.role else ""


def _is_aside_attribution(cx: Cx, j: int, end: int) -> bool:
    """An attribution set off by commas before the content: ``وأضاف أوستن، بحسب رويترز، أن``."""
    return (
        end < cx.hi
        and lex().has("openers", cx.word(end))
        and any(t.first == j and t.hint == "attribution" for t in find_triggers(cx))
    )


def _is_attribution_at(cx: Cx, j: int) -> bool:
    return any(
        t.first == j and t.hint == "attribution" and t.lemma in ("نقلا عن", "علي لسان")
        for t in find_triggers(cx)
    )


def content_checks(cx: Cx, act: Act) -> bool:
    """Whether the content after an act's zone makes it a statement."""
    lx = lex()
    t, z = act.trig, act.zone
    if t.hint == "attribution":
        return True
    quoted_next = z.stop < cx.hi and z.stop in cx.quoted
    participle = z.stop in cx.trigger_at and not cx.punct_before(z.stop)
    masdar = z.stop < cx.hi and lx.has("content_nouns", cx.word(z.stop))  # "ذكرت، في بيان، مقتل …"
    masdar = masdar and t.lemma not in lx.words["continuing_verbs"]  # "واصلت الفصائل استهداف …"
    topic = cx.word(z.stop) in lx.raw.get("topic_preps", {}).get(t.lemma, [])  # "علّق X على الهجوم"
    topic = topic or cx.word(z.stop).startswith(tuple(lx.raw.get("topic_prefixes", {}).get(t.lemma, [])) or "\0")
    if (
        t.lemma in lx.words["need_opener"]
        and not (z.colon or z.opener or quoted_next or participle or masdar or topic)
        and (z.relay_at is None)
        and not is_postposed(cx, t, z.stop)
    ):
        return False
    need = lx.raw.get("need_object", {}).get(t.lemma)
    if need and not any(
        cx.word(k) in need or cx.word(k)[1:] in need for k in range(z.stop, need_object_end(cx, t, z.stop))
    ):
        return False
    if t.lemma == "اعلن" and lx.phrase_at("act_objects", cx.tokens, z.stop, cx.hi) is not None:
        return False
    if cx.word(z.stop) in lx.raw.get("approval_objects", {}).get(t.lemma, []):
        return False
    if t.lemma in lx.words["bi_content"] and not cx.word(z.stop).startswith("ب"):
        return False
    relayed = z.source is not None and cx.word(z.start) != "عن"  # "نقلت الوكالة هذا الموقف عن X"
    return z.stop < cx.hi or z.relay_at is not None or relayed or is_postposed(cx, t, z.stop)
