"""Small summary tables for the report notebooks: pure functions of the Rasd tables.

Every function takes public tables (never mutates them) and returns a new
DataFrame sorted in a fixed order, so the same tables always print the same.
An empty input gives an empty frame with the documented columns.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from rasd.chartkit import published_dates, qualified

__all__ = [
    "UNKNOWN_DATE",
    "articles_by_outlet",
    "articles_by_month",
    "paragraph_kinds",
    "table_sizes",
    "troop_ranges",
    "bases_table",
    "statement_register",
    "statements_by",
    "speaker_type_shares",
]

UNKNOWN_DATE = "unknown"
BASE_COLUMNS = ["place", "name_en", "force", "country", "lat", "lon", "mentions", "articles"]
TROOP_COLUMNS = ["force", "country", "latest", "latest_published", "lowest", "highest",
                 "figures", "articles"]
REGISTER_COLUMNS = ["date", "speaker", "speaker_type", "role", "affiliation", "verb", "kind",
                    "quote", "article_id"]


def _text(series: pd.Series) -> pd.Series:
    """A column as stripped strings ("" for missing)."""
    return series.astype("string").fillna("").str.strip().astype(object)


def articles_by_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet: count, first and last publication date, words.

    Returns:
        Columns outlet, articles, first_published, last_published, words; most articles first.
    """
    cols = ["outlet", "articles", "first_published", "last_published", "words"]
    if articles.empty:
        return pd.DataFrame(columns=cols)
    df = articles.assign(outlet=_text(articles["outlet"]).replace("", "(unknown)"),
                         published=_text(articles["published"]))
    dated = df["published"].where(df["published"] != "")
    out = df.assign(dated=dated).groupby("outlet", sort=True).agg(
        articles=("article_id", "size"), first_published=("dated", "min"),
        last_published=("dated", "max"), words=("n_words", "sum"))
    out = out.fillna({"first_published": "", "last_published": ""}).reset_index()
    out["words"] = out["words"].astype("int64")
    return out.sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True)[cols]


