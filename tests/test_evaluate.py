"""The matching rules of rasd.evaluate (the gold schema's scoring), one case per line."""

import pytest

from rasd.evaluate import _speaker_match, fold

FOLD_CASES = [
    # (text, folded)
    ("وزارة الدفاع الأمريكية (البنتاغون)", "وزاره الدفاع الامريكيه البنتاغون"),
    ('شبكة "سي إن إن"', "شبكه سي ان ان"),
    ("«قسد»", "قسد"),
    ("مُسيّرةٌ", "مسيره"),
    (None, ""),
]

SPEAKER_CASES = [
    # (gold speaker, gold type, extracted speaker, match)
    ("وزارة الدفاع الأمريكية (البنتاغون)", "organization", "وزارة الدفاع الأمريكية البنتاغون", True),
    ("وكالة الأنباء السورية سانا", "organization", "وكالة الأنباء السورية (سانا)", True),
    ("قسد", "organization", "قوات سورية الديمقراطية (قسد)", True),
    ("كاظم الفرطوسي", "person", "الفرطوسي", True),
    ("مصادر عراقية مطلعة", "anonymous", "المصادر", True),
    ("مسؤولون في وزارة الدفاع", "anonymous", "مسؤولين في وزارة الدفاع", True),
    ("مسؤولون أمريكيون", "anonymous", "مصادر أمريكية", False),
    ("كاظم الفرطوسي", "person", "مؤيد الجحيشي", False),
    ("وزارة الخارجية الإيرانية", "organization", "وزارة الخارجية الأميركية", False),
]


@pytest.mark.parametrize("text,folded", FOLD_CASES)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("gold,stype,row,match", SPEAKER_CASES)
def test_speaker_match(gold, stype, row, match):
    assert _speaker_match({"speaker": gold, "speaker_type": stype}, {"speaker": row}) is match
