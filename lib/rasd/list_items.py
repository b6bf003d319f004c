"""Lines of a list that a body paragraph announces with a colon, for :mod:`rasd.structure`.

``ورصد المرصد تعرض القواعد الأمريكية لـ 76 هجوما توزعت على النحو التالي:`` followed by short lines
``— 18 على قاعدة حقل العمر النفطي``, ``— 14 على قاعدة الشدادي``: each line opens with a bullet and
has no full stop, so alone it would pass for a footer link or a byline. Right after
a body paragraph that ends with a colon, such lines are the list that paragraph announces and are
read as body, up to the first line that is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["announced_list_items", "announces_list", "is_list_item"]

_ITEM_RE = re.compile(r"^\s*[-–—•*·▪●]\s*\S")
_ANNOUNCING_RE = re.compile(r"[:：]\s*$")


def announced_list_items(kinds: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The line kinds with the short items of an announced list made body.

    Args:
        kinds: Kinds of the first pass (``short`` for a line decided by the body around it).
        texts: The text of each line.

    Returns:
        The kinds, where each ``short`` line that opens with a bullet and follows
        a body line ending with a colon (or another such item) is ``body``.
    """
    out = list(kinds)
    in_list = False
    for i, text in enumerate(texts):
        if in_list and out[i] == "short" and _ITEM_RE.match(text):
            out[i] = "body"
            continue
        in_list = out[i] == "body" and bool(_ANNOUNCING_RE.search(text))
    return out


def is_list_item(text: str) -> bool:
    """A line that opens with a bullet (``— 18 على قاعدة الشدادي``)."""
    return bool(_ITEM_RE.match(text))


def announces_list(text: str) -> bool:
    """A sentence that ends with a colon: the lines after it list what it announces."""
    return bool(_ANNOUNCING_RE.search(text))
