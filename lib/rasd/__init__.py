"""Rasd (رصد): Arabic conflict reporting turned into tables with provenance."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
