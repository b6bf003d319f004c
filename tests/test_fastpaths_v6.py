"""The session-15 speed-ups change nothing: each equals the plain reading it replaces.

* ``parse_number`` and ``parse_ordinal`` are memoised (pure functions of their string):
  the memoised answer equals the function it wraps, on first and repeated calls, for
  the phrases the dates ask about and for edge cases (empty, digits, None answers).
* ``rasd extract`` runs one short article through every extractor, then freezes the
  collector's objects (the lexicons) before the corpus: the tables are the same bytes
  as the library writes without it.
"""

from __future__ import annotations

import gc

import pytest

from rasd.cli import main
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
