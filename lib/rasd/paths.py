"""Where things live: every path the package uses is defined here and nowhere else."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["REPO_ROOT", "DATA_DIR", "NOTEBOOKS_DIR", "SEEDS_DIR", "REPORTS_DIR", "data_file"]

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("RASD_DATA_DIR", REPO_ROOT / "data"))
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
SEEDS_DIR = REPO_ROOT / "seeds"
REPORTS_DIR = REPO_ROOT / "reports"


def data_file(name: str) -> Path:
    """Return the path of a lexicon or gazetteer file in ``data/``.

    Args:
        name: File name inside the data folder, e.g. ``"places.csv"``.

    Raises:
        FileNotFoundError: When the file does not exist, naming the folder searched.
    """
    path = DATA_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"Rasd data file {name!r} not found in {DATA_DIR}")
    return path
