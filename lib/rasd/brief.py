"""The brief: the key figures of a corpus, each with its evidence sentence and article.

:func:`key_figures` picks, from the public tables, the figures a note on the
corpus would quote: the latest reported count per unit and scope (the running
tallies of attacks first), the latest troop figure per force and country, the
latest event of each main type, and the most quoted speaker. Every figure is a
row of a table, so it keeps that row's ``article_id``, ``sentence``, ``start``
and ``end``. :func:`format_brief` turns them into plain text (Markdown), ready
to paste into a note, the evidence span in bold.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from rasd.chartkit import qualified, value_label
from rasd.provenance import span_in_sentence

__all__ = ["FIGURE_COLUMNS", "key_figures", "corpus_line", "format_brief"]

FIGURE_COLUMNS = ["figure", "value", "date", "source", "outlet", "published", "headline",
                  "article_id", "sentence", "start", "end"]
TALLY_UNITS = ("attack", "operation")
EVENT_TYPES = ("attack", "us_strike", "claim", "interception")
# Interface text: key -> (Arabic, English).
LABELS = {
    "troops": ("عدد القوات", "Troops"),
    "latest_event": ("آخر حدث", "Latest event"),
    "most_quoted": ("أكثر المتحدثين اقتباساً", "Most quoted speaker"),
    "statements": ("تصريحات", "statements"),
    "since": ("منذ", "since"),
    "as_of": ("حتى", "as of"),
    "source": ("المصدر", "source"),
    "brief": ("موجز رصد", "Rasd brief"),
    "articles": ("عدد المقالات", "articles"),
    "outlets": ("عدد المنافذ", "outlets"),
    "published": ("نُشرت بين", "published"),
    "to": ("و", "to"),
    "anonymous": ("تصريحات لمصادر مجهّلة", "statements by anonymous sources"),
    "none": ("لا أرقام رئيسية في هذه الفترة.", "No key figures in this period."),
}
# Unit -> name of the figure (Arabic, English).
UNIT_FIGURES = {
    "attack": ("حصيلة الهجمات", "Attacks reported"),
    "operation": ("حصيلة العمليات", "Operations reported"),
    "drone": ("عدد الطائرات المسيّرة", "Drones"), "rocket": ("عدد الصواريخ", "Rockets"),
    "missile": ("عدد الصواريخ الموجّهة", "Missiles"),
    "mortar": ("عدد قذائف الهاون", "Mortar rounds"), "strike": ("عدد الضربات", "Strikes"),
}
# Unit -> noun after the figure (Arabic, English).
UNIT_LABELS = {
    "attack": ("هجوماً", "attacks"), "operation": ("عملية", "operations"),
    "drone": ("طائرة مسيّرة", "drones"), "rocket": ("صاروخاً", "rockets"),
    "missile": ("صاروخاً موجّهاً", "missiles"), "mortar": ("قذيفة هاون", "mortar rounds"),
    "strike": ("ضربة", "strikes"),
}


def _label(key: str, lang: str, table: Mapping[str, tuple[str, str]] = LABELS) -> str:
    pair = table.get(key)
    return (pair[0] if lang == "ar" else pair[1]) if pair else key


def _counted(n: int, key: str, lang: str) -> str:
    """``2 articles`` in English, ``عدد المقالات 2`` in Arabic."""
    return f"{_label(key, lang)} {n}" if lang == "ar" else f"{n} {_label(key, lang)}"


def _comma(lang: str) -> str:
    return "، " if lang == "ar" else ", "


def _text(series: pd.Series) -> pd.Series:
    return series.astype("string").fillna("").str.strip().astype(object)


def _published(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Article id -> outlet, published, headline."""
    arts = tables["articles"].drop_duplicates("article_id")
    return arts.set_index("article_id")[["outlet", "published", "headline"]]


def _counts(counts: pd.DataFrame, lang: str) -> list[dict]:
    """Latest reported figure per unit and scope (tallies first)."""
    df = counts.dropna(subset=["count"]).assign(
        unit=_text(counts["unit"]), scope=_text(counts["scope"]), as_of=_text(counts["as_of"]))
    df = df.assign(rank=~df["unit"].isin(TALLY_UNITS))
    df = df.sort_values(["rank", "unit", "scope", "as_of", "count", "article_id"])
    rows = []
    for (_, unit, scope), grp in df.groupby(["rank", "unit", "scope"], sort=True):
        r = grp.iloc[-1]
        value = f"{qualified(int(r['count']), r['qualifier'])} {_label(unit, lang, UNIT_LABELS)}"
        if r["since"]:
            value += f" {_label('since', lang)} {r['since']}"
        name = f"{_label(unit, lang, UNIT_FIGURES)} — {value_label(scope, 'scope', lang)}"
        rows.append({**r.to_dict(), "figure": name, "value": value, "date": r["as_of"]})
    return rows


def _troops(deployments: pd.DataFrame, published: pd.DataFrame, lang: str) -> list[dict]:
    """Latest troop figure (by publication date) per force and country."""
    df = deployments.dropna(subset=["count"])
    df = df.assign(published=df["article_id"].map(published["published"]).fillna(""))
    df = df.sort_values(["force", "country", "published", "article_id", "count"])
    rows = []
    for (force, country), grp in df.groupby(["force", "country"], sort=True):
        r = grp.iloc[-1]
        name = (f"{_label('troops', lang)} — {value_label(force, 'force', lang)}"
                f"{_comma(lang)}{value_label(country, 'country', lang)}")
        rows.append({**r.to_dict(), "figure": name,
                     "value": qualified(int(r["count"]), r["qualifier"]), "date": r["published"],
                     "source": ""})
    return rows


