"""Map of the places found in the articles, over the region's country borders.

:func:`plot_map` draws longitude/latitude axes (equirectangular, aspect set for
34°N) over Iraq, Syria, Jordan and their neighbours, with the borders of
``data/boundaries.geojson`` (Natural Earth 1:110m, see ``data/boundaries.README.md``).
Bases, event places and other mentioned places get distinct markers. Labels are
placed greedily (bases first, then the most frequent places) at the first of four
positions around the point that overlaps nothing already drawn; a label that fits
nowhere is left out, so the map stays legible and the same tables give the same map.
"""

from __future__ import annotations

import itertools
import json
import math
from functools import cache
from typing import Any

import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Bbox

from rasd.chartkit import DPI, add_source_line, label, rasd_style, source_text, usable
from rasd.paths import data_file

__all__ = ["EXTENT", "load_boundaries", "map_points", "plot_map"]

EXTENT = (34.0, 50.0, 28.0, 39.0)  # lon_min, lon_max, lat_min, lat_max
ASPECT = 1 / math.cos(math.radians(34.0))
FIGSIZE = (9.0, 7.3)
AXES_RECT = (0.09, 0.1, 0.88, 0.84)
HALO = (patheffects.withStroke(linewidth=2.5, foreground="white"),)
MAX_LABELS = 40
SKIP_PLACE_TYPES = ("country", "region", "sea", "river")
PRIORITY = {"bases": 0, "event_places": 1, "places": 2}
# (marker, size, colour, z-order) per kind of point, in drawing order.
KINDS = {
    "places": ("o", 22, "#555555", 3),
    "event_places": ("^", 60, "#d62728", 4),
    "bases": ("s", 55, "#1f77b4", 5),
}
# Label positions tried in order: offset in points, horizontal and vertical alignment.
LABEL_SLOTS = (((6, 0), "left", "center"), ((-6, 0), "right", "center"),
               ((0, 6), "center", "bottom"), ((0, -6), "center", "top"),
               ((5, 5), "left", "bottom"), ((-5, 5), "right", "bottom"),
               ((5, -5), "left", "top"), ((-5, -5), "right", "top"))


@cache
def load_boundaries() -> dict[str, Any]:
    """The country borders FeatureCollection of ``data/boundaries.geojson`` (cached)."""
    with data_file("boundaries.geojson").open(encoding="utf-8") as fh:
        return json.load(fh)


def plot_map(
    places_df: pd.DataFrame | None,
    events_df: pd.DataFrame | None = None,
    bases_df: pd.DataFrame | None = None,
    label_lang: str = "ar",
) -> Figure:
    """Plot the places, event places and bases of the tables on a map of the region.

    Args:
        places_df: The ``places`` table (name, canonical, name_en, type, lat, lon).
            Places typed country/region/sea/river are not drawn as points.
        events_df: The ``events`` table (place, lat, lon); one marker per place.
        bases_df: Bases, with a name column (``place``, ``name`` or ``canonical``) and
            optionally ``lat``/``lon``; missing coordinates are looked up in
            ``places_df`` by name, so the ``deployments`` table can be passed as is.
        label_lang: ``"ar"`` or ``"en"`` (place names use ``name_en`` in English).

    Returns:
        The figure: one scatter collection per kind of point present, one text per
        placed label, country names as texts too.
    """
    title = label("map_title", label_lang)
    with rasd_style(label_lang):
        points = map_points(places_df, events_df, bases_df, label_lang)
        fig = Figure(figsize=FIGSIZE, dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_axes(AXES_RECT)
        _draw_base_map(ax, label_lang)
        ax.set_title(title)
        inside = points[_inside(points["lon"], points["lat"])]
        for kind, (marker, size, color, z) in KINDS.items():
            sub = inside[inside["kind"] == kind]
            if not sub.empty:
                ax.scatter(sub["lon"], sub["lat"], marker=marker, s=size, color=color,
                           edgecolor="white", linewidth=0.6, zorder=z, label=label(kind, label_lang))
        if inside.empty:
            ax.text(0.5, 0.5, label("no_data", label_lang), ha="center", va="center",
                    transform=ax.transAxes, fontsize=14, color="0.35", zorder=6)
        else:
            legend = ax.legend(loc="upper right", framealpha=0.9, markerfirst=label_lang != "ar")
            legend.set_zorder(7)
        _place_labels(fig, ax, inside)
        tables = (places_df, events_df, bases_df)
        add_source_line(fig, _map_source(points, inside, tables, label_lang), label_lang)
        return fig


def map_points(
    places_df: pd.DataFrame | None, events_df: pd.DataFrame | None,
    bases_df: pd.DataFrame | None, label_lang: str,
) -> pd.DataFrame:
    """One row per point to draw: kind, name, lon, lat, n (mentions), priority.

    Rows come sorted by priority (bases, event places, other places) then by
    mentions. A spot (coordinates to 0.01°) is drawn once, as its highest kind.
    Coordinates and English names missing from events or bases are looked up
    in ``places_df`` by name.
    """
    gazetteer = _gazetteer(places_df)
    tables = (("bases", bases_df), ("event_places", events_df), ("places", places_df))
    frames = [_points(df, kind, label_lang, gazetteer) for kind, df in tables]
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=["kind", "name", "lon", "lat", "n", "priority"])
    points = pd.concat(frames, ignore_index=True)
    points = points.sort_values(["priority", "n", "name"], ascending=[True, False, True],
                                ignore_index=True)
    spot = points["lat"].round(2).astype(str) + "," + points["lon"].round(2).astype(str)
    return points[~spot.duplicated()].reset_index(drop=True)


