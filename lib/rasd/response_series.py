"""The attacks a response answers, told as plural acts: one undated campaign row.

``قصفت القوات الأمريكية أهدافا في دير الزور ردا على عدة هجمات تعرضت لها قواتها في
سوريا``: the annotated sets give the attacks answered one undated ``attack`` row,
placed where the clause puts them. Not for acts told elsewhere (a definite
``ردا على الهجمات``), a series (``ردا على سلسلة هجمات``: the campaign told as
such), a clause that names no place, or an article that already tells the
campaign as a series of its own.

A definite plural of US strikes whose relative clause names the US as the one
that flew them (``ردا على الضربات الجوية التي شنتها القوات الأمريكية يوم الجمعة
الماضي``) is one wave the clause tells for itself: one ``us_strike`` row, with
the day the clause gives.
"""

from __future__ import annotations

from typing import Any

from rasd.cause_clauses import us_marked_strikes
from rasd.doc import Doc, DocSentence
from rasd.event_agents import us_agent_after
from rasd.event_lexicon import is_word
from rasd.event_rows import event_row
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["drop_told_campaigns", "series_response_rows"]


def series_response_rows(
    doc: Doc, sent: DocSentence, tokens: list[Token], noun: PhraseMatch, start: int
) -> list[dict[str, Any]]:
    """The undated campaign row of a plural attack noun ``noun`` of a response clause opening at ``start``.

    Args:
        doc: The article.
        sent: The sentence.
        tokens: Its tokens.
        noun: The plural attack noun, in sentence token indexes.
        start: Token index where the response clause opens.
    """
    definite = noun.phrase.startswith("ال") or noun.prefix.endswith(("ال", "لل"))
    k = noun.first_token
    if definite and us_agent_after(tokens, noun):
        told = event_row(doc, sent, tokens, noun, "us_strike", (start, len(tokens)))
        return [r for r in told[:1] if r.get("place") or r.get("date")]  # "الضربات التي شنتها القوات الأمريكية يوم الجمعة"
    if definite or (k > 0 and is_word(tokens[k - 1].text, "series_nouns")):
        return []  # "ردا علي الهجمات", "ردا علي سلسله هجمات"
    kind = "us_strike" if us_marked_strikes(tokens, noun.first_token) else "attack"  # "بعد غارات جويه اميركيه"
    rows = event_row(doc, sent, tokens, noun, kind, (start, len(tokens)))
    undated = {"date": "", "date_expr": "", "time_precision": None, "answered": True}
    return [{**r, **undated} for r in rows[:1] if r.get("place")]


def drop_told_campaigns(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop the rows of :func:`series_response_rows` when the article tells the campaign as a series of its own.

    ``شنت الفصائل سلسلة من الهجمات على القواعد الأمريكية``: that series row stands for the attacks answered,
    not for US strikes a clause answers (``توعدت الفصائل بالانتقام بعد هجمات أميركية على الحدود``).
    """
    told = any(r["type"] == "attack" and not r.get("answered") and r.get("series") for r in rows)
    return [
        {k: v for k, v in r.items() if k != "answered"}
        for r in rows
        if not (told and r.get("answered") and r["type"] == "attack")
    ]
