"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

:func:`run_ordered` applies a function to a stream of chunks (lists of articles)
and yields the results in the order of the chunks, with only a few
chunks in flight per worker, so that a corpus of any size is never held in
memory at once.

* ``jobs == 1``: in this process.
* ``jobs > 1``: a pool of forked worker processes on this machine.
* ``dask="tcp://host:8786"``: the workers of an existing Dask distributed
  cluster (``dask.distributed.Client(address)``). The chunks are sent to the
  workers, which must be able to import the same ``rasd`` (same checkout and
  environment).
* ``dask="local"``: a :class:`dask.distributed.LocalCluster` started for the run
  (2 worker processes of 1 thread, no dashboard), mostly to try the set-up.

Dask is imported only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["LOCAL", "current_dask", "dask_client", "run_ordered", "use_dask"]

LOCAL = "local"
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3
LOCAL_WORKERS = 2

_DEFAULT_DASK: list[str | None] = [None]
_POOL_STATE: dict[str, Any] = {}


def current_dask() -> str | None:
    """The Dask address set by :func:`use_dask`, if any."""
    return _DEFAULT_DASK[-1]


@contextlib.contextmanager
def use_dask(address: str | None) -> Iterator[None]:
    """Make extraction that is not given a cluster run on ``address`` (None: no change).

    Used by commands that extract through code that takes no cluster argument.
    """
    if address is None:
        yield
        return
    _DEFAULT_DASK.append(address)
    try:
        yield
    finally:
        _DEFAULT_DASK.pop()


@contextlib.contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A connected :class:`dask.distributed.Client`, closed (with its local cluster) on exit.

    Args:
        address: A scheduler address (``tcp://10.0.0.5:8786``) or ``"local"``.
    """
    from dask.distributed import Client, LocalCluster

    if address == LOCAL:
        cluster = LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(address)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_ordered(
    fn: Callable[[Any, Any], Any],
    chunks: Iterable[Any],
    jobs: int = 1,
    dask: str | None = None,
    shared: Any = None,
) -> Iterator[Any]:
    """Yield ``fn(chunk, shared)`` for every chunk, in the order of the chunks.

    Args:
        fn: A module-level function (it is sent to the workers by reference).
        chunks: The work, consumed lazily.
        jobs: Local worker processes when no cluster is given (1: this process).
        dask: A Dask scheduler address or ``"local"``; overrides ``jobs``.
        shared: One read-only value every call receives (sent once per worker).
    """
    if dask:
        yield from _run_dask(fn, chunks, dask, shared)
    elif jobs > 1:
        yield from _run_pool(fn, chunks, jobs, shared)
    else:
        for chunk in chunks:
            yield fn(chunk, shared)


def _set_pool_state(fn: Callable[[Any, Any], Any], shared: Any) -> None:
    _POOL_STATE["fn"], _POOL_STATE["shared"] = fn, shared


def _call_in_pool(chunk: Any) -> Any:
    return _POOL_STATE["fn"](chunk, _POOL_STATE["shared"])


def _run_pool(fn: Callable[[Any, Any], Any], chunks: Iterable[Any], jobs: int, shared: Any) -> Iterator[Any]:
    pool = mp.get_context("fork").Pool(jobs, initializer=_set_pool_state, initargs=(fn, shared))
    pending: deque[Any] = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(pool.apply_async(_call_in_pool, (chunk,)))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        finished = True
    finally:
        if finished:
            pool.close()
        else:
            pool.terminate()
        pool.join()


def _run_dask(fn: Callable[[Any, Any], Any], chunks: Iterable[Any], address: str, shared: Any) -> Iterator[Any]:
    with dask_client(address) as client:
        shared_future = client.scatter([shared], broadcast=True, hash=False)[0]
        workers = max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(client.submit(fn, chunk, shared_future, pure=False))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
