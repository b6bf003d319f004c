"""Evidence display: the sentence behind a table row, with the extracted span highlighted.

Every Rasd table row carries ``article_id``, ``sentence`` and the ``start``/``end``
of its evidence in the ORIGINAL article text. These functions turn a row into
right-to-left HTML for notebooks, with the span in ``<mark>``. All text that comes
from articles (sentence, span, article id, other cells) goes through
:func:`html.escape` with ``quote=True``, so an article can never inject markup.

Article offsets become sentence offsets with the sentence's own start in the
article: a ``sentence_start`` column when the table has one, else the article
text (``texts``: article id -> original text), where the sentence is looked up
around the span. Without either, the sentence is shown without highlight,
rather than with a guessed one.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["evidence_html", "span_in_sentence", "show_evidence", "evidence_table_html"]

EVIDENCE_DIV = '<div class="rasd-evidence" dir="rtl" lang="ar"{title}>{source}{body}</div>'
SOURCE_TAG = '<bdi class="rasd-source" dir="ltr">[{article_id}]</bdi> '
TABLE_STYLE = ("<style>.rasd-evidence-table td{vertical-align:top;text-align:start}"
               ".rasd-evidence mark{background:#ffe08a;padding:0 .1em}"
               ".rasd-source{color:#777;font-size:85%}</style>")


def _text(value: Any) -> str:
    """A cell value as text; missing values (None, NaN, NA) become ""."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _escape(value: Any) -> str:
    """HTML-escape any cell value, quotes included."""
    return html.escape(_text(value), quote=True)


def _as_int(value: Any) -> int | None:
    """An integer offset, or None when missing or not a number."""
    try:
        return None if value is None or pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def evidence_html(
    sentence: str, start: int, end: int, sentence_start: int | None = None,
    article_id: str = "",
) -> str:
    """Render a sentence as right-to-left HTML with ``sentence[start:end]`` in ``<mark>``.

    Args:
        sentence: The sentence text (from the article; escaped here).
        start: Start of the span: in the article when ``sentence_start`` is given,
            else in the sentence.
        end: End of the span, same reference as ``start``.
        sentence_start: Offset of the sentence in the article, if ``start``/``end``
            are article offsets.
        article_id: Shown before the sentence when given.

    Returns:
        ``<div dir="rtl" lang="ar">…</div>``; without a highlight when the span does
        not lie inside the sentence.
    """
    s, e = _as_int(start), _as_int(end)
    base = _as_int(sentence_start)
    if base is not None and s is not None and e is not None:
        s, e = s - base, e - base
    return _render(sentence, s, e, article_id, f"span {start}–{end} is not inside the sentence")


def _render(sentence: Any, start: int | None, end: int | None, article_id: str,
            note: str) -> str:
    """The evidence div; ``note`` becomes its tooltip when the span is not highlighted."""
    text = _text(sentence)
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        body = f"{_escape(text[:start])}<mark>{_escape(text[start:end])}</mark>{_escape(text[end:])}"
        title = ""
    else:
        body = _escape(text)
        title = f' title="{_escape(note)}"'
    source = SOURCE_TAG.format(article_id=_escape(article_id)) if article_id else ""
    return EVIDENCE_DIV.format(title=title, source=source, body=body)


def span_in_sentence(
    sentence: str, start: int, end: int, article_text: str
) -> int | None:
    """Find where ``sentence`` starts in ``article_text`` so that it covers ``[start, end)``.

    Returns:
        The sentence's start offset in the article, or None when the sentence does
        not occur around the span.
    """
    if not sentence or not article_text:
        return None
    # The last occurrence starting at or before the span reaches furthest right.
    pos = article_text.rfind(sentence, 0, start + len(sentence))
    return pos if pos != -1 and end <= pos + len(sentence) else None


def _row_html(row: Mapping[str, Any], texts: Mapping[str, str] | None) -> str:
    """Evidence HTML of one table row, resolving article offsets to sentence offsets."""
    article_id = _text(row.get("article_id"))
    sentence = _text(row.get("sentence"))
    start, end = _as_int(row.get("start")), _as_int(row.get("end"))
    base = _as_int(row.get("sentence_start"))
    if base is None and texts is not None and start is not None and end is not None:
        base = span_in_sentence(sentence, start, end, texts.get(article_id, ""))
    if base is None or start is None or end is None:
        note = (f"article span {start}–{end}: give texts= or a sentence_start column "
                "to highlight it")
        return _render(sentence, None, None, article_id, note)
    return _render(sentence, start - base, end - base, article_id,
                   f"article span {start}–{end} is not inside the sentence")


def show_evidence(df: pd.DataFrame, i: int, texts: Mapping[str, str] | None = None) -> Any:
    """The evidence of row ``i`` (by position) of a table, for display in Jupyter.

    Args:
        df: Any Rasd table with ``sentence``, ``start``, ``end`` (+ ``article_id``,
            optional ``sentence_start``).
        i: Row position (``df.iloc[i]``).
        texts: Article id -> original article text, used to place article offsets
            in the sentence when the table has no ``sentence_start``.

    Returns:
        An :class:`IPython.display.HTML` object.
    """
    from IPython.display import HTML

    return HTML(_row_html(df.iloc[i].to_dict(), texts))


def evidence_table_html(
    df: pd.DataFrame, columns: Sequence[str], max_rows: int = 50,
    texts: Mapping[str, str] | None = None,
) -> str:
    """Render rows of a table as HTML: the chosen columns plus the highlighted evidence.

    Args:
        df: Any Rasd table with ``sentence``, ``start``, ``end``.
        columns: Columns shown before the evidence (missing ones are left blank).
        max_rows: At most this many rows (the first ones); a note says how many exist.
        texts: Article id -> original text (see :func:`show_evidence`).

    Returns:
        An HTML string (``<table>``), every cell escaped.
    """
    head = "".join(f"<th>{_escape(c)}</th>" for c in columns) + "<th>evidence</th>"
    rows = []
    for _, row in df.head(max_rows).iterrows():
        record = row.to_dict()
        cells = "".join(f'<td dir="auto">{_escape(record.get(c))}</td>' for c in columns)
        rows.append(f"<tr>{cells}<td>{_row_html(record, texts)}</td></tr>")
    note = (f"<p>{min(max_rows, len(df))} of {len(df)} rows shown.</p>"
            if len(df) > max_rows else "")
    return (f'{TABLE_STYLE}<table class="rasd-evidence-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>{note}")
