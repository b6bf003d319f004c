"""Charts and map: real properties of the figures built from small synthetic tables.

The tables below are invented for the tests (names of real outlets, places and
officials, but no article text). ``make_*`` functions are reused by the demo
script that renders every chart to PNG for visual checks.
"""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.text import Annotation

from rasd import charts, maps
from rasd.chartkit import day_dates, directed, label, top_categories, value_label, week_starts
from rasd.statement_charts import SPEAKER_TYPES
from rasd.tables import make_frame

ARTICLES = [  # article_id, outlet, published
    ("a1", "الجزيرة نت", "2023-10-30"),
    ("a2", "العربي الجديد", "2023-11-13"),
    ("a3", "الشرق الأوسط", "2023-11-28"),
    ("a4", "العربي الجديد", "2023-12-14"),
    ("a5", "بي بي سي عربي", "2024-01-08"),
    ("a6", "الجزيرة نت", "2024-01-29"),
    ("a7", "الشرق الأوسط", "2023-12-15"),
]

TALLIES = [  # article_id, count, unit, qualifier, scope, as_of, source
    ("a1", 23, "attack", "exact", "Iraq+Syria", "2023-10-30", "البنتاغون"),
    ("a2", 55, "attack", "exact", "Iraq+Syria", "2023-11-13", "البنتاغون"),
    ("a3", 73, "attack", "exact", "Iraq+Syria", "2023-11-28", "البنتاغون"),
    ("a3", 32, "attack", "exact", "Iraq", "2023-11-28", "البنتاغون"),
    ("a3", 41, "attack", "exact", "Syria", "2023-11-28", "البنتاغون"),
    ("a4", 92, "attack", "exact", "Iraq+Syria", "2023-12-14", "البنتاغون"),
    ("a7", 92, "attack", "exact", "Iraq+Syria", "2023-12-14", "البنتاغون"),
    ("a4", 100, "operation", "more_than", "Iraq+Syria", "2023-12-14", "المقاومة الإسلامية في العراق"),
    ("a5", 118, "attack", "approx", "Iraq+Syria", "2024-01-08", "البنتاغون"),
    ("a5", 53, "attack", "exact", "Iraq", "2024-01-08", "البنتاغون"),
    ("a5", 65, "attack", "exact", "Syria", "2024-01-08", "البنتاغون"),
    ("a6", 170, "operation", "approx", "Iraq+Syria", "2024-01-29", "المقاومة الإسلامية في العراق"),
    ("a6", 160, "attack", "at_least", "Iraq+Syria", "2024-01-29", "البنتاغون"),
    ("a2", 20, "drone", "approx", "Iraq+Syria", "2023-11-13", "مسؤول عراقي"),
    ("a5", 40, "attack", "exact", "Iraq", "", "مسؤول عراقي"),
]

EVENTS = [  # article_id, type, actor, place, lat, lon, weapon, date, claimed
    ("a1", "attack", "المقاومة الإسلامية في العراق", "عين الأسد", 33.80, 42.44, "drone", "2023-10-18", True),
    ("a1", "attack", "المقاومة الإسلامية في العراق", "حرير", 36.54, 44.35, "drone", "2023-10-19", None),
    ("a1", "interception", "الولايات المتحدة", "التنف", 33.50, 38.67, "drone", "2023-10-19", None),
    ("a2", "attack", "المقاومة الإسلامية في العراق", "التنف", 33.50, 38.67, "drone+rocket", "2023-10-24", True),
    ("a2", "us_strike", "الولايات المتحدة", "البوكمال", 34.45, 40.92, "air", "2023-10-27", None),
    ("a3", "us_strike", "الولايات المتحدة", "البوكمال", 34.45, 40.92, "air", "2023-10-27", None),
    ("a2", "claim", "المقاومة الإسلامية في العراق", "الشدادي", 36.06, 40.73, "rocket", "2023-10-25", None),
    ("a2", "attack", "كتائب حزب الله", "الشدادي", 36.06, 40.73, "rocket", "2023-11-01", None),
    ("a3", "attack", "كتائب حزب الله", "حقل العمر", 35.13, 40.58, "rocket", "2023-11-02", True),
    ("a3", "claim", "المقاومة الإسلامية في العراق", "عين الأسد", 33.80, 42.44, "drone", "2023-11-03", None),
    ("a3", "us_strike", "الولايات المتحدة", "جرف الصخر", 32.85, 44.07, "air", "2023-11-21", None),
    ("a4", "attack", "المقاومة الإسلامية في العراق", "مطار أربيل", 36.24, 43.96, "drone", "2023-11-22", True),
    ("a4", "attack", "النجباء", "فيكتوريا", 33.26, 44.23, "rocket", "2023-11-23", None),
    ("a4", "threat", "كتائب حزب الله", "", None, None, "", "2023-11-24", None),
    ("a4", "attack", "", "كونيكو", 35.29, 40.33, "mortar", "2023-12-05", None),
    ("a5", "attack", "المقاومة الإسلامية في العراق", "عين الأسد", 33.80, 42.44, "missile", "2023-12-06", True),
    ("a5", "visit", "لويد أوستن", "أربيل", 36.19, 44.01, "", "2023-12-07", None),
    ("a5", "attack", "المقاومة الإسلامية في العراق", "حقل العمر", 35.13, 40.58, "drone", "2023-12-08", None),
    ("a6", "us_strike", "الولايات المتحدة", "القائم", 34.37, 41.09, "air", "2023-12-26", None),
    ("a6", "attack", "المقاومة الإسلامية في العراق", "حرير", 36.54, 44.35, "drone", "2023-12", None),
    ("a6", "attack", "النجباء", "", None, None, "rocket", "", None),
]