def articles_by_month(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet (rows) and publication month (columns, ``unknown`` last)."""
    if articles.empty:
        return pd.DataFrame()
    month = _text(articles["published"]).str.slice(0, 7).replace("", UNKNOWN_DATE)
    outlet = _text(articles["outlet"]).replace("", "(unknown)")
    table = pd.crosstab(outlet.rename("outlet"), month.rename("month"))
    order = sorted(table.columns, key=lambda m: (m == UNKNOWN_DATE, m))
    return table[order]


def paragraph_kinds(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Number of lines of each kind per article (headline, dateline, caption, …)."""
    from rasd.structure import KINDS

    if paragraphs.empty:
        return pd.DataFrame(columns=list(KINDS))
    table = pd.crosstab(paragraphs["article_id"], paragraphs["kind"])
    return table.reindex(columns=list(KINDS), fill_value=0)


def table_sizes(
    before: Mapping[str, pd.DataFrame], after: Mapping[str, pd.DataFrame]
) -> pd.DataFrame:
    """Rows per table before and after the period filter."""
    rows = [{"table": name, "rows": len(frame), "in_period": len(after.get(name, frame))}
            for name, frame in before.items()]
    return pd.DataFrame(rows, columns=["table", "rows", "in_period"])


def troop_ranges(deployments: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Troop figures per force and country: the latest (by publication) and the range.

    Rows without a count (a base named as hosting a force) are left out. The
    latest figure is that of the latest article (publication date, then article
    id), with its qualifier sign (``~2500``), as :func:`rasd.charts.plot_troops` draws it.

    Returns:
        Columns :data:`TROOP_COLUMNS`, sorted by force and country.
    """
    df = deployments.assign(count=pd.to_numeric(deployments["count"], errors="coerce"))
    df = df.dropna(subset=["count"])
    if df.empty:
        return pd.DataFrame(columns=TROOP_COLUMNS)
    df = df.assign(published=published_dates(df["article_id"], articles),
                   force=_text(df["force"]), country=_text(df["country"]),
                   qualifier=_text(df["qualifier"]))
    df = df.sort_values(["force", "country", "published", "article_id", "count"])
    out = df.groupby(["force", "country"], sort=True).agg(
        latest_count=("count", "last"), latest_q=("qualifier", "last"),
        latest_published=("published", "last"), lowest=("count", "min"),
        highest=("count", "max"), figures=("count", "size"), articles=("article_id", "nunique"))
    out = out.reset_index()
    out["latest"] = [qualified(int(c), q) for c, q in zip(out["latest_count"], out["latest_q"],
                                                          strict=True)]
    for col in ("lowest", "highest"):
        out[col] = out[col].astype("int64")
    return out[TROOP_COLUMNS]


def _coordinates(places: pd.DataFrame | None) -> dict[str, tuple[float, float, str]]:
    """Place name or canonical name -> (lat, lon, English name): the tables, then the gazetteer."""
    from rasd.gazetteer import place_rows

    found: dict[str, tuple[float, float, str]] = {}
    if places is not None and not places.empty:
        for row in places.to_dict("records"):
            if pd.isna(row.get("lat")) or pd.isna(row.get("lon")):
                continue
            for key in (row.get("canonical"), row.get("name")):
                if isinstance(key, str) and key:
                    found.setdefault(key, (float(row["lat"]), float(row["lon"]),
                                           str(row.get("name_en") or "")))
    for row in place_rows():
        found.setdefault(row["canonical"], (row["lat"], row["lon"], row["name_en"]))
    return found


def bases_table(deployments: pd.DataFrame, places: pd.DataFrame | None) -> pd.DataFrame:
    """Places named as hosting a force, with their coordinates.

    Coordinates come from the ``places`` table (by name or canonical name),
    else from the gazetteer; they stay empty when neither knows the place.

    Returns:
        Columns :data:`BASE_COLUMNS`, one row per (place, force, country), most mentioned first.
    """
    df = deployments.assign(place=_text(deployments["place"]))
    df = df[df["place"] != ""]
    if df.empty:
        return pd.DataFrame(columns=BASE_COLUMNS)
    coords = _coordinates(places)
    df = df.assign(force=_text(df["force"]), country=_text(df["country"]))
    out = df.groupby(["place", "force", "country"], sort=True).agg(
        mentions=("place", "size"), articles=("article_id", "nunique")).reset_index()
    known = [coords.get(p, (float("nan"), float("nan"), "")) for p in out["place"]]
    out["lat"] = [k[0] for k in known]
    out["lon"] = [k[1] for k in known]
    out["name_en"] = [k[2] for k in known]
    out = out.sort_values(["mentions", "place"], ascending=[False, True], ignore_index=True)
    return out[BASE_COLUMNS]


def statement_register(statements: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """The statements, one per row: date (own, else the article's publication), who, verb, quote.

    Returns:
        Columns :data:`REGISTER_COLUMNS` plus ``sentence``, ``start``, ``end``
        (for evidence), sorted by date, article and position.
    """
    extra = ["sentence", "start", "end"]
    if statements.empty:
        return pd.DataFrame(columns=REGISTER_COLUMNS + extra)
    own = _text(statements["date"])
    published = published_dates(statements["article_id"], articles)
    df = statements.assign(date=own.where(own != "", published))
    df = df.sort_values(["date", "article_id", "start"], ignore_index=True)
    return df[REGISTER_COLUMNS + extra]


def statements_by(statements: pd.DataFrame, by: str = "speaker") -> pd.DataFrame:
    """Statements per speaker (canonical name first) or per affiliation.

    Returns:
        Columns ``by``, speaker_type (most frequent), statements, articles; most first.
    """
    cols = [by, "speaker_type", "statements", "articles"]
    if statements.empty:
        return pd.DataFrame(columns=cols)
    who = _text(statements[by])
    if by == "speaker":
        canon = _text(statements["speaker_canonical"])
        who = canon.where(canon != "", who)
    df = statements.assign(**{by: who, "speaker_type": _text(statements["speaker_type"])})
    df = df[df[by] != ""]
    if df.empty:
        return pd.DataFrame(columns=cols)
    out = df.groupby(by, sort=True).agg(
        speaker_type=("speaker_type", lambda s: sorted(s.mode())[0]),
        statements=(by, "size"), articles=("article_id", "nunique")).reset_index()
    return out.sort_values(["statements", by], ascending=[False, True], ignore_index=True)[cols]


def speaker_type_shares(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements by speaker type (person, organization, anonymous) with their share in %."""
    types = ["person", "organization", "anonymous"]
    counts = _text(statements["speaker_type"]).value_counts() if len(statements) else pd.Series()
    rows = [{"speaker_type": t, "statements": int(counts.get(t, 0))} for t in types]
    out = pd.DataFrame(rows)
    total = out["statements"].sum()
    out["share_%"] = (out["statements"] * 100 / total).round(1) if total else 0.0
    return out