def _points(df: pd.DataFrame | None, kind: str, label_lang: str,
            gazetteer: dict[str, tuple[float, float, str]]) -> pd.DataFrame:
    """Aggregate one table into named points with coordinates."""
    if df is None or df.empty:
        return pd.DataFrame()
    if kind == "places" and "type" in df:
        df = df[~df["type"].isin(SKIP_PLACE_TYPES)]
    name = _column(df, "place", "name", "canonical")
    known = [gazetteer.get(n, (math.nan, math.nan, "")) for n in name]
    lat = pd.to_numeric(df["lat"], errors="coerce") if "lat" in df else pd.Series(math.nan, df.index)
    lon = pd.to_numeric(df["lon"], errors="coerce") if "lon" in df else pd.Series(math.nan, df.index)
    english = _column(df, "place_en", "name_en")
    english = english.where(english != "", [k[2] for k in known])
    shown = english.where(english != "", name) if label_lang == "en" else name
    out = pd.DataFrame({"name": shown,
                        "lat": lat.fillna(pd.Series([k[0] for k in known], index=df.index)),
                        "lon": lon.fillna(pd.Series([k[1] for k in known], index=df.index))})
    out = out[out["name"] != ""].dropna(subset=["lat", "lon"]).round({"lat": 3, "lon": 3})
    if out.empty:
        return pd.DataFrame()
    grouped = out.groupby(["name", "lat", "lon"], sort=True).size().rename("n").reset_index()
    grouped = grouped.sort_values(["name", "n"], ascending=[True, False]).drop_duplicates("name")
    return grouped.assign(kind=kind, priority=PRIORITY[kind])


def _column(df: pd.DataFrame, *columns: str) -> pd.Series:
    """The last non-empty value among ``columns`` of each row ("" when none)."""
    value = pd.Series("", index=df.index, dtype=object)
    for col in columns:
        if col in df:
            cell = df[col].astype("string").fillna("").str.strip().astype(object)
            value = cell.where(cell != "", value)
    return value


def _gazetteer(places: pd.DataFrame | None) -> dict[str, tuple[float, float, str]]:
    """Name or canonical name -> (lat, lon, English name) from the places table."""
    if not usable(places, ("lat", "lon")):
        return {}
    english = _column(places, "name_en")
    found: dict[str, tuple[float, float, str]] = {}
    for col in ("canonical", "name"):
        if col not in places:
            continue
        for name, lat, lon, eng in zip(places[col], places["lat"], places["lon"], english,
                                       strict=True):
            if isinstance(name, str) and name and pd.notna(lat) and pd.notna(lon):
                found.setdefault(name, (float(lat), float(lon), eng))
    return found


