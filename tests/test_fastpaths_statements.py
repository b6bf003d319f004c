"""The statement reader's speed-ups change nothing: each equals the plain reading it replaces.

* ``find_triggers`` scans a sentence once and remembers the reporting words on its
  context (``Cx.memo``); compared with a new scan, and a caller changing the list it
  got must not change what the next caller gets.
* ``Cx.actor`` and ``Cx.punct_before`` remember their answer per token; compared with
  the actor matcher and the gap's characters.
* ``org_head``, ``strip_marks`` and the word part of ``is_stop`` are memoised per word;
  compared with the functions they wrap and with ``is_stop`` written out in full.
* ``_quoted_tokens`` returns at once for a sentence with no quotation mark; compared
  with the test of every token.
* ``find_quotes`` pairs the marks of a text once (later calls get copies), and
  ``names._common_noun`` is memoised per word; compared with the functions they wrap.
* ``tokenize`` takes a one-space gap as joined without the gap regex; compared with the
  regex on every gap.

The texts are articles generated from the paragraphs of the seed articles and of the
development set, shuffled (as ``bench/corpus_gen.py`` does), read as the pipeline reads them.
"""

from __future__ import annotations

import random

import pytest

from rasd.corpus import read_corpus
from rasd.doc import build_doc
from rasd.gazetteer import actor_matcher
from rasd.names import _common_noun
from rasd.paths import REPO_ROOT, SEEDS_DIR
from rasd.quotes import MARK_RE, _quotes_of, find_quotes, strip_marks
from rasd.speakers import _stop_word, is_stop, lex, org_head
from rasd.text import _GAP_OK_RE, _TOKEN_RE, Token, tokenize
from rasd.triggers import SentenceReader, _quoted_tokens, _scan_triggers, find_triggers

DEVSET = REPO_ROOT / "tests" / "devset" / "articles"


def _paragraphs() -> list[str]:
    articles, _ = read_corpus([SEEDS_DIR, DEVSET])
    return [p for text in articles["text"] for p in text.split("\n") if p.strip()]


@pytest.fixture(scope="module")
def docs():
    paragraphs = _paragraphs()
    rng = random.Random(5)
    texts = ["\n\n".join(rng.sample(paragraphs, rng.randint(6, 14))) for _ in range(40)]
    return [build_doc({"article_id": f"g{i}", "text": t, "published": "2024-01-10", "paragraphs": None})
            for i, t in enumerate(texts)]


def _contexts(doc):
    reader = SentenceReader(doc)
    return [reader.cx(sent) for sent in doc.sentences]


def test_triggers_read_once_equal_a_new_scan(docs):
    n = 0
    for doc in docs:
        for cx in _contexts(doc):
            first = find_triggers(cx)
            first.clear()
            assert find_triggers(cx) == _scan_triggers(cx)
            n += len(find_triggers(cx))
    assert n >= 200


def plain_actor(cx, j):
    if not cx.lo <= j < cx.hi:
        return None
    m = cx.actor_at.get(j) or actor_matcher().match_at(cx.doc.tokens, j)
    return m if m is not None and m.last_token < cx.hi else None


def plain_is_stop(cx, j):
    if j >= cx.hi:
        return True
    w = cx.word(j)
    lx = lex()
    keys = ("openers", "connectives", "negations", "member_markers", "companion_markers",
            "demonstratives", "anaphor_modifiers")
    return (
        j in cx.trigger_at
        or j in cx.date_at
        or any(lx.has(k, w) for k in keys)
        or w in lx.maps["relatives"]
        or w in lx.words["prepositions"]
        or w[:1] in "وف" and w[1:] in lx.words["prepositions"]
        or lx.phrase_at("turn_markers", cx.tokens, j, cx.hi) is not None
        or lx.phrase_at("adverbials", cx.tokens, j, cx.hi) is not None
        or w.isdigit()
    )


def test_token_memos_equal_plain_reading(docs):
    found = stops = 0
    for doc in docs:
        for cx in _contexts(doc):
            for j in range(cx.lo - 1, cx.hi + 2):
                for _ in range(2):  # the second call answers from the memo
                    assert cx.actor(j) == plain_actor(cx, j)
                    assert cx.punct_before(j) == any(ch in ",:;.!?–—-/" for ch in cx.gap(j))
                    assert is_stop(cx, j) == plain_is_stop(cx, j)
                found += cx.actor(j) is not None
                stops += is_stop(cx, j)
    assert found >= 200 and stops >= 1000


def test_word_memos_equal_the_functions(docs):
    words = {t.text for doc in docs for t in doc.tokens} | {"", "و", "ف", "لل", "١٢", "12"}
    for w in words:
        assert org_head(w) == org_head.__wrapped__(w)
        assert _stop_word(w) == _stop_word.__wrapped__(w)
        assert _common_noun(w) == _common_noun.__wrapped__(w)
    pieces = [doc.text[t.start : t.start + 12] for doc in docs for t in doc.tokens[::7]]
    for text in pieces + ['"قسد" (الكردية)', "«بيان» [1]", "ـــ", ""]:
        assert strip_marks(text) == strip_marks.__wrapped__(text)


def plain_quoted_tokens(doc, sent, carry_to):
    spans, _ = find_quotes(sent.text)
    marks = [(sent.start + m.start(), sent.start + m.end()) for m in MARK_RE.finditer(sent.text)]
    out = set()
    for j in range(sent.tok_lo, sent.tok_hi):
        pos = doc.nt.offsets[doc.tokens[j].start] - sent.start
        if any(q.start <= pos < q.end for q in spans) or (carry_to is not None and pos + sent.start < carry_to):
            out.add(j)
        elif any(a <= pos + sent.start < b for a, b in marks):
            out.add(j)
    return frozenset(out)


def test_quoted_tokens_equal_the_token_test(docs):
    quoted = 0
    for doc in docs:
        for sent in doc.sentences:
            for carry_to in (None, sent.start + len(sent.text) // 2):
                fast = _quoted_tokens(doc, sent, carry_to)
                assert fast == plain_quoted_tokens(doc, sent, carry_to)
                quoted += len(fast)
    assert quoted >= 500


def test_quotes_paired_once_equal_a_new_pairing(docs):
    texts = [sent.text for doc in docs for sent in doc.sentences]
    for text in texts + ['قال: "نعم" و«لا»', '"غير مغلق، ثم', "”", ""]:
        spans, strays = find_quotes(text)
        spans.clear()
        strays.append(-1)
        fresh = _quotes_of.__wrapped__(text)
        assert find_quotes(text) == (list(fresh[0]), list(fresh[1])), text


def plain_tokenize(norm):
    tokens, prev_end = [], 0
    for m in _TOKEN_RE.finditer(norm):
        joined = bool(tokens) and _GAP_OK_RE.fullmatch(norm, prev_end, m.start()) is not None
        tokens.append(Token(m.group(), m.start(), m.end(), joined))
        prev_end = m.end()
    return tokens


def test_tokenize_equals_the_gap_regex(docs):
    rng = random.Random(9)
    pool = list('ab ابت  "«»()-،.\n\t_') + ["  ", " - ", "0"]
    texts = [doc.nt.norm for doc in docs]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert tokenize(text) == plain_tokenize(text), text
