"""Force deployments: troop figures, and bases named as hosting a force.

A troop figure is a number followed by a troop noun (``نحو 2500 جندي``), a
number continuing one (``و950 في سوريا``, ``800 آخرين``, ``بينهم 600``), or a
number closing a count named before it (``عدد الجنود الأتراك … بنحو ثلاثة
آلاف``). Its force comes from a nationality adjective after the noun
(``عسكري أميركي``), else from the nearest force named before the number
(``تنشر واشنطن``, ``الوجود الأميركي``), and its country from the clause (after the
figure up to a comma, else before it; the region for a force off a coast), else from
the figure before it in the sentence (``في سوريا 2000 جندي، مقارنة بـ900``), else from the
sentence before, else from the article's first country (``ارتفع العدد من 900 إلى 2000
جندي``, ``في البلاد``). Vague numbers (``مئات الجنود``) are no figure. A figure
restated later in the article (same count and country) keeps only its first row. A
definite base noun next to a presence verb (``تضم القاعدة نحو 350 عنصرا``) places the
figure at the base named last in the article.
Figures of the dead and wounded, capacities, plans and denials are not deployments, nor are
forces far from the theatre and the men of armed groups (:mod:`rasd.troop_remote`).

Base-presence rows come from :mod:`rasd.bases`; a troop figure placed at a base
(``ويتمركز في قاعدة البرج 22 نحو 350 عسكريا``) also names the base as hosting
its force, so the base gets its row too.
"""

from __future__ import annotations

from typing import Any

from rasd.attacks import figure_qualifier, follows_noun
from rasd.base_anaphors import anaphor_presence_rows
from rasd.base_carry import anaphor_host_rows, announced_bases, announced_rows, still_announced
from rasd.base_convoys import ConvoyThread
from rasd.base_dual_partners import with_dual_partners
from rasd.base_headline import headline_base, may_be_pointed
from rasd.base_headline_rows import headline_presence_rows
from rasd.base_resumed import resumed_base_rows
from rasd.base_same import same_base_rows
from rasd.base_sites import dual_anaphor_rows, keeps_coalition_row, without_host_airport
from rasd.base_threads import WithdrawalThread
from rasd.bases import base_rows
from rasd.doc import Doc, DocSentence
from rasd.forces import (
    adjective_matcher,
    background_cut,
    find_force,
    force_matcher,
    has_presence_word,
    presence_words,
    role_matcher,
)
from rasd.gazetteer import attack_noun_matcher, count_noun_matcher, presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.modality import sentence_is_hypothetical
from rasd.numbers import NumberMention
from rasd.scope import base_of, is_landmark
from rasd.text import Token, clitic_variants
from rasd.troop_appositions import apposed_troop_noun
from rasd.troop_base_rows import figure_country, placed_base_rows
from rasd.troop_changes import split_changes
from rasd.troop_continuations import continues, fronted_place, lead_of
from rasd.troop_count_heads import definite_head_noun, is_person_noun
from rasd.troop_cues import falls_as_casualty, is_planned
from rasd.troop_heads import head_country, presence_head_noun
from rasd.troop_places import REGION, base_near, country_of, unnamed_base_country
from rasd.troop_remote import counts_group_men, is_far_figure
from rasd.troop_topic import headline_topic, narrowed_to_topic

__all__ = ["REGION", "extract_deployments", "find_force"]

_NOUN_BEFORE_HEAD = 8  # tokens between a troop noun and the "عددهم" that counts it



def _noun_at(tokens: list[Token], j: int) -> PhraseMatch | None:
    if j < len(tokens) and tokens[j].text == "من":
        j += 1
    m = count_noun_matcher().match_at(tokens, j) if j < len(tokens) else None
    return m if m is not None and m.value.get("category") == "troops" else None


