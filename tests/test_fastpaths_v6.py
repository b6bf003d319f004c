"""The session-15 speed-ups change nothing: each equals the plain reading it replaces.

* ``parse_number`` and ``parse_ordinal`` are memoised (pure functions of their string):
  the memoised answer equals the function it wraps, on first and repeated calls, for
  the phrases the dates ask about and for edge cases (empty, digits, None answers).
* ``rasd extract`` runs one short article through every extractor, then freezes the
  collector's objects (the lexicons) before the corpus: the tables are the same bytes
  as the library writes without it.
* ``sentence_is_hypothetical`` keeps ``is_hypothetical`` of a sentence's tokens on the
  ``Doc`` (five extractors ask it of each sentence): equal to ``is_hypothetical`` on
  every sentence of generated articles and of conditional, predictive and negated ones.
"""

from __future__ import annotations

import gc
import random

import pytest

from rasd.cli import main
from rasd.corpus import read_corpus
from rasd.doc import build_doc
from rasd.modality import is_hypothetical, sentence_is_hypothetical
from rasd.numbers import parse_number, parse_ordinal
from rasd.paths import SEEDS_DIR
from rasd.tables import COLUMNS
from rasd.tablewriter import extract_to_folder

# One case per line: the phrase, where the form comes from.
ORDINAL_CASES = [
    ("السابع", "press"),  # the ordinal day of "السابع من أكتوبر"
    ("الحادي عشر", "press"),
    ("الحادي والعشرين", "press"),
    ("والثالث", "dev"),  # with the proclitic و
    ("الأول", "dev"),  # not normalised: hamza on the alef
    ("الثلاثاء", "trap"),  # a weekday after "اليوم", not an ordinal
    ("التالي", "trap"),  # "اليوم التالي": not an ordinal
    ("", "bug"),  # empty
    ("7", "bug"),  # digits are not an ordinal phrase
]
NUMBER_CASES = [
    ("ثلاثه", "press"),  # "منذ ثلاثة أيام"
    ("خمسه عشر", "press"),
    ("2,500", "dev"),
    ("ألفين وخمسمئة", "dev"),
    ("عده", "trap"),  # a vague quantity: None
    ("", "bug"),
    ("3.5", "bug"),  # a float
]


@pytest.mark.parametrize(("phrase", "source"), ORDINAL_CASES)
def test_memoised_parse_ordinal_equals_the_function(phrase, source):
    plain = parse_ordinal.__wrapped__(phrase)
    assert parse_ordinal(phrase) == plain
    assert parse_ordinal(phrase) == plain  # answered from the memo


@pytest.mark.parametrize(("phrase", "source"), NUMBER_CASES)
def test_memoised_parse_number_equals_the_function(phrase, source):
    plain = parse_number.__wrapped__(phrase)
    assert parse_number(phrase) == plain
    assert parse_number(phrase) == plain


def test_memoised_answers_are_real_values():
    assert parse_ordinal("الحادي والعشرين") == 21
    assert parse_ordinal("التالي") is None
    assert parse_number("خمسه عشر") == 15


def test_extract_command_freezes_the_lexicons_and_writes_the_same_tables(tmp_path):
    gc.unfreeze()
    try:
        assert main(["extract", str(SEEDS_DIR), "--out", str(tmp_path / "cli"), "--no-cache"]) == 0
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()
    extract_to_folder(SEEDS_DIR, tmp_path / "lib")
    for name in COLUMNS:
        assert (tmp_path / "cli" / f"{name}.csv").read_bytes() == (tmp_path / "lib" / f"{name}.csv").read_bytes()


# One case per line: a sentence, whether it is hypothetical, where the form comes from.
HYPOTHETICAL_CASES = [
    ("وفي حال تعرضت القوات الأمريكية لهجوم جديد سترد واشنطن بقوة.", True, "press"),
    ("إذا استمرت الهجمات فإن الرد سيكون حاسما.", True, "press"),
    ("لم يسجل أي هجوم على القاعدة خلال الأسبوع الماضي.", False, "trap"),  # negated "any"
    ("استهدفت طائرة مسيرة قاعدة حرير في أربيل فجر اليوم.", False, "dev"),
    ("", False, "bug"),  # no sentence
]


def _generated_docs():
    articles, _ = read_corpus([SEEDS_DIR])
    paragraphs = [p for text in articles["text"] for p in text.split("\n") if p.strip()]
    rng = random.Random(15)
    texts = ["\n\n".join(rng.sample(paragraphs, min(len(paragraphs), rng.randint(6, 14)))) for _ in range(20)]
    texts += [case[0] for case in HYPOTHETICAL_CASES]
    return [build_doc({"article_id": f"g{i}", "text": t, "published": "2024-01-10", "paragraphs": None})
            for i, t in enumerate(texts)]


def test_sentence_memo_equals_is_hypothetical():
    asked = 0
    for doc in _generated_docs():
        for sent in doc.sentences:
            plain = is_hypothetical(doc.sentence_tokens(sent))
            assert sentence_is_hypothetical(doc, sent) == plain
            assert sentence_is_hypothetical(doc, sent) == plain  # answered from doc.memo
            asked += 1
    assert asked >= 200


@pytest.mark.parametrize(("text", "expected", "source"), HYPOTHETICAL_CASES)
def test_sentence_memo_on_cases(text, expected, source):
    doc = build_doc({"article_id": "c", "text": text, "published": "2024-01-10", "paragraphs": None})
    assert [sentence_is_hypothetical(doc, s) for s in doc.sentences] == [expected] * len(doc.sentences)
