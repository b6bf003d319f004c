"""Acts told over a span of months or years, or called earlier ones: a summary of many acts, not one.

``وتعرضت العديد من قواعد التحالف خلال الأشهر الماضية لاستهدافات بالصواريخ``, ``وخلال
السنوات الماضية تعرضت منطقة الحدود لغارات جوية``, ``وتعرضت القواعد لهجمات متكررة خلال العام
الماضي``: an indefinite plural act noun (no number before it) with a span of several periods or
a whole year (``data/event_triggers.yaml``, ``period_span_openers`` and ``period_span_nouns``)
tells the campaign as background. Analysts list no row for it (none of the four such sentences
of the annotated sets, dated pages and undated alike). A sentence that also gives a day keeps its rows: the act of that day is
told beside the summary (``تعرضت القاعدة خلال الأشهر الماضية لهجمات، كان آخرها أمس``), and so
does one that names a base: the recurring attacks on one base are a row of their own beside the
attack of the day (``وتعرضت قاعدة حقل العمر خلال العام لهجمات متكررة``). Plural acts
called earlier ones (``شنت هجمات سابقة استهدفت مواقع مماثلة``, ``سبق أن تبنت هجمات سابقة في بغداد``,
``past_summary_adjectives``) are summed up alike, even when bases are named as their examples
(``هجمات سابقة طالت عدة قواعد، بينها التنف``: session 31), and so are plural acts
right after a noun of target (``القاعدة التي ظلت هدفا لهجمات عديدة``,
``summary_target_nouns``: the base described, session 31). So are plural acts whose
only time is a whole year (``تواتر الضربات الأمريكية … في سوريا عام 2022``, session 31): no
annotated set dates an event to a year alone. A span
opened by «منذ» (``تتعرض القواعد لهجمات متكررة منذ أشهر``) is the campaign going on: its row stays.
"""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher
from rasd.lexicon import word_set
from rasd.text import Token, clitic_variants

__all__ = ["drop_period_summaries"]

_SUMMED_TYPES = frozenset({"attack", "us_strike", "interception", "claim"})
_PLURAL_END = "ات"


def _has_span(tokens: list[Token]) -> bool:
    """«خلال/طوال» right before a plural period noun, or a whole year."""
    return any(
        is_word(tokens[k].text, "period_span_openers") and is_word(tokens[k + 1].text, "period_span_nouns")
        for k in range(len(tokens) - 1)
    )


def _is_number(token: Token) -> bool:
    return token.text.isdigit() or token.text.startswith(("ل", "ب")) and token.text[1:].isdigit()


def _plural_acts(tokens: list[Token]) -> list[int]:
    """Act nouns in the sound plural, with no number before them (``لاستهدافات``, ``لهجمات``, ``انفجارات``)."""
    blasts = word_set("heard_blasts.yaml", "blast_nouns")
    out = []
    for k, t in enumerate(tokens):
        m = attack_noun_matcher().match_at(tokens, k)
        blast = any(stem in blasts and stem.endswith(_PLURAL_END) for _, stem in clitic_variants(t.text))
        plural = (m is not None and m.phrase.endswith(_PLURAL_END)) or blast
        if plural and not (k > 0 and _is_number(tokens[k - 1])):
            out.append(k)
    return out


def _called_earlier(tokens: list[Token], acts: list[int]) -> bool:
    """A plural act noun told as background: before "earlier" or after a noun of target.

    ``هجمات سابقة``, ``التي ظلت هدفا لهجمات عديدة``.
    """
    return any(
        k + 1 < len(tokens) and is_word(tokens[k + 1].text, "past_summary_adjectives")
        or k > 0 and is_word(tokens[k - 1].text, "summary_target_nouns")
        for k in acts
    )


def _is_summary(tokens: list[Token]) -> bool:
    """Plural acts over a span of periods, or plural acts called earlier ones (``هجمات سابقة``)."""
    acts = _plural_acts(tokens)
    if not acts:
        return False
    return _has_span(tokens) or _called_earlier(tokens, acts)


def _year_only(doc: Doc, sent: DocSentence) -> bool:
    """The sentence's only time is a whole year (``في سوريا عام 2022``): plural acts over a year."""
    found = doc.within(doc.dates, sent)
    return bool(found) and all(d.precision == "year" for d in found)


def drop_period_summaries(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the act rows of a sentence that sums acts up over months or years (see the module docstring).

    Args:
        doc: The article.
        sent: The sentence.
        rows: The sentence's event rows.

    Returns:
        The rows, without its attacks, strikes, interceptions and claims when the sentence is such a summary.
    """
    if not rows or any(d.precision == "day" for d in doc.within(doc.dates, sent)):
        return rows
    tokens = doc.sentence_tokens(sent)
    if not (_is_summary(tokens) or _plural_acts(tokens) and _year_only(doc, sent)):
        return rows
    if not _called_earlier(tokens, _plural_acts(tokens)) and any(p.value["type"] == "base" for p in doc.within(doc.places, sent)):
        return rows  # "وتعرضت قاعدة حقل العمر خلال العام لهجمات متكررة": the base's own row (session 22)
    return [r for r in rows if r.get("type") not in _SUMMED_TYPES]
