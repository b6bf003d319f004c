"""``rasd run``: extract a corpus once, execute the report notebooks on it, publish a folder.

The run, in order:

1. :func:`check_run` validates every parameter (corpus, dates, language, output
   folder) before anything starts; each problem is one line, exit status 2.
2. The corpus is extracted ONCE (:func:`rasd.reportdata.extract_report_data`)
   into ``<tmp>/tables/`` (CSV and Parquet, plus the article texts).
3. Every notebook of ``notebooks/`` (``NN_name.ipynb``) is executed with
   papermill (kernel ``python3`` started in ``notebooks/``, so relative
   defaults work; a cell may take up to 10 minutes), two at a time. The
   parameters injected are those of the ``parameters`` cell (``corpus``,
   ``since``, ``until``, ``label_lang``, ``out_dir``) plus ``tables_dir``, the
   cache of step 2, which the notebooks read instead of extracting again.
4. Each executed notebook is rendered to HTML (inputs hidden for notebooks whose
   metadata says ``"rasd": {"hide_input": true}``); the notebooks saved their
   charts in ``<tmp>/charts/``; what the kernels wrote on stderr is in
   ``<tmp>/logs/kernels.log``. The temporary path is replaced by the final one
   in the executed notebooks, so they can be re-run where they are published.
5. ``<tmp>`` (a hidden folder beside the target) is renamed to the target.

A failed cell does not stop the other notebooks; the run exits 1 naming each
failed notebook and cell, and the partially executed notebook is kept in the
published folder. Nothing is ever written into ``notebooks/``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.paths import NOTEBOOKS_DIR, REPORTS_DIR

__all__ = [
    "KERNEL",
    "CELL_TIMEOUT",
    "RunParams",
    "NotebookResult",
    "list_notebooks",
    "check_run",
    "execute_notebook",
    "render_html",
    "hides_input",
    "run_report",
    "refresh_notebooks",
]

KERNEL = "python3"
CELL_TIMEOUT = 600
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
PROG = "rasd run"
OPTION_NAMES = {"since": "--since", "until": "--until", "label_lang": "--lang"}


@dataclass
class RunParams:
    """The parameters of a report run (as given on the command line).

    Attributes:
        corpus: Folder, glob pattern or file of articles.
        since: First day kept (``YYYY-MM-DD``) or ``""``.
        until: Last day kept or ``""``.
        label_lang: ``"ar"`` or ``"en"``.
        out: The folder to create.
        force: Replace ``out`` when it holds files.
    """

    corpus: str
    since: str = ""
    until: str = ""
    label_lang: str = "ar"
    out: Path | None = None
    force: bool = False


@dataclass
class NotebookResult:
    """How one notebook ran: ``error`` is ``""`` when every cell succeeded."""

    name: str
    error: str = ""
    seconds: float = 0.0


def list_notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report notebooks of a folder (``NN_name.ipynb``), in order."""
    return sorted(folder.glob(NOTEBOOK_PATTERN))


def default_out() -> Path:
    """``reports/<YYYYmmdd-HHMMSS>`` under the repository."""
    return REPORTS_DIR / dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _check_corpus(corpus: str) -> str:
    from rasd.corpus import SUFFIXES, find_corpus_files

    if not corpus:
        return "--corpus is empty"
    is_pattern = any(ch in corpus for ch in "*?[")
    if not is_pattern and not Path(corpus).exists():
        return f"--corpus {corpus}: no such file or folder"
    if not find_corpus_files(corpus):
        return f"--corpus {corpus}: no article files ({', '.join(SUFFIXES)}) found"
    return ""


def _check_out(out: Path, force: bool) -> str:
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder"
    if out.resolve().is_relative_to(NOTEBOOKS_DIR.resolve()):
        return f"--out {out} is inside the notebooks folder; choose another folder"
    if out.exists() and any(out.iterdir()) and not force:
        return f"--out {out} already exists and is not empty (use --force to replace it)"
    return ""