def _draw_base_map(ax: Axes, label_lang: str) -> None:
    """Country shapes, their names, the frame, the aspect and the axis labels."""
    name_key = "name_ar" if label_lang == "ar" else "name_en"
    for feature in load_boundaries()["features"]:
        geom = feature["geometry"]
        polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        for rings in polygons:
            path = MplPath.make_compound_path(*(MplPath(ring, closed=True) for ring in rings))
            ax.add_patch(PathPatch(path, facecolor="#f2efe6", edgecolor="#8a8a8a", linewidth=0.8,
                                   zorder=1))
        props = feature["properties"]
        if _inside(props["label_lon"], props["label_lat"]):
            ax.text(props["label_lon"], props["label_lat"], props[name_key], ha="center",
                    va="center", fontsize=9, color="#8f8f8f", zorder=2, path_effects=HALO)
    ax.set_facecolor("#dfeaf2")
    ax.set_xlim(*EXTENT[:2])
    ax.set_ylim(*EXTENT[2:])
    ax.set_aspect(ASPECT, adjustable="box")
    ax.set_xlabel(label("lon_axis", label_lang))
    ax.set_ylabel(label("lat_axis", label_lang))
    for spine in ax.spines.values():
        spine.set_visible(True)


def _place_labels(fig: Figure, ax: Axes, points: pd.DataFrame) -> None:
    """Label points greedily at the first free slot.

    A label may cover a country name only when no slot is free otherwise; that
    country name is then removed. A point whose label fits nowhere stays unlabelled.
    """
    renderer = fig.canvas.get_renderer()
    ax.apply_aspect()
    frame = ax.get_window_extent(renderer)
    countries = {t: t.get_window_extent(renderer) for t in ax.texts}
    taken = [ax.get_legend().get_window_extent(renderer)] if ax.get_legend() else []
    marks = ax.transData.transform(points[["lon", "lat"]].to_numpy()) if len(points) else []
    taken += [Bbox.from_bounds(x - 4, y - 4, 8, 8) for x, y in marks]
    labelled: set[str] = set()
    for row in points.itertuples():
        if row.name in labelled or len(labelled) >= MAX_LABELS:
            continue
        color = KINDS[row.kind][2] if row.kind != "places" else "#222222"
        for strict, (offset, ha, va) in itertools.product((True, False), LABEL_SLOTS):
            text = ax.annotate(row.name, (row.lon, row.lat), xytext=offset, color=color,
                               textcoords="offset points", ha=ha, va=va, fontsize=8.5, zorder=6,
                               path_effects=HALO)
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            covered = [t for t, b in countries.items() if box.overlaps(b)]
            if _fits(box, frame) and not any(box.overlaps(t) for t in taken) and (
                    not strict or not covered):
                for country in covered:
                    country.remove()
                    del countries[country]
                taken.append(box)
                labelled.add(row.name)
                break
            text.remove()


def _inside(lon: Any, lat: Any) -> Any:
    """Whether points (scalars or Series) lie inside the map frame."""
    return (lon >= EXTENT[0]) & (lon <= EXTENT[1]) & (lat >= EXTENT[2]) & (lat <= EXTENT[3])


def _fits(box: Bbox, frame: Bbox) -> bool:
    """Whether ``box`` lies inside ``frame``."""
    return box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0 and box.y1 <= frame.y1


def _map_source(points: pd.DataFrame, inside: pd.DataFrame,
                tables: tuple[pd.DataFrame | None, ...], label_lang: str) -> str:
    """Source line: articles, places drawn, places outside the frame, border data."""
    ids = [df["article_id"] for df in tables if usable(df, ("article_id",))]
    note = f"{label('places_count', label_lang)}: {len(inside)}"
    if len(points) > len(inside):
        note += f" · {label('outside', label_lang)}: {len(points) - len(inside)}"
    note += f" · {label('borders', label_lang)}"
    return source_text(pd.concat(ids) if ids else pd.Series(dtype=object), None, label_lang, note)