DEPLOYMENTS = [  # article_id, count, qualifier, force, country, place
    ("a1", 2500, "approx", "US", "Iraq", ""),
    ("a3", 2500, "approx", "US", "Iraq", ""),
    ("a5", 2000, "exact", "US", "Iraq", ""),
    ("a2", 900, "approx", "US", "Syria", ""),
    ("a4", 900, "approx", "US", "Syria", ""),
    ("a6", 1000, "more_than", "US", "Syria", ""),
    ("a4", 3000, "approx", "Turkish", "Iraq", ""),
    ("a1", None, "", "US", "Iraq", "عين الأسد"),
    ("a1", None, "", "US", "Iraq", "حرير"),
    ("a2", None, "", "US", "Syria", "التنف"),
    ("a4", None, "", "US", "Syria", "الشدادي"),
]

STATEMENTS = [  # article_id, speaker, speaker_canonical, speaker_type, affiliation, date
    ("a1", "كيربي", "جون كيربي", "person", "البيت الأبيض", "2023-10-30"),
    ("a2", "جون كيربي", "جون كيربي", "person", "البيت الأبيض", ""),
    ("a4", "المتحدث جون كيربي", "جون كيربي", "person", "البيت الأبيض", "2023-12-13"),
    ("a2", "أوستن", "لويد أوستن", "person", "وزارة الدفاع الأمريكية", ""),
    ("a5", "لويد أوستن", "لويد أوستن", "person", "وزارة الدفاع الأمريكية", "2024-01-07"),
    ("a1", "البنتاغون", "البنتاغون", "organization", "", ""),
    ("a3", "البنتاغون", "البنتاغون", "organization", "", ""),
    ("a5", "وزارة الدفاع الأمريكية", "البنتاغون", "organization", "", ""),
    ("a6", "البنتاغون", "", "organization", "", ""),
    ("a2", "مصدر أمني عراقي", "", "anonymous", "", ""),
    ("a3", "مصدر أمني عراقي", "", "anonymous", "", ""),
    ("a4", "مصادر مطلعة", "", "anonymous", "", ""),
    ("a6", "مسؤول أمريكي", "", "anonymous", "", "2024-01-28"),
    ("a4", "كتائب حزب الله", "كتائب حزب الله", "organization", "", ""),
    ("a6", "قيادي في الفصائل", "", "anonymous", "كتائب حزب الله", ""),
    ("a3", "محمد شياع السوداني", "محمد شياع السوداني", "person", "الحكومة العراقية", "2023-11-27"),
]

