"""Spreading extraction over processes and Dask workers gives the serial tables.

One LocalCluster (2 worker processes) is started for the module; ``--dask
local`` starts its own. The corpus is the seeds plus the small articles of
test_cache.py, cut into chunks of 2 articles so the order of results matters.
"""

from __future__ import annotations

import filecmp
import itertools

import pytest
from test_cache import assert_same_tables, write_corpus

import rasd.pipeline as pipeline
from rasd.cli import main
from rasd.distributed import IN_FLIGHT_PER_WORKER, run_ordered, use_dask
from rasd.tables import COLUMNS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("dist") / "corpus")


@pytest.fixture(scope="module")
def serial(corpus):
    return pipeline.extract_corpus(corpus)


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as local:
        yield local


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(pipeline, "ARTICLES_PER_CHUNK", 2)


def square(x, shared):
    return x * x + shared


@pytest.mark.parametrize("jobs,origin", [(1, "dev: in this process"), (3, "dev: process pool")])
def test_run_ordered_keeps_the_order(jobs, origin):
    assert list(run_ordered(square, range(20), jobs=jobs, shared=1)) == [x * x + 1 for x in range(20)]


def test_run_ordered_reads_the_work_lazily():
    pulled = []

    def chunks():
        for i in itertools.count():
            pulled.append(i)
            yield i

    results = run_ordered(square, chunks(), jobs=2, shared=0)
    assert next(results) == 0
    assert len(pulled) <= 2 * IN_FLIGHT_PER_WORKER + 1
    results.close()


def test_jobs_equal_serial(corpus, serial, small_chunks):
    assert_same_tables(pipeline.extract_corpus(corpus, jobs=2), serial)


def test_dask_cluster_equals_serial(corpus, serial, cluster, small_chunks, tmp_path):
    assert_same_tables(pipeline.extract_corpus(corpus, dask=cluster.scheduler_address), serial)
    cache = tmp_path / "cache"
    assert_same_tables(pipeline.extract_corpus(corpus, dask=cluster.scheduler_address, cache=cache),
                       serial)
    assert_same_tables(pipeline.extract_corpus(corpus, dask=cluster.scheduler_address, cache=cache),
                       serial)


def test_use_dask_reaches_extract_articles(corpus, cluster, small_chunks):
    from rasd.corpus import read_corpus

    articles, _ = read_corpus(corpus)
    here = pipeline.extract_articles(articles)
    with use_dask(cluster.scheduler_address):
        there = pipeline.extract_articles(articles)
    assert there == here


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_cli_dask_local(corpus, tmp_path):
    assert main(["extract", str(corpus), "--no-cache", "--out", str(tmp_path / "serial")]) == 0
    assert main(["extract", str(corpus), "--no-cache", "--dask", "local",
                 "--out", str(tmp_path / "dask")]) == 0
    for name in COLUMNS:
        assert filecmp.cmp(tmp_path / "serial" / f"{name}.csv", tmp_path / "dask" / f"{name}.csv",
                           shallow=False), name
