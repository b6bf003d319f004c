"""Statements: who said what (work in progress: the extractor lands with issue 4)."""

from __future__ import annotations

from typing import Any

from rasd.doc import Doc

__all__ = ["extract_statements"]


def extract_statements(doc: Doc) -> list[dict[str, Any]]:
    """Reporting acts of an article; empty until the statement extractor lands."""
    return []
