"""Incremental extraction (rasd.cache) and the streaming pipeline built on it.

A warm run must extract only the new or changed articles and give the same
tables as a cold run; the streamed output files must equal the ones written
at once. The small articles below were written for these tests.
"""

from __future__ import annotations

import filecmp
import shutil

import pandas as pd
import pytest

import rasd.pipeline as pipeline
from rasd.cache import ExtractionCache, article_key, rules_version
from rasd.cli import main
from rasd.corpus import read_corpus
from rasd.paths import SEEDS_DIR
from rasd.structure import Paragraph
from rasd.tables import COLUMNS, make_frame, write_tables

# (file name, text): short articles with a headline, a date line and a body.
SMALL_ARTICLES = [
    ("drone.txt", "هجوم بطائرة مسيرة على قاعدة عين الأسد\n\n3 يناير 2024\n\n"
     "أعلنت جماعة مسلحة، أمس الثلاثاء، أنها استهدفت قاعدة عين الأسد بطائرتين مسيرتين. "
     "وقال مسؤول أميركي إن الهجوم لم يسفر عن إصابات."),
    ("rockets.txt", "صواريخ على حقل العمر\n\n5 فبراير 2024\n\n"
     "سقطت ثلاثة صواريخ قرب حقل العمر في سورية مساء الأحد، وفق بيان للتحالف الدولي."),
    ("talks.txt", "محادثات حول مستقبل القوات الأجنبية\n\n12 مارس 2024\n\n"
     "قال وزير الخارجية العراقي إن بغداد ستبدأ الشهر المقبل محادثات حول انسحاب قوات التحالف."),
]


def write_corpus(folder, articles=SMALL_ARTICLES, seeds=True):
    folder.mkdir(parents=True, exist_ok=True)
    if seeds:
        for path in SEEDS_DIR.glob("*.txt"):
            shutil.copy(path, folder / path.name)
    for name, text in articles:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def reference_tables(paths):
    """The tables as the reader and the extractors give them, one article after another."""
    articles, problems = read_corpus(paths)
    rows = {name: [] for name in pipeline.EXTRACTORS}
    for record in articles.to_dict("records"):
        for name, found in pipeline.extract_article(record).items():
            rows[name].extend(found)
    tables = {"articles": make_frame("articles", articles.to_dict("records"))}
    tables.update({name: make_frame(name, rows[name]) for name in pipeline.EXTRACTORS})
    tables["problems"] = make_frame("problems", [vars(p) for p in problems])
    return tables


def assert_same_tables(got, expected):
    assert list(got) == list(COLUMNS) or set(got) == set(COLUMNS)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


@pytest.fixture
def counter(monkeypatch):
    """Counts the articles extracted in this process."""
    calls = []
    real = pipeline.extract_article

    def counting(article):
        calls.append(article["article_id"])
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    return calls


