"""Charts of the Rasd tables: pure functions from DataFrames to matplotlib Figures.

Every ``plot_*`` function takes the public tables (``articles``, ``attack_counts``,
``events``, ``deployments``, ``statements``), never mutates them, and returns a
:class:`matplotlib.figure.Figure` built without pyplot (nothing is shown; the caller
saves it with :func:`save_figure` or lets Jupyter display it). An empty or
column-less table gives a figure that says "no data" instead of raising. Inputs
are sorted and the figure size is fixed, so the same tables give the same PNG.

``label_lang="ar"`` (default) writes titles, axes and category names in Arabic,
``"en"`` in English. Values that come from the articles (speaker, actor, source
names) are shown as given, unless a ``<column>_en`` column provides an English
form. Arabic is passed to matplotlib as plain text: matplotlib >= 3.11 shapes and
orders it itself (DejaVu Sans covers Arabic); no reshaping/bidi library is used.
The statement charts live in :mod:`rasd.statement_charts` (re-exported here), the
map in :mod:`rasd.maps`, shared helpers in :mod:`rasd.chartkit`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from rasd.chartkit import (
    add_source_line,
    category_colors,
    day_dates,
    directed,
    display_values,
    draw_weekly_stacks,
    finish_axes,
    label,
    new_figure,
    no_data_figure,
    published_dates,
    qualified,
    rasd_style,
    save_figure,
    set_week_ticks,
    source_text,
    top_categories,
    usable,
    use_rasd_style,
    value_label,
    week_starts,
)
from rasd.maps import plot_map
from rasd.statement_charts import (
    plot_named_vs_anonymous,
    plot_statements,
    plot_statements_over_time,
)

__all__ = [
    "use_rasd_style",
    "save_figure",
    "plot_attack_tallies",
    "plot_events_per_week",
    "plot_claimed_vs_reported",
    "plot_troops",
    "plot_statements",
    "plot_named_vs_anonymous",
    "plot_statements_over_time",
    "plot_map",
]

TALLY_UNITS = ("attack", "operation")
SCOPE_LINESTYLES = {"Iraq": "-", "Syria": "--", "Iraq+Syria": "-."}
EVENT_KEY = ("date", "type", "actor", "target", "place", "weapon")


def plot_attack_tallies(
    attack_counts: pd.DataFrame, articles: pd.DataFrame | None = None, label_lang: str = "ar"
) -> Figure:
    """Plot reported running tallies of attacks against the date they were reported for.

    Only rows whose unit is ``attack`` or ``operation`` and whose ``as_of`` is a
    date are used. One line per (source, scope): colour by source, line style by
    scope (Iraq solid, Syria dashed, Iraq+Syria dash-dot, others dotted). Each point
    is annotated with its figure, prefixed by its qualifier (``~`` approx, ``≥`` at
    least, ``>`` more than, ``<`` less than). Identical reports are drawn once.

    Args:
        attack_counts: The ``attack_counts`` table.
        articles: The ``articles`` table, for the outlets in the source line.
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure (one axes; ``ax.lines`` holds one line per series).
    """
    title = label("tallies_title", label_lang)
    with rasd_style(label_lang):
        if not usable(attack_counts, ("article_id", "count", "unit", "as_of")):
            return no_data_figure(title, label_lang)
        points = tally_points(attack_counts, label_lang)
        if points.empty:
            return no_data_figure(title, label_lang)
        fig, ax = new_figure()
        colors = category_colors(sorted(points["source"].unique()))
        points["below"] = _crowded_from_above(points)
        for (source, scope), grp in points.groupby(["source", "scope"], sort=True):
            src = source or label("unattributed", label_lang)
            scope_name = value_label(scope, "scope", label_lang)
            (line,) = ax.plot(grp["as_of"], grp["count"], marker="o", color=colors[source],
                              linestyle=SCOPE_LINESTYLES.get(scope, ":"),
                              label=directed(f"{src} — {scope_name}", label_lang))
            for row in grp.itertuples():
                ax.annotate(qualified(row.count, row.qualifier),
                            (mdates.date2num(row.as_of), row.count),
                            xytext=(0, -8 if row.below else 7), textcoords="offset points",
                            ha="center", va="top" if row.below else "baseline",
                            fontsize=8, color=line.get_color())
        ax.set_ylim(bottom=0)
        ax.margins(x=0.06, y=0.15)
        first, last = points["as_of"].min(), points["as_of"].max()
        if (last - first).days < 60:  # a few close points: show a two-month window around them
            mid = first + (last - first) / 2
            ax.set_xlim(mid - pd.Timedelta(days=30), mid + pd.Timedelta(days=30))
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.tick_params(axis="x", labelrotation=30)
        finish_axes(ax, title, "as_of_date", "tally_axis", label_lang, legend_title="series")
        ids = points["article_id"].explode()
        add_source_line(fig, source_text(ids, articles, label_lang), label_lang)
        return fig


def tally_points(attack_counts: pd.DataFrame, label_lang: str = "ar") -> pd.DataFrame:
    """Return the distinct dated tallies (unit attack/operation) sorted for plotting.

    Columns: source (``source_en`` when given and ``label_lang="en"``), scope,
    as_of (Timestamp), count (int), qualifier, article_id (tuple of all the
    articles that reported the same figure).
    """
    df = attack_counts[attack_counts["unit"].isin(TALLY_UNITS)].copy()
    df["as_of"] = day_dates(df["as_of"])
    df["count"] = pd.to_numeric(df["count"], errors="coerce")
    df = df.dropna(subset=["as_of", "count"])
    for col in ("source", "scope", "qualifier"):
        df[col] = df[col].fillna("").astype(str).str.strip() if col in df else ""
    df["count"] = df["count"].astype(int)
    if label_lang == "en" and "source_en" in df:
        english = df["source_en"].fillna("").astype(str).str.strip()
        df["source"] = english.where(english != "", df["source"])
    keys = ["source", "scope", "as_of", "count", "qualifier"]
    df["article_id"] = df["article_id"].astype(str)
    grouped = df.groupby(keys, sort=True)["article_id"].agg(lambda s: tuple(sorted(set(s))))
    return grouped.reset_index()


def _crowded_from_above(points: pd.DataFrame) -> pd.Series:
    """Whether another series has a point just above (same date): then label below."""
    gap = 0.08 * points["count"].max()
    pairs = points.reset_index().merge(points.reset_index(), on="as_of", suffixes=("", "_o"))
    diff = pairs["count_o"] - pairs["count"]
    above = (pairs["index"] != pairs["index_o"]) & (diff >= 0) & (diff <= gap)
    above &= (diff > 0) | (pairs["index_o"] < pairs["index"])
    return above.groupby(pairs["index"]).any().reindex(points.index, fill_value=False)


def plot_events_per_week(
    events: pd.DataFrame, by: str = "type", label_lang: str = "ar", top: int = 8,
    dedupe: bool = True,
) -> Figure:
    """Plot dated events per ISO week (Monday start) as bars stacked by ``by``.

    Only day-precise dates are used (a month or year alone cannot be placed in a
    week); weeks without events between the first and the last are drawn empty.
    With ``dedupe``, rows identical on date, type, actor, target, place and weapon
    (the same event reported by several articles) count once.

    Args:
        events: The ``events`` table.
        by: ``"type"``, ``"weapon"`` or ``"actor"``.
        label_lang: ``"ar"`` or ``"en"``.
        top: Categories beyond the ``top`` most frequent are grouped as "other".
        dedupe: Count repeated reports of the same event once.

    Returns:
        The figure; ``ax.containers`` holds one bar container per category.
    """
    if by not in ("type", "weapon", "actor"):
        raise ValueError(f"by must be 'type', 'weapon' or 'actor', not {by!r}")
    title = label(f"events_by_{by}_title", label_lang)
    with rasd_style(label_lang):
        if not usable(events, ("article_id", "date", by)):
            return no_data_figure(title, label_lang)
        df = _dated(events, dedupe)
        if df.empty:
            return no_data_figure(title, label_lang)
        names = display_values(df[by], by, label_lang, df.get(f"{by}_en"))
        cats = top_categories(names, top, label_lang)
        fig, ax = new_figure()
        draw_weekly_stacks(ax, df["week"], cats, label_lang)
        finish_axes(ax, title, "week_axis", "events_axis", label_lang, legend_title=by)
        note = _undated_note(events, label_lang)
        add_source_line(fig, source_text(df["article_id"], None, label_lang, note), label_lang)
        return fig


def plot_claimed_vs_reported(events: pd.DataFrame, label_lang: str = "ar") -> Figure:
    """Plot, per ISO week, attacks reported against attacks claimed, side by side.

    "Reported" counts events of type ``attack``; "claimed" counts events of type
    ``claim`` plus attacks whose ``claimed`` cell is truthy (a claimant name, true, 1).

    Args:
        events: The ``events`` table.
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure; ``ax.containers`` holds two bar containers (reported, claimed).
    """
    title = label("claimed_title", label_lang)
    with rasd_style(label_lang):
        if not usable(events, ("article_id", "date", "type")):
            return no_data_figure(title, label_lang)
        df = _dated(events, dedupe=True)
        claimed = df["claimed"].map(_truthy) if "claimed" in df else False
        df = df.assign(reported=df["type"].eq("attack"),
                       is_claimed=df["type"].eq("claim") | (df["type"].eq("attack") & claimed))
        df = df[df["reported"] | df["is_claimed"]]
        if df.empty:
            return no_data_figure(title, label_lang)
        table = df.groupby("week")[["reported", "is_claimed"]].sum()
        weeks = pd.date_range(table.index.min(), table.index.max(), freq="7D")
        table = table.reindex(weeks, fill_value=0)
        fig, ax = new_figure()
        x = np.arange(len(table))
        for offset, col, color in ((-0.2, "reported", "#d62728"), (0.2, "is_claimed", "#9467bd")):
            bars = ax.bar(x + offset, table[col].to_numpy(), width=0.4, color=color,
                          label=label(col, label_lang))
            ax.bar_label(bars, labels=[str(v) if v else "" for v in table[col]], fontsize=7)
        set_week_ticks(ax, table.index)
        ax.set_ylim(0, max(1.0, table.to_numpy().max() * 1.12))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        finish_axes(ax, title, "week_axis", "events_axis", label_lang)
        add_source_line(fig, source_text(df["article_id"], None, label_lang), label_lang)
        return fig


def plot_troops(
    deployments: pd.DataFrame, articles: pd.DataFrame | None = None, label_lang: str = "ar"
) -> Figure:
    """Plot troop figures per force and country: the min–max range and the latest figure.

    Rows without a count (base-presence rows) are ignored. The bar spans the
    smallest to the largest figure reported across articles; the dot is the
    figure of the latest article (by ``articles.published``, then article id)
    and is annotated with it and the number of articles.

    Args:
        deployments: The ``deployments`` table.
        articles: The ``articles`` table (publication dates and outlets).
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure; one bar patch and one annotation per (force, country).
    """
    title = label("troops_title", label_lang)
    with rasd_style(label_lang):
        if not usable(deployments, ("article_id", "count", "force", "country")):
            return no_data_figure(title, label_lang)
        # Float, not the table's nullable Int64: ranges are clipped by fractions below.
        df = deployments.assign(count=pd.to_numeric(deployments["count"], errors="coerce").astype("float64"))
        df = df.dropna(subset=["count"])
        if df.empty:
            return no_data_figure(title, label_lang)
        quals = df["qualifier"] if "qualifier" in df else pd.Series("", index=df.index)
        df = df.assign(published=published_dates(df["article_id"], articles),
                       force=df["force"].fillna("").astype(str),
                       country=df["country"].fillna("").astype(str),
                       qualifier=quals.fillna("").astype(str))
        df = df.sort_values(["force", "country", "published", "article_id", "count"])
        rows = df.groupby(["force", "country"], sort=True).agg(
            low=("count", "min"), high=("count", "max"), latest=("count", "last"),
            latest_q=("qualifier", "last"),
            n=("article_id", "nunique"))
        rows = rows.iloc[::-1]
        names = [directed(f"{value_label(f, 'force', label_lang)} — "
                          f"{value_label(c, 'country', label_lang)}", label_lang)
                 for f, c in rows.index]
        fig, ax = new_figure(height=max(3.2, 1.5 + 0.75 * len(rows)))
        y = np.arange(len(rows))
        ax.barh(y, (rows["high"] - rows["low"]).clip(lower=rows["high"] * 0.004),
                left=rows["low"], height=0.3, color="#aec7e8", label=label("range", label_lang))
        ax.scatter(rows["latest"], y, color="#1f77b4", zorder=3, label=label("latest", label_lang))
        for yi, (_, r) in zip(y, rows.iterrows(), strict=True):
            ax.annotate(f"{qualified(int(r['latest']), r['latest_q'])} ({r['n']})",
                        (r["latest"], yi),
                        xytext=(0, 10), textcoords="offset points", ha="center", va="bottom",
                        fontsize=8.5)
        ax.set_yticks(y, names)
        ax.set_ylim(-0.6, len(rows) - 0.3)
        ax.set_xlim(0, rows["high"].max() * 1.15)
        finish_axes(ax, title, "troops_axis", None, label_lang)
        add_source_line(fig, source_text(df["article_id"], articles, label_lang,
                                         label("troops_note", label_lang)), label_lang)
        return fig


def _dated(events: pd.DataFrame, dedupe: bool) -> pd.DataFrame:
    """Events with a day-precise date, with a ``week`` column, optionally deduplicated."""
    df = events.assign(day=day_dates(events["date"])).dropna(subset=["day"])
    if dedupe:
        key = [c for c in EVENT_KEY if c in df]
        df = df.sort_values(["article_id", *key]).drop_duplicates(subset=key)
    return df.assign(week=week_starts(df["day"]))


def _undated_note(events: pd.DataFrame, label_lang: str) -> str:
    """Say how many rows had no day-precise date (so are not drawn)."""
    missing = int(day_dates(events["date"]).isna().sum())
    return f"{label('undated', label_lang)}: {missing}" if missing else ""


def _truthy(value: object) -> bool:
    """Whether a ``claimed`` cell says the attack was claimed."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return False
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "0", "no", "none", "nan")
    return bool(value)
