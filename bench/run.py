"""Speed and memory benchmark of Rasd (``make bench``; never part of ``make test``).

For each corpus size (default 1k, 10k and 100k articles, ``--sizes`` to choose)
a corpus is generated into a temporary folder by recombining the paragraphs of
the seed articles (see ``corpus_gen.py``; nothing is kept afterwards), then,
on the same files, each in its own process (wall time of the whole command,
peak RSS of its largest process, CPU time of the process and its workers):

* ``rasd extract --jobs 1`` with a new cache folder (a first run), then again
  with that cache (a rerun where nothing changed; up to ``--repeat-max`` articles);
* ``rasd extract --jobs N`` (``--jobs-max``, default 2) with a new cache folder
  (up to ``--repeat-max`` articles, default 10k: the 100k corpus is run once);
* the camel-tools baseline: read each file, ``dediac_ar``, ``normalize_alef_ar``,
  ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``,
  ``simple_word_tokenize``;
* dates alone on a sample (``--sample``, default 50 articles): ``rasd.dates.find_dates``
  against ``dateparser.search.search_dates(text, languages=["ar"])``.

Targets: extraction <= 1.5x the camel-tools pass; dates >= 50x faster than
dateparser; 100k articles <= 2 GB peak memory; ``--jobs N`` close to linear.
CPU times are printed too: on a shared machine they move less than wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

TARGETS = {"camel_ratio": 1.5, "dates_speedup": 50.0, "peak_mb_100k": 2048.0}


@dataclass
class Measure:
    """One command: wall seconds, CPU seconds (with its workers), peak RSS in MB."""

    wall: float
    cpu: float
    peak_mb: float
    output: str = ""


def snapshot(work: Path, source: Path = ROOT) -> dict[str, str]:
    """Copy the package, data and seeds of ``source`` into ``work``; the environment that runs it.

    Every measurement then runs the same rules even while the repository is being edited
    (and ``--lib`` measures another version of the package).
    """
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("lib", "data", "seeds"):
        shutil.copytree(source / name, work / "snapshot" / name, ignore=ignore)
    return {**os.environ, "PYTHONPATH": str(work / "snapshot" / "lib"), "RASD_DATA_DIR":
            str(work / "snapshot" / "data")}


ENV: dict[str, str] = dict(os.environ)


def run_child(cmd: list[str]) -> Measure:
    """Run a command and read its resource usage with ``os.wait4`` (Linux: peak RSS in KB)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=ENV)
        out = proc.stdout.read() if proc.stdout else b""
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read().decode()[-3000:]}")
    return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.decode())


