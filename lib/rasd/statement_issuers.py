"""Who issued the statement that ``البيان`` refers back to.

``البيان`` names whoever issued the last statement. A person quoted as a member of a body
that spoke before (``وقال قائد القيادة المركزية … إن``) speaks inside that body's statement:
a later ``وأضاف البيان`` is the body's, not the member's. A spokesman (``المتحدث باسم``)
issues the body's statement himself and keeps it.
"""

from __future__ import annotations

from rasd.speakers import Speaker
from rasd.text import normalize_str

__all__ = ["statement_issuer"]

# The word of a spokesman's role (المتحدث باسم, الناطق باسم): he speaks as the body.
_SPOKESMAN_WORD = "باسم"


def statement_issuer(candidates: list[Speaker], pos: int) -> Speaker | None:
    """The issuer of the last statement told before ``pos`` among named speakers and sources.

    Args:
        candidates: Speakers of earlier statements and sources of attributions (not anonymous).
        pos: Normalised offset of the ``البيان`` phrase.

    Returns:
        The latest candidate, or the body that a latest person's role names, or None.
    """
    before = [s for s in candidates if s.pos < pos]
    if not before:
        return None
    last = max(before, key=lambda s: s.pos)
    if last.stype != "person" or not last.role:
        return last
    role = normalize_str(last.role)
    if _SPOKESMAN_WORD in role.split():
        return last
    body = next(
        (s for s in sorted(before, key=lambda s: -s.pos) if s.stype == "organization" and normalize_str(s.text) in role),
        None,
    )
    return body or last
