"""Acts a sentence tells with no trigger of its own type, added to the rows its triggers gave.

- :mod:`rasd.assassinations`: a US strike told as an assassination (``اغتالته الولايات المتحدة``);
- :mod:`rasd.after_strikes`: earlier US strikes told after بعد (``بعد ساعات من ضربتين جويتين أمريكيتين``);
- :mod:`rasd.begun_strikes`: US strikes told as begun (``بدأت القوات الأمريكية الضربات``);
- :mod:`rasd.pledges`: a threat told as a pledge with its subject first (``تعهد الرئيس بالانتقام``);
- :mod:`rasd.kind_prior_acts`: the earlier attack named after a ranked act (``وهذا ثاني هجوم من
  نوعه، بعد انفجار عبوة ناسفة على رتل``).
"""

from __future__ import annotations

from typing import Any

from rasd.after_strikes import after_strike_rows
from rasd.assassinations import assassination_rows
from rasd.begun_strikes import begun_strike_rows
from rasd.doc import Doc, DocSentence
from rasd.kind_prior_acts import kind_prior_rows
from rasd.pledges import pledge_rows

__all__ = ["told_act_rows"]


def told_act_rows(doc: Doc, sent: DocSentence, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add to a sentence's rows the US strikes and threats it tells in the forms above.

    Args:
        doc: The article.
        sent: One sentence of its narrative.
        rows: The event rows its triggers gave.
    """
    rows = begun_strike_rows(doc, sent, assassination_rows(doc, sent, rows))
    return kind_prior_rows(doc, sent, pledge_rows(doc, sent, after_strike_rows(doc, sent, rows)))
