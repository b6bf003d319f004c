"""What the report notebooks call: load the tables once, filter them, show tables and charts.

A notebook's setup cell is one call::

    nb = start_notebook("02_attack_counts", corpus=corpus, tables_dir=tables_dir,
                        since=since, until=until, label_lang=label_lang, out_dir=out_dir)

It silences warnings (stored outputs must not change with library versions),
sets stable pandas display options, reads the tables — from ``tables_dir``
(the cache ``rasd run`` writes) when given, else by extracting ``corpus`` —
and keeps the rows of the period. ``nb.show_chart(fig, "name")`` displays a
figure as PNG and, when ``out_dir`` is set, saves it as
``<out_dir>/charts/<notebook prefix>_<name>.png``; ``nb.show_evidence(...)``
shows table rows with their evidence span highlighted (:mod:`rasd.provenance`).
"""

from __future__ import annotations

import html
import io
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from rasd.period import filter_tables, parse_iso_day
from rasd.reportdata import ReportData, extract_report_data, load_report_data

__all__ = ["LANGS", "quiet_warnings", "set_display_options", "check_parameters",
           "NotebookContext", "start_notebook"]

LANGS = ("ar", "en")
PANDAS_OPTIONS = {
    "display.max_rows": 60,
    "display.max_columns": 20,
    "display.max_colwidth": 60,
    "display.width": 120,
    "display.show_dimensions": "truncate",
}
STRUCTURE_STYLE = ("<style>.rasd-structure p{margin:.2em 0}.rasd-kind{display:inline-block;"
                   "min-width:7em;color:#777;font-size:80%;font-family:monospace}"
                   ".rasd-boilerplate{color:#aaa}.rasd-headline{font-weight:bold}"
                   ".rasd-subhead{font-weight:bold;color:#345}</style>")


def quiet_warnings() -> None:
    """Keep warnings out of stored notebook outputs: Python warnings and matplotlib's log."""
    warnings.simplefilter("ignore")
    logging.getLogger("matplotlib").setLevel(logging.ERROR)


def set_display_options() -> None:
    """Fixed pandas display options, so that tables print the same everywhere."""
    for key, value in PANDAS_OPTIONS.items():
        pd.set_option(key, value)


def check_parameters(since: str, until: str, label_lang: str) -> list[tuple[str, str]]:
    """Problems with the notebook parameters (empty when all is well).

    Returns:
        (parameter name, one-sentence message) pairs.
    """
    errors = []
    for name, value in (("since", since), ("until", until)):
        if value and parse_iso_day(value) is None:
            errors.append((name, f"{value!r} is not a valid date written YYYY-MM-DD"))
    if since and until and parse_iso_day(since) and parse_iso_day(until) and since > until:
        errors.append(("since", f"{since} is after the until date {until}"))
    if label_lang not in LANGS:
        errors.append(("label_lang", f"{label_lang!r} is not a known language "
                                     f"(use {' or '.join(LANGS)})"))
    return errors


