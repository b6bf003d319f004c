"""The committed notebooks: one plain ``parameters`` cell, kernel python3, clean stored outputs.

The outputs themselves are compared with a fresh run by nbval
(``pytest --nbval notebooks/ --nbval-sanitize-with notebooks/nbval.cfg``, in ``make test``).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "notebooks").glob("*.ipynb"))
DEFAULTS = {"corpus": "../seeds", "since": "", "until": "", "label_lang": "ar", "out_dir": "",
            "tables_dir": ""}
ABSOLUTE = re.compile(r"/(?:root|home|tmp|work)/")
# Output content that must never be stored: memory addresses, times, progress bars, warnings.
VOLATILE = re.compile(r"0x[0-9a-f]{6,}|\d{2}:\d{2}:\d{2}|\d+%\|[█▏▎▍▌▋▊▉ ]*\||Warning\b")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def text_outputs(nb: dict) -> list[str]:
    """Every stored text output (images left out: base64 may contain anything)."""
    texts = []
    for cell in nb["cells"]:
        for out in cell.get("outputs", ()):
            texts.append("".join(out.get("text", "")))
            texts += ["".join(v) for k, v in out.get("data", {}).items() if not k.startswith("image/")]
            texts += [out.get("ename", ""), out.get("evalue", "")]
    return texts


def test_the_five_notebooks_are_there():
    assert [p.stem for p in NOTEBOOKS] == [
        "01_corpus", "02_attack_counts", "03_force_deployments", "04_statements", "05_report"]


@pytest.mark.parametrize("path", NOTEBOOKS + FIXTURES, ids=lambda p: p.name)
def test_one_parameters_cell_of_plain_literals(path):
    nb = load(path)
    cells = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1 and cells[0]["cell_type"] == "code"
    values = {}
    for stmt in ast.parse("".join(cells[0]["source"])).body:
        assert isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
        assert isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Constant)
        values[stmt.targets[0].id] = stmt.value.value
    assert values == DEFAULTS


@pytest.mark.parametrize("path", NOTEBOOKS + FIXTURES, ids=lambda p: p.name)
def test_kernel_is_python3(path):
    assert load(path)["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_outputs_are_clean(path):
    nb = load(path)
    texts = text_outputs(nb)
    assert not [t for t in texts if ABSOLUTE.search(t)]
    assert not [t for t in texts if VOLATILE.search(t)]
    outputs = [o for c in nb["cells"] for o in c.get("outputs", ())]
    assert not [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"]
    assert "papermill" not in nb["metadata"]
    assert not [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_executed_top_to_bottom(path):
    code = [c for c in load(path)["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert all(c["outputs"] for c in code[2:])  # every cell after the setup shows something
