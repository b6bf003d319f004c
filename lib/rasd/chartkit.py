"""Shared pieces of the Rasd charts: style, figure scaffolding (labels: :mod:`rasd.chartlabels`).

Used by :mod:`rasd.charts` and :mod:`rasd.maps`. Figures are created with
:class:`matplotlib.figure.Figure` directly (not pyplot), so building a chart never
opens a window nor registers a global figure; :func:`save_figure` writes a PNG
whose bytes depend only on the figure (no timestamp, no software version).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from rasd.chartlabels import (
    LANGS,
    OTHER,
    UNKNOWN,
    directed,
    display_values,
    label,
    qualified,
    value_label,
)

__all__ = [
    "DPI",
    "FIGSIZE",
    "RASD_STYLE",
    "OTHER",
    "UNKNOWN",
    "use_rasd_style",
    "rasd_style",
    "save_figure",
    "label",
    "value_label",
    "display_values",
    "qualified",
    "usable",
    "new_figure",
    "no_data_figure",
    "add_source_line",
    "source_text",
    "category_colors",
    "top_categories",
    "day_dates",
    "week_starts",
    "draw_weekly_stacks",
    "set_week_ticks",
    "finish_axes",
    "published_dates",
    "directed",
]

DPI = 120
FIGSIZE = (9.0, 5.2)
SOURCE_LINE_INCHES = 0.32
MAX_OUTLETS = 5
MAX_WEEK_TOTALS = 26
RASD_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 13,
    "axes.labelsize": 10.5,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9.5,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "text.parse_math": False,
}
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173")
GRAY = "#a0a0a0"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

def use_rasd_style() -> None:
    """Apply the Rasd chart style (DejaVu Sans, which covers Arabic; sizes) globally."""
    mpl.rcParams.update(RASD_STYLE)


def rasd_style(label_lang: str) -> contextlib.AbstractContextManager:
    """Context in which a chart is built: the Rasd style plus the text language.

    Raises:
        ValueError: When ``label_lang`` is neither ``"ar"`` nor ``"en"``.
    """
    if label_lang not in LANGS:
        raise ValueError(f"label_lang must be 'ar' or 'en', not {label_lang!r}")
    return mpl.rc_context({**RASD_STYLE, "text.language": label_lang})


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` as a reproducible PNG (dpi 120, no software/time metadata).

    Args:
        fig: The figure to write.
        path: Target file; missing parent folders are created.

    Returns:
        The path written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
    return path


def usable(df: pd.DataFrame | None, columns: Iterable[str]) -> bool:
    """Whether ``df`` has rows and all the ``columns``."""
    return df is not None and not df.empty and all(c in df.columns for c in columns)


def new_figure(height: float | None = None) -> tuple[Figure, Axes]:
    """A fixed-width figure with one axes and room at the bottom for the source line."""
    height = height or FIGSIZE[1]
    fig = Figure(figsize=(FIGSIZE[0], height), dpi=DPI, layout="constrained")
    bottom = SOURCE_LINE_INCHES / height
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
    return fig, fig.subplots()


def no_data_figure(title: str, label_lang: str) -> Figure:
    """A small figure with the chart's title and a "no data" message."""
    fig = Figure(figsize=(FIGSIZE[0], 3.0), dpi=DPI, layout="constrained")
    ax = fig.subplots()
    ax.set_title(title)
    ax.text(0.5, 0.5, label("no_data", label_lang), ha="center", va="center",
            transform=ax.transAxes, fontsize=14, color="0.45")
    ax.set_axis_off()
    return fig


def add_source_line(fig: Figure, text: str, label_lang: str) -> None:
    """Write the source line at the bottom of the figure (right-aligned in Arabic)."""
    right = label_lang == "ar"
    fig.text(0.99 if right else 0.01, 0.012, directed(text, label_lang),
             ha="right" if right else "left", va="bottom", fontsize=8, color="0.35")


def source_text(
    article_ids: pd.Series, articles: pd.DataFrame | None, label_lang: str, note: str = ""
) -> str:
    """The source line: number of articles, their outlets (when known) and a note."""
    ids = sorted(set(article_ids.dropna().astype(str)))
    sep = "، " if label_lang == "ar" else ", "
    parts = [f"{label('source', label_lang)}: {len(ids)} {label('articles', label_lang)}"
             if label_lang == "en" else f"{label('source', label_lang)}: "
             f"{label('articles', label_lang)} {len(ids)}"]
    if usable(articles, ("article_id", "outlet")):
        known = articles[articles["article_id"].astype(str).isin(ids)]
        outlets = known["outlet"].astype("string").fillna("")
        if label_lang == "en" and "outlet_en" in known:
            english = known["outlet_en"].astype("string").fillna("")
            outlets = english.where(english != "", outlets)
        outlets = sorted(set(outlets) - {""})
        if outlets:
            shown = sep.join(outlets[:MAX_OUTLETS])
            extra = f" (+{len(outlets) - MAX_OUTLETS})" if len(outlets) > MAX_OUTLETS else ""
            parts.append(f"{label('outlets', label_lang)}: {shown}{extra}")
    if note:
        parts.append(note)
    return " · ".join(parts)


