"""An office named with a pronoun: ``وقال متحدث باسمها`` after ``نفت السفارة …``.

The pronoun of ``باسمها``/``باسمه`` stands for the organisation that spoke last with that
gender (organisations are feminine unless their head says otherwise); the speaker is
named in full, ``متحدث باسم السفارة الأمريكية``.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.speakers import Speaker
from rasd.text import normalize_str

__all__ = ["office_owner", "is_office_pronoun"]

_POSSESSED = {"باسمها": "f", "باسمه": "m"}


def is_office_pronoun(word: str) -> bool:
    """``باسمها``/``باسمه`` (normalised): the body a spokesman speaks for, as a pronoun."""
    return word in _POSSESSED


def office_owner(sp: Speaker, said: list[Speaker]) -> Speaker | None:
    """The speaker with its ``باسمها`` named, or None when it has no such pronoun.

    Args:
        sp: The speaker as read (``متحدث باسمها``).
        said: Speakers that spoke before, in text order.
    """
    words = normalize_str(sp.text).split()
    if len(words) < 2 or words[-1] not in _POSSESSED or sp.affiliation:
        return None
    gender = _POSSESSED[words[-1]]
    owner = next(
        (
            o
            for o in reversed(said)
            if o.pos < sp.pos and o.stype == "organization" and (o.gender or "f") == gender
        ),
        None,
    )
    if owner is None:
        return None
    head = sp.text.rsplit(" ", 1)[0]
    return replace(sp, text=f"{head} باسم {owner.text}", affiliation=owner.text, stype="person")
