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
  and the genders agree.
"""

from __future__ import annotations

from rasd.speakers import Speaker, lex

__all__ = ["epithet_referent", "is_epithet_head"]


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
    if last.stype != "person" or not last.family or (sp.gender and last.gender and sp.gender != last.gender):
        return None
    between = [
        m for m in mentions if m.stype == "person" and m.family and last.pos < m.pos < sp.pos and m.family != last.family
    ]
    return None if between else last
