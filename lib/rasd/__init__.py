"""Rasd (رصد): Arabic conflict reporting turned into tables with provenance.

``rasd.extract_corpus(paths)`` reads a corpus and returns every table as a
pandas DataFrame; the ``rasd`` command does the same from the shell.
"""

from __future__ import annotations

from typing import Any

__all__ = ["__version__", "extract_corpus"]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import the pipeline only when it is used, so ``import rasd`` stays light."""
    if name == "extract_corpus":
        from rasd.pipeline import extract_corpus

        return extract_corpus
    raise AttributeError(f"module 'rasd' has no attribute {name!r}")
