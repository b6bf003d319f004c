"""The publication day a picture's credit stamp gives, at the end of a caption.

Some agency sites close the caption of the article's lead picture with a stamp of three
comma-parted fields after a spaced dash: the site's name, the picture's width in pixels and
the day the page was published, day first with dots («… 4 مايو 2019 - سبوتنيك عربي, 1280,
14.09.2022», the shape Sputnik Arabic prints on sarabic.ae pages; session 33). The date
inside the caption is the day the photograph was taken; only the stamp's last field dates
the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from rasd.pubdate import parse_numeric_date

__all__ = ["find_credit_stamp_date"]

# The caption stands among this many first paragraphs (headline and body).
CAPTION_PARAGRAPHS = 4

# A spaced dash, the site's name (one to three words), the width, and a dotted day-first date
# ending the paragraph.
_STAMP_RE = re.compile(
    r"\s[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*,\s*\d{3,4}\s*,\s*(\d{1,2}\.\d{1,2}\.\d{4})\s*$"
)


def find_credit_stamp_date(paragraphs: Iterable[str]) -> str | None:
    """The day a caption's credit stamp gives, as ISO, or None.

    Args:
        paragraphs: The headline and body paragraphs, in order; the caption is looked for
            in the first four.

    Returns:
        The stamp's date (``14.09.2022`` → ``2022-09-14``), or None when no paragraph ends
        in a stamp.
    """
    for text in islice(paragraphs, CAPTION_PARAGRAPHS):
        m = _STAMP_RE.search(text)
        if m is not None and (iso := parse_numeric_date(m.group(1))):
            return iso
    return None
