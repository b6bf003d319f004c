"""``rasd run`` and the libraries behind the report notebooks.

The end-to-end run executes the real notebooks on the seeds (kernels started: a few
seconds each). Parameter checks run with the extraction and the kernels replaced by a
function that fails the test, so they prove nothing starts. Tables below are invented
for the tests (no article text).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from rasd import report
from rasd.brief import format_brief, key_figures
from rasd.cli import main
from rasd.notebook_helpers import check_parameters
from rasd.paths import NOTEBOOKS_DIR
from rasd.period import filter_table, parse_iso_day
from rasd.provenance import span_in_sentence
from rasd.reportdata import extract_report_data, load_report_data, write_report_data
from rasd.summaries import (
    articles_by_month,
    articles_by_outlet,
    bases_table,
    paragraph_kinds,
    speaker_type_shares,
    statement_register,
    statements_by,
    troop_ranges,
)
from rasd.tables import COLUMNS, make_frame

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "notebooks"
CHARTS = {
    "02_attack_tallies", "02_events_by_type", "02_events_by_weapon", "02_events_by_actor",
    "02_claimed_vs_reported", "03_troops", "03_map", "04_statements_by_speaker",
    "04_statements_by_affiliation", "04_named_vs_anonymous", "04_statements_over_time",
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def stream_text(nb: dict) -> str:
    return "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", ())
                   if o.get("output_type") == "stream")


# --- the whole run -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "report"
    before = digest(NOTEBOOKS_DIR)
    status = main(["run", "--corpus", str(SEEDS), "--out", str(out)])
    return status, out, before


@pytest.mark.slow
def test_run_executes_every_notebook(seed_run):
    status, out, before = seed_run
    assert status == 0
    for notebook in report.list_notebooks():
        nb = json.loads((out / notebook.name).read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(c["execution_count"] for c in code), notebook.name
        assert not [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
        page = (out / f"{notebook.stem}.html").read_text(encoding="utf-8")
        assert ("start_notebook" in page) != report.hides_input(notebook), notebook.name
    assert digest(NOTEBOOKS_DIR) == before  # nothing written into notebooks/


@pytest.mark.slow
def test_run_writes_charts_and_tables(seed_run):
    _, out, _ = seed_run
    assert {p.stem for p in (out / "charts").glob("*.png")} == CHARTS
    assert all(p.read_bytes().startswith(PNG_MAGIC) for p in (out / "charts").iterdir())
    for name in COLUMNS:
        assert (out / "tables" / f"{name}.csv").is_file() and (out / "tables" / f"{name}.parquet").is_file()
    assert len(pd.read_csv(out / "tables" / "articles.csv")) == 2


@pytest.mark.slow
def test_run_publishes_with_final_paths(seed_run):
    _, out, _ = seed_run
    assert [p.name for p in out.parent.iterdir()] == ["report"]  # the temporary folder is gone
    text = (out / "01_corpus.ipynb").read_text(encoding="utf-8")
    assert f'out_dir = \\"{out.resolve()}\\"' in text and "/.report." not in text


# --- parameters are checked before anything starts ---------------------------------


@pytest.fixture
def no_start(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("started although the parameters are wrong")

    monkeypatch.setattr(report, "execute_notebook", fail)
    monkeypatch.setattr("rasd.reportdata.extract_report_data", fail)


@pytest.mark.parametrize("args, expected", [
    (["--corpus", "no/such/folder"], ["--corpus no/such/folder: no such file or folder"]),  # dev: missing corpus
    (["--corpus", "EMPTY"], ["no article files"]),                                          # dev: folder without articles
    (["--since", "2024-13-01"], ["--since: '2024-13-01' is not a valid date"]),             # dev: impossible month
    (["--until", "yesterday"], ["--until: 'yesterday' is not a valid date"]),               # dev: not a date
    (["--since", "05/01/2024"], ["--since: '05/01/2024' is not a valid date"]),             # dev: not ISO
    (["--lang", "fr"], ["--lang: 'fr' is not a known language"]),                           # dev: unknown language
    (["--since", "2024-02-01", "--until", "2024-01-01"],
     ["--since: 2024-02-01 is after the until date 2024-01-01"]),                          # dev: reversed period
    (["--corpus", "no/such/*.txt"], ["--corpus no/such/*.txt: no article files"]),           # dev: glob matching nothing
    (["--out", "FULL"], ["already exists and is not empty"]),                               # dev: --out holds files
    (["--out", str(NOTEBOOKS_DIR / "out")], ["is inside the notebooks folder"]),           # dev: never write into notebooks/
    (["--lang", "de", "--until", "2024-02-30"],
     ["--until: '2024-02-30' is not a valid date", "--lang: 'de' is not a known language"]),  # dev: two problems
])
def test_bad_parameters_are_refused_before_anything_starts(args, expected, tmp_path, capsys, no_start):
    (tmp_path / "empty").mkdir()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "old.txt").write_text("x")
    args = [{"EMPTY": str(tmp_path / "empty"), "FULL": str(tmp_path / "full")}.get(a, a) for a in args]
    if "--corpus" not in args:
        args += ["--corpus", str(SEEDS)]
    if "--out" not in args:
        args += ["--out", str(tmp_path / "new")]
    assert main(["run", *args]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == len(expected)
    for line, part in zip(lines, expected, strict=True):
        assert line.startswith("rasd run: ") and part in line
    assert not (tmp_path / "new").exists()


# --- a failing notebook ---------------------------------------------------------------


@pytest.mark.slow
def test_failed_cell_is_named_and_partial_notebook_kept(tmp_path, capsys):
    out = tmp_path / "report"
    notebooks = [FIXTURES / "fails_in_cell.ipynb", FIXTURES / "reports_run.ipynb"]
    status = report.run_report(report.RunParams(str(SEEDS), out=out), notebooks=notebooks)
    err = capsys.readouterr().err
    assert status == 1
    failure = next(line for line in err.splitlines() if "failed" in line)
    assert "fails_in_cell.ipynb failed in cell 5 (In [4]: 'raise ValueError" in failure
    assert "ValueError: fixture failure" in failure and "partial notebook kept" in failure
    partial = json.loads((out / "fails_in_cell.ipynb").read_text(encoding="utf-8"))
    assert "before the failure" in stream_text(partial)
    assert "never reached" not in stream_text(partial)
    assert not (out / "fails_in_cell.html").exists()
    ran = json.loads((out / "reports_run.ipynb").read_text(encoding="utf-8"))
    tables = str(sorted([*COLUMNS, "article_texts", "paragraphs"]))
    assert stream_text(ran) == f"notebooks\n{tables}\nTrue\n"  # cwd, injected tables, out_dir
    assert (out / "reports_run.html").is_file()


# --- the period filter ------------------------------------------------------------------

ARTICLES = make_frame("articles", [
    {"article_id": "a1", "published": "2024-01-10"},
    {"article_id": "a2", "published": "2024-02-20"},
    {"article_id": "a3", "published": ""},
])


@pytest.mark.parametrize("article_id, own_date, since, until, kept", [
    ("a1", "", "2024-01-01", "2024-01-31", True),            # dev: publication date inside
    ("a1", "", "2024-01-11", "", False),                     # dev: published the day before since
    ("a2", "2024-01-15", "2024-01-01", "2024-01-31", True),  # dev: own date wins over publication
    ("a1", "2024-02-01", "", "2024-01-31", False),           # dev: own date after until
    ("a1", "2023-12", "2023-12-31", "", True),               # dev: month overlapping the period
    ("a1", "2023-11", "2023-12-01", "", False),              # dev: month before the period
    ("a1", "2024", "", "2024-01-01", True),                  # dev: year overlapping
    ("a3", "", "2024-01-01", "", False),                     # dev: no date at all, bound given
    ("a3", "", "", "", True),                                # dev: no bound, everything kept
    ("a2", "", "2024-02-20", "2024-02-20", True),            # dev: bounds are inclusive
])
def test_period_filter_uses_own_date_then_publication(article_id, own_date, since, until, kept):
    events = make_frame("events", [{"article_id": article_id, "type": "attack", "date": own_date}])
    assert len(filter_table("events", events, ARTICLES, since, until)) == int(kept)


@pytest.mark.parametrize("value, expected", [
    ("2024-01-05", "2024-01-05"),  # dev
    ("2024-02-30", None),          # dev: impossible day
    ("2024-1-5", None),            # dev: not zero-padded
    ("20240105", None),            # dev: basic ISO format is refused
    ("", None),                    # dev
])
def test_parse_iso_day(value, expected):
    parsed = parse_iso_day(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_check_parameters_accepts_defaults():
    assert check_parameters("", "", "ar") == [] and check_parameters("2024-01-01", "2024-01-01", "en") == []


# --- tables, summaries and the brief ----------------------------------------------------


def test_report_data_round_trip(tmp_path):
    data = extract_report_data(SEEDS)
    write_report_data(data, tmp_path)
    back = load_report_data(tmp_path)
    for name, frame in data.tables.items():
        pd.testing.assert_frame_equal(back.tables[name], frame, check_dtype=True)
    pd.testing.assert_frame_equal(back.paragraphs, data.paragraphs)
    assert back.text_of() == data.text_of()
    row = data.paragraphs.iloc[0]
    assert data.text_of()[row["article_id"]][row["start"]:row["end"]] == row["text"]


SENTENCE_1 = "وقال المتحدث إن القوات تعرضت إلى 30 هجوما منذ بداية الشهر."
SENTENCE_2 = "وأعلن المتحدث لاحقا أن عدد الهجمات بلغ 45 هجوما."
TEXTS = {"b1": "عنوان\n\n" + SENTENCE_1, "b2": "عنوان آخر\n\n" + SENTENCE_2}


def synthetic_tables() -> dict[str, pd.DataFrame]:
    def span(aid, sentence, part):
        base = TEXTS[aid].index(sentence)
        start = base + sentence.index(part)
        return {"article_id": aid, "sentence": sentence, "start": start, "end": start + len(part)}

    return {
        "articles": make_frame("articles", [
            {"article_id": "b1", "outlet": "منفذ أ", "published": "2024-01-10"},
            {"article_id": "b2", "outlet": "منفذ ب", "published": "2024-01-20"}]),
        "attack_counts": make_frame("attack_counts", [
            {**span("b1", SENTENCE_1, "30 هجوما"), "count": 30, "unit": "attack",
             "qualifier": "exact", "scope": "Iraq", "as_of": "2024-01-10", "source": "المتحدث"},
            {**span("b2", SENTENCE_2, "45 هجوما"), "count": 45, "unit": "attack",
             "qualifier": "exact", "scope": "Iraq", "as_of": "2024-01-20", "source": "المتحدث"}]),
        "deployments": make_frame("deployments", [
            {"article_id": "b1", "count": 900, "qualifier": "approx", "force": "US", "country": "Syria"},
            {"article_id": "b2", "count": 1000, "qualifier": "", "force": "US", "country": "Syria"},
            {"article_id": "b1", "count": 2500, "qualifier": "", "force": "US", "country": "Iraq"},
            {"article_id": "b2", "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
        "events": make_frame("events", []),
        "statements": make_frame("statements", [
            {"article_id": "b1", "speaker": "المتحدث", "speaker_type": "person", "affiliation": "وزارة"},
            {"article_id": "b2", "speaker": "المتحدث", "speaker_type": "person", "affiliation": "وزارة"},
            {"article_id": "b2", "speaker": "مصدر", "speaker_type": "anonymous"}]),
    }


def test_key_figures_take_the_latest_tally_with_its_evidence():
    figures = key_figures(synthetic_tables(), "en")
    tally = figures[figures["figure"].str.startswith("Attacks reported")].iloc[0]
    assert (tally["value"], tally["article_id"], tally["outlet"]) == ("45 attacks", "b2", "منفذ ب")
    base = span_in_sentence(tally["sentence"], tally["start"], tally["end"], TEXTS["b2"])
    assert tally["sentence"][tally["start"] - base:tally["end"] - base] == "45 هجوما"
    assert "**45 هجوما**" in format_brief(figures, TEXTS, label_lang="en")


def test_key_figures_of_empty_tables_say_so():
    tables = {name: make_frame(name, []) for name in COLUMNS}
    assert key_figures(tables).empty
    assert format_brief(key_figures(tables), {}, label_lang="en") == "No key figures in this period.\n"


def test_troop_ranges_latest_by_publication():
    out = troop_ranges(synthetic_tables()["deployments"], synthetic_tables()["articles"])
    assert out[["country", "latest", "lowest", "highest", "articles"]].values.tolist() == [
        ["Iraq", "2500", 2500, 2500, 1], ["Syria", "1000", 900, 1000, 2]]


def test_bases_table_finds_coordinates_in_the_gazetteer():
    out = bases_table(synthetic_tables()["deployments"], None)
    assert out["place"].tolist() == ["عين الأسد"]
    assert out["lat"].iloc[0] == pytest.approx(33.8, abs=0.1) and out["name_en"].iloc[0] != ""


def test_statements_by_speaker_and_empty_table():
    out = statements_by(synthetic_tables()["statements"], "speaker")
    assert out[["speaker", "statements", "articles"]].values.tolist() == [["المتحدث", 2, 2], ["مصدر", 1, 1]]
    assert statements_by(make_frame("statements", []), "affiliation").empty


@pytest.mark.parametrize("build, rows", [
    (lambda: articles_by_outlet(make_frame("articles", [])), 0),                      # dev
    (lambda: articles_by_month(make_frame("articles", [])), 0),                       # dev
    (lambda: paragraph_kinds(pd.DataFrame(columns=["article_id", "kind"])), 0),        # dev
    (lambda: troop_ranges(make_frame("deployments", []), None), 0),                    # dev
    (lambda: bases_table(make_frame("deployments", []), None), 0),                     # dev
    (lambda: statement_register(make_frame("statements", []), None), 0),               # dev: statements not extracted yet
    (lambda: speaker_type_shares(make_frame("statements", [])), 3),                    # dev: three types, zero each
])
def test_summaries_of_empty_tables(build, rows):
    assert len(build()) == rows


def test_latest_event_prefers_one_dated_of_its_own():
    tables = synthetic_tables()
    tables["events"] = make_frame("events", [
        {"article_id": "b2", "type": "attack", "place": "عين الأسد", "date": "2024-01-18", "start": 5},
        {"article_id": "b2", "type": "attack", "place": "العراق وسوريا", "date": "", "start": 40}])
    figures = key_figures(tables, "en")
    latest = figures[figures["figure"].str.startswith("Latest event")]
    assert list(latest["value"]) == ["عين الأسد"]
