"""Tests for rasd.missiles: who fires a plain صاروخ decides rocket or missile."""

from __future__ import annotations

import pytest

from rasd.attacks import find_figures, sentence_numbers
from rasd.doc import build_doc
from rasd.missiles import fired_by_state
from rasd.structure import analyse_text

CASES = [
    # (label, source, sentence, fired by a state)
    ("irgc", "press", "وقصف الحرس الثوري الإيراني القاعدة بـ12 صاروخا.", True),
    ("iran-subject", "dev", "وقال المسؤول إن إيران أطلقت من أراضيها 11 صاروخا على القاعدة.", True),
    ("tehran-reports", "trap", "وقالت طهران إن الفصائل أطلقت 5 صواريخ على القاعدة.", False),
    ("iran-target", "trap", "وأطلقت جماعة مسلحة 4 صواريخ باتجاه إيران.", False),
    ("us-aircraft", "press", "وأطلقت طائرة حربية تابعة للجيش الأمريكي صاروخين على سيارة في بغداد.", True),
    ("katyusha", "press", "وأطلق الحرس الثوري 3 صواريخ من طراز كاتيوشا.", False),
    ("us-drone-at-faction", "dev", "وفجر السبت أطلقت مسيرة أمريكية صاروخين على سيارة تقل قياديا في كتائب حزب الله.", True),
    ("drone-downed-then-rockets", "trap", "وأسقطت الدفاعات مسيرة أمريكية، ثم أطلق مسلحون 3 صواريخ على المطار.", False),
    ("faction-drone-then-rockets", "trap", "واستهدفت كتائب حزب الله الموقع بمسيرة، وأطلقت بعدها صاروخين.", False),
]


def _first_figure(sentence: str):
    text = "عنوان\n" + sentence
    layout = analyse_text(text, hints={0: "text", 1: "text"})
    doc = build_doc({"article_id": "t", "text": text, "published": "2024-01-10", "paragraphs": layout.paragraphs})
    sent = next(iter(doc.narrative()))
    tokens = doc.sentence_tokens(sent)
    figures = find_figures(doc, tokens, sentence_numbers(doc, sent))
    return doc, sent, tokens, figures[0]


@pytest.mark.parametrize(("label", "source", "sentence", "expected"), CASES, ids=[f"{c[1]}:{c[0]}" for c in CASES])
def test_fired_by_state(label: str, source: str, sentence: str, expected: bool) -> None:
    doc, sent, tokens, fig = _first_figure(sentence)
    assert fig.unit == "rocket"
    assert fired_by_state(doc, sent, tokens, fig) is expected