PLACES = [  # article_id, name, canonical, name_en, type, lat, lon
    ("a1", "عين الأسد", "عين الأسد", "Ain al-Asad", "base", 33.80, 42.44),
    ("a2", "قاعدة عين الأسد", "عين الأسد", "Ain al-Asad", "base", 33.80, 42.44),
    ("a1", "حرير", "حرير", "Harir", "base", 36.54, 44.35),
    ("a2", "التنف", "التنف", "Al-Tanf", "base", 33.50, 38.67),
    ("a4", "الشدادي", "الشدادي", "Al-Shaddadi", "base", 36.06, 40.73),
    ("a1", "بغداد", "بغداد", "Baghdad", "city", 33.31, 44.37),
    ("a2", "بغداد", "بغداد", "Baghdad", "city", 33.31, 44.37),
    ("a3", "دير الزور", "دير الزور", "Deir ez-Zor", "city", 35.34, 40.14),
    ("a3", "أربيل", "أربيل", "Erbil", "city", 36.19, 44.01),
    ("a5", "عمّان", "عمان", "Amman", "city", 31.95, 35.93),
    ("a5", "الأنبار", "الأنبار", "Anbar", "province", 33.40, 42.00),
    ("a6", "العراق", "العراق", "Iraq", "country", 33.0, 43.7),
    ("a6", "واشنطن", "واشنطن", "Washington", "city", 38.90, -77.04),
]


def frame(table: str, cols: list[str], rows: list[tuple], **extra) -> pd.DataFrame:
    """A table with the public columns and dtypes of the output contract."""
    return make_frame(table, [dict(zip(cols, row, strict=True), **extra) for row in rows])


def make_articles() -> pd.DataFrame:
    return frame("articles", ["article_id", "outlet", "published"], ARTICLES,
                 published_source="text", n_words=400)


def make_attack_counts() -> pd.DataFrame:
    cols = ["article_id", "count", "unit", "qualifier", "scope", "as_of", "source"]
    return frame("attack_counts", cols, TALLIES, since="2023-10-17", sentence="جملة", start=0, end=4)


def make_events() -> pd.DataFrame:
    cols = ["article_id", "type", "actor", "place", "lat", "lon", "weapon", "date", "claimed"]
    return frame("events", cols, EVENTS, time_precision=3, sentence="جملة", start=0, end=4)


def make_deployments() -> pd.DataFrame:
    cols = ["article_id", "count", "qualifier", "force", "country", "place"]
    return frame("deployments", cols, DEPLOYMENTS, sentence="جملة", start=0, end=4)


def make_statements() -> pd.DataFrame:
    cols = ["article_id", "speaker", "speaker_canonical", "speaker_type", "affiliation", "date"]
    return frame("statements", cols, STATEMENTS, verb="قال", sentence="جملة", start=0, end=4)


def make_places() -> pd.DataFrame:
    cols = ["article_id", "name", "canonical", "name_en", "type", "lat", "lon"]
    return frame("places", cols, PLACES, start=0, end=4)


CHARTS = {  # chart name -> builder from the synthetic tables (also used by the demo script)
    "tallies": lambda lang: charts.plot_attack_tallies(make_attack_counts(), make_articles(), lang),
    "events_type": lambda lang: charts.plot_events_per_week(make_events(), "type", lang),
    "events_weapon": lambda lang: charts.plot_events_per_week(make_events(), "weapon", lang),
    "events_actor": lambda lang: charts.plot_events_per_week(make_events(), "actor", lang),
    "claimed": lambda lang: charts.plot_claimed_vs_reported(make_events(), lang),
    "troops": lambda lang: charts.plot_troops(make_deployments(), make_articles(), lang),
    "speakers": lambda lang: charts.plot_statements(make_statements(), "speaker", 15, lang),
    "affiliations": lambda lang: charts.plot_statements(make_statements(), "affiliation", 15, lang),
    "named": lambda lang: charts.plot_named_vs_anonymous(make_statements(), make_articles(), lang),
    "statements_time": lambda lang: charts.plot_statements_over_time(
        make_statements(), make_articles(), lang),
    "map": lambda lang: maps.plot_map(make_places(), make_events(), make_deployments(), lang),
}


def all_charts(lang: str) -> dict[str, Figure]:
    """Every chart on the synthetic tables."""
    return {name: build(lang) for name, build in CHARTS.items()}


def annotations(ax) -> list[str]:
    return [c.get_text() for c in ax.get_children() if isinstance(c, Annotation)]


def bar_heights(container) -> list[int]:
    return [int(p.get_height()) for p in container.patches]


LANGS = ["ar", "en"]