def check_run(params: RunParams) -> list[str]:
    """Every problem with the run's parameters, one line each (empty when all is well)."""
    from rasd.notebook_helpers import check_parameters

    errors = [_check_corpus(params.corpus)]
    for name, message in check_parameters(params.since, params.until, params.label_lang):
        errors.append(f"{OPTION_NAMES[name]}: {message}")
    if params.out is not None:
        errors.append(_check_out(params.out, params.force))
    return [e for e in errors if e]


def _failure(name: str, exc: BaseException) -> str:
    """One line naming the notebook, the cell and the error."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        first = next((ln for ln in (exc.source or "").splitlines() if ln.strip()), "")
        return (f"{name} failed in cell {exc.cell_index + 1} (In [{exc.exec_count}]: "
                f"{first.strip()[:60]!r}): {exc.ename}: {exc.evalue}")
    return f"{name} failed: {type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"


def execute_notebook(
    notebook: Path, output: Path, parameters: dict[str, Any], cwd: Path | None = None
) -> NotebookResult:
    """Execute one notebook with papermill into ``output`` (kept even when a cell fails).

    Args:
        notebook: The notebook to run (never modified).
        output: Where the executed notebook is written.
        parameters: Injected after the ``parameters`` cell.
        cwd: Working directory of the kernel (default: the notebook's folder).

    Returns:
        The result; ``error`` names the failed cell.
    """
    import papermill

    started = time.monotonic()
    # The kernel starts in ``cwd`` through nbclient's resources path: papermill's own
    # ``cwd=`` changes the directory of the whole process, unsafe with two notebooks at once.
    resources = {"metadata": {"path": str(cwd or notebook.parent)}}
    try:
        papermill.execute_notebook(
            str(notebook), str(output), parameters=parameters, kernel_name=KERNEL,
            execution_timeout=CELL_TIMEOUT, progress_bar=False, log_output=False,
            resources=resources,
        )
    except Exception as exc:  # noqa: BLE001 - any failure is reported, the run goes on
        return NotebookResult(notebook.stem, _failure(notebook.name, exc),
                              time.monotonic() - started)
    return NotebookResult(notebook.stem, "", time.monotonic() - started)


@contextlib.contextmanager
def _stderr_to(log: Path) -> Iterator[None]:
    """Send the process's stderr, inherited by the kernels, to ``log`` (kernel chatter, logs)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    sys.stderr.flush()
    saved = os.dup(2)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        os.dup2(fd, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(fd)
        os.close(saved)


def render_html(notebook: Path, output: Path, hide_input: bool = False) -> Path:
    """Render an executed notebook as a standalone HTML page.

    Args:
        notebook: The executed notebook.
        output: The HTML file to write.
        hide_input: Leave code cells' inputs and prompts out (a report for reading).
    """
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=hide_input, exclude_input_prompt=hide_input,
                            exclude_output_prompt=hide_input)
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4),
                                          resources={"metadata": {"name": notebook.stem}})
    output.write_text(body, encoding="utf-8")
    return output


def hides_input(notebook: Path) -> bool:
    """Whether a notebook's metadata asks for an HTML page without code (``rasd.hide_input``)."""
    import json

    meta = json.loads(notebook.read_text(encoding="utf-8")).get("metadata", {})
    return bool(meta.get("rasd", {}).get("hide_input"))


def _retarget(notebook: Path, old: str, new: str) -> None:
    """Replace the temporary folder's path by the final one in an executed notebook."""
    text = notebook.read_text(encoding="utf-8")
    if old in text:
        notebook.write_text(text.replace(old, new), encoding="utf-8")


@dataclass
class _Job:
    """One notebook to execute into ``folder`` (to be renamed ``final``) and render."""

    notebook: Path
    folder: Path
    final: Path
    parameters: dict[str, Any]

    def run(self) -> NotebookResult:
        output = self.folder / self.notebook.name
        result = execute_notebook(self.notebook, output, self.parameters)
        if output.exists():
            _retarget(output, str(self.folder), str(self.final))
        if not result.error:
            render_html(output, output.with_suffix(".html"), hides_input(self.notebook))
        return result


