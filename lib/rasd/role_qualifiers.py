"""A person's name set off by commas after a role whose organisation carries a qualifier.

The press qualifies the organisation of a role before naming its holder: ``أكد الأمين العام
لحركة النجباء التابعة للحشد الشعبي، أكرم الكعبي، أن …``, ``قال المتحدث باسم الفصائل
المقربة من إيران، فلان الفلاني، إن …``. The qualifier (``التابعة``, ``المقربة``, ``الموالية``:
``role_qualifiers`` in ``data/statement_context.yaml``) and its complement stand between the
role and the comma; the name after the comma is the role holder's.
"""

from __future__ import annotations

from rasd.names import name_after
from rasd.speakers import Cx, lex

__all__ = ["qualified_name"]


def qualified_name(cx: Cx, j: int) -> tuple[int, int] | None:
    """The name after a qualifier phrase opening at token ``j`` and a comma.

    Args:
        cx: The sentence.
        j: The token right after a role and its complement.

    Returns:
        The name's token span, or None when no qualifier opens at ``j`` or no name
        set off by commas follows it.
    """
    lx = lex()
    if j >= cx.hi or cx.punct_before(j) or not lx.has("role_qualifiers", cx.word(j)):
        return None
    reach = min(cx.hi, j + 1 + int(lx.raw["role_qualifier_reach"]))
    for k in range(j + 1, reach):
        if cx.punct_before(k):
            return name_after(cx, k, appositive=True) if "," in cx.gap(k).replace("،", ",") else None
    return None