def test_matplotlib_version_shapes_arabic():  # dev: plain-string Arabic needs matplotlib >= 3.11
    assert tuple(int(x) for x in matplotlib.__version__.split(".")[:2]) >= (3, 11)


def test_dejavu_sans_covers_arabic():  # dev: the chosen font has the Arabic glyphs we print
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    cmap = TTFont(font_manager.findfont("DejaVu Sans", fallback_to_default=False)).getBestCmap()
    text = "".join(label(k, "ar") for k in ("tallies_title", "named_title", "map_title", "anonymous"))
    assert {ch for ch in text if ord(ch) not in cmap} == set()


@pytest.mark.parametrize("lang", LANGS)
def test_tallies_lines_and_annotations(lang):  # dev: 4 series, one annotation per distinct point
    fig = CHARTS["tallies"](lang)
    ax = fig.axes[0]
    assert ax.get_title() == label("tallies_title", lang)
    assert ax.get_xlabel() == label("as_of_date", lang)
    assert ax.get_ylabel() == label("tally_axis", lang)
    assert len(ax.lines) == 4  # Pentagon Iraq / Syria / Iraq+Syria, resistance Iraq+Syria
    assert sorted(annotations(ax)) == sorted(
        ["23", "55", "73", "32", "41", "92", ">100", "~118", "53", "65", "~170", "≥160"])
    assert [len(line.get_xdata()) for line in ax.lines] == [2, 6, 2, 2]
    assert fig.texts[0].get_text().lstrip("\u200e\u200f").startswith(label("source", lang))
    assert "الشرق الأوسط" in fig.texts[0].get_text()  # a7 repeats a4's figure: still a source


@pytest.mark.parametrize("by, n_categories, lang", [
    ("type", 5, "ar"),      # dev: attack, us_strike, claim, interception, visit (threat's date dedup keeps)
    ("type", 5, "en"),      # dev
    ("weapon", 7, "ar"),    # dev: drone, rocket, air, drone+rocket, missile, mortar, unknown
    ("actor", 6, "en"),     # dev: 5 actors + unknown
])
def test_events_per_week_stacks(by, n_categories, lang):
    fig = charts.plot_events_per_week(make_events(), by=by, label_lang=lang)
    ax = fig.axes[0]
    assert ax.get_title() == label(f"events_by_{by}_title", lang)
    assert ax.get_xlabel() == label("week_axis", lang) and ax.get_ylabel() == label("events_axis", lang)
    assert len(ax.containers) == n_categories + (by == "type")  # threat is its own category
    weeks = {len(c.patches) for c in ax.containers}
    assert weeks == {11}  # 2023-10-16 .. 2023-12-25, empty weeks included
    # 21 rows: 2 undated/month-only, 1 duplicate strike report -> 18 events drawn
    assert sum(sum(bar_heights(c)) for c in ax.containers) == 18
    assert label("undated", lang) in fig.texts[0].get_text()


@pytest.mark.parametrize("lang", LANGS)
def test_events_by_type_translated(lang):  # dev: coded types shown in the label language
    ax = charts.plot_events_per_week(make_events(), by="type", label_lang=lang).axes[0]
    names = [c.get_label() for c in ax.containers]
    assert value_label("us_strike", "type", lang) in names and "us_strike" not in names


@pytest.mark.parametrize("lang", LANGS)
def test_claimed_vs_reported(lang):  # dev: 10 dated attacks, 2 claims + 5 claimed attacks
    ax = charts.plot_claimed_vs_reported(make_events(), label_lang=lang).axes[0]
    assert ax.get_title() == label("claimed_title", lang)
    reported, claimed = ax.containers
    assert reported.get_label() == label("reported", lang)
    assert sum(bar_heights(reported)) == 10 and sum(bar_heights(claimed)) == 7


@pytest.mark.parametrize("lang", LANGS)
def test_troops_range_and_latest(lang):  # dev: latest by publication date, range across articles
    ax = charts.plot_troops(make_deployments(), make_articles(), label_lang=lang).axes[0]
    assert ax.get_title() == label("troops_title", lang)
    assert ax.get_xlabel() == label("troops_axis", lang)
    assert len(ax.patches) == 3
    assert annotations(ax) == [">1000 (3)", "2000 (3)", "~3000 (1)"]  # US Syria, US Iraq, Turkish
    spans = sorted((p.get_x(), p.get_x() + p.get_width()) for p in ax.patches)
    assert spans[0] == (900, 1000) and spans[1] == (2000, 2500)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    turkish = f"{value_label('Turkish', 'force', lang)} — {value_label('Iraq', 'country', lang)}"
    assert ticks[-1] == directed(turkish, lang)  # groups sorted by force, top row last