def rasd_extract(corpus: Path, out: Path, jobs: int, cache: Path | None) -> Measure:
    cmd = [sys.executable, "-m", "rasd.cli", "extract", str(corpus), "--out", str(out), "--force",
           "--jobs", str(jobs)]
    cmd += ["--cache", str(cache)] if cache else ["--no-cache"]
    try:
        return run_child(cmd)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def child_camel(corpus: Path) -> None:
    """The camel-tools baseline pass (runs in a child process)."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    tokens = 0
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))
        tokens += len(simple_word_tokenize(text))
    print(json.dumps({"tokens": tokens}))


def child_dates(corpus: Path, sample: int) -> None:
    """Dates alone on the first ``sample`` files: ours, then dateparser (child process)."""
    import warnings

    from dateparser.search import search_dates

    from rasd.dates import find_dates
    from rasd.text import normalize

    warnings.filterwarnings("ignore")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:sample]]
    find_dates("وقع الهجوم أمس في السابع من أكتوبر")  # loads the numbers lexicon (ordinals) before timing
    search_dates("وقع الهجوم أمس", languages=["ar"])
    start = time.process_time()
    ours = sum(len(find_dates(t)) for t in texts)
    ours_s = time.process_time() - start
    norms = [normalize(t) for t in texts]
    start = time.process_time()
    sum(len(find_dates(nt)) for nt in norms)
    ours_norm_s = time.process_time() - start
    start = time.process_time()
    theirs = sum(len(search_dates(t, languages=["ar"]) or []) for t in texts)
    theirs_s = time.process_time() - start
    print(json.dumps({"n": len(texts), "ours_s": ours_s, "ours_found": ours,
                      "ours_prenormalised_s": ours_norm_s, "dateparser_s": theirs_s,
                      "dateparser_found": theirs}))


def child_imports() -> None:
    """Import time of the pipeline, and whether torch gets imported (child process)."""
    start = time.perf_counter()
    import rasd.pipeline

    imported = time.perf_counter() - start
    rasd.pipeline.extract_corpus(ROOT / "seeds")
    print(json.dumps({"import_s": imported, "torch": "torch" in sys.modules,
                      "dask": "dask" in sys.modules, "rasd": rasd.pipeline.__file__}))


def measure_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, object]:
    """Every figure for one corpus size."""
    from corpus_gen import load_pool, write_corpus

    corpus = work / f"corpus-{n}"
    t0 = time.perf_counter()
    size = write_corpus(corpus, n, load_pool(ROOT / "seeds"))
    say(f"[{n}] corpus: {size / 1e6:.1f} MB in {time.perf_counter() - t0:.0f} s")
    camel = run_child([sys.executable, __file__, "--child-camel", str(corpus)])
    say(f"[{n}] camel-tools pass: {camel.wall:.1f} s ({camel.cpu:.1f} s CPU)")
    one = rasd_extract(corpus, work / "out", 1, work / f"cache-{n}")
    say(f"[{n}] rasd extract --jobs 1: {one.wall:.1f} s ({one.cpu:.1f} s CPU), peak {one.peak_mb:.0f} MB")
    res: dict[str, object] = {
        "articles": n, "mb": size / 1e6, "camel_s": camel.wall, "camel_cpu_s": camel.cpu,
        "jobs1_s": one.wall, "jobs1_cpu_s": one.cpu, "jobs1_peak_mb": one.peak_mb,
        "articles_per_s": n / one.wall, "mb_per_s": size / 1e6 / one.wall,
        "cpu_ms_per_article": 1000 * one.cpu / n,
        "camel_ratio": one.wall / camel.wall, "camel_ratio_cpu": one.cpu / camel.cpu,
        "warm_s": None, "jobsN": args.jobs_max, "jobsN_s": None, "jobsN_cpu_s": None,
        "jobsN_peak_mb": None, "speedup_N": None,
    }
    if n <= args.repeat_max:
        warm = rasd_extract(corpus, work / "out", 1, work / f"cache-{n}")
        say(f"[{n}] rerun with the cache: {warm.wall:.1f} s")
        many = rasd_extract(corpus, work / "out", args.jobs_max, work / f"cache-{n}-j")
        say(f"[{n}] rasd extract --jobs {args.jobs_max}: {many.wall:.1f} s ({many.cpu:.1f} s CPU), "
            f"peak {many.peak_mb:.0f} MB")
        res.update({"warm_s": warm.wall, "jobsN_s": many.wall, "jobsN_cpu_s": many.cpu,
                    "jobsN_peak_mb": many.peak_mb, "speedup_N": one.wall / many.wall})
    shutil.rmtree(work / f"cache-{n}", ignore_errors=True)
    shutil.rmtree(work / f"cache-{n}-j", ignore_errors=True)
    dates = json.loads(run_child([sys.executable, __file__, "--child-dates", str(corpus),
                                  "--sample", str(args.sample)]).output)
    shutil.rmtree(corpus, ignore_errors=True)
    res.update({"dates": dates, "dates_speedup": dates["dateparser_s"] / dates["ours_s"]})
    return res


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def format_table(results: list[dict[str, object]]) -> str:
    """The figures as a Markdown table (— where a run was skipped)."""
    head = ("| articles | MB | extract --jobs 1: s | articles/s | MB/s | CPU ms/article | "
            "peak RSS MB | camel-tools pass: s | ratio to camel: wall / CPU | rerun, cached: s | "
            "--jobs N: s | speed-up N | dates, ours: s | dateparser: s | dates speed-up |")
    lines = [head, "|" + "---|" * (head.count(" | ") + 1)]
    for r in results:
        d = r["dates"]
        peak = max(p for p in (r["jobs1_peak_mb"], r["jobsN_peak_mb"]) if p is not None)
        many = "—" if r["jobsN_s"] is None else f"{r['jobsN_s']:.1f} (N={r['jobsN']})"
        lines.append(
            f"| {r['articles']:,} | {r['mb']:.1f} | {r['jobs1_s']:.1f} | {r['articles_per_s']:.1f} | "
            f"{r['mb_per_s']:.2f} | {r['cpu_ms_per_article']:.1f} | {peak:.0f} | {r['camel_s']:.1f} | "
            f"{r['camel_ratio']:.1f}x / {r['camel_ratio_cpu']:.1f}x | {_num(r['warm_s'], '.1f')} | "
            f"{many} | {_num(r['speedup_N'], '.2f', 'x')} | {d['ours_s']:.3f} ({d['n']} art.) | "
            f"{d['dateparser_s']:.2f} | {r['dates_speedup']:.0f}x |")
    return "\n".join(lines)


def _num(value: object, fmt: str, unit: str = "") -> str:
    return "—" if value is None else f"{value:{fmt}}{unit}"


def format_targets(results: list[dict[str, object]]) -> str:
    """Each target, met or not."""
    out = []
    for r in results:
        n = r["articles"]
        line = (f"{n:,} articles: extraction {r['camel_ratio']:.1f}x the camel-tools pass "
                f"({r['camel_ratio_cpu']:.1f}x in CPU time; target <= {TARGETS['camel_ratio']}x: "
                f"{_ok(r['camel_ratio'] <= TARGETS['camel_ratio'])}); dates {r['dates_speedup']:.0f}x "
                f"faster than dateparser (target >= {TARGETS['dates_speedup']:.0f}x: "
                f"{_ok(r['dates_speedup'] >= TARGETS['dates_speedup'])})")
        if r["speedup_N"] is not None:
            line += f"; --jobs {r['jobsN']} speed-up {r['speedup_N']:.2f}x (linear: {r['jobsN']}x)"
        out.append(line)
        if n >= 100_000:
            peak = max(p for p in (r["jobs1_peak_mb"], r["jobsN_peak_mb"]) if p is not None)
            out.append(f"  peak memory {peak:.0f} MB (target <= 2048 MB: {_ok(peak <= 2048)})")
    return "\n".join(out)


def _ok(flag: bool) -> str:
    return "met" if flag else "NOT met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="corpus sizes in articles, comma-separated (default: 1000,10000,100000)")
    parser.add_argument("--jobs-max", type=int, default=2, help="workers of the scaling run (default: 2)")
    parser.add_argument("--sample", type=int, default=50, help="articles of the dates comparison")
    parser.add_argument("--repeat-max", type=int, default=10_000,
                        help="largest size also run again with the cache and with --jobs N "
                        "(default: 10000; the 100k corpus is run once, with --jobs 1)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument("--lib", type=Path, default=ROOT,
                        help="measure the lib/, data/ and seeds/ of this folder (default: this repository)")
    parser.add_argument("--child-camel", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-dates", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-imports", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_camel:
        child_camel(args.child_camel)
        return 0
    if args.child_dates:
        child_dates(args.child_dates, args.sample)
        return 0
    if args.child_imports:
        child_imports()
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    load = os.getloadavg()[0]
    results = []
    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        ENV.update(snapshot(Path(tmp), args.lib))
        imports = json.loads(run_child([sys.executable, __file__, "--child-imports"]).output)
        seeds = run_child([sys.executable, "-m", "rasd.cli", "extract", str(ROOT / "seeds"),
                           "--no-cache", "--out", str(Path(tmp) / "seeds-out")])
        say(f"import rasd.pipeline: {imports['import_s']:.2f} s; torch imported: "
            f"{imports['torch']}; rasd extract seeds: {seeds.wall:.2f} s")
        for n in sizes:
            results.append(measure_size(n, args, Path(tmp)))
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; load average "
          f"{load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
    print(f"import rasd.pipeline {imports['import_s']:.2f} s (torch imported: {imports['torch']}); "
          f"rasd extract seeds (2 articles, whole command) {seeds.wall:.2f} s")
    print(format_table(results))
    print(format_targets(results))
    if args.json:
        args.json.write_text(json.dumps({"imports": imports, "seeds_s": seeds.wall, "sizes": results},
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
