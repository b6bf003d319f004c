"""The rasd command: extract writes the public tables, evaluate scores them."""

import csv

import pandas as pd
import pytest

from rasd.cli import main
from rasd.paths import SEEDS_DIR
from rasd.tables import COLUMNS

GOLD = SEEDS_DIR.parent / "tests" / "gold"


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "tables"
    assert main(["extract", str(SEEDS_DIR), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_table_is_written_with_its_public_header(seed_out, name):
    with (seed_out / f"{name}.csv").open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == COLUMNS[name]


def test_seed_tables_hold_rows(seed_out):
    counts = {name: len(pd.read_csv(seed_out / f"{name}.csv")) for name in COLUMNS}
    assert counts["articles"] == 2
    assert counts["attack_counts"] >= 2 and counts["dates"] >= 15 and counts["deployments"] >= 7


def test_out_folder_that_is_not_empty_is_refused(seed_out, capsys):
    assert main(["extract", str(SEEDS_DIR), "--out", str(seed_out)]) == 2
    assert "not empty" in capsys.readouterr().err


def test_force_replaces_the_folder(tmp_path):
    out = tmp_path / "t"
    out.mkdir()
    (out / "old.txt").write_text("x")
    assert main(["extract", str(SEEDS_DIR), "--out", str(out), "--force"]) == 0
    assert not (out / "old.txt").exists() and (out / "articles.csv").exists()


def test_parquet_format(tmp_path):
    out = tmp_path / "p"
    assert main(["extract", str(SEEDS_DIR), "--out", str(out), "--format", "parquet"]) == 0
    assert list(pd.read_parquet(out / "attack_counts.parquet").columns) == COLUMNS["attack_counts"]


def test_jobs_give_the_same_tables(tmp_path):
    from rasd.pipeline import extract_corpus

    one, two = extract_corpus(SEEDS_DIR, jobs=1), extract_corpus(SEEDS_DIR, jobs=2)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(one[name], two[name])


def test_nothing_readable_exits_non_zero(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "o")]) == 1
    assert "no article could be read" in capsys.readouterr().err


def test_evaluate_prints_scores_per_table(seed_out, capsys):
    assert main(["evaluate", str(GOLD), str(seed_out), "--verbose"]) == 0
    out = capsys.readouterr().out
    for table in ("attack_counts", "troops", "bases", "dates", "events", "statements", "published"):
        assert any(line.startswith(table) for line in out.splitlines())


def test_help_explains_each_option(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = capsys.readouterr().out
    for option in ("--out", "--format", "--jobs", "--max-bytes", "--force", "--strict"):
        assert option in text