@pytest.mark.parametrize("by, top, expected_first, n_bars, lang", [
    ("speaker", 15, "البنتاغون", 9, "ar"),       # dev: canonical speaker merges 4 rows
    ("speaker", 3, "البنتاغون", 3, "en"),        # dev: top limits the bars
    ("affiliation", 15, "البيت الأبيض", 4, "ar"),  # dev: rows without affiliation left out
])
def test_statements_top(by, top, expected_first, n_bars, lang):
    ax = charts.plot_statements(make_statements(), by=by, top=top, label_lang=lang).axes[0]
    assert ax.get_title() == label(f"statements_by_{by}_title", lang)
    assert len(ax.patches) == n_bars
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[-1] == expected_first  # largest bar at the top
    assert max(p.get_width() for p in ax.patches) == (4 if by == "speaker" else 3)


@pytest.mark.parametrize("lang", LANGS)
def test_named_vs_anonymous(lang):  # dev: all + one row per outlet, shares sum to 100
    ax = charts.plot_named_vs_anonymous(make_statements(), make_articles(), label_lang=lang).axes[0]
    assert len(ax.containers) == 3
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[-1] == label("all_outlets", lang) and len(ticks) == 5
    totals = [sum(c.patches[i].get_width() for c in ax.containers) for i in range(len(ticks))]
    assert totals == pytest.approx([100.0] * len(ticks))
    assert [c.patches[-1].get_width() for c in ax.containers] == [37.5, 31.25, 31.25]  # 6/5/5


@pytest.mark.parametrize("lang", LANGS)
def test_statements_over_time(lang):  # dev: statement date, else the article's date
    ax = charts.plot_statements_over_time(make_statements(), make_articles(), label_lang=lang).axes[0]
    assert ax.get_title() == label("statements_time_title", lang)
    assert sum(sum(bar_heights(c)) for c in ax.containers) == 16
    assert {c.get_label() for c in ax.containers} == {label(t, lang) for t in SPEAKER_TYPES}


@pytest.mark.parametrize("lang", LANGS)
def test_map_points_and_labels(lang):  # dev: one marker per spot, highest kind; country skipped
    fig = CHARTS["map"](lang)
    ax = fig.axes[0]
    assert ax.get_title() == label("map_title", lang)
    assert (ax.get_xlim(), ax.get_ylim()) == (maps.EXTENT[:2], maps.EXTENT[2:])
    scatters = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert [len(c.get_offsets()) for c in scatters] == [4, 8, 4]  # places, event places, bases
    texts = annotations(ax)
    base = "Ain al-Asad" if lang == "en" else "عين الأسد"
    assert base in texts and len(texts) == len(set(texts))
    assert ("Iraq" if lang == "en" else "العراق") in [t.get_text() for t in ax.texts]
    assert f"{label('outside', lang)}: 1" in fig.texts[0].get_text()


@pytest.mark.parametrize("name", [
    "plot_attack_tallies", "plot_events_per_week", "plot_claimed_vs_reported", "plot_troops",  # dev
    "plot_statements", "plot_named_vs_anonymous", "plot_statements_over_time", "plot_map",  # dev
])
@pytest.mark.parametrize("empty", [pd.DataFrame(), pd.DataFrame(columns=["article_id", "date", "type"])])
@pytest.mark.parametrize("lang", LANGS)
def test_empty_tables_say_no_data(name, empty, lang):
    func = getattr(maps if name == "plot_map" else charts, name)
    fig = func(empty, label_lang=lang)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title() != ""
    assert label("no_data", lang) in [t.get_text() for t in ax.texts]


@pytest.mark.parametrize("func", [charts.plot_attack_tallies, charts.plot_statements])  # dev
def test_bad_label_lang_raises(func):
    with pytest.raises(ValueError, match="label_lang"):
        func(pd.DataFrame(), label_lang="fr")


