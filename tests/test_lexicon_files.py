"""Every data file documents itself, and every match key is already normalised.

tests/test_data.py checks the gazetteer and actor lexicons in depth; this
file checks the word lists the extractors read directly.
"""

from pathlib import Path

import pytest
import yaml

from rasd.paths import DATA_DIR
from rasd.text import normalize_str

WORD_LISTS = ["attack_context.yaml", "event_triggers.yaml", "presence_context.yaml", "forces.yaml", "whether_clauses.yaml", "kind_prior_acts.yaml"]


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key != "force":
                yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


@pytest.mark.parametrize("path", sorted(p for p in DATA_DIR.iterdir() if p.suffix in {".yaml", ".csv"}), ids=lambda p: p.name)
def test_data_file_starts_with_a_header(path: Path):
    assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name} has no # header"


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_list_entries_are_normalised(name):
    data = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    for entry in _strings(data):
        if any("\u0600" <= c <= "\u06ff" for c in entry):
            assert normalize_str(entry) == entry, f"{name}: {entry!r} is not normalised"