def test_streamed_tables_equal_the_reader_and_extractors(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    assert_same_tables(pipeline.extract_corpus(corpus), reference_tables(corpus))


def test_warm_run_extracts_only_new_or_changed_articles(tmp_path, counter):
    corpus = write_corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    cold = pipeline.extract_corpus(corpus, cache=cache)
    assert len(counter) == 5
    counter.clear()
    assert_same_tables(pipeline.extract_corpus(corpus, cache=cache), cold)
    assert counter == []
    # one article changed, one added
    (corpus / "rockets.txt").write_text(SMALL_ARTICLES[1][1].replace("ثلاثة", "أربعة"), encoding="utf-8")
    (corpus / "new.txt").write_text("قصف قرب مطار بغداد\n\n7 أبريل 2024\n\n"
                                    "استهدف صاروخان محيط مطار بغداد فجر اليوم.", encoding="utf-8")
    warm = pipeline.extract_corpus(corpus, cache=cache)
    assert sorted(counter) == ["new", "rockets"]
    counter.clear()
    assert_same_tables(warm, pipeline.extract_corpus(corpus))
    assert (warm["attack_counts"]["count"] == 4).any()


def test_warm_run_with_workers_equals_cold_run(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    cold = pipeline.extract_corpus(corpus, cache=cache)
    assert_same_tables(pipeline.extract_corpus(corpus, cache=cache, jobs=2), cold)


def test_copies_and_reused_ids_are_read_as_the_reader_does(tmp_path, counter):
    corpus = write_corpus(tmp_path / "corpus", seeds=False)
    write_corpus(corpus / "copy", SMALL_ARTICLES[:1], seeds=False)  # the same text again
    write_corpus(corpus / "other", [("drone.txt", SMALL_ARTICLES[2][1])], seeds=False)  # same id
    cache = tmp_path / "cache"
    expected = reference_tables(corpus)
    assert len(expected["problems"]) == 3  # two copies left out, one id used twice
    counter.clear()
    assert_same_tables(pipeline.extract_corpus(corpus, cache=cache), expected)
    assert len(counter) == 3
    assert_same_tables(pipeline.extract_corpus(corpus, cache=cache, jobs=2), expected)


def test_lost_shard_means_extracting_again(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", seeds=False)
    cache = tmp_path / "cache"
    cold = pipeline.extract_corpus(corpus, cache=cache)
    store = ExtractionCache(cache)
    assert len(store.keys()) == 3
    store_again = ExtractionCache(cache)
    store_again.keys()
    for shard in (cache / rules_version()).glob("*.parquet"):
        shard.unlink()
    got = pipeline.extract_corpus(corpus, cache=store_again)
    assert_same_tables(got, cold)


def test_a_new_rules_version_starts_empty(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", seeds=False)
    pipeline.extract_corpus(corpus, cache=tmp_path / "cache")
    assert len(ExtractionCache(tmp_path / "cache").keys()) == 3
    assert ExtractionCache(tmp_path / "cache", version="0" * 16).keys() == frozenset()


def test_rules_version_follows_the_data_files(tmp_path, monkeypatch):
    import rasd.cache

    data = tmp_path / "data"
    shutil.copytree(rasd.cache.DATA_DIR, data)
    monkeypatch.setattr(rasd.cache, "DATA_DIR", data)
    before = rasd.cache.rules_version.__wrapped__()
    assert rasd.cache.rules_version.__wrapped__() == before
    with (data / "weapons.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert rasd.cache.rules_version.__wrapped__() != before


BASE = {"article_id": "a1", "published": "2024-01-03", "text": "نص المقال",
        "paragraphs": [Paragraph("body", "نص المقال", 0, 9)], "path": "x/a1.txt", "outlet": "X"}

KEY_CASES = [
    # (change, same key?, origin)
    ({"path": "y/a1.txt"}, True, "dev: the file moved"),
    ({"outlet": "Y"}, True, "dev: metadata extraction does not read"),
    ({"text": "نص المقال الجديد"}, False, "dev: the text changed"),
    ({"article_id": "a2"}, False, "dev: rows carry the article id"),
    ({"published": "2024-01-04"}, False, "dev: relative dates depend on it"),
    ({"paragraphs": [Paragraph("headline", "نص المقال", 0, 9)]}, False, "dev: the layout changed"),
    ({"paragraphs": None}, False, "dev: no layout known"),
]


@pytest.mark.parametrize("change,same,origin", KEY_CASES)
def test_article_key(change, same, origin):
    assert (article_key({**BASE, **change}) == article_key(BASE)) is same


def test_cli_cache_options(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", seeds=False)
    cache = tmp_path / "cache"
    args = ["extract", str(corpus), "--cache", str(cache)]
    assert main([*args, "--out", str(tmp_path / "one")]) == 0
    assert "3 extracted, 0 from the cache" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "two")]) == 0
    assert "0 extracted, 3 from the cache" in capsys.readouterr().err
    for name in COLUMNS:
        assert filecmp.cmp(tmp_path / "one" / f"{name}.csv", tmp_path / "two" / f"{name}.csv",
                           shallow=False), name
    other = tmp_path / "unused"
    assert main(["extract", str(corpus), "--no-cache", "--cache", str(other),
                 "--out", str(tmp_path / "three")]) == 0
    assert not other.exists()
    assert "from the cache" not in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_streamed_files_equal_files_written_at_once(tmp_path, monkeypatch, fmt):
    import rasd.tablewriter

    monkeypatch.setattr(rasd.tablewriter, "ROW_GROUP", 10)
    monkeypatch.setattr(pipeline, "ARTICLES_PER_CHUNK", 2)
    corpus = write_corpus(tmp_path / "corpus")
    write_tables(pipeline.extract_corpus(corpus), tmp_path / "once", fmt)
    summary = rasd.tablewriter.extract_to_folder(corpus, tmp_path / "streamed", fmt)
    assert summary["rows"]["articles"] == 5
    for name in COLUMNS:
        once, streamed = (tmp_path / d / f"{name}.{fmt}" for d in ("once", "streamed"))
        if fmt == "csv":
            assert filecmp.cmp(once, streamed, shallow=False), name
        else:
            pd.testing.assert_frame_equal(pd.read_parquet(streamed), pd.read_parquet(once), obj=name)


@pytest.mark.parametrize("name,origin", [("empty", "dev: a folder without articles"),
                                         ("missing", "dev: a path that does not exist")])
def test_corpus_without_articles(tmp_path, name, origin):
    (tmp_path / "empty").mkdir()
    tables = pipeline.extract_corpus(tmp_path / name, cache=tmp_path / "cache")
    assert_same_tables(tables, reference_tables(tmp_path / name))
    assert len(tables["problems"]) == (name == "missing")