def _events(events: pd.DataFrame, published: pd.DataFrame, lang: str) -> list[dict]:
    """The latest event of each main type (own date, else the article's publication date).

    An event with a date of its own comes before an undated one (a tally or a series told
    in passing), whatever the day its article was published.
    """
    df = events[events["type"].isin(EVENT_TYPES)]
    own = _text(df["date"])
    df = df.assign(when=own.where(own != "", df["article_id"].map(published["published"])
                                  .fillna("")), dated=own != "")
    rows = []
    for etype in EVENT_TYPES:
        grp = df[df["type"] == etype].sort_values(["dated", "when", "article_id", "start"])
        if grp.empty:
            continue
        r = grp.iloc[-1]
        parts = [r["actor"], r["place"],
                 value_label(r["weapon"], "weapon", lang) if r["weapon"] else ""]
        rows.append({**r.to_dict(), "figure": f"{_label('latest_event', lang)} — "
                     f"{value_label(etype, 'type', lang)}",
                     "value": " · ".join(p for p in parts if p), "date": r["date"],
                     "source": ""})
    return rows


def _speaker(statements: pd.DataFrame, lang: str) -> list[dict]:
    """The most quoted speaker, with their first statement as evidence."""
    canon = _text(statements["speaker_canonical"])
    who = canon.where(canon != "", _text(statements["speaker"]))
    df = statements.assign(who=who)[who != ""]
    if df.empty:
        return []
    counts = df["who"].value_counts()
    top = sorted(counts[counts == counts.max()].index)[0]
    r = df[df["who"] == top].sort_values(["article_id", "start"]).iloc[0]
    return [{**r.to_dict(), "figure": _label("most_quoted", lang),
             "value": f"{top} ({counts[top]} {_label('statements', lang)})", "date": r["date"],
             "source": ""}]


def key_figures(tables: Mapping[str, pd.DataFrame], label_lang: str = "ar") -> pd.DataFrame:
    """The key figures of the tables, one row each with its evidence and article.

    Args:
        tables: The public tables (``articles``, ``attack_counts``, ``deployments``,
            ``events``, ``statements``), possibly filtered to a period.
        label_lang: Language of the ``figure`` names and coded values.

    Returns:
        Columns :data:`FIGURE_COLUMNS`; empty when the tables hold no figure.
    """
    published = _published(tables)
    rows = (_counts(tables["attack_counts"], label_lang)
            + _troops(tables["deployments"], published, label_lang)
            + _events(tables["events"], published, label_lang)
            + _speaker(tables["statements"], label_lang))
    out = pd.DataFrame(rows, columns=[c for c in FIGURE_COLUMNS if c not in published.columns])
    out = out.join(published, on="article_id")
    for col in FIGURE_COLUMNS:
        if col in ("start", "end"):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
        elif len(out):
            out[col] = _text(out[col])
    return out[FIGURE_COLUMNS].reset_index(drop=True)


def corpus_line(tables: Mapping[str, pd.DataFrame], label_lang: str = "ar") -> str:
    """One line on the corpus: articles, outlets, publication span, anonymous statements."""
    arts = tables["articles"]
    outlets = sorted(set(_text(arts["outlet"])) - {""})
    dates = sorted(set(_text(arts["published"])) - {""})
    comma, semicolon = _comma(label_lang), "؛ " if label_lang == "ar" else "; "
    line = (f"{_label('brief', label_lang)}: {_counted(len(arts), 'articles', label_lang)}"
            f"{comma}{_counted(len(outlets), 'outlets', label_lang)}")
    if outlets:
        line += f" ({comma.join(outlets[:5])}{comma + '…' if len(outlets) > 5 else ''})"
    if dates:
        line += (f"{comma}{_label('published', label_lang)} {dates[0]} "
                 f"{_label('to', label_lang)} {dates[-1]}")
    stmts = tables["statements"]
    if len(stmts):
        anon = int((_text(stmts["speaker_type"]) == "anonymous").sum())
        line += f"{semicolon}{_label('anonymous', label_lang)}: {anon}/{len(stmts)}"
    return line + "."


def _marked(row: Mapping, texts: Mapping[str, str]) -> str:
    """The evidence sentence with its span in Markdown bold (when it can be placed)."""
    sentence = str(row["sentence"] or "").strip()
    start, end = row["start"], row["end"]
    if pd.isna(start) or pd.isna(end):
        return sentence
    base = span_in_sentence(row["sentence"], int(start), int(end), texts.get(row["article_id"], ""))
    if base is None:
        return sentence
    raw = str(row["sentence"])
    s, e = int(start) - base, int(end) - base
    return f"{raw[:s]}**{raw[s:e]}**{raw[e:]}".strip()


def format_brief(
    figures: pd.DataFrame, texts: Mapping[str, str], header: str = "", label_lang: str = "ar"
) -> str:
    """The key figures as Markdown text: one bullet per figure, its sentence quoted below.

    Args:
        figures: The output of :func:`key_figures`.
        texts: Article id -> original text (to bold the evidence span).
        header: A first line (e.g. :func:`corpus_line`).
        label_lang: Language of the connecting words.

    Returns:
        The text, ending with a newline.
    """
    lines = [header, ""] if header else []
    if figures.empty:
        lines.append(_label("none", label_lang))
    for row in figures.to_dict("records"):
        head = f"- {row['figure']}: {row['value']}"
        if row["date"]:
            head += f" ({_label('as_of', label_lang)} {row['date']})"
        if row["source"]:
            head += f"{'؛ ' if label_lang == 'ar' else '; '}{_label('source', label_lang)}: {row['source']}"
        cite = _comma(label_lang).join(p for p in (row["outlet"], row["published"]) if p)
        lines.append(f"{head} — {cite} [{row['article_id']}]")
        lines.append(f"  > {_marked(row, texts)}")
    return "\n".join(lines) + "\n"
