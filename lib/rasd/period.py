"""Keep the rows of the tables that fall in a period (``since``/``until``, ISO days).

A row is dated by its own date when its table has one (``as_of`` of a tally,
``date`` of an event or statement, ``iso`` of a date expression, ``published``
of an article) and by its article's publication date otherwise, or when its own
date is empty. Dates known only to the month or year (``2023-11``, ``2023``)
cover every day of that month or year: the row is kept when that span meets the
period. When a bound is given, rows whose date is unknown are left out, because
nothing says they belong to the period; ``problems`` rows are always kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import pandas as pd

__all__ = ["OWN_DATE_COLUMNS", "parse_iso_day", "row_dates", "filter_table", "filter_tables"]

# Table -> column holding the row's own date.
OWN_DATE_COLUMNS = {
    "articles": "published",
    "attack_counts": "as_of",
    "events": "date",
    "statements": "date",
    "dates": "iso",
}
UNDATED_TABLES = ("problems",)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_iso_day(value: str) -> dt.date | None:
    """Parse a ``YYYY-MM-DD`` day; anything else (other layouts, impossible days) gives None."""
    value = value.strip()
    if not _ISO_DAY.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _span(value: str) -> tuple[str, str]:
    """First and last day (ISO strings) covered by a day, month or year; ("", "") if none."""
    match = _ISO_PARTIAL.match(value.strip())
    if not match:
        return "", ""
    year, month, day = match.groups()
    if day:
        return value.strip(), value.strip()
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


def row_dates(name: str, table: pd.DataFrame, articles: pd.DataFrame | None) -> pd.Series:
    """The date of every row of a table: its own date, else its article's publication date.

    Args:
        name: The table's name (selects the own-date column, see :data:`OWN_DATE_COLUMNS`).
        table: The table.
        articles: The ``articles`` table (``article_id``, ``published``).

    Returns:
        ISO strings (day, month or year), ``""`` when unknown, aligned with ``table``.
    """
    own_col = OWN_DATE_COLUMNS.get(name)
    dates = pd.Series("", index=table.index, dtype=object)
    if own_col and own_col in table:
        dates = table[own_col].astype("string").fillna("").str.strip().astype(object)
    if name != "articles" and articles is not None and "article_id" in table and len(articles):
        published = articles.drop_duplicates("article_id").set_index("article_id")["published"]
        fallback = table["article_id"].map(published).astype("string").fillna("").astype(object)
        dates = dates.where(dates != "", fallback)
    return dates


def filter_table(
    name: str, table: pd.DataFrame, articles: pd.DataFrame | None, since: str = "", until: str = ""
) -> pd.DataFrame:
    """The rows of one table dated within ``[since, until]`` (empty bound = open).

    Args:
        name: The table's name.
        table: The table.
        articles: The ``articles`` table, for publication dates.
        since: First day kept (``YYYY-MM-DD``) or ``""``.
        until: Last day kept (``YYYY-MM-DD``) or ``""``.

    Returns:
        The rows kept, index reset; the table itself when no bound is given.
    """
    if not (since or until) or name in UNDATED_TABLES:
        return table
    spans = row_dates(name, table, articles).map(_span)
    first = spans.map(lambda s: s[0])
    last = spans.map(lambda s: s[1])
    keep = first != ""
    if since:
        keep &= last >= since
    if until:
        keep &= first <= until
    return table[keep.astype(bool)].reset_index(drop=True)


def filter_tables(
    tables: Mapping[str, pd.DataFrame], since: str = "", until: str = ""
) -> dict[str, pd.DataFrame]:
    """Filter every table to the period (see :func:`filter_table`).

    Rows are dated against the UNFILTERED articles, so a tally dated in the
    period is kept even when its article was published after it.
    """
    articles = tables.get("articles")
    return {name: filter_table(name, table, articles, since, until)
            for name, table in tables.items()}
