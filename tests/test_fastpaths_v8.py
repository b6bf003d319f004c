"""The session-17 speed-ups change nothing: each equals the plain reading it replaces.

* ``find_dates`` given a raw string normalises it with a sparse offset map
  (``rasd.sparse_norm``): every entry, ``to_original`` and ``to_norm`` equal
  :func:`rasd.text.normalize`'s, and so do the dates found.
* ``Doc.within`` finds a sentence's items by bisection in a list in start order;
  ``PhraseMatcher.find`` reads each word's phrase heads once per token;
  ``base_threads._stems`` is memoised.
* ``datemention.is_since`` tries its regex only when a marker's first word is in
  the window; ``datescan.form_groups`` reads only the groups of the form that
  matched; ``dates._day_month`` keeps its values in a bounded memo.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

import rasd.dates
import rasd.lexicon
from rasd.base_threads import _stems
from rasd.datemention import is_since
from rasd.dates import find_dates
from rasd.datescan import _FORM_PARTS, DATE_RE, SINCE_RE, form_groups
from rasd.datewalk import candidate_starts
from rasd.doc import build_doc
from rasd.forces import adjective_matcher, force_matcher
from rasd.gazetteer import actor_matcher, place_matcher
from rasd.lexicon import PhraseMatcher
from rasd.paths import SEEDS_DIR
from rasd.sparse_norm import normalize_sparse
from rasd.text import clitic_variants, normalize, normalize_str

# One case per line: a text whose offsets shift, where the form comes from.
SHIFT_CASES = [
    ("", "bug"),  # empty text
    ("قَالَ", "dev"),  # diacritics deleted inside a word
    ("ـ7 أكتوبر", "trap"),  # a deleted tatweel opens the text
    ("قصفٌ", "trap"),  # a deleted mark closes the text
    ("ﷲ أكبر", "dev"),  # a ligature expanded into several letters
    ("في ٥ تشرين الأوّل ٢٠٢٣", "press"),  # Arabic-Indic digits (one for one) and a shadda
    ("منذُ ثلاثةِ أيامٍ", "press"),  # marks after every word
    ("\u200fالخميس\u200f الماضي", "dev"),  # invisible controls deleted
    ("ﻻ ﻻ ﻻ", "trap"),  # expansions in a row
]


def _texts():
    rng = random.Random(17)
    letters = "ابتثجحخدسشعفقلمنهويةىأإآءئ ًٌٍَُِّْـ\u200f،«»0123456789٠١٢٣\nﻻﷲ"
    seeds = [f.read_text(encoding="utf-8") for f in sorted(SEEDS_DIR.glob("*.txt"))]
    randoms = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(300)]
    return [text for text, _ in SHIFT_CASES] + seeds + randoms


@pytest.mark.parametrize(("text", "source"), SHIFT_CASES)
def test_sparse_offsets_equal_the_full_map(text, source):
    full, sparse = normalize(text), normalize_sparse(text)
    assert (sparse.norm, sparse.original) == (full.norm, full.original)
    assert [sparse.offsets[i] for i in range(len(sparse.offsets))] == list(full.offsets)
    assert sparse.offsets[-1] == len(text)
    with pytest.raises(IndexError):
        sparse.offsets[len(full.offsets)]


def test_sparse_spans_equal_the_full_map_on_many_texts():
    for text in _texts():
        full, sparse = normalize(text), normalize_sparse(text)
        assert len(sparse.offsets) == len(full.offsets)
        assert [sparse.offsets[i] for i in range(len(full.offsets))] == list(full.offsets)
        for i in range(0, len(full.norm) + 1, 3):
            assert sparse.to_original(i, min(i + 4, len(full.norm))) == full.to_original(i, min(i + 4, len(full.norm)))
            assert sparse.to_norm(full.offsets[i]) == full.to_norm(full.offsets[i])


@pytest.mark.parametrize("published", [None, dt.date(2024, 2, 29)])
def test_find_dates_on_a_string_equals_the_normalised_text(published):
    texts = _texts()
    found = [find_dates(t, published) for t in texts]
    assert found == [find_dates(normalize(t), published) for t in texts]
    assert sum(map(len, found)) >= 10


# One case per line: a text before a date, where the form comes from.
SINCE_CASES = [
    ("منذ 7 اكتوبر", "press"),
    ("ومنذ بداية الشهر الجاري", "press"),
    ("اعتبارا من يوم الاحد", "press"),
    ("بدءا من 5 تشرين الاول", "dev"),
    ("منذ نحو 7 اكتوبر", "dev"),  # one word between the marker and the date
    ("قالت منذ زمن ان الهجوم وقع في 7 اكتوبر", "trap"),  # a marker far before the date
    ("الزمنذ 7 اكتوبر", "trap"),  # the marker's letters inside another word
    ("وقع في 7 اكتوبر", "trap"),  # no marker
]


@pytest.mark.parametrize(("text", "source"), SINCE_CASES)
def test_since_prefilter_equals_the_regex(text, source):
    norm = normalize(text).norm
    for nstart in range(len(norm) + 1):
        assert is_since(norm, nstart) == (SINCE_RE.search(norm, max(0, nstart - 30), nstart) is not None)


def test_form_groups_equal_reading_every_group():
    for text in _texts():
        norm = normalize(text).norm
        for start in candidate_starts(norm):
            m = DATE_RE.match(norm, start)
            if m is None:
                continue
            values = m.groups()
            plain = {name: values[i - 1] for i, name in _FORM_PARTS[m.lastgroup] if values[i - 1]}
            assert form_groups(m) == (m.lastgroup, plain)


def test_day_month_memo_equals_no_memo(monkeypatch):
    texts = [t for t in _texts() if t.strip()] + ["في 25 و26 تموز 2023 ثم 29/30 تشرين الاول و31 شباط"]
    pub = dt.date(2024, 1, 10)
    monkeypatch.setattr(rasd.dates, "_DAY_MONTH_MEMO_SIZE", 3)
    monkeypatch.setattr(rasd.dates, "_DAY_MONTH_MEMO", {})
    memo = [find_dates(t, pub) for t in texts]
    again = [find_dates(t, pub) for t in texts]  # answered from the memo where it holds them
    assert len(rasd.dates._DAY_MONTH_MEMO) <= 3
    monkeypatch.setattr(rasd.dates, "_DAY_MONTH_MEMO_SIZE", 0)
    monkeypatch.setattr(rasd.dates, "_DAY_MONTH_MEMO", {})
    plain = [find_dates(t, pub) for t in texts]
    assert memo == again == plain
    assert {"2023-07-25", "2023-10-29/2023-10-30"} <= {d.iso for ds in plain for d in ds}


# --- the extraction: Doc.within, PhraseMatcher.find, base_threads._stems -------------------


@pytest.fixture(scope="module")
def seed_docs():
    rng = random.Random(8)
    paragraphs = [p for f in sorted(SEEDS_DIR.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    texts = ["\n\n".join(rng.sample(paragraphs, min(len(paragraphs), 10))) for _ in range(4)]
    return [build_doc({"article_id": f"v8-{i}", "text": t, "published": "2024-01-10", "paragraphs": None})
            for i, t in enumerate(texts)]


def _plain_within(items, sent):
    out = []
    for it in items:
        a = getattr(it, "nstart", None)
        a = it.start if a is None else a
        if sent.nstart <= a < sent.nend:
            out.append(it)
    return out


def test_within_equals_filtering_every_item(seed_docs):
    checked = 0
    for doc in seed_docs:
        lists = (doc.dates, doc.numbers, doc.places, doc.actors, list(reversed(doc.places)), doc.places[::2])
        for _ in range(2):  # the second pass reads the kept starts
            for items in lists:
                for sent in doc.sentences:
                    assert doc.within(items, sent) == _plain_within(items, sent)
                    checked += bool(_plain_within(items, sent))
    assert checked > 50


def test_within_sees_a_list_that_grew(seed_docs):
    doc = seed_docs[0]
    items = list(doc.places[:-1])
    last = doc.sentences[-1]
    before = doc.within(items, last)
    items.append(doc.places[-1])
    assert doc.within(items, last) == _plain_within(items, last)
    assert before == _plain_within(items[:-1], last)


def _plain_find(matcher, tokens):
    i, out = 0, []
    while i < len(tokens):
        m = matcher.match_at(tokens, i)
        if m is None:
            i += 1
        else:
            out.append(m)
            i = m.last_token + 1
    return out


@pytest.mark.parametrize("matcher", [actor_matcher, place_matcher, force_matcher, adjective_matcher])
def test_find_equals_matching_at_each_token(matcher, seed_docs):
    found = 0
    for doc in seed_docs:
        for sent in doc.sentences:
            tokens = doc.sentence_tokens(sent)
            assert list(matcher().find(tokens)) == _plain_find(matcher(), tokens)
            found += len(_plain_find(matcher(), tokens))
    assert found > 0


def test_find_with_a_small_memo_equals_matching_at_each_token(monkeypatch, seed_docs):
    monkeypatch.setattr(rasd.lexicon, "_HEADS_MEMO_SIZE", 5)
    fresh = PhraseMatcher([(normalize_str(p), p) for p in ("قاعده عين الاسد", "عين الاسد", "القوات الاميركيه")])
    tokens = [t for doc in seed_docs for t in doc.tokens]
    assert list(fresh.find(tokens)) == _plain_find(fresh, tokens)
    assert len(fresh._heads) <= 5


def test_stems_memo_equals_the_clitic_readings(seed_docs):
    words = {t.text for doc in seed_docs for t in doc.tokens} | {"وبالقواعد", "لل", "فالانسحاب"}
    for w in sorted(words):
        assert _stems(w) == {stem for _, stem in clitic_variants(w)}
        assert _stems(w) == _stems(w)
