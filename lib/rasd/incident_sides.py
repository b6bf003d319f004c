"""Event rows that tell the other side of a known incident, never the incident itself, or its other entry.

A sentence telling a US strike often names the attacks it answered («قصف أمريكي ... ردّاً على
هجمات طالت مصالح غربية في العراق»), and a sentence telling an attack names the reply. Such a
row stands in the incident's sentence but is not the incident: an ``attack`` row never takes
the day of a ``us_strike`` incident, nor a ``us_strike`` row the day of an ``attack``.

One incident may have two entries of one day and type in ``data/known_incidents.yaml``, each
telling it another way (the al-Omar salvo of June 2021 named by its field, or as «a base in Deir
ez-Zor» with the coalition's reply): a row's sentence telling either entry tells the incident.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasd.pub_incident import Incident

__all__ = ["other_side", "tells_incident"]

_SIDES = {"attack": "us_strike", "us_strike": "attack"}


def other_side(row_type: object, incident_type: str) -> bool:
    """Whether a row of ``row_type`` is the other side of an incident of ``incident_type``."""
    return _SIDES.get(str(row_type or "")) == incident_type


def tells_incident(incident: Incident, found: Iterable[Incident]) -> bool:
    """Whether the incidents a sentence tells hold the incident or another entry of its day and type."""
    return any(inc == incident or (inc.date, inc.type) == (incident.date, incident.type) for inc in found)
