"""Charts of the ``statements`` table: who is quoted, named or anonymous, and when.

Same conventions as :mod:`rasd.charts` (which re-exports these functions): pure
functions from DataFrames to a :class:`matplotlib.figure.Figure`, "no data"
figures for empty tables, ``label_lang`` ``"ar"`` or ``"en"``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from rasd.chartkit import (
    UNKNOWN,
    add_source_line,
    day_dates,
    display_values,
    draw_weekly_stacks,
    finish_axes,
    label,
    new_figure,
    no_data_figure,
    published_dates,
    rasd_style,
    source_text,
    usable,
    week_starts,
)

__all__ = ["plot_statements", "plot_named_vs_anonymous", "plot_statements_over_time"]

SPEAKER_TYPES = ("person", "organization", "anonymous")
SPEAKER_COLORS = {"person": "#1f77b4", "organization": "#ff7f0e", "anonymous": "#7f7f7f"}


def plot_statements(
    statements: pd.DataFrame, by: str = "speaker", top: int = 15, label_lang: str = "ar"
) -> Figure:
    """Plot the ``top`` speakers (or affiliations) by number of statements.

    The speaker is ``speaker_canonical`` when given, else ``speaker``. Bars are
    coloured by speaker type and annotated with their count.

    Args:
        statements: The ``statements`` table.
        by: ``"speaker"`` or ``"affiliation"`` (rows without one are left out).
        top: How many bars.
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure; one bar patch per speaker, largest at the top.
    """
    if by not in ("speaker", "affiliation"):
        raise ValueError(f"by must be 'speaker' or 'affiliation', not {by!r}")
    title = label(f"statements_by_{by}_title", label_lang)
    with rasd_style(label_lang):
        if not usable(statements, ("article_id", by)):
            return no_data_figure(title, label_lang)
        df = statements.assign(who=_who(statements, by, label_lang),
                               stype=_speaker_type(statements))
        df = df[df["who"] != ""]
        if df.empty:
            return no_data_figure(title, label_lang)
        counts = df.groupby("who").agg(n=("who", "size"), stype=("stype", _mode))
        counts = counts.reset_index().sort_values(["n", "who"], ascending=[False, True]).head(top)
        counts = counts.iloc[::-1]
        fig, ax = new_figure(height=max(3.5, 1.2 + 0.32 * len(counts)))
        bars = ax.barh(np.arange(len(counts)), counts["n"],
                       color=[SPEAKER_COLORS.get(t, "#bcbd22") for t in counts["stype"]])
        ax.bar_label(bars, padding=3, fontsize=8)
        ax.set_yticks(np.arange(len(counts)), counts["who"].tolist())
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(x=0.08)
        handles = [Patch(color=SPEAKER_COLORS[t], label=label(t, label_lang))
                   for t in SPEAKER_TYPES if t in set(counts["stype"])]
        finish_axes(ax, title, "statements_axis", None, label_lang, handles=handles)
        add_source_line(fig, source_text(df["article_id"], None, label_lang), label_lang)
        return fig


def plot_named_vs_anonymous(
    statements: pd.DataFrame, articles: pd.DataFrame | None = None, label_lang: str = "ar"
) -> Figure:
    """Plot the share of named persons, organisations and anonymous sources.

    One stacked bar for all statements, plus one per outlet when ``articles`` is
    given; segments are labelled with their count when wide enough.

    Args:
        statements: The ``statements`` table.
        articles: The ``articles`` table (outlet of each article).
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure; ``ax.containers`` holds one container per speaker type.
    """
    title = label("named_title", label_lang)
    with rasd_style(label_lang):
        if not usable(statements, ("article_id", "speaker_type")):
            return no_data_figure(title, label_lang)
        df = statements.assign(stype=_speaker_type(statements))
        df = df[df["stype"].isin(SPEAKER_TYPES)]
        if df.empty:
            return no_data_figure(title, label_lang)
        groups = pd.Series(label("all_outlets", label_lang), index=df.index)
        table = pd.crosstab(groups, df["stype"])
        if usable(articles, ("article_id", "outlet")):
            outlets = _outlets(df["article_id"], articles, label_lang)
            table = pd.concat([table, pd.crosstab(outlets, df["stype"])])
        table = table.reindex(columns=list(SPEAKER_TYPES), fill_value=0).fillna(0).astype(int)
        table = table.iloc[::-1]
        shares = table.div(table.sum(axis=1), axis=0) * 100
        fig, ax = new_figure(height=max(3.5, 1.6 + 0.4 * len(table)))
        left = np.zeros(len(table))
        for stype in SPEAKER_TYPES:
            bars = ax.barh(np.arange(len(table)), shares[stype], left=left,
                           color=SPEAKER_COLORS[stype], label=label(stype, label_lang))
            ax.bar_label(bars, labels=[str(n) if s >= 6 else "" for n, s in
                                       zip(table[stype], shares[stype], strict=True)],
                         label_type="center", fontsize=8, color="white")
            left += shares[stype].to_numpy()
        ax.set_yticks(np.arange(len(table)), table.index.tolist())
        ax.set_xlim(0, 100)
        finish_axes(ax, title, "share_axis", None, label_lang)
        add_source_line(fig, source_text(df["article_id"], articles, label_lang), label_lang)
        return fig


def plot_statements_over_time(
    statements: pd.DataFrame, articles: pd.DataFrame | None = None, label_lang: str = "ar"
) -> Figure:
    """Plot statements per ISO week, stacked by speaker type.

    A statement is dated by its ``date`` column, else by its article's
    ``published`` date when ``articles`` is given.

    Args:
        statements: The ``statements`` table.
        articles: The ``articles`` table (fallback dates, outlets).
        label_lang: ``"ar"`` or ``"en"``.

    Returns:
        The figure; ``ax.containers`` holds one bar container per speaker type.
    """
    title = label("statements_time_title", label_lang)
    with rasd_style(label_lang):
        if not usable(statements, ("article_id",)):
            return no_data_figure(title, label_lang)
        own = day_dates(statements["date"]) if "date" in statements else None
        fallback = day_dates(published_dates(statements["article_id"], articles))
        dates = fallback if own is None else own.fillna(fallback)
        df = statements.assign(week=week_starts(dates), stype=_speaker_type(statements))
        df = df.dropna(subset=["week"])
        if df.empty:
            return no_data_figure(title, label_lang)
        fig, ax = new_figure()
        cats = display_values(df["stype"], "speaker_type", label_lang)
        draw_weekly_stacks(ax, df["week"], cats, label_lang,
                           colors={label(t, label_lang): c for t, c in SPEAKER_COLORS.items()})
        finish_axes(ax, title, "week_axis", "statements_axis", label_lang)
        add_source_line(fig, source_text(df["article_id"], articles, label_lang), label_lang)
        return fig


def _who(statements: pd.DataFrame, by: str, label_lang: str) -> pd.Series:
    """The speaker (canonical form first) or the affiliation of each statement."""
    col = statements[by].fillna("").astype(str).str.strip()
    if by == "speaker" and "speaker_canonical" in statements:
        canon = statements["speaker_canonical"].fillna("").astype(str).str.strip()
        col = canon.where(canon != "", col)
    if label_lang == "en" and f"{by}_en" in statements:
        english = statements[f"{by}_en"].fillna("").astype(str).str.strip()
        col = english.where(english != "", col)
    return col


def _outlets(article_ids: pd.Series, articles: pd.DataFrame, label_lang: str) -> pd.Series:
    """The outlet of each row's article (``outlet_en`` first in English; "unknown" if none)."""
    arts = articles.drop_duplicates("article_id").set_index("article_id")
    names = arts["outlet"].astype("string").fillna("")
    if label_lang == "en" and "outlet_en" in arts:
        english = arts["outlet_en"].astype("string").fillna("")
        names = english.where(english != "", names)
    found = article_ids.map(names).astype("string").fillna("")
    return found.where(found != "", label(UNKNOWN, label_lang)).astype(object)


def _speaker_type(statements: pd.DataFrame) -> pd.Series:
    """The speaker type of each statement ("" when the column is absent)."""
    if "speaker_type" not in statements:
        return pd.Series("", index=statements.index)
    return statements["speaker_type"].fillna("").astype(str).str.strip()


def _mode(values: pd.Series) -> str:
    """Most frequent value, ties broken alphabetically."""
    counts = values.value_counts()
    return sorted(counts[counts == counts.max()].index)[0]
