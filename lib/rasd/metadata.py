"""Who published an article, and the fields of structured records.

Outlets are named by a metadata field, a site name, the web host of the URL
or, failing all that, by the article itself when it cites its own reporting
(``قال لـ"العربي الجديد"``). Records of JSON, JSONL and CSV exports name their
fields in many ways (``text``/``body``/``content``, ``date``/``published_at``…);
:func:`map_fields` picks them by meaning. Both lists live in
``data/page_furniture.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from rasd.furniture import furniture, phrase_alternation
from rasd.text import normalize_str

__all__ = [
    "FIELD_MEANINGS",
    "MIN_SELF_CITATIONS",
    "field_aliases",
    "map_fields",
    "outlet_from_host",
    "outlet_from_name",
    "outlet_from_text",
    "split_header",
]

FIELD_MEANINGS = ("text", "title", "date", "url", "outlet")
# An article must cite itself this many times for its outlet to be read from the text.
MIN_SELF_CITATIONS = 2

_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
_HEADER_LINE_RE = re.compile(r"\s*([A-Za-z][A-Za-z_ -]{0,30}?)\s*:\s*(.*?)\s*")
_FENCE = "---"
# Proclitics (as in rasd.text.clitic_variants): conjunctions, the preposition lam, the article.
_CONJUNCTIONS = "وف"
_LAM = "ل"
_ARTICLE = "ال"


def _host(url: str) -> str:
    """Lower-cased host of a URL (or of a bare domain), without ``www.`` and the like."""
    text = url.strip().lower()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


def outlet_from_host(url: str) -> str:
    """Name of the outlet of a URL: the known name of its host, else the host itself, else ``""``."""
    host = _host(url) if url else ""
    if not host:
        return ""
    for outlet in furniture().outlets:
        for known in outlet["hosts"]:
            if host == known or host.endswith("." + known):
                return str(outlet["name"])
    return host


def outlet_from_name(name: str) -> str:
    """Outlet named by a metadata field: a domain is mapped like a URL host, a name kept as is."""
    name = name.strip()
    if name and " " not in name and "." in name:
        return outlet_from_host(name)
    return name


@lru_cache(maxsize=1)
def _self_citation_re() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One regex for citing an outlet as the one spoken to (``لـ"X"``, ``مع "X"``, ``للX``).

    Returns:
        The regex (group ``q`` holds a quoted alias, group ``b`` an alias after
        لل without its article) and the outlet name of each quoted and bare alias.
    """
    fur = furniture()
    quoted: dict[str, str] = {}
    for outlet in fur.outlets:
        for alias in map(str, outlet["aliases"]):
            quoted.setdefault(alias, str(outlet["name"]))
    bare = {a[len(_ARTICLE) :]: n for a, n in quoted.items() if a.startswith(_ARTICLE) and " " in a}
    preps = phrase_alternation(fur.self_citation_preps)
    pattern = (
        rf'(?<!\w)[{_CONJUNCTIONS}]?(?:{preps})\s*"\s*(?P<q>{phrase_alternation(quoted)})\s*"'
        # ل + ال is written لل: "للجزيره نت".
        rf"|(?<!\w)[{_CONJUNCTIONS}]?{_LAM}{_ARTICLE[1:]}(?P<b>{phrase_alternation(bare)})(?!\w)"
    )
    return re.compile(pattern), quoted, bare


def outlet_from_text(text: str) -> str:
    """The outlet an article names as its own reporter (``قال لـ"العربي الجديد"``), or ``""``.

    The outlet must be cited so at least :data:`MIN_SELF_CITATIONS` times and
    more often than any other known outlet.
    """
    regex, quoted, bare = _self_citation_re()
    counts: dict[str, int] = {}
    for m in regex.finditer(normalize_str(text)):
        if m.group("q"):
            name = quoted.get(" ".join(m.group("q").split()), "")
        else:
            name = bare.get(" ".join(m.group("b").split()), "")
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(((n, name) for name, n in counts.items() if name), reverse=True)
    if not ranked or ranked[0][0] < MIN_SELF_CITATIONS:
        return ""
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return ""
    return ranked[0][1]


def field_aliases() -> Mapping[str, tuple[str, ...]]:
    """Field names of structured records per meaning (``text``, ``title``, ``date``, ``url``, ``outlet``)."""
    return furniture().fields


def _scalar(value: Any) -> Any:
    """A field value as a plain value: the ``name`` of a dict, the first item of a list."""
    if isinstance(value, Mapping):
        for key in ("name", "title", "url", "@id", "id"):
            if value.get(key):
                return _scalar(value[key])
        return None
    if isinstance(value, list | tuple):
        return _scalar(value[0]) if value else None
    return value


def map_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Pick the text, title, date, url and outlet of a record by their usual field names.

    Field names are compared without case; for each meaning the first alias
    present with a non-empty value wins.

    Returns:
        A dict with the keys of :data:`FIELD_MEANINGS`; missing ones are None.
    """
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    out: dict[str, Any] = {}
    for meaning in FIELD_MEANINGS:
        out[meaning] = None
        for alias in field_aliases()[meaning]:
            value = _scalar(lowered.get(alias))
            if value is not None and str(value).strip():
                out[meaning] = value
                break
    return out


def _header_meaning(name: str) -> str | None:
    """Meaning of a header field name (``Title``, ``published_at``), except ``text``."""
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    for meaning in FIELD_MEANINGS[1:]:
        if key in field_aliases()[meaning]:
            return meaning
    return None


def split_header(text: str) -> tuple[dict[str, str], int]:
    """Read ``name: value`` metadata lines at the top of a text file (scraper dumps, front matter).

    The header is the run of non-empty lines at the very top whose names are
    known field names (``title: ...``, ``url: ...``, ``date: ...``,
    ``source: ...``), optionally fenced by ``---`` lines; it ends at the first
    other line.

    Returns:
        The values by meaning (``title``, ``date``, ``url``, ``outlet``) and the
        number of non-empty lines the header takes (0 when there is none).
    """
    meta: dict[str, str] = {}
    n_lines = 0
    for line in text.split("\n"):
        if not line.strip():
            if meta:
                break
            continue
        if line.strip() == _FENCE:
            n_lines += 1
            if meta:
                break
            continue
        m = _HEADER_LINE_RE.fullmatch(line)
        meaning = _header_meaning(m.group(1)) if m else None
        if m is None or meaning is None:
            break
        if m.group(2):
            meta.setdefault(meaning, m.group(2))
        n_lines += 1
    return (meta, n_lines) if meta else ({}, 0)