@pytest.mark.parametrize("name", ["tallies", "map", "named"])  # dev: reproducible PNG bytes
def test_save_figure_is_byte_identical(tmp_path, name):
    first = charts.save_figure(CHARTS[name]("ar"), tmp_path / "one" / "a.png").read_bytes()
    second = charts.save_figure(CHARTS[name]("ar"), tmp_path / "b.png").read_bytes()
    assert first[:8] == b"\x89PNG\r\n\x1a\n" and first == second
    assert b"matplotlib" not in first.lower()


@pytest.mark.parametrize("value, expected", [
    ("2024-01-15", "2024-01-15"),           # dev: ISO day
    ("2024-01-15T10:30:00", "2024-01-15"),  # dev: ISO datetime
    ("2024-01", None),                      # dev: month precision cannot go in a week
    ("", None),                             # dev: undated
    (None, None),                           # dev: missing
])
def test_day_dates(value, expected):
    got = day_dates(pd.Series([value], dtype=object))[0]
    assert (None if pd.isna(got) else got.strftime("%Y-%m-%d")) == expected


@pytest.mark.parametrize("day, monday", [
    ("2024-01-15", "2024-01-15"),  # dev: a Monday
    ("2024-01-21", "2024-01-15"),  # dev: Sunday belongs to the ISO week started on Monday
    ("2023-12-31", "2023-12-25"),  # dev: across the year end
])
def test_week_starts(day, monday):
    assert week_starts(day_dates(pd.Series([day])))[0].strftime("%Y-%m-%d") == monday


@pytest.mark.parametrize("value, column, lang, expected", [
    ("Iraq+Syria", "scope", "ar", "العراق وسوريا"),   # dev
    ("base:عين الأسد", "scope", "en", "base عين الأسد"),  # dev: base scope keeps the name
    ("drone+rocket", "weapon", "en", "Drone + Rockets"),  # dev: combined weapons
    ("كتائب حزب الله", "actor", "en", "كتائب حزب الله"),  # dev: free text stays as given
    ("", "force", "ar", "غير معروف"),                   # dev: empty cell
])
def test_value_label(value, column, lang, expected):
    assert value_label(value, column, lang) == expected


def test_top_categories_groups_the_rest():  # dev: ties broken alphabetically
    got = top_categories(pd.Series(list("aabbcd")), 2, "en").tolist()
    assert got == ["a", "a", "b", "b", "other", "other"]


def test_boundaries_file():  # dev: Natural Earth extract, small, provenance, Arabic names
    from matplotlib.path import Path as MplPath

    from rasd.paths import data_file

    data = maps.load_boundaries()
    assert "Natural Earth" in data["_source"] and data_file("boundaries.geojson").stat().st_size < 300_000
    props = {f["properties"]["iso_a3"]: f["properties"] for f in data["features"]}
    assert {"IRQ", "SYR", "JOR", "TUR", "IRN", "SAU", "KWT", "LBN", "ISR", "PSE"} <= set(props)
    assert all(p["name_ar"] and p["name_en"] for p in props.values())
    for feature in data["features"]:  # each label point lies inside its own country
        p, geom = feature["properties"], feature["geometry"]
        polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        point = (p["label_lon"], p["label_lat"])
        assert any(MplPath(poly[0]).contains_point(point) for poly in polygons), p["iso_a3"]


@pytest.mark.parametrize("lang, expected", [
    ("en", "John Kirby"),   # dev: an _en column is used for English labels
    ("ar", "جون كيربي"),    # dev: and ignored for Arabic ones
])
def test_english_column_used_in_english(lang, expected):
    st = make_statements().assign(speaker_en="")
    st.loc[st["speaker_canonical"] == "جون كيربي", "speaker_en"] = "John Kirby"
    ax = charts.plot_statements(st, by="speaker", label_lang=lang).axes[0]
    assert expected in [t.get_text() for t in ax.get_yticklabels()]


@pytest.mark.parametrize("name", sorted(CHARTS))  # dev: charts never modify their inputs
def test_inputs_not_modified(name, monkeypatch):
    made: list[tuple[pd.DataFrame, pd.DataFrame]] = []
    for maker in ("make_articles", "make_attack_counts", "make_events", "make_deployments",
                  "make_statements", "make_places"):
        original = globals()[maker]

        def keep(original=original):
            df = original()
            made.append((df, df.copy()))
            return df
        monkeypatch.setitem(globals(), maker, keep)
    CHARTS[name]("en")
    assert made and all(df.equals(copy) for df, copy in made)