def category_colors(categories: Iterable[str]) -> dict[str, str]:
    """Fixed colours for categories in order; "other"/"unknown" in gray."""
    gray = {label(k, lang) for k in (OTHER, UNKNOWN) for lang in LANGS}
    colors: dict[str, str] = {}
    for cat in categories:
        colors[cat] = GRAY if cat in gray else PALETTE[len(colors) % len(PALETTE)]
    return colors


def top_categories(values: pd.Series, top: int, label_lang: str) -> pd.Series:
    """Keep the ``top`` most frequent values (ties alphabetically); the rest become "other"."""
    counts = values.value_counts()
    ranked = sorted(counts.index, key=lambda v: (-counts[v], v))
    keep = set(ranked[:top])
    return values.where(values.isin(keep), label(OTHER, label_lang))


def day_dates(values: pd.Series) -> pd.Series:
    """Dates precise to the day as Timestamps; anything else (``""``, ``2024-03``) is NaT."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.normalize()
    text = values.astype("string").fillna("").str.strip()
    day = text.where(text.str.match(_ISO_DAY)).str.slice(0, 10)
    return pd.to_datetime(day, format="%Y-%m-%d", errors="coerce")


def week_starts(dates: pd.Series) -> pd.Series:
    """The Monday of each date's ISO week (NaT stays NaT)."""
    return dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")


def draw_weekly_stacks(
    ax: Axes, weeks: pd.Series, cats: pd.Series, label_lang: str,
    colors: dict[str, str] | None = None,
) -> None:
    """Draw bars per week (every week from first to last) stacked by category."""
    table = pd.crosstab(weeks, cats)
    full = pd.date_range(table.index.min(), table.index.max(), freq="7D")
    table = table.reindex(full, fill_value=0)
    tail = {label(OTHER, label_lang), label(UNKNOWN, label_lang)}
    order = sorted(table.columns, key=lambda c: (c in tail, -table[c].sum(), c))
    palette = colors or category_colors(order)
    x = np.arange(len(table))
    bottom = np.zeros(len(table))
    for cat in order:
        ax.bar(x, table[cat].to_numpy(), bottom=bottom, color=palette.get(cat, "#a0a0a0"),
               label=cat, width=0.8)
        bottom += table[cat].to_numpy()
    if len(table) <= MAX_WEEK_TOTALS:
        for xi, total in zip(x, bottom, strict=True):
            if total:
                ax.annotate(str(int(total)), (xi, total), xytext=(0, 2), textcoords="offset points",
                            ha="center", fontsize=7.5)
    ax.set_ylim(0, max(1.0, bottom.max() * 1.12))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    set_week_ticks(ax, table.index)


def set_week_ticks(ax: Axes, weeks: pd.DatetimeIndex) -> None:
    """Label bar positions with their week's Monday, thinning to at most 14 labels."""
    step = max(1, -(-len(weeks) // 14))
    positions = np.arange(len(weeks))[::step]
    ax.set_xticks(positions, [w.strftime("%Y-%m-%d") for w in weeks[::step]],
                  rotation=40, ha="right", rotation_mode="anchor")
    ax.set_xlim(-0.6, len(weeks) - 0.4)


def finish_axes(ax: Axes, title: str, xlabel: str, ylabel: str | None, label_lang: str,
            legend_title: str | None = None, handles: list | None = None) -> None:
    """Set title, axis labels, grid and an outside legend."""
    ax.set_title(title)
    ax.set_xlabel(label(xlabel, label_lang))
    if ylabel:
        ax.set_ylabel(label(ylabel, label_lang))
    ax.grid(axis="y" if ylabel else "x", alpha=0.3)
    kwargs = {"handles": handles} if handles else {}
    if handles or ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                  markerfirst=label_lang != "ar", alignment="right" if label_lang == "ar" else "left",
                  title=label(legend_title, label_lang) if legend_title else None, **kwargs)


def published_dates(article_ids: pd.Series, articles: pd.DataFrame | None) -> pd.Series:
    """Publication date (ISO string, "" if unknown) of each row's article."""
    if not usable(articles, ("article_id", "published")):
        return pd.Series("", index=article_ids.index)
    dates = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    return article_ids.map(dates).fillna("").astype(str)
