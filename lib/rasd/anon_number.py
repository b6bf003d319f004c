"""Number agreement of an unnamed source's short form with the source it would stand for.

``ويقول المسؤولون إن …`` after ``قال مسؤول في وزارة الدفاع``: a plural short form
(``المسؤولون``, ``المصادر``) of the very noun that named one source before names several
sources, not that one; the row keeps the plural as written. Sound plurals are recognised by
their ending, broken ones by ``broken_plurals`` of ``data/statement_context.yaml``. Another
head (``وذكرت المصادر`` after ``وسائل إعلام``) and a singular short form after a plural are
left to the usual lookup.
"""

from __future__ import annotations

from rasd.speakers import lex
from rasd.text import normalize_str

__all__ = ["one_for_many"]


def one_for_many(anaphor: str, antecedent: str) -> bool:
    """Whether a plural short form would stand for one source named by its singular.

    Args:
        anaphor: The short form as written (``المسؤولون``).
        antecedent: The text of the source it was resolved to (``مسؤول في وزارة الدفاع``).

    Returns:
        True when the short form's head is the plural of the antecedent's head.
    """
    a = normalize_str(anaphor).split()
    b = normalize_str(antecedent).split()
    if not a or not b:
        return False
    plural = a[0][2:] if a[0].startswith("ال") else a[0]
    single = b[0][2:] if b[0].startswith("ال") else b[0]
    sound = len(plural) > 4 and plural.endswith(("ون", "ين")) and plural[:-2] == single
    return sound or lex().raw.get("broken_plurals", {}).get(plural) == single
