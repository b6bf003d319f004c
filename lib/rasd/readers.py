"""Format readers: the bytes of one file in, articles and problems out.

One reader per file type (``.txt``, ``.html``/``.htm``, ``.json``, ``.jsonl``,
``.csv``). Each decodes the bytes (:mod:`rasd.encoding`), takes the article
text and metadata out of the format, and builds :class:`Article` rows with
the layout of :mod:`rasd.structure`, the publication date of
:mod:`rasd.pubdate` and the outlet of :mod:`rasd.metadata`. A reader raises
:class:`ReadError` for a file it cannot read at all and yields a
:class:`Problem` for each bad record of a multi-record file.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.encoding import DecodeError, decode_bytes, normalize_newlines
from rasd.htmltext import html_to_article, looks_like_html
from rasd.metadata import (
    field_aliases,
    map_fields,
    outlet_from_host,
    outlet_from_name,
    outlet_from_text,
    split_header,
)
from rasd.pub_incident import infer_incident_published
from rasd.pub_incident_after import infer_followup_incident_published
from rasd.pub_incident_bare import (
    infer_bare_incident_published,
    infer_dayless_incident_published,
    infer_plain_incident_published,
)
from rasd.pub_incident_day import infer_told_incident_published
from rasd.pub_incident_lead import infer_lead_day_incident_published
from rasd.pub_infer import infer_published, is_post_signature
from rasd.pub_lede import infer_statement_published
from rasd.pub_war_days import infer_war_day_published
from rasd.pub_yearless import infer_yearless_published, is_yearless_date_line
from rasd.pubdate import find_url_date, parse_metadata_date
from rasd.structure import Paragraph, analyse_text

__all__ = ["ARTICLE_COLUMNS", "READERS", "Article", "Problem", "ReadError", "count_words"]

ARTICLE_COLUMNS = [
    "article_id", "path", "outlet", "url", "headline", "published", "published_source",
    "photo_credit", "paragraphs", "text", "n_words",
]
# Keys under which a JSON object may hold its list of articles.
_LIST_KEYS = ("articles", "items", "data", "results", "records", "documents", "docs")
_WORD_RE = re.compile(r"[^\W_]+")
_CSV_DELIMITERS = (",", ";", "\t", "|")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass
class Problem:
    """A file or record that could not be read (or was read with a doubt).

    Attributes:
        path: The file, as given.
        record: The 1-based record number in a multi-record file, else ``""``.
        stage: Where it happened (``"read"`` for the corpus reader).
        severity: ``"error"`` (nothing was read from it) or ``"warning"``.
        reason: What is wrong, in plain words.
    """

    path: str
    record: str
    stage: str
    severity: str
    reason: str


@dataclass
class Article:
    """One article as read: a row of the ``articles`` table (see :data:`ARTICLE_COLUMNS`)."""

    article_id: str
    path: str
    outlet: str = ""
    url: str = ""
    headline: str = ""
    published: str = ""
    published_source: str = ""
    photo_credit: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    text: str = ""
    n_words: int = 0

    def row(self) -> dict[str, Any]:
        """The article as a dict in column order (paragraphs kept as objects)."""
        return {name: getattr(self, name) for name in ARTICLE_COLUMNS}


class ReadError(Exception):
    """A reason why a file or record cannot be read, in plain words."""


def _published(
    text_date: str, meta_date: Any, url: str, lede_date: str = "", body: Iterable[str] = ()
) -> tuple[str, str]:
    """Publication date and where it came from: metadata, else text, else URL, else the lede's date.

    A date field (or HTML meta tag) is the corpus builder's explicit word and
    wins over a date line of the text, which can be an event or update date.
    With none of them, a date inferred from the body paragraphs
    (:func:`rasd.pub_infer.infer_published`, or a war's day count on the weekday of writing,
    :func:`rasd.pub_war_days.infer_war_day_published`) is taken, with source ``inferred``;
    failing that, the day the lede's statement is dated with
    (:func:`rasd.pub_lede.infer_statement_published`) or by a yearless «اليوم + weekday +
    day month» (:func:`rasd.pub_yearless.infer_yearless_published`), with source
    ``inferred_statement``;
    failing that, the day a well-known incident of the lede implies
    (:func:`rasd.pub_incident.infer_incident_published`), or one the text tells anywhere and
    dates with «أمس/اليوم + its weekday» (:func:`rasd.pub_incident_day.infer_told_incident_published`),
    or one the first paragraph dates with its bare weekday, or the lede's with a plain «اليوم/أمس»,
    or the first paragraph's incident in a text that names no day (:mod:`rasd.pub_incident_bare`),
    or the lede's incident dated by the first paragraph's day (:mod:`rasd.pub_incident_lead`),
    or a later «اليوم + weekday» of a page following the incident up (:mod:`rasd.pub_incident_after`),
    with source ``inferred_incident``.
    """
    meta = parse_metadata_date(meta_date)
    if meta:
        return meta, "metadata"
    if text_date:
        return text_date, "text"
    from_url = find_url_date(url)
    if from_url:
        return from_url, "url"
    if lede_date:
        return lede_date, "text"
    body = list(body)
    inferred = infer_published(body) or infer_war_day_published(body)
    if inferred:
        return inferred, "inferred"
    stated = infer_statement_published(body) or infer_yearless_published(body)
    if stated:
        return stated, "inferred_statement"
    from_incident = (
        infer_incident_published(body)
        or infer_told_incident_published(body)
        or infer_bare_incident_published(body)
        or infer_plain_incident_published(body)
        or infer_dayless_incident_published(body)
        or infer_lead_day_incident_published(body)
        or infer_followup_incident_published(body)
    )
    return (from_incident, "inferred_incident") if from_incident else ("", "")


def _outlet(name: Any, url: str, text: str) -> str:
    """Outlet from metadata, else from the URL host, else from the article citing itself."""
    named = outlet_from_name(str(name)) if name else ""
    return named or outlet_from_host(url) or outlet_from_text(text)


def count_words(texts: Iterable[str]) -> int:
    """Number of words (runs of letters and digits) in some texts."""
    return sum(len(_WORD_RE.findall(t)) for t in texts)


def _build(
    article_id: str,
    path: str,
    text: str,
    meta: Mapping[str, Any],
    hints: Mapping[int, str] | None = None,
) -> Article:
    """Analyse one article text and combine it with its metadata."""
    title = str(meta.get("title") or "").strip() or None
    structure = analyse_text(text, title=title, hints=hints)
    url = str(meta.get("url") or "").strip()
    body = [p.text for p in structure.paragraphs if p.kind == "body"]
    signed = [p.text for p in structure.paragraphs if p.kind == "body" or is_post_signature(p.text)]
    lead = itertools.takewhile(lambda p: p.kind != "body", structure.paragraphs)
    signed = [p.text for p in lead if is_yearless_date_line(p.text)] + signed  # «الخميس، 26 مارس» above the body
    published, source = _published(structure.published, meta.get("date"), url, structure.lede_date, signed)
    return Article(
        article_id=article_id,
        path=path,
        outlet=_outlet(meta.get("outlet"), url, text),
        url=url,
        headline=structure.headline,
        published=published,
        published_source=source,
        photo_credit=structure.photo_credit,
        paragraphs=structure.paragraphs,
        text=text,
        n_words=count_words(body),
    )


def _from_html(article_id: str, path: str, markup: str, meta: Mapping[str, Any]) -> Article:
    """Build an article from HTML; record fields win over what the page says."""
    page = html_to_article(markup)
    merged = {
        "title": meta.get("title") or page.title,
        "date": meta.get("date") or page.published,
        "url": meta.get("url") or page.url,
        "outlet": meta.get("outlet") or page.outlet,
    }
    return _build(article_id, path, page.text, merged, page.hints or None)


def _from_record(article_id: str, path: str, record: Any) -> Article:
    """Build an article from one JSON or CSV record."""
    if not isinstance(record, Mapping):
        raise ReadError(f"record is a JSON {type(record).__name__}, not an object with fields")
    meta = map_fields(record)
    text = meta["text"]
    if not isinstance(text, str) or not text.strip():
        raise ReadError(f"record has no article text (no non-empty field {_looked_for()})")
    if looks_like_html(text):
        return _from_html(article_id, path, text, meta)
    return _build(article_id, path, normalize_newlines(text), meta)


def _looked_for() -> str:
    """The usual names of the text field, for problem messages."""
    names = field_aliases()["text"]
    return ", ".join(names[:4]) + " or another usual name" if len(names) > 4 else ", ".join(names)


def _decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """The text of a file's bytes, with a warning when part of it was not read cleanly."""
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise ReadError(str(exc)) from exc
    notes = [Problem(name, "", "read", "warning", decoded.note)] if decoded.note else []
    return decoded.text, notes


