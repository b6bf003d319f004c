"""Events: attacks, US strikes, interceptions, claims, threats, visits and other developments.

A sentence of the narrative yields an event when it holds a trigger (a verb, verbal noun or fixed phrase from ``data/event_triggers.yaml``). The first trigger
of the sentence decides the type, refined by :mod:`rasd.event_types` (US strikes, claims, interceptions). A sentence with no trigger still yields an attack for
an attack noun aimed at a named base (``الهجوم على قاعدة تل بيدر``) or reported with casualties (``مقتل 5 في ضربات أميركية``); a claim by such a noun before it
(:mod:`rasd.claim_nouns`).

Not events: attacks made conditional or predicted (``في حال``, ``أي هجوم``), a sentence that tallies attacks (a count of three or more), an interception that
failed (``إخفاق الدفاعات في اعتراض الطائرة``), a planned visit, attack nouns that point back to a set (``هذه الهجمات``) or date a campaign's start
(:mod:`rasd.campaign_starts`). A series (``سلسلة من الهجمات``) and the first running tally (:mod:`rasd.tallies`) are one undated event each.

A response clause (``ردّاً على هجوم تعرّض له … في 28 كانون الثاني``) tells an earlier act, an event of its own. The main act takes the day nearest to its
trigger, or one row per day of a list (``في 27 أكتوبر و9 نوفمبر``); a date of the reporting words only (``اتهمت أمس الاثنين … بالهجوم``) gives way to a date of
the act told elsewhere. Rows telling one incident are folded into one (:mod:`rasd.incidents`, :mod:`rasd.event_summaries`, :mod:`rasd.event_settling`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.aimed_strikes import aims_no_strike
from rasd.arrest_places import place_arrests
from rasd.attacks import find_figures, sentence_numbers
from rasd.attempted_acts import attempted_attack_rows
from rasd.blamed_strikes import retype_blamed_strikes
from rasd.campaign_starts import drop_campaign_starts
from rasd.carried_subjects import carries_attack_subject
from rasd.casualty_subjects import casualties, died_in_act
from rasd.cause_clauses import cause_start
from rasd.claim_acts import claimed_act_rows
from rasd.claim_cues import lacks_context
from rasd.claim_nouns import noun_claims_before, owned_target_claim_nouns, possessive_claim_nouns
from rasd.clause_heads import own_clause_heads
from rasd.coalition_replies import coalition_reply_rows
from rasd.convoy_moves import convoy_moves
from rasd.counted_claims import claims_counted_acts, claims_tallied_acts
from rasd.dated_salvos import is_dated_salvo, salvo_size
from rasd.developments import development_rows
from rasd.doc import Doc, DocSentence
from rasd.event_agents import us_striker
from rasd.event_drops import drops_munitions
from rasd.event_fields import generic_actor_matcher
from rasd.event_lexicon import is_word, list_matcher, us_matcher
from rasd.event_pairs import split_joined_targets
from rasd.event_responses import answers_by_verbal_noun
from rasd.event_rows import event_row, head_nouns, response_start
from rasd.event_settling import settle_events
from rasd.event_summaries import drop_dual_summaries
from rasd.event_theatre import in_theatre, outside_claim_nouns
from rasd.event_types import attack_object, classify_trigger, is_attackish
from rasd.excepted_acts import in_exception
from rasd.found_weapons import place_find
from rasd.future_acts import drop_future_acts
from rasd.gazetteer import attack_noun_matcher
from rasd.headline_days import date_from_headline
from rasd.incidents import apply_context, claimed_attacks, date_from_context, merge_incidents
from rasd.interception_cues import downs_weapon, failure_before, meets_no_attack
from rasd.item_days import date_from_items
from rasd.leading_responses import split_leading_response
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml, word_set
from rasd.modal_scope import act_is_hypothetical, drop_hypothetical_rows
from rasd.modality import is_urged
from rasd.negated_acts import is_negated_act
from rasd.neighbour_places import place_from_next
from rasd.noun_objects import object_window_end, past_instrument
from rasd.past_acts import mark_past_acts
from rasd.period_summaries import drop_period_summaries
from rasd.recalled_acts import recalled_rows
from rasd.reported_acts import told_as_new
from rasd.response_acts import own_base_acts
from rasd.response_series import drop_told_campaigns, series_response_rows
from rasd.salvo_details import date_salvo_details
from rasd.scope import base_of
from rasd.second_acts import second_act, shared_kind
from rasd.sequels import told_sequels
from rasd.strike_victims import retype_victim_strikes
from rasd.summed_acts import sums_up_toll
from rasd.tallies import tally_event
from rasd.text import Token
from rasd.third_state_acts import retype_third_state_acts
from rasd.threat_speakers import tag_threat_speakers
from rasd.told_acts import told_act_rows
from rasd.trigger_nouns import attack_object_far, noun_before, weapon_before
from rasd.undated_leads import lead_is_act
from rasd.untriggered_acts import untriggered_rows
from rasd.us_strike_nouns import us_strike_nouns
from rasd.when_clauses import share_when_date
from rasd.whether_clauses import outside_whether

__all__ = ["extract_events", "classify_trigger"]

_DETERMINER_REACH = 3  # tokens between "هذه"/"بقيه" and the attack noun it sums up
_NEGATION_REACH = 3  # tokens between "لم"/"دون" and an interception
_PASSIVE_REACH = 20  # tokens between "تعرضت" and the "ل" + attack noun of what the subject suffered (a relative clause between)
_BASE_REACH = 3  # tokens between "الهجوم علي" and the base it names
_VERBAL_REACH = 3  # tokens between an attack verb and the people or words it criticises
_THREAT_OBJECT_REACH = 5  # tokens between "هدد" and the "ب" + what is threatened ("هددت الكتائب واشنطن بالرد")
_OBJECT_REACH = 6  # tokens between a strike verb and the US base or position it hits
_US_OWNER_REACH = 4  # tokens between "قاعدة"/"موقعا" and the US name it belongs to
_DISCOVERY_REACH = 18  # tokens between "عثرت" and what was found ("عثرت وحدات … في منطقة أبو عظام، القريبة من التاجي …، على سبع منصات")
_TALLY_UNITS = frozenset({"attack", "operation", "strike"})


def _lex() -> dict[str, Any]:
    return load_yaml("event_triggers.yaml")


@cache
def _trigger_matcher() -> PhraseMatcher:
    return PhraseMatcher((w, t) for t, words in _lex()["triggers"].items() for w in words)


def _set(key: str) -> frozenset[str]:
    return word_set("event_triggers.yaml", key)


def _failed(tokens: list[Token], m: PhraseMatch) -> bool:
    """An interception said not to have happened (``إخفاق الدفاعات الجوية في اعتراض``, ``لم تعترض``)."""
    near = tokens[max(0, m.first_token - _NEGATION_REACH) : m.first_token]
    return any(is_word(t.text, "negations") for t in near) or failure_before(tokens, m.first_token)


def _us_target(tokens: list[Token], k: int, bases: frozenset[int]) -> bool:
    """A US base or position is the object of the verb at ``k`` (``ضربت … قاعدة تابعة للقوات الأمريكية``)."""
    window = range(k + 1, min(len(tokens), k + 1 + _OBJECT_REACH))
    for j in window:
        if j in bases:
            return True
        if is_word(tokens[j].text, "target_nouns") and any(
            us_matcher().match_at(tokens, i) for i in range(j + 1, min(len(tokens), j + 1 + _US_OWNER_REACH))
        ):
            return True
    return False


def _triggers(
    tokens: list[Token],
    dated: frozenset[int] = frozenset(),
    bases: frozenset[int] = frozenset(),
    places: frozenset[int] = frozenset(),
) -> list[PhraseMatch]:
    planned_visit = any(is_word(t.text, "visit_future_cues") for t in tokens)
    out = []
    for m in outside_whether(tokens, _trigger_matcher().find(tokens)):
        if lacks_context(tokens, m, places):
            continue  # "توجهت سيارات الاسعاف الي المكان", "ويندرج الانسحاب ضمن اتفاق", "لم يصدر اي تعليق"
        if aims_no_strike(tokens, m, dated):
            continue  # "وجهت الوزارة انتقادات بعد الضربة": aimed words, not a strike
        generic = m.phrase in _set("needs_object")
        if is_negated_act(tokens, m):
            continue  # "لم تتعرض قواتنا لاي هجوم", "لم تسجل عمليات قصف": no act
        if m.phrase in _set("instrument_needed"):
            obj = attack_object(tokens, m.last_token, dated)
            if (obj is None or "ب" not in obj.prefix) and not answers_by_verbal_noun(tokens, m):
                continue  # "أصيب 34 آخرون": the wounded; "أصيب … بصاروخين": the act
        if m.value == "attack" and generic and attack_object(tokens, m.last_token, dated) is None:
            far = m.phrase in _set("target_before") and attack_object_far(tokens, m.last_token, _PASSIVE_REACH)
            if (
                noun_before(tokens, m.first_token) is None
                and weapon_before(tokens, m.first_token) is None
                and not far
                and not (m.phrase in _set("strike_verbs") and (_us_target(tokens, m.last_token, bases) or us_striker(tokens, m)))
            ):
                continue
        if m.phrase in _set("threat_needs_object") and not any(
            t.text.startswith("ب") and len(t.text) > 3 for t in tokens[m.last_token + 1 : m.last_token + 1 + _THREAT_OBJECT_REACH]
        ):
            continue  # "يهدد الأمن الداخلي": endangers; "هددت الكتائب باستهداف": a threat
        if m.phrase in _set("discovery_triggers") and not any(
            is_word(t.text, "discovery_objects") for t in tokens[m.last_token + 1 : m.last_token + 1 + _DISCOVERY_REACH]
        ):
            continue
        if (m.value == "interception" and (_failed(tokens, m) or drops_munitions(tokens, m))) or (m.value == "visit" and planned_visit):
            continue
        after = [t.text for t in tokens[m.last_token + 1 : m.last_token + 3]]
        if after and after[0] in _set("objection_adverbs"):
            after = after[1:]
        agent = after[1:2] and after[1] in _set("agent_nouns")  # "اسقطت علي يد الجنود": by whom, not against what
        if m.value == "interception" and after[:1] and after[0] in _set("objection_markers") and not agent:
            continue  # "اعترضوا على استهداف السفارة": they objected to it
        before = tokens[max(0, m.first_token - 4) : m.first_token]
        if m.phrase.startswith("سقط") and any(is_word(t.text, "killed") or is_word(t.text, "injured") for t in before):
            continue  # "شهيدين سقطا في العدوان": the dead fell, no rocket did
        if after[:1] and is_word(after[0], "outcome_objects"):
            continue  # "بمسيرتين اصابتا هدفيهما": the outcome of the act told
        if m.value == "attack" and any(
            is_word(t.text, "criticised") for t in tokens[m.last_token + 1 : m.last_token + 1 + _VERBAL_REACH]
        ):
            continue  # "هاجم السياسيين", "هاجم القيادي النواب": criticism
        if (m.phrase in _set("downing_needs_weapon") and not downs_weapon(tokens, m)) or meets_no_attack(tokens, m):
            continue  # "دمرت الغارة مخزنا": a strike's damage; "متصديا لمشروع القانون": a stand taken
        out.append(m)
    return out


def _sums_up(tokens: list[Token], heads: list[PhraseMatch]) -> bool:
    """An attack noun that points back to, or sums up, a set of acts (``هذه الهجمات``, ``بقية الهجمات``).

    A series told as such (``سلسلة من الهجمات``, ``عدة ضربات``) is an event of its own.
    """
    for m in heads:
        if attack_noun_matcher().match_at(tokens, m.first_token) is None:
            continue
        definite = m.phrase.startswith("ال") or m.prefix.endswith(("ال", "لل"))
        before = tokens[max(0, m.first_token - _DETERMINER_REACH) : m.first_token]
        if any(
            is_word(t.text, "aggregate_determiners") and (definite or not is_word(t.text, "demonstratives"))
            for t in before
        ):
            return True  # "قبل ذلك لقصف": a demonstrative before an indefinite noun stands alone
    return False


def _plural(m: PhraseMatch) -> bool:
    return m.phrase.endswith(("ات", "ين", "ان"))


def _is_tally(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int, kind: str = "") -> bool:
    """The sentence counts attacks (3+, or a vague many) before ``limit``; US strikes (ثلاث ضربات) are one row."""
    for fig in find_figures(doc, tokens, sentence_numbers(doc, sent)):
        if fig.num.nstart >= limit or fig.unit not in _TALLY_UNITS or fig.how in {"counter", "dual", "restated", "ordinal"} or (kind == "us_strike" and fig.unit == "strike"):
            continue
        if (fig.num.value >= 3 or fig.num.kind == "vague") and not is_dated_salvo(doc, sent, tokens, fig):
            return True
    return False


def _groups(doc: Doc, sent: DocSentence) -> list[int]:
    """Sentence token indexes where an armed group is named: a lexicon actor of the Iran axis, or a generic name."""
    named = [
        a.first_token - sent.tok_lo
        for a in doc.within(doc.actors, sent)
        if a.value.get("side") == "iran_axis" or a.value.get("generic")
    ]
    generic = [m.first_token for m in generic_actor_matcher().find(doc.sentence_tokens(sent))]
    return sorted(set(named) | set(generic))


def _noun_act(m: PhraseMatch) -> PhraseMatch:
    return PhraseMatch(m.start, m.end, m.first_token, m.last_token, m.phrase, "attack", m.prefix)


def _noun_triggers(doc: Doc, sent: DocSentence, tokens: list[Token], limit: int) -> list[PhraseMatch]:
    """Attack nouns that report an act with no verb: casualties, or a named base as target.

    The base follows ``على``/``ضد`` (``الهجوم على قاعدة تل بيدر``), or directly a
    verbal noun that takes an object (``أعلنت … استهداف قاعدة عين الأسد``).
    """
    nouns = [m for m in attack_noun_matcher().find(tokens[:limit]) if not (_sums_up(tokens, [m]) or in_exception(tokens, m) or is_urged(tokens, m.first_token))]
    killed, injured = casualties(doc, sent, tokens)
    if (killed or injured or died_in_act(tokens, nouns)) and nouns and not sums_up_toll(doc, sent, nouns[0]):
        return [_noun_act(nouns[0])]
    bases = {m.first_token - sent.tok_lo: m for m in doc.within(doc.places, sent) if base_of(doc, m) is not None}
    out, seen = [], set()
    for m in nouns:
        j = past_instrument(tokens, m.last_token + 1)  # "بوقوع هجوم بطائرة مسيرة على قاعدة حرير"
        direct = is_word(tokens[m.first_token].text, "transitive_nouns")
        if j >= limit or not (direct or is_word(tokens[j].text, "object_markers")):
            continue
        j -= 1 if direct else 0  # "استهداف قاعدة التنف": the base is the noun's own object
        for k in range(j + 1, object_window_end(tokens, j, limit, _BASE_REACH)):
            base = bases.get(k)
            if base is not None and base_of(doc, base)["canonical"] not in seen:
                seen.add(base_of(doc, base)["canonical"])
                out.append(_noun_act(m))
                break
    return out


def _response_events(doc: Doc, sent: DocSentence, tokens: list[Token], start: int) -> list[dict[str, Any]]:
    """The single attack a response clause names (``ردا علي هجوم تعرضت له قاعده …``), or its plural acts."""
    for m in attack_noun_matcher().find(tokens[start:]):
        noun = PhraseMatch(m.start, m.end, m.first_token + start, m.last_token + start, m.phrase, "attack", m.prefix)
        if _plural(m):
            return series_response_rows(doc, sent, tokens, noun, start)  # "ردا علي عده هجمات"
        if m.first_token + start > 0 and tokens[m.first_token + start - 1].text in _set("hypothetical_determiners"):
            return []  # "توعدت بالرد علي اي هجوم": no act yet
        kind = classify_trigger(tokens, noun, _groups(doc, sent))
        return event_row(doc, sent, tokens, noun, "attack" if kind == "claim" else kind, (start, len(tokens)))
    return []


def _lead(doc: Doc, sent: DocSentence, tokens: list[Token], resp: int) -> list[dict[str, Any]]:
    """A dated sentence about attacks with no verb of attack.

    A single act named by its noun is an event (``قتل جنديان في 12 كانون الثاني بهجوم
    بطائرة مسيرة``, ``ووقع الهجوم يوم الخميس على قاعدة الشدادي``). A sentence that names no
    single act dates the acts told after it: ``عادت الفصائل، يوم الجمعة، إلى مهاجمة مواقع
    أمريكية. وأوردت أنها ضربت قاعدة عين الأسد``: the strike on Ain al-Asad is Friday's. That
    row only lends its day (:func:`date_from_context`) and is not reported, unless it counts
    the acts of its day (``وشهد مساء الأحد ثلاث هجمات``): a dated summary (:mod:`rasd.salvo_details`).
    """
    if not doc.within(doc.dates, sent):
        return []
    noun = next((m for m in attack_noun_matcher().find(tokens[:resp]) if m.value.get("counted", True)), None)
    if noun is not None and not _plural(noun) and not _sums_up(tokens, [noun]):
        # "منذ بدء الهجمات في 17 أكتوبر", "غداة انفجار … فجر السبت": the date of another time
        end = next((k for k in range(noun.last_token + 1, resp) if is_word(tokens[k].text, "since_cues")), resp)
        kind = classify_trigger(tokens, _noun_act(noun), _groups(doc, sent))
        rows = event_row(doc, sent, tokens, _noun_act(noun), "attack" if kind == "claim" else kind, (0, end))
        new = told_as_new(tokens, noun)  # "أفادت مصادر مساء السبت بوقوع هجوم": dated by its report
        if rows and all(lead_is_act(doc, r) and (new or not r.get("speech_dated")) for r in rows):
            # "وأشار بايدن إلى أن الهجوم حصل مساء السبت": the day of the act told before
            return rows  # no place ("المسؤولين عن هجوم السبت"), or the date of the words: it points back
    if noun is None:  # "مهاجمة": a verbal noun that is no counted attack noun
        k = next((k for k in range(resp) if is_word(tokens[k].text, "transitive_nouns")), None)
        if k is None:
            return []
        noun = PhraseMatch(tokens[k].start, tokens[k].end, k, k, tokens[k].text, "attack", "")
    rows = event_row(doc, sent, tokens, _noun_act(noun), "attack", (0, resp))
    limit = tokens[resp].start if resp < len(tokens) else sent.nend
    if size := salvo_size(doc, sent, tokens, limit):
        return [{**r, "salvo": size} for r in rows if r.get("date")]  # "وشهد مساء الاحد ثلاث هجمات"
    return [{**r, "lead": True, "series": True} for r in rows if r.get("date")]


def _sentence_events(doc: Doc, sent: DocSentence) -> list[dict[str, Any]]:
    timed = bool(doc.within(doc.dates, sent)) or next(
        iter(list_matcher("own_time_cues").find(doc.sentence_tokens(sent))), None
    ) is not None
    rows = retype_third_state_acts(doc, sent, retype_victim_strikes(doc.sentence_tokens(sent), _acts_of_sentence(doc, sent)))
    rows = told_act_rows(doc, sent, convoy_moves(doc, sent, coalition_reply_rows(doc, sent, rows)))
    rows = drop_campaign_starts(doc, sent, mark_past_acts(doc, sent, development_rows(doc, sent, split_joined_targets(doc, sent, recalled_rows(doc, sent, rows)))))
    rows = drop_period_summaries(doc, sent, rows)
    return [{**r, "timed": timed} for r in rows]


def _acts_of_sentence(doc: Doc, sent: DocSentence) -> list[dict[str, Any]]:
    tokens = doc.sentence_tokens(sent)
    dated = frozenset(k for d in doc.within(doc.dates, sent) for k, t in enumerate(tokens) if d.nstart <= t.start < d.nend)
    bases = frozenset(m.first_token - sent.tok_lo for m in doc.within(doc.places, sent) if m.value["type"] == "base")
    places = frozenset(m.first_token - sent.tok_lo for m in doc.within(doc.places, sent))
    found = _triggers(tokens, dated, bases, places)
    if any(is_word(t.text, "concessive_cues") for t in tokens[:3]):
        main_clause = next((k for k, t in enumerate(tokens) if t.text == "فان"), 0)
        found = [t for t in found if t.first_token > main_clause]
    resp = response_start(tokens)
    if found:
        resp = min(resp, cause_start(tokens, found[0].last_token))  # "منذ الهجوم على قاعدة في الأردن"
    limit = tokens[resp].start if resp < len(tokens) else sent.nend
    main = [t for t in found if t.last_token < resp]
    rows: list[dict[str, Any]] = []
    if main:
        groups = _groups(doc, sent)
        trig = main[0]
        kind = classify_trigger(tokens, trig, groups, later=main[1:], skip=dated)
        if kind == "claim" or is_attackish(kind):
            heads = head_nouns(tokens, trig)
            urged = any(is_urged(tokens, k) for k in [trig.first_token] + [h.first_token for h in heads])
            if act_is_hypothetical(doc, sent, tokens, trig.first_token) or urged or (_is_tally(doc, sent, tokens, limit, kind) and not claims_counted_acts(doc, sent, tokens, trig, kind)) or _sums_up(tokens, own_clause_heads(tokens, trig, heads)):
                rest = [t for t in main[1:] if t.value not in {"attack", "interception"} and not claims_tallied_acts(tokens, t)]
                trig, kind = (rest[0], str(rest[0].value)) if rest else (None, "")
        elif kind == "other" and is_urged(tokens, trig.first_token):
            trig = None  # "كانت حريصة على استئناف شن هجمات": a development wanted, not told
        if trig is not None:
            second = second_act(tokens, trig, main, resp)
            end = second[0] if second else resp
            own = event_row(doc, sent, tokens, trig, kind, (0, end))
            if kind == "attack" and carries_attack_subject(tokens, trig):
                own = [{**r, "anaphoric": True} for r in own]  # "ان الهجوم … وانما استهدف قاعده التنف"
            elif kind == "attack" and (size := salvo_size(doc, sent, tokens, limit)):
                own = [{**r, "salvo": size} for r in own]  # "تعرضت امس لثلاث هجمات": its acts may follow
            elif trig.phrase in _set("discovery_triggers"):
                own = place_find(doc, sent, tokens, own)  # "عثرت علي منصه … قرب القاعده"
            rows += own + attempted_attack_rows(tokens, trig, end, own, main)
            rows += noun_claims_before(doc, sent, tokens, trig, kind, groups, lambda k: _noun_triggers(doc, sent, tokens, k))
            if kind == "claim":
                rows += claimed_act_rows(doc, sent, tokens, trig, end, rows)
            if second:
                opener, act = second
                told = event_row(doc, sent, tokens, act, shared_kind(tokens, opener, act, kind, classify_trigger(tokens, act, groups, skip=dated)), (opener, resp))
                rows += share_when_date(tokens, trig, own, told, opener)
            threat = next((t for t in main if t.value == "threat" and t.first_token > trig.last_token), None)
            if threat is not None and kind != "threat":
                # "تعرضت لثلاث هجمات …، مشيرا الى ان ردا امريكيا سياتي": the promise is an event of its own
                rows += event_row(doc, sent, tokens, threat, "threat", (threat.first_token, resp))
    elif not _is_tally(doc, sent, tokens, limit):
        groups = _groups(doc, sent)
        for noun in _noun_triggers(doc, sent, tokens, resp) or outside_claim_nouns(doc, sent, tokens, resp) or owned_target_claim_nouns(doc, sent, tokens, resp) or possessive_claim_nouns(doc, sent, tokens, resp) or us_strike_nouns(doc, sent, tokens, resp):
            if not act_is_hypothetical(doc, sent, tokens, noun.first_token):  # "… قرب كركوك، وقال مسؤول إن … احتمال ضلوع"
                rows += event_row(doc, sent, tokens, noun, classify_trigger(tokens, noun, groups), (0, resp))
        if not rows:
            rows += drop_hypothetical_rows(doc, sent, tokens, _lead(doc, sent, tokens, resp) or untriggered_rows(doc, sent, tokens, resp))
    if resp < len(tokens):
        rows += [{**r, "earlier": True} for r in own_base_acts(_response_events(doc, sent, tokens, resp))]
    return rows


def extract_events(doc: Doc) -> list[dict[str, Any]]:
    """Events of an article's narrative, one row per incident and date (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    for sent in (part for whole in doc.narrative() for part in split_leading_response(doc, whole)):
        rows.extend(r for r in told_sequels(doc, sent, _sentence_events(doc, sent), rows) if in_theatre(r))
    rows = drop_told_campaigns(drop_future_acts(doc, tag_threat_speakers(doc, retype_blamed_strikes(doc, rows))))
    rows = date_from_items(doc, place_from_next(doc, date_salvo_details(rows)))
    date_from_context(rows)
    rows = claimed_attacks(drop_dual_summaries(apply_context(merge_incidents([r for r in rows if not r.pop("lead", False)]))))
    rows = place_arrests(doc, date_from_headline(doc, settle_events(doc, rows)))
    return [*rows, tally] if (tally := tally_event(doc, doc.attack_counts, rows)) else rows
