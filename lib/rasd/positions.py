"""Where the subject of a reporting verb stands, and whether the verb reports at all.

Arabic news puts the speaker after the verb (``وقال المتحدث …``), before it (``الخبير …
رجّح``), in the previous clause (``وأضاف أن``), behind a relative (``الوزارة، التي قالت``),
behind a time phrase set off by commas (``وأعلن، مساء الثلاثاء، مسؤولون``) or in the
issuer of a statement noun (``بيان الكتائب الذي أعلنت فيه``). These functions read those
positions for :mod:`rasd.clauses`; none of them needs the acts of the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.as_said import is_as_said_aside
from rasd.coref import Discourse, agrees
from rasd.echo_acts import is_echo
from rasd.fronted_asides import aside_end
from rasd.fronted_fi import fronted_fi
from rasd.gazetteer import reporting_verb_matcher
from rasd.hamza_spelling import masdar_spelling
from rasd.phrases import parse_speaker, read_statement_phrase
from rasd.postposed import is_ala_ma
from rasd.prior_datives import prior_dative, prior_dative_speakers
from rasd.relative_verbs import document_antecedent, indefinite_relative
from rasd.resumed_acts import returning_verb_before, skip_resumptive
from rasd.speakers import Cx, Speaker, is_adjective, is_stop, lex, word_in
from rasd.triggers import Trigger
from rasd.zones import Zone, scan_zone

# "هذا" opening a sentence before a verb glued to و (هذا وأعلن …) is a discourse marker.
_LEAD_DEMONSTRATIVE = "هذا"

__all__ = [
    "is_blocked",
    "main_subject",
    "verb_position",
    "fronted_subject",
    "skip_channel",
    "subjectless_ok",
    "opens_content",
    "first_object",
    "skip_bare_time",
    "skip_time",
    "issuer_before",
    "named_speakers",
    "fronted_from_start",
    "verb_start",
    "implicit_subject",
    "pronoun_gender",
]


def is_blocked(cx: Cx, t: Trigger) -> bool:
    """Negated, a label (``ما وصفه بـ``), an editorial aside (``يذكر أن``) or a hedge."""
    lx = lex()
    prev = cx.word(t.first - 1) if t.first > cx.lo else ""
    if t.prefix == "" and prev and not cx.punct_before(t.first) and not is_ala_ma(cx, t):
        if lx.has("negations", prev) and not is_echo(cx, t):
            return True
        if prev in lx.words["label_relatives"] and not is_echo(cx, t):
            return True
    if t.form in lx.words["editorial"] and lx.has("openers", cx.word(t.last + 1)):
        return True
    if t.vend < cx.tokens[t.first].end and lx.has("prepositions", prev) and prev != "ان":
        return True  # "خلال إفادة صحفية": a noun with a pronoun-like ending after a preposition
    if t.vend < cx.tokens[t.first].end and masdar_spelling(cx.doc, t.vstart, t.lemma):
        return True  # "عن رفضها وإدانتها": the verbal noun written with إ, not "وأدانتها"
    if cx.word(t.last + 1) in lx.raw.get("office_objects", {}).get(t.lemma, []):
        return True  # "الذي يتحدث باسم المجلس": the office of a spokesman, not a statement
    if lx.has("naming_asides", cx.word(t.first)) and cx.punct_before(t.first) or is_as_said_aside(cx, t):
        return True
    if t.last + 1 >= cx.hi or cx.word(t.last + 1) != "عدم":
        return False
    # "مفضلا عدم الكشف عن اسمه": an anonymity hedge; "مؤكدين عدم وقوع إصابات" is a statement.
    after = [cx.word(k) for k in range(t.last + 2, min(cx.hi, t.last + 6))]
    return lx.has("hedge_starters", t.form) or any(
        lx.has("hedge_markers", w) for w in after
    )


def main_subject(cx: Cx, disc: Discourse) -> tuple[list[Speaker], int]:
    """The subject of the sentence's first verb (``ونفذت القوات الأميركية …``), resolved.

    Returns:
        The speakers and the index of the token after them (``-1`` when none was found).
    """
    first_trigger = min(cx.trigger_at, default=cx.hi)
    for k in range(cx.lo, min(cx.hi - 1, cx.lo + 12, first_trigger + 1)):
        w = cx.word(k)
        if lex().has("openers", w):
            break
        stop = is_stop(cx, k) and k not in cx.trigger_at and not lex().has("connectives", w)
        if k in cx.quoted or w.startswith("ال") or stop or k in cx.date_at:
            continue
        ph = parse_speaker(cx, k + 1, names=False)
        if ph is not None and ph.kind == "subject":
            continue
        if ph is not None and not (ph.speakers[0].anaphor and ph.speakers[0].stype == "anonymous"):
            speakers = [
                x for x in (disc.resolve(sp)[0] for sp in ph.speakers) if x.anaphor != "statement"
            ]
            if not speakers:
                continue
            disc.topic(speakers)
            return speakers, ph.hi
    return [], -1


def _fronted_outlet(cx: Cx, s: int, k: int) -> bool:
    """An attribution to an outlet right before the verb: ``وحسب "أسوشيتد برس" قال المسؤول``."""
    if s not in cx.trigger_at:
        return False
    m = reporting_verb_matcher().match_at(cx.doc.tokens, s)
    if m is None or m.value.get("kind_hint") != "attribution":
        return False
    src = cx.actor(m.last_token + 1)
    return src is not None and src.last_token == k - 1 and src.value.get("type") == "media"


def verb_position(cx: Cx, t: Trigger) -> tuple[str, int]:
    """Where a finite verb stands, and the first token of its fronted subject (if any).

    The position is ``initial``, ``pronoun:<g>``, ``relative:<g>``, ``svo:``, ``nested:``,
    ``nested`` (right after أن with no subject) or ``none``.
    """
    lx = lex()
    k = t.first - (1 if t.prefix and cx.word(t.first - 1) == t.prefix and not cx.punct_before(t.first) else 0)
    while k > cx.lo and not cx.punct_before(k) and lx.has("pre_verb", cx.word(k - 1)):
        k -= 1
    prev = cx.word(k - 1) if k > cx.lo and not cx.punct_before(k) else ""
    if (
        prev
        and prev in lx.maps["pronoun_subjects"]
        or word_in(prev, set(lx.maps["pronoun_subjects"]))
    ):
        bare = prev if prev in lx.maps["pronoun_subjects"] else prev[1:]
        lead = cx.word(k - 2) if k - 2 >= cx.lo else ""
        if bare.startswith("لكن") or lx.has("pronoun_leads", lead):
            return "pronoun:" + lx.maps["pronoun_subjects"][bare], k
    if prev in lx.maps["relatives"]:
        return "relative:" + lx.maps["relatives"][prev], k - 1
    c = k
    while c > cx.lo and not cx.punct_before(c) and not lx.has("openers", cx.word(c - 1)):
        c -= 1
    nested = c > cx.lo and not cx.punct_before(c) and lx.has("openers", cx.word(c - 1))
    if (
        nested
        and c - 1 > cx.lo
        and (
            cx.word(c - 2) in lx.words["temporal_heads"]
            or cx.word(c - 2) in lx.words["clause_leads"] and cx.word(c - 3) != "من"  # من غير أن: "without"
            or prior_dative(cx, c) is not None  # "وسبق للوزارة أن أعلنت"
        )
        and c - 3 not in cx.trigger_at  # "أشار إلى أن": إلى belongs to the verb
    ):
        nested = False
    s = c
    while s < k:
        skip = lx.phrase_at("turn_markers", cx.tokens, s, cx.hi) or lx.phrase_at(
            "adverbials", cx.tokens, s, cx.hi
        )
        if skip is not None:
            s = skip.last_token + 1
        elif lx.has("connectives", cx.word(s)) or s in cx.date_at or cx.word(s) in ("و", "ف"):
            s = cx.date_at.get(s, s) + 1
        elif cx.word(s) in ("في", "منذ") and s + 1 in cx.date_at:
            s = cx.date_at[s + 1] + 1
        elif _fronted_outlet(cx, s, k) or (s + 2 == k and is_ala_ma(cx, t)):
            s = k
        elif skip_resumptive(cx, s, k) > s:  # "وعادت الوزارة لتؤكد": the subject follows
            s += 1
        elif s == cx.lo and s + 1 == k and t.prefix == "و" and cx.word(s) == _LEAD_DEMONSTRATIVE:
            s = k  # "هذا وأعلنت الوزارة …": the press's opening "هذا و", no subject
        else:
            break
    if s >= k or (not nested and (lx.has("fronting_preps", cx.word(s)) or fronted_fi(cx, s))):
        return ("nested" if nested else "initial"), s
    q = cx.quote_run(s)
    if q is not None and not nested and not (q == k - 1 and (q - s < 3 or cx.actor(s) is not None)):
        return "none", s
    return ("nested:" if nested else "svo:"), s


def fronted_subject(
    cx: Cx, s: int, k: int, disc: Discourse, names: bool = True
) -> list[Speaker] | None:
    """A subject phrase covering tokens ``s..k-1`` exactly (with a turn marker after it)."""
    ph = parse_speaker(cx, s, names=names)
    if ph is None and cx.word(s).startswith("و") and (s == cx.lo or cx.punct_before(s)):
        ph = parse_speaker(cx, s, prefixes=("و",), names=names)  # "والمقاومة الإسلامية أعلنت"
    if ph is None:
        return None
    end = ph.hi
    end = _attachment_end(cx, end) if end < k else end
    end = _apposed_title_end(cx, ph.speakers, end, k)
    turn = lex().phrase_at("turn_markers", cx.tokens, end, cx.hi) if end < k else None
    if turn is not None:
        end = turn.last_token + 1
    return ph.speakers if end == k else None


def _apposed_title_end(cx: Cx, speakers: list[Speaker], j: int, k: int) -> int:
    """``وكان طلال سلو الناطق باسم القوات أفاد``: a person's title right after the name.

    A named person followed, with no comma, by a role phrase that reaches the verb at ``k``
    (``قد`` included) is one subject: the title is in apposition to the name.
    """
    if j >= k or cx.punct_before(j) or len(speakers) != 1 or speakers[0].stype != "person":
        return j
    if not speakers[0].family or not cx.word(j).startswith("ال"):
        return j
    ph = parse_speaker(cx, j, names=False)
    return ph.hi if ph is not None and ph.hi == k and ph.speakers[0].role else j


def _attachment_end(cx: Cx, j: int) -> int:
    """``جهاز مكافحة الإرهاب التابع لإقليم كردستان قد أكد``: the end of what a body belongs to."""
    if j + 1 >= cx.hi or cx.punct_before(j) or cx.word(j) not in ("التابع", "التابعه"):
        return j
    m = cx.place_at.get(j + 1) or cx.actor(j + 1)
    if m is None or m.prefix != "ل" or m.last_token >= cx.hi:
        return j
    return m.last_token + 1


def subjectless_ok(cx: Cx, t: Trigger) -> bool:
    """The word after a verb shows it has no subject of its own (``وأضاف أن``, ``وأشار إلى``)."""
    j = t.last + 1
    if indefinite_relative(cx, t):  # "لفصائل مسلحة، كانت قد تعهدت بـ": that noun speaks
        return False
    if j >= cx.hi or cx.punct_before(j) or t.vend < cx.tokens[t.first].end:
        return True
    w = cx.word(j)
    lx = lex()
    if cx.quote_run(j) is not None or lx.has("openers", w) or lx.has("demonstratives", w):
        return True
    if lx.has("content_nouns", w) and not t.form.startswith("ي"):
        return True  # "ونفى وجود تنسيق", "فيما أكد مقتل …": its object; "ويعتبر مقتل …" is passive
    if j in cx.trigger_at and t.lemma in lx.words["need_opener"]:
        return True
    if j in cx.date_at or lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None:
        return True
    return (
        w in lx.words["content_preps"]
        or w in lx.words["prepositions"]
        or (w[:1] in "بل" and not w.startswith("ال"))
        or w == "بالقول"
    )


def opens_content(cx: Cx, j: int, t: Trigger) -> bool:
    """Content (an opener, a colon or a quotation) follows the phrase ending before ``j``.

    ``على مواقع قالت واشنطن إنها …`` has it; ``على قرار يطالب الحكومة بوضع …`` has not: there
    the noun before the verb is its subject and the phrase after it the object. A verb
    carrying a pronoun back to that noun (``فصيل تتهمه واشنطن بـ``) needs no content.
    """
    z = scan_zone(cx, j, t)
    return z.opener or z.colon or (z.stop < cx.hi and z.stop in cx.quoted)


def first_object(cx: Cx, t: Trigger, end: int) -> bool:
    """``وحمّلت الحكومة كامل المسؤولية``: the phrase after the verb is its first object.

    Not when the bearer follows with لـ (``وحمّل الرئيس المسؤولية للفصائل``): the phrase
    is then the subject.
    """
    lx = lex()
    if t.lemma not in lx.words["double_object"]:
        return False
    objects = lx.raw.get("need_object", {}).get(t.lemma, [])
    k = end
    while k < cx.hi and not cx.punct_before(k) and cx.word(k) in lx.words["totality_words"]:
        k += 1
    if k >= cx.hi or cx.punct_before(k) or cx.word(k) not in objects:
        return False
    bearer = cx.word(k + 1) if k + 1 < cx.hi and not cx.punct_before(k + 1) else ""
    return not (bearer[:1] == "ل" and not bearer.startswith("ال") and len(bearer) > 2)


def _time_end(cx: Cx, j: int) -> int:
    """The token after a run of time words, dates and adverbials starting at ``j``."""
    lx = lex()
    k = j
    while k < cx.hi and (k == j or not cx.punct_before(k)):
        adv = lx.phrase_at("adverbials", cx.tokens, k, cx.hi)
        if k in cx.date_at:
            k = cx.date_at[k] + 1
        elif adv is not None:
            k = adv.last_token + 1
        elif cx.word(k) in lx.words["time_words"]:
            k += 1
        else:
            break
    return k


def skip_time(cx: Cx, j: int) -> int | None:
    """After ``وأعلن،``: the token after a time phrase set off by commas (``، مساء الثلاثاء،``)."""
    k = _time_end(cx, j)
    return k if j < k < cx.hi and cx.punct_before(k) else None


def skip_bare_time(cx: Cx, j: int) -> int | None:
    """After ``قال``: the token after a time phrase not set off by commas (``قال امس الاثنين وزير …``)."""
    k = _time_end(cx, j)
    return k if j < k < cx.hi and not cx.punct_before(k) else None


def _channel_word(word: str) -> bool:
    return is_adjective(word) or word in ("له", "لها", "لهم")


def skip_channel(cx: Cx, j: int) -> int | None:
    """After ``أعلنت``: the token after ``في بيان`` / ``عبر بيان لها`` standing before the subject."""
    lx = lex()
    if j + 2 >= cx.hi or cx.word(j) not in ("في", "عبر") or cx.punct_before(j + 1):
        return None
    noun = cx.word(j + 1)
    if noun.startswith("ال") or noun not in lx.words["statement_nouns"]:
        return None
    k = j + 2
    while k < cx.hi and not cx.punct_before(k) and _channel_word(cx.word(k)):
        k += 1
    return k if k < cx.hi and not cx.punct_before(k) else None


def issuer_before(cx: Cx, rel: int, disc: Discourse, gender: str) -> list[Speaker]:
    """``بيان "كتائب حزب الله" الذي أعلنت فيه``: the issuer of a statement noun before a relative."""
    k = rel - 1
    while k >= cx.lo and rel - k <= 8 and not cx.punct_before(k + 1):
        ph = read_statement_phrase(cx, k, ("", "و", "ل", "ب"))
        if ph is not None and ph.hi == rel and not ph.kind:
            found = [disc.resolve(sp)[0] for sp in ph.speakers]
            return [sp for sp in found if not sp.anaphor and agrees(gender, sp)]
        k -= 1
    return []


def named_speakers(cx: Cx, speakers: list[Speaker], zone: Zone) -> list[Speaker]:
    """``أحد السكان، ويدعى صالح الحمد،``: an unnamed speaker given a name in an aside."""
    if zone.name is None or len(speakers) != 1 or speakers[0].stype == "organization":
        return speakers
    a, b = zone.name
    sp = speakers[0]
    return [replace(sp, text=cx.text(a, b), stype="person", family=cx.word(b - 1), anaphor="")]


def fronted_from_start(cx: Cx, t: Trigger, disc: Discourse) -> list[Speaker] | None:
    """A subject set off by commas before its verb (``X، Y، قالت``, ``أن X، أكد``)."""
    k = verb_start(cx, t)
    if (prior := prior_dative_speakers(cx, k, disc, t.vstart)) is not None:
        return prior  # "وسبق للوزارة أن أعلنت"
    if k <= cx.lo or not cx.punct_before(k) or ":" in cx.gap(k):
        return None
    starts = [cx.lo] + [j + 1 for j in range(cx.lo, k) if lex().has("openers", cx.word(j))]
    for s in sorted(set(starts), reverse=True):
        while s < k and (lex().has("connectives", cx.word(s)) or cx.word(s) in ("و", "ف")):
            s += 1
        ph = parse_speaker(cx, s) if s < k else None
        aside = parse_speaker(cx, s, prefixes=("", "و")) if s < k else None
        if aside is not None and cx.punct_before(aside.hi) and aside_end(cx, aside.hi) == k:
            return aside.speakers  # "والحكومة العراقية، من جهتها، أكدت"
        if ph is not None and ph.hi == k:
            return ph.speakers
    return None


def verb_start(cx: Cx, t: Trigger) -> int:
    """The first token of the verb group (``قد`` / ``بدوره`` / ``تعود`` before ``لتؤكد`` included)."""
    k = t.first - returning_verb_before(cx, t.first, t.prefix)
    while k > cx.lo and not cx.punct_before(k) and lex().has("pre_verb", cx.word(k - 1)):
        k -= 1
    return k


def implicit_subject(cx: Cx, t: Trigger) -> bool:
    """``ضربات على مخازن قالت إنها``, ``أهداف أعلن أنها``: a say-verb right after an indefinite noun."""
    prev = cx.word(t.first - 1)
    return (
        t.lemma in lex().words["implicit_subject_verbs"]
        and not cx.punct_before(t.first)
        and not prev.startswith("ال")
        and lex().has("openers", cx.word(t.last + 1))
        and (t.lemma == "قال" or not (document_antecedent(cx, t.first - 1) or lex().has("pre_verb", prev)))
    )


def pronoun_gender(word: str) -> str:
    """Gender of the pronoun a word ends with (``عنها`` f, ``عنهم`` p, ``عنه`` m)."""
    if word.endswith(("هم", "هما")):
        return "p"
    if word.endswith("ها"):
        return "f"
    return "m" if word.endswith("ه") else ""