def _read_txt(path: Path, data: bytes, name: str) -> Iterator[Article | Problem]:
    text, notes = _decode(data, name)
    yield from notes
    if not text.strip():
        raise ReadError("file has only white space, no text")
    if looks_like_html(text) and text.lstrip().startswith("<"):
        yield _from_html(path.stem, name, text, {})
        return
    meta, n_header = split_header(text)
    hints = dict.fromkeys(range(n_header), "boilerplate")
    yield _build(path.stem, name, text, meta, hints or None)


def _read_html(path: Path, data: bytes, name: str) -> Iterator[Article | Problem]:
    markup, notes = _decode(data, name)
    yield from notes
    article = _from_html(path.stem, name, markup, {})
    if not article.text.strip():
        raise ReadError("HTML page has no readable text")
    yield article


def _without_surrogates(value: Any) -> tuple[Any, int]:
    """A parsed JSON value with lone surrogates (from broken escapes) replaced by U+FFFD.

    Returns:
        The cleaned value and the number of characters replaced.
    """
    if isinstance(value, str):
        return _SURROGATE_RE.subn("\ufffd", value)
    if isinstance(value, list):
        items = [_without_surrogates(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        pairs = [(_without_surrogates(k), _without_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    return value, 0


def _clean_record(name: str, number: str, record: Any) -> tuple[Any, list[Problem]]:
    """A record without lone surrogates, and a warning when some were replaced."""
    record, n_bad = _without_surrogates(record)
    if not n_bad:
        return record, []
    reason = f"{n_bad} broken \\u escape(s) (lone surrogates) replaced by \ufffd"
    return record, [Problem(name, number, "read", "warning", reason)]


def _records(path: Path, name: str, records: Iterable[tuple[int, Any]]) -> Iterator[Article | Problem]:
    """Articles of numbered records; a bad record becomes a problem and reading goes on."""
    for number, raw in records:
        record, notes = _clean_record(name, str(number), raw)
        yield from notes
        try:
            article = _from_record(f"{path.stem}#{number}", name, record)
        except ReadError as exc:
            yield Problem(name, str(number), "read", "error", str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
            reason = f"record could not be read: {type(exc).__name__}: {exc}"
            yield Problem(name, str(number), "read", "error", reason)
        else:
            yield article


def _json_error(exc: json.JSONDecodeError) -> str:
    """The parser's message in plain words (``Unterminated string starting at`` -> ``unterminated string``)."""
    msg = exc.msg.removesuffix(" starting at")
    return msg[:1].lower() + msg[1:]


def _json_records(data: Any) -> list[Any] | None:
    """The list of article records of a parsed JSON document, or None for a single article."""
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping) and map_fields(data)["text"] is None:
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
    return None


def _read_json(path: Path, data: bytes, name: str) -> Iterator[Article | Problem]:
    text, notes = _decode(data, name)
    yield from notes
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {_json_error(exc)}") from exc
    records = _json_records(doc)
    if records is None:
        doc, notes = _clean_record(name, "", doc)
        yield from notes
        yield _from_record(path.stem, name, doc)
    elif not records:
        raise ReadError("JSON file holds an empty list of articles")
    else:
        yield from _records(path, name, enumerate(records, start=1))


def _jsonl_records(text: str) -> Iterator[tuple[int, Any]]:
    """Numbered records of a JSON Lines text; a line that is not JSON gives an exception object."""
    number = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        number += 1
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, ReadError(f"invalid JSON on this line at column {exc.colno}: {_json_error(exc)}")


def _read_jsonl(path: Path, data: bytes, name: str) -> Iterator[Article | Problem]:
    text, notes = _decode(data, name)
    yield from notes
    for number, record in _jsonl_records(text):
        if isinstance(record, ReadError):
            yield Problem(name, str(number), "read", "error", str(record))
        else:
            yield from _records(path, name, [(number, record)])


def _delimiter(text: str) -> str:
    """The delimiter of a CSV text: the candidate found most often in its header line."""
    header = text.split("\n", 1)[0]
    return max(_CSV_DELIMITERS, key=header.count)


def _read_csv(path: Path, data: bytes, name: str) -> Iterator[Article | Problem]:
    text, notes = _decode(data, name)
    yield from notes
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    header = [str(h).strip().lower() for h in reader.fieldnames or []]
    if not header:
        raise ReadError("CSV file has no header row")
    if not set(header) & set(field_aliases()["text"]):
        raise ReadError(f"CSV has no text column (no {_looked_for()}; found {', '.join(header)})")
    try:
        rows = [(n, {k: v for k, v in row.items() if k is not None}) for n, row in enumerate(reader, 1)]
    except csv.Error as exc:
        raise ReadError(f"invalid CSV: {exc}") from exc
    yield from _records(path, name, rows)


READERS: dict[str, Callable[[Path, bytes, str], Iterator[Article | Problem]]] = {
    ".txt": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}
