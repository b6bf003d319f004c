"""A definite epithet for the person just quoted: ``وأكد كيربي … ونوه المسؤول الأميركي``.

The press avoids repeating a name by calling the speaker it has just quoted by a
definite description of his standing: ``وجدد القيادي البارز في الحشد …`` after ``قال
العامري``, ``وأكد المسؤول الأمني للكتائب`` after ``وأشار العسكري``. Such a phrase is read as
an anonymous head (``مسؤول``, ``قيادي``) with modifiers; it stands for the person of the
statement right before it when:

- its head is one of the ``epithet_heads`` of ``data/statement_context.yaml``;
- no unnamed source with that head was told before (``قال مسؤول أميركي … وأضاف المسؤول
  الأميركي`` stays that source);
- the statement right before it is a person's named with his family name (not a bare
  role such as ``الوزير``), no other person is named in between
  (a role told in apposition to him is no other person),
  and the genders agree (a masculine title may stand for a woman: the press often keeps
  titles in the masculine); or it is a single unnamed source with another head
  (``مصدر في الوزارة`` … ``المسؤول الأمريكي``) whose words fit the epithet's nisbas.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.role_nisbas import nisbas_fit
from rasd.speakers import Speaker, lex
from rasd.text import normalize_str

__all__ = ["epithet_referent", "is_epithet_head"]

_NUMBER_ENDS = ("ان", "ين", "ون")  # dual and sound plural endings of an unnamed source's head


def is_epithet_head(head: str) -> bool:
    """Whether ``head`` (without the article) may be an epithet for a person named before."""
    return lex().has("epithet_heads", head)


def epithet_referent(sp: Speaker, groups: list[list[Speaker]], mentions: list[Speaker]) -> Speaker | None:
    """The person an epithet stands for, or None when it is a source of its own.

    Args:
        sp: The epithet phrase (a definite anonymous head that no unnamed source explains).
        groups: Speakers of the narrative's statements, in reading order.
        mentions: Every other mention (and the speakers), in reading order.

    Returns:
        The speaker of the statement right before ``sp``, when the conditions above hold.
    """
    told = [m for m in [*(g[0] for g in groups), *mentions] if m.pos < sp.pos]
    if any(m.stype == "anonymous" and m.head == sp.head for m in told):
        return None
    before = [g for g in groups if g[0].pos < sp.pos]
    if not before or len(before[-1]) != 1:
        return None
    last = before[-1][0]
    if sp.gender and last.gender and sp.gender != last.gender and not _masculine_title(sp, last):
        return None
    if last.stype == "anonymous":
        return _unnamed_source(sp, last, told)
    if last.stype != "person" or not last.family:
        return None
    between = [
        m for m in mentions if m.stype == "person" and m.family and last.pos < m.pos < sp.pos and m.family != last.family
    ]
    return None if between else last


def _masculine_title(sp: Speaker, last: Speaker) -> bool:
    """``أفادت المتحدثة سابرينا سينغ … وأشار المسؤول الأمريكي``: a title in the masculine for a woman."""
    return sp.gender == "m" and last.gender == "f" and last.stype == "person"


def _unnamed_source(sp: Speaker, last: Speaker, told: list[Speaker]) -> Speaker | None:
    """``مصدر في الوزارة أكد … المسؤول الأمريكي جدد``: the unnamed source just quoted.

    Only when that source is one (not ``مصدران أمنيان``), no other unnamed source was told
    since it and the epithet's nisbas fit the source's words (``المسؤول الأمريكي`` is no ``مصدر أمني عراقي``).
    """
    since = [m for m in told if m.stype == "anonymous" and last.pos < m.pos and m.head != last.head]
    if since or _several(last) or not nisbas_fit(sp, replace(last, role=last.text)):
        return None
    return last


def _several(sp: Speaker) -> bool:
    """``مصدران``, ``مسؤولون``, ``مصادر``: a dual or plural unnamed source."""
    words = normalize_str(sp.text).split()
    head = words[0][2:] if words and words[0].startswith("ال") else (words[0] if words else "")
    return sp.gender in ("p", "d") or lex().has("plural_people", head) or head.endswith(_NUMBER_ENDS)
