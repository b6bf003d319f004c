"""The session-16 speed-ups change nothing: each equals the plain reading it replaces.

* ``rasd.datewalk`` no longer takes a word of digits alone as a date anchor when no
  form reads it first (3 digits, 5 and more, 4 digits that are not a year nor open
  ``2023-11-13``): every position where the date regex matches is still a candidate,
  and ``find_dates`` finds what the plain scan of every position finds.
* ``find_dates`` walks the candidate positions directly (no stretches of one position).
* ``arabic_share`` counts letters and Arabic characters by removing their runs (no list
  of one-character strings), ``_utf16_without_bom`` counts bytes with ``bytes.count``:
  equal to the counts of ``findall`` and of a loop over the bytes.
* ``has_presence_word`` keeps each word's answer per word list in a bounded dict,
  ``base_carry._is_base_noun`` memoises the base-noun test of a word, and
  ``speakers.clitic_stems`` sorts each proclitic list once: each equals its plain reading.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

import rasd.dates
import rasd.forces
from rasd.base_carry import _is_base_noun
from rasd.dates import find_dates
from rasd.datescan import DATE_RE
from rasd.datewalk import candidate_starts
from rasd.doc import build_doc
from rasd.encoding import _MIN_HIGH_BYTE_SHARE, _utf16_without_bom, arabic_share
from rasd.forces import has_presence_word, presence_words
from rasd.paths import SEEDS_DIR
from rasd.speakers import clitic_stems
from rasd.text import clitic_variants, normalize

# One case per line: a text around a number, where the form comes from.
NUMBER_CASES = [
    ("قتل 900 مدني منذ 100 يوم", "press"),  # 3 digits: a count, then a duration count
    ("قتل 2500 جندي في 27 اكتوبر 2023", "press"),  # 4 digits that are not a year
    ("وصل نحو 12345 لاجئ في العام 2024", "dev"),  # 5 digits
    ("في 2500", "trap"),  # a preposition before a number that is no year
    ("في 1990 وفي 2023 وفي 2199", "dev"),  # years: 1xxx, 20xx, 21xx
    ("في 2023-11-13 و2500-01-05", "dev"),  # a numeric date opens with 4 digits
    ("في 2500/01/05 و2500.01.05", "dev"),  # the other separators of the numeric form
    ("حتي 300 يوم و(900) صاروخ", "trap"),  # a number in brackets
    ("منذ نحو 150 عاما", "press"),  # a count of years with an approximator
    ("في 5 رمضان 1445 هـ", "press"),  # a Hijri date and its year
    ("رمضان 900", "dev"),  # a Hijri month and a 3-digit year
    ("ب2500 دولار في 900م", "trap"),  # digits glued to a letter stay anchors
    ("12/10/2500 و 2500 ,12 تموز", "dev"),  # a 4-digit year after a numeric day and month
    ("السابع 900 من اكتوبر", "trap"),  # an ordinal's free words may hold digits
]


@pytest.mark.parametrize(("text", "source"), NUMBER_CASES)
def test_candidates_hold_every_match_around_numbers(text, source):
    norm = normalize(text).norm
    matches = {p for p in range(len(norm)) if DATE_RE.match(norm, p)}
    assert matches <= set(candidate_starts(norm))


@pytest.mark.parametrize("published", [None, dt.date(2024, 1, 15)])
def test_find_dates_around_numbers_equals_plain_scan(monkeypatch, published):
    texts = [text for text, _ in NUMBER_CASES]
    fast = [find_dates(t, published) for t in texts]
    monkeypatch.setattr(rasd.dates, "_try_positions", lambda norm: range(len(norm)))
    assert fast == [find_dates(t, published) for t in texts]
    assert sum(map(len, fast)) >= 5


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("قتل 900 مدني", "900"),  # 3 digits
        ("قتل 2500 جندي", "2500"),  # 4 digits, no year
        ("وصل 12345 لاجئ", "12345"),  # 5 digits
    ],
)
def test_numbers_no_form_reads_first_are_not_candidates(text, dropped):
    norm = normalize(text).norm
    assert norm.index(dropped) not in candidate_starts(norm)


@pytest.mark.parametrize("text", ["في 2023", "في 2500-01-05", "في 25", "ب2500"])
def test_numbers_a_form_may_read_first_stay_candidates(text):
    norm = normalize(text).norm
    digit = next(i for i, ch in enumerate(norm) if ch.isdigit())
    start = norm.rfind(" ", 0, digit) + 1
    assert start in candidate_starts(norm)


def _seed_paragraphs():
    return [p for f in sorted(SEEDS_DIR.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]


@pytest.fixture(scope="module")
def seed_tokens():
    rng = random.Random(16)
    paragraphs = _seed_paragraphs()
    texts = ["\n\n".join(rng.sample(paragraphs, min(len(paragraphs), 10))) for _ in range(10)]
    docs = [build_doc({"article_id": f"g{i}", "text": t, "published": "2024-01-10", "paragraphs": None})
            for i, t in enumerate(texts)]
    return [doc.sentence_tokens(s) for doc in docs for s in doc.sentences]


# One case per line: a text whose letters are counted, where it comes from.
SHARE_CASES = [
    ("", "bug"),  # no letters
    ("2024 - 11 / 13 ...", "bug"),  # digits and marks only
    ("قصفت طائرة مسيّرة قاعدة عين الأسد", "press"),
    ("The base was hit, قال المتحدث", "dev"),  # Latin and Arabic letters
    ("١٢٣ ، ؛ ؟ «مرحبا»", "dev"),  # Arabic digits and punctuation: Arabic characters, not letters
    ("ﻻ ﷲ café_x", "trap"),  # presentation forms, an accented letter, an underscore
]


@pytest.mark.parametrize(("text", "source"), SHARE_CASES)
def test_arabic_share_equals_findall_counts(text, source):
    letters = len(re.findall(r"[^\W\d_]", text))
    arabic = len(re.findall("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]", text))
    assert arabic_share(text) == (arabic / letters if letters else 0.0)


def _plain_utf16(data):
    sample = data[:4096]
    for codec, parity in (("utf-16-le", 1), ("utf-16-be", 0)):
        high = sample[parity::2]
        if sum(1 for b in high if b in (0, 6)) / len(high) >= _MIN_HIGH_BYTE_SHARE:
            return codec
    return None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8", "cp1256"])
def test_utf16_guess_equals_the_byte_loop(codec):
    for text in ["قال المتحدث ان القاعدة تعرضت لهجوم", "mixed text: قاعدة 2024", "abc"] + _seed_paragraphs()[:5]:
        data = text.encode(codec, errors="replace")
        if len(data) >= 4 and len(data) % 2 == 0:
            assert _utf16_without_bom(data) == _plain_utf16(data)


def test_presence_memo_equals_the_plain_test(monkeypatch, seed_tokens):
    keys = ("at_sea_words", "not_deployed_cues", "region_names", "plan_cues")
    monkeypatch.setattr(rasd.forces, "_PRESENCE_MEMO", {})
    monkeypatch.setattr(rasd.forces, "_PRESENCE_MEMO_SIZE", 50)
    for _ in range(2):  # the second pass is answered from the memo
        for tokens in seed_tokens:
            for key in keys:
                words = presence_words(key)
                plain = any(stem in words for t in tokens for _, stem in clitic_variants(t.text))
                assert has_presence_word(tokens, key) == plain
                assert all(len(memo) <= 50 for memo in rasd.forces._PRESENCE_MEMO.values())


def test_base_noun_memo_equals_the_stems(seed_tokens):
    nouns = presence_words("base_nouns") | presence_words("dual_base_nouns") | presence_words("plural_base_nouns")
    words = {t.text for tokens in seed_tokens for t in tokens} | {"القاعده", "وقاعدتين", "بالقواعد", "قاعدتي"}
    hits = 0
    for w in words:
        plain = bool({stem for _, stem in clitic_variants(w)} & nouns)
        assert _is_base_noun(w) == plain
        hits += plain
    assert hits >= 3


@pytest.mark.parametrize("prefixes", [("",), ("ل", ""), ("", "و", "ول", "ف", "ب", "وب", "ل"), ("وب", "و", "")])
def test_clitic_stems_equals_sorting_each_call(prefixes, seed_tokens):
    words = {t.text for tokens in seed_tokens[:40] for t in tokens} | {"ولل", "وب", "لل"}
    for w in words:
        plain = [(p, w[len(p):]) for p in sorted(prefixes, key=len) if w.startswith(p) and len(w) - len(p) >= 2]
        assert clitic_stems(w, prefixes) == plain