@dataclass
class NotebookContext:
    """The tables of one notebook run and how to show them.

    Attributes:
        name: The notebook's name (``02_attack_counts``); its prefix names the charts.
        data: The tables, texts and paragraphs, filtered to the period.
        all_tables: The tables before the period filter.
        label_lang: ``"ar"`` or ``"en"``.
        out_dir: Where charts are saved (``""``: nowhere).
        since: First day of the period or ``""``.
        until: Last day of the period or ``""``.
    """

    name: str
    data: ReportData
    all_tables: dict[str, pd.DataFrame]
    label_lang: str = "ar"
    out_dir: str = ""
    since: str = ""
    until: str = ""
    saved: list[Path] = field(default_factory=list)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The public tables of the period."""
        return self.data.tables

    @property
    def texts(self) -> dict[str, str]:
        """Article id -> original text."""
        return self.data.text_of()

    def chart_path(self, chart: str) -> Path | None:
        """Where chart ``chart`` is saved, or None when ``out_dir`` is empty."""
        if not self.out_dir:
            return None
        prefix = self.name.split("_", 1)[0]
        return Path(self.out_dir) / "charts" / f"{prefix}_{chart}.png"

    def show_chart(self, fig: Any, chart: str) -> None:
        """Display a figure as PNG; save it under ``<out_dir>/charts/`` when ``out_dir`` is set."""
        from IPython.display import Image, display

        from rasd.chartkit import DPI, save_figure

        path = self.chart_path(chart)
        if path is not None:
            self.saved.append(save_figure(fig, path))
            data = path.read_bytes()
        else:
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
            data = buf.getvalue()
        display(Image(data=data, format="png"))

    def show_evidence(self, table: pd.DataFrame, columns: Sequence[str],
                      max_rows: int = 50) -> None:
        """Display rows with the chosen columns and their highlighted evidence sentence."""
        from IPython.display import HTML, display

        from rasd.provenance import evidence_table_html

        if table.empty:
            display(HTML(f"<p><em>{html.escape(self.empty_note())}</em></p>"))
            return
        display(HTML(evidence_table_html(table, columns, max_rows=max_rows, texts=self.texts)))

    def empty_note(self) -> str:
        """What to say when a table has no rows."""
        period = f" between {self.since or '…'} and {self.until or '…'}" if (
            self.since or self.until) else ""
        return f"No rows{period}."

    def show_structure(self, article_id: str = "") -> None:
        """Display one article line by line with the kind of each line (the first by default)."""
        from IPython.display import HTML, display

        paras = self.data.paragraphs
        ids = list(dict.fromkeys(self.tables["articles"]["article_id"]))
        if not ids:
            display(HTML(f"<p><em>{html.escape(self.empty_note())}</em></p>"))
            return
        article_id = article_id or ids[0]
        lines = [f'<p class="rasd-{html.escape(p.kind)}"><span class="rasd-kind" dir="ltr">'
                 f"{html.escape(p.kind)}</span> {html.escape(p.text)}</p>"
                 for p in paras[paras["article_id"] == article_id].itertuples()]
        head = f'<p dir="ltr"><code>{html.escape(article_id)}</code></p>'
        display(HTML(f'{STRUCTURE_STYLE}{head}<div class="rasd-structure" dir="rtl" lang="ar">'
                     f"{''.join(lines)}</div>"))


def start_notebook(
    name: str, corpus: str = "../seeds", tables_dir: str = "", since: str = "", until: str = "",
    label_lang: str = "ar", out_dir: str = "",
) -> NotebookContext:
    """Set up a report notebook: quiet warnings, display options, the tables of the period.

    Args:
        name: The notebook's name, e.g. ``"02_attack_counts"``.
        corpus: Folder, glob or file of articles, read when ``tables_dir`` is empty.
        tables_dir: Folder of tables written by ``rasd run`` (read instead of the corpus).
        since: First day kept (``YYYY-MM-DD``) or ``""``.
        until: Last day kept or ``""``.
        label_lang: ``"ar"`` or ``"en"`` for chart texts.
        out_dir: Folder where charts are saved, ``""`` for none.

    Raises:
        ValueError: When a parameter is wrong (all problems in one message).
    """
    quiet_warnings()
    set_display_options()
    errors = check_parameters(since, until, label_lang)
    if errors:
        raise ValueError("; ".join(f"{name} {message}" for name, message in errors))
    data = load_report_data(tables_dir) if tables_dir else extract_report_data(corpus)
    tables = filter_tables(data.tables, since, until)
    kept = set(tables["articles"]["article_id"])
    texts = data.texts
    paragraphs = data.paragraphs
    filtered = ReportData(tables, texts, paragraphs[paragraphs["article_id"].isin(kept)])
    return NotebookContext(name, filtered, data.tables, label_lang, out_dir, since, until)