def _execute_all(jobs: list[_Job], workers: int, log: Path) -> list[NotebookResult]:
    """Run the jobs, ``workers`` at a time, their stderr going to ``log``."""
    with _stderr_to(log):
        if workers <= 1 or len(jobs) <= 1:
            return [job.run() for job in jobs]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_Job.run, jobs))


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _absolute(corpus: str) -> str:
    """The corpus as an absolute path or pattern (the kernels run in ``notebooks/``)."""
    return os.path.abspath(corpus)


def run_report(params: RunParams, notebooks: Sequence[Path] | None = None,
               workers: int = 2) -> int:
    """Run the report: validate, extract once, execute the notebooks, publish the folder.

    Args:
        params: The run's parameters (``out`` None: ``reports/<timestamp>``).
        notebooks: The notebooks to execute (default: :func:`list_notebooks`).
        workers: Notebooks executed at the same time.

    Returns:
        The exit status: 0 success, 1 a notebook failed or no article was read,
        2 bad parameters (nothing was started).
    """
    from rasd.cli import publish_folder
    from rasd.reportdata import extract_report_data, write_report_data

    started = time.monotonic()
    out = params.out if params.out is not None else default_out()
    errors = check_run(RunParams(params.corpus, params.since, params.until, params.label_lang,
                                 out, params.force))
    for error in errors:
        _say(error)
    if errors:
        return 2
    notebooks = list(notebooks) if notebooks is not None else list_notebooks()
    data = extract_report_data(params.corpus)
    n_articles = len(data.tables["articles"])
    if n_articles == 0:
        _say(f"no article could be read from {params.corpus} "
             f"({len(data.tables['problems'])} problems)")
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent)).resolve()
    try:
        write_report_data(data, tmp / "tables")
        parameters = {"corpus": _absolute(params.corpus), "since": params.since,
                      "until": params.until, "label_lang": params.label_lang,
                      "out_dir": str(tmp), "tables_dir": str(tmp / "tables")}
        jobs = [_Job(nb.resolve(), tmp, out.resolve(), parameters) for nb in notebooks]
        results = _execute_all(jobs, min(workers, os.cpu_count() or 1),
                               tmp / "logs" / "kernels.log")
        publish_folder(tmp, out, params.force)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    failed = [r for r in results if r.error]
    for result in failed:
        _say(f"{result.error}; partial notebook kept: {out / (result.name + '.ipynb')}")
    charts = len(list((out / "charts").glob("*.png"))) if (out / "charts").is_dir() else 0
    _say(f"{len(results) - len(failed)}/{len(results)} notebooks, {charts} charts, "
         f"{n_articles} articles -> {out} ({time.monotonic() - started:.1f} s)")
    return 1 if failed else 0


def refresh_notebooks(notebooks: Sequence[Path] | None = None) -> list[Path]:
    """Re-execute notebooks in place with their default parameters (``make notebooks``).

    Each notebook runs in its own folder, without timing metadata, on a copy
    that replaces the original only when every cell succeeded.

    Raises:
        RuntimeError: When a cell fails (the committed notebook is left as it was).
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    done = []
    for path in notebooks if notebooks is not None else list_notebooks():
        nb = nbformat.read(path, as_version=4)
        nb.metadata.pop("papermill", None)
        for cell in nb.cells:
            for key in ("papermill", "execution"):
                cell.metadata.pop(key, None)
        client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name=KERNEL,
                                record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
        except CellExecutionError as exc:
            raise RuntimeError(f"{path.name}: {str(exc).strip().splitlines()[-1]}") from exc
        tmp = path.with_name(f".{path.name}.tmp")
        nbformat.write(nb, tmp)
        os.replace(tmp, path)
        done.append(path)
    return done