def _shared_noun(doc: Doc, tokens: list[Token], nxt: list[NumberMention], j: int) -> PhraseMatch | None:
    """The troop noun after the end of a change that a bare start shares (``من 5200 الى 3000 جندي``)."""
    if not nxt or j >= len(tokens) or tokens[j].text not in presence_words("change_links"):
        return None
    k = next((i for i, t in enumerate(tokens) if t.start >= nxt[0].nend), len(tokens))
    return _noun_at(tokens, k - 1 if nxt[0].kind == "dual" else k)


def _after_unit_noun(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A number naming a unit or a model, not a count (``لواء المشاة رقم 44``, ``الفرقة 82``)."""
    first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
    return first > 0 and any(stem in presence_words("unit_number_nouns") for _, stem in clitic_variants(tokens[first - 1].text))


def _bounds(doc: Doc, tokens: list[Token], nums: list[NumberMention]) -> list[bool]:
    """Which numbers end the span of the figure before them (and start that of the next).

    Unit numbers (``الفرقة 82``) and counts of other things (``16 سفينة``, ``ثلاث قواعد``)
    do not: the place named after them still belongs to the troop figure.
    """
    flags = []
    for num in nums:
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        other = count_noun_matcher().match_at(tokens, j) if j < len(tokens) else None
        flags.append(
            not _after_unit_noun(doc, tokens, num)
            and not (other is not None and other.value.get("category") != "troops")
        )
    return flags


def _clauses(doc: Doc, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence, split at a comma and a participle that adds a fact.

    ``… أوقع 34 جريحا، مشيرة إلى أن الموقع يضم قرابة 350 عسكريا``: two clauses.
    """
    cuts = [
        k
        for k, t in enumerate(tokens)
        if k and t.text in presence_words("clause_openers") and doc.nt.norm[: t.start].rstrip().endswith(",")
    ]
    edges = [0, *cuts, len(tokens)]
    return list(zip(edges, edges[1:], strict=False))


def _not_deployed(tokens: list[Token], lo: int, hi: int, first: int) -> bool:
    """Whether the clause ``tokens[lo:hi]`` tells casualties, captives or trainees, not troops deployed.

    Training words count before the figure at ``first`` only (``لتدريب 5 آلاف عنصر``), a hospital after
    ``إلى`` too (``نقل ثمانية جنود إلى مستشفى``), no cue after a background lead (``بعد مقتل قائد``).
    """
    hi = min(hi, background_cut(tokens, first))
    if has_presence_word(tokens[lo:hi], "not_deployed_cues") or has_presence_word(tokens[lo:first], "trainee_cues"):
        return True
    return any(
        falls_as_casualty(tokens, k)
        or (k > lo and tokens[k - 1].text in presence_words("hospital_leads") and has_presence_word(tokens[k : k + 1], "hospital_words"))
        for k in range(lo, hi)
    )


def _before_indefinite_noun(tokens: list[Token], num: NumberMention, j: int) -> bool:
    """A definite number that still counts the indefinite troop noun after it (``الـ900 جندي``)."""
    noun = _noun_at(tokens, j) if num.kind != "dual" else None
    return noun is not None and not tokens[noun.first_token].text.startswith("ال")


def _states_size(doc: Doc, tokens: list[Token], num: NumberMention) -> bool:
    """A figure given as the size of a force named before it (``قواتها البالغ عددها نحو 1000``)."""
    lead = lead_of(doc, num)
    first = next((k for k, t in enumerate(tokens) if t.end > lead), 0)
    return any(tokens[k].text in presence_words("size_heads") for k in range(max(0, first - 2), first))


def _counted_before(tokens: list[Token], first: int) -> PhraseMatch | None:
    """A troop noun the number counts, named after a count head or before one with a pronoun.

    ``عدد الجنود الاتراك … بنحو 3 الاف``, ``سيهبط بعدد جنوده من 2000 إلى 1400``; ``الجنود الاميركيين البالغ عددهم 900``; ``المتمركزين في
    عين الاسد، وعددهم 1500`` (proclitics removed from the pronoun head).
    """
    for k in range(max(0, first - 12), first):
        if has_presence_word(tokens[k : k + 1], "count_heads"):  # "بعدد جنوده", proclitics removed
            noun = _noun_at(tokens, k + 1)
            if noun is not None:
                return noun
        if has_presence_word(tokens[k : k + 1], "count_heads_pronoun"):  # "يقدر عددهم بنحو 900", "وعددهم 1500"
            for b in range(k - 1, max(-1, k - 1 - _NOUN_BEFORE_HEAD), -1):
                if attack_noun_matcher().match_at(tokens, b) is not None:
                    return None  # "على القوات الأمريكية هجمات بلغ عددها 150": the attacks are counted
                noun = count_noun_matcher().match_at(tokens, b)
                if noun is not None and noun.value.get("category") == "troops":
                    return noun
                if noun is not None and not has_presence_word(tokens[k : k + 1], "human_count_heads"):
                    return None  # "القواعد البالغ عددها 5"; but "عددهم" passes "في قاعدة عين الأسد"
    return None


def _foreign_forces(tokens: list[Token], noun: PhraseMatch) -> bool:
    """False for a bare ``قوات`` not named as a force (``500 من القوات العراقية``, ``قوات سوريا الديمقراطية``).

    ``2000 من القوات الأميركية``, ``1000 من قوات التحالف`` and ``2000 من قواتها`` are troops
    of a force; the other troop nouns (``جندي``, ``عسكري``) always are.
    """
    if noun.value.get("lemma") != "قوات" or noun.phrase not in {"قوات", "القوات"}:
        return True
    return force_matcher().match_at(tokens, noun.first_token) is not None or (
        noun.last_token + 1 < len(tokens) and adjective_matcher().match_at(tokens, noun.last_token + 1) is not None
    )


def _militia_men(doc: Doc, sent: DocSentence, tokens: list[Token], noun: PhraseMatch) -> bool:
    """Men of an armed group (``عناصر موالين لايران``, ``خمسة من عناصر كتائب حزب الله``)."""
    after = tokens[noun.last_token + 1 : noun.last_token + 3]
    if any(t.text in presence_words("militia_markers") for t in after):
        return True
    return any(
        noun.last_token < a.first_token - sent.tok_lo <= noun.last_token + 3 and a.value.get("side") == "iran_axis"
        for a in doc.within(doc.actors, sent)
    )


def _troop_rows(
    doc: Doc, sent: DocSentence, tokens: list[Token], context: tuple[str, str] = ("", ""), topic: str = ""
) -> list[dict[str, Any]]:
    """Troop figures of a sentence.

    ``context`` is the (country, force) a demonstrative may point back to; ``topic`` the
    country of the article's troop headline, which a bare ``المنطقة`` stands for and which a
    figure placed nowhere else is in.
    """
    if sentence_is_hypothetical(doc, sent):
        return []
    clauses = _clauses(doc, tokens)
    if all(_not_deployed(tokens, lo, hi, lo) for lo, hi in clauses):
        return []
    if not has_presence_word(tokens, "anaphora_words"):
        context = ("", "")  # only "هذه القواعد", "تلك المواقع" point back to the sentence before
    rows: list[dict[str, Any]] = []
    spans: list[tuple[int, int, bool]] = []  # normalised span of each row's figure; has it a noun
    nums = [n for n in doc.within(doc.numbers, sent) if not any(d.nstart <= n.nstart < d.nend for d in doc.dates)]
    nums = split_changes(doc, tokens, nums)
    prev: dict[str, Any] | None = None
    bounds = _bounds(doc, tokens, nums)
    for idx, num in enumerate(nums):
        if isinstance(num.value, float) or num.kind in {"vague", "ordinal"} or _after_unit_noun(doc, tokens, num):
            continue  # a fraction (2.5), "مئات الجنود" or "الرتل الثاني للقوات" is no troop figure
        first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
        if any(lo <= first < hi and _not_deployed(tokens, lo, hi, first) for lo, hi in clauses):
            prev = None
            continue  # "اوقع 34 جريحا، مشيرة الى ان الموقع يضم قرابة 350 عسكريا": only the first clause
        if is_planned(tokens[: background_cut(tokens, first)]) and not _states_size(doc, tokens, num):
            continue  # "تدرس ارسال 2000 جندي" (not "بطلب من الحكومة", nor "… عندما تخطط ايران"); "البالغ عددها" states the force
        if counts_group_men(tokens, first):
            prev = None
            continue  # "ميليشيات موالية لإيران، يقدر عددهم بنحو 60 ألف مقاتل": a group's men
        j = next((k for k, t in enumerate(tokens) if t.start >= num.nend), len(tokens))
        apposed = apposed_troop_noun(tokens, num, first)  # "الجنود الأمريكيين الـ900"
        if follows_noun(num) and not _before_indefinite_noun(tokens, num, j) and apposed is None:
            continue  # "الصواريخ الاربعة", "المواقع الثلاثة العسكريين"; but "سحب الـ900 جندي" counts
        if num.kind == "dual":
            j -= 1
        first = next((k for k, t in enumerate(tokens) if t.end > num.nstart), 0)
        noun = _noun_at(tokens, j) or _shared_noun(doc, tokens, nums[idx + 1 : idx + 2], j)
        persons = noun is None and is_person_noun(tokens, j) and _counted_before(tokens, first)
        if (noun is None and count_noun_matcher().match_at(tokens, j) is not None and not persons) or (
            noun is not None and (_militia_men(doc, sent, tokens, noun) or not _foreign_forces(tokens, noun))
        ):
            prev = None
            continue
        noun_end, noun_last = (noun.end, noun.last_token) if noun else (num.nend, j - 1)
        if noun is None:
            counted = apposed or _counted_before(tokens, first) or presence_head_noun(tokens, first) or definite_head_noun(tokens, first)
            if counted is None and not (prev and continues(doc, tokens, num, j)):
                continue
            noun_last = counted.last_token if counted else noun_last
        force = find_force(tokens, noun_last, first) if noun else ""
        if not force and prev and noun is None:
            force = prev["force"]
        elif not force:
            force = find_force(tokens, noun_last, first)
        nxt = next((n.nstart for n, b in zip(nums[idx + 1 :], bounds[idx + 1 :], strict=True) if b), sent.nend)
        prv = next((n.nend for n, b in zip(reversed(nums[:idx]), reversed(bounds[:idx]), strict=True) if b), sent.nstart)
        place = base_near(doc, noun_end, nxt) or base_near(doc, prv, num.nstart)
        clause = doc.nt.norm.find(",", noun_end, nxt)  # "نحو 5200 جندي، وسط ضغوط قوي مواليه لايران"
        after = nxt if clause < 0 else clause
        fronted = next((fronted_place(doc, lead_of(doc, n)) for n, b in zip(nums[idx + 1 :], bounds[idx + 1 :], strict=True) if b), None)
        after = min(after, fronted or after)  # "2500 جندي وفي سوريا قرابه 900": Syria is the next figure's
        prv = max(prv, fronted_place(doc, lead_of(doc, num)) or prv)  # "2500 جندي في العراق وفي سوريا 900 جندي"
        if is_far_figure(doc, prv, num.nstart, noun_end, nxt if nxt == sent.nend else after):
            prev = None
            continue  # "عدد قواتها في أفغانستان وصل إلى 15 ألفا": a force far from the theatre
        country = (head_country(doc, tokens, first) if noun is None else "") or country_of(doc, noun_end, after, topic)
        country = country or country_of(doc, prv, num.nstart, topic, before=True)  # "وصل عددهم في العراق إلى 4000": the head's
        if not country and clause >= 0 and not doc.nt.norm[noun_end:clause].strip() and _states_size(doc, tokens, num):
            country = country_of(doc, clause + 1, nxt, topic)  # "المستشارين، البالغ عددهم 300 مستشار، في بغداد"
        role = role_matcher().match_at(tokens, j) if j < len(tokens) else None
        start = num.nstart if num.qstart is None else min(num.nstart, doc.nt.to_norm(num.qstart))
        prev = {
            "count": num.value,
            "qualifier": figure_qualifier(num),
            "force": force or context[1],
            "country": country or (prev["country"] if prev else "") or context[0] or topic,
            "place": place,
            "role": role.value if role else "",
            **doc.row_evidence(sent, start, max(noun_end, num.nend)),
        }
        rows.append(prev)
        spans.append((start, max(noun_end, num.nend), noun is not None))
    _share_country(doc, rows, spans)
    return rows


def _share_country(doc: Doc, rows: list[dict[str, Any]], spans: list[tuple[int, int, bool]]) -> None:
    """Give a figure with no place the country of the figure with a noun coordinated right after it.

    ``سيبقى 2500 جندي أمريكي و1000 جندي من قوات التحالف في العراق``: both are in Iraq. A
    bare number after it (``2500 جندي ونحو 900 في سوريا``) is a split, not a shared place.
    """
    for i in range(len(rows) - 2, -1, -1):
        between = doc.nt.norm[spans[i][1] : spans[i + 1][0]]
        coordinated = between.endswith("و") and len(between.split()) <= 2 and spans[i + 1][2]
        if not rows[i]["country"] and rows[i + 1]["country"] and coordinated:
            rows[i]["country"] = rows[i + 1]["country"]


def _hosted_by_anaphor(tokens: list[Token]) -> bool:
    """A definite base noun next to a presence verb: ``تضم القاعدة نحو 350``, ``الموقع يضم``.

    Or a presence verb with a resumptive pronoun after a definite base noun earlier in the
    sentence: ``لا تتوافر معلومات عن القاعدة، ويتمركز فيها 350 جنديا``.
    """
    anaphors = presence_words("base_anaphors")
    pronouns = presence_words("resumptive_pronouns")
    for verb in presence_verb_matcher().find(tokens):
        around = [tokens[k].text for k in (verb.first_token - 1, verb.last_token + 1) if 0 <= k < len(tokens)]
        if any(stem in anaphors for word in around for _, stem in clitic_variants(word)):
            return True
        ends = {tokens[k].text for k in (verb.last_token, verb.last_token + 1) if k < len(tokens)}
        noun_before = any(stem in anaphors for t in tokens[: verb.first_token] for _, stem in clitic_variants(t.text))
        if ends & pronouns and noun_before:
            return True
    return False


def _place_at(troops: list[dict[str, Any]], base: dict[str, Any]) -> None:
    """Put the troop figures that name no place at the base a definite noun points back to."""
    for row in troops:
        if not row["place"] and row["country"] in {"", REGION, base["country"]}:
            row["place"], row["country"] = base["canonical"], base["country"]


def _first_mentions(troops: list[dict[str, Any]], seen: set[tuple[Any, str]]) -> list[dict[str, Any]]:
    """Troop figures not given before in the article; updates ``seen``.

    Same count and country, or no country and a count given before (``قوامها 900 جندي``).
    """
    kept = []
    for row in troops:
        key = (row["count"], row["country"])
        if key in seen or (not row["country"] and any(count == row["count"] for count, _ in seen)):
            continue
        seen.add(key)
        kept.append(row)
    return kept


def _national_first(rows: dict[tuple[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """The base rows of a sentence, without the coalition where it names the nations at the base.

    ``يضم قوات من التحالف الدولي من بينها جنود أميركيون`` is one row, for the US.
    """
    national = {place for place, force in rows if force != "coalition"}
    return [row for (place, force), row in rows.items() if force != "coalition" or place not in national]


def extract_deployments(doc: Doc) -> list[dict[str, Any]]:
    """Troop figures and base-presence rows of an article (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    seen_bases: set[str] = set()
    seen_figures: set[tuple[Any, str]] = set()
    context = ("", "")
    topic = headline_topic(doc)
    last_base: PhraseMatch | None = None
    named_base: PhraseMatch | None = None
    first_country = country_of(doc, 0, len(doc.nt.norm))  # of the article, headline included
    announced, thread, convoys = None, WithdrawalThread(), ConvoyThread()
    for sent in doc.narrative():
        tokens = doc.sentence_tokens(sent)
        troops = _troop_rows(doc, sent, tokens, context, topic)
        unnamed = unnamed_base_country(doc, tokens) if troops else ""
        if named_base is not None and _hosted_by_anaphor(tokens) and not unnamed:
            _place_at(troops, base_of(doc, named_base) or named_base.value)
        for row in troops:  # "هجوم على قاعدة في الأردن … القاعدة يتمركز فيها 350": that base's country
            row["country"] = figure_country(row, unnamed)  # "900 … في محيط التنف"
        here = country_of(doc, sent.nstart, sent.nend, topic)  # "في المنطقة" of a troop headline's country is that country
        for row in troops if not here else []:  # "ارتفع العدد من 900 الي 2000 جندي": a sentence naming no country
            row["country"] = row["country"] or context[0] or topic or first_country
            row["force"] = row["force"] or context[1]
        named = list(force_matcher().find(tokens))
        context = (narrowed_to_topic(here, topic), str(named[-1].value) if named else "")
        rows.extend(_first_mentions(troops, seen_figures))
        new_rows: dict[tuple[str, str], dict[str, Any]] = {}
        resumed = resumed_base_rows(doc, sent, tokens, last_base) + anaphor_host_rows(doc, sent, tokens, named_base)
        pointed = last_base or (None if named_base else headline_base(doc))  # before the body names a base
        resumed = resumed or anaphor_presence_rows(doc, sent, tokens, pointed)  # "المتمركزين في القاعدة"
        resumed = resumed or same_base_rows(doc, sent, tokens, named_base)  # "تدريبات في القاعدة ذاتها"
        carried = announced_rows(doc, sent, announced)
        announced = announced_bases(doc, sent, tokens) or still_announced(announced, carried, sent)
        last_base = next(
            (m for m in reversed(doc.within(doc.places, sent)) if base_of(doc, m) and not is_landmark(doc, m)), None
        )  # "… عين الاسد، … بالقرب من مطار بغداد": the landmark is not the base a pronoun points back to
        named_base = last_base or next((m for m in reversed(doc.within(doc.places, sent)) if may_be_pointed(doc, sent, m)), named_base)  # "تضم القاعدة": the last named, a landmark too
        moved = convoys.rows(doc, sent, tokens)  # "ووصل قسم من القافلة إلى قاعدة قسرك": a convoy named before
        for row in resumed + base_rows(doc, sent, tokens) + carried + thread.rows(doc, sent, tokens) + dual_anaphor_rows(doc, sent, tokens) + moved + placed_base_rows(doc, sent, troops):
            if row["force"] == "coalition" and not keeps_coalition_row(tokens):
                continue  # "قاعدة التاجي، التي تتمركز فيها قوات التحالف بقيادة واشنطن": no US troops named
            if row["place"] not in seen_bases:  # one row per base and force, from the sentence naming it first
                new_rows.setdefault((row["place"], row["force"]), row)
        rows.extend(without_host_airport(_national_first(new_rows)))
        seen_bases |= {place for place, _ in new_rows}
    return with_dual_partners(doc, rows + headline_presence_rows(doc, seen_bases))  # "قاعدتي X وY", X hosting a force
