"""Acts of a sentence that no trigger tells, read in turn until one reader finds rows.

A sentence with no attack verb or counted attack noun may still tell an act: by the blasts
heard at a base (:mod:`rasd.heard_blasts`) or suffered by it (:mod:`rasd.suffered_blasts`), by a verbal noun whose object is a convoy of the
coalition (:mod:`rasd.convoy_targets`) or a verb of burning whose object is one
(:mod:`rasd.arson_acts`), by the harm an attack did at a site
(:mod:`rasd.aftermath_acts`), or by a strike its author announced (:mod:`rasd.announced_strikes`).
"""

from __future__ import annotations

from typing import Any

from rasd.aftermath_acts import aftermath_rows
from rasd.announced_strikes import announced_strike_rows
from rasd.arson_acts import arson_rows
from rasd.convoy_targets import convoy_target_rows
from rasd.doc import Doc, DocSentence
from rasd.heard_blasts import heard_blast_rows
from rasd.suffered_blasts import suffered_blast_rows
from rasd.text import Token

__all__ = ["untriggered_rows"]


def untriggered_rows(doc: Doc, sent: DocSentence, tokens: list[Token], resp: int) -> list[dict[str, Any]]:
    """Rows of the first reader that finds an act in the sentence before token ``resp``; [] when none."""
    return (
        heard_blast_rows(doc, sent, tokens[:resp])
        or suffered_blast_rows(doc, sent, tokens[:resp])
        or convoy_target_rows(doc, sent, tokens, resp)
        or arson_rows(doc, sent, tokens, resp)
        or aftermath_rows(doc, sent, tokens, resp)
        or announced_strike_rows(doc, sent, tokens, resp)
    )
