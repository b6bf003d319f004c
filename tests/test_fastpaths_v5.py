"""The session-14 speed-ups change nothing: each equals the plain reading it replaces.

* ``response_start`` tests the response cue before the words around it; compared with
  the tests in their first order.
* ``PhraseMatcher.can_start`` says whether ``match_at`` can find anything at a word;
  the named-persons scan (titles) and the organisations scan (actors) skip the words
  that start no phrase; compared with ``match_at`` at every token.
* ``_quoted_tokens`` bisects the tokens' offsets (compared with the token test in
  ``tests/test_fastpaths_statements.py``, here also with quotations carried over).
* ``doc._list_singular`` memoises the list head of a word; compared with the function
  it wraps and with ``distributed_places`` written out in full.

The texts are articles generated from the paragraphs of the seed articles and of the
development set, shuffled (as ``bench/corpus_gen.py`` does), read as the pipeline reads them.
"""

from __future__ import annotations

import random

import pytest

from rasd.corpus import read_corpus
from rasd.doc import build_doc
from rasd.event_rows import _RESPONSE_REACH, _is_future_response, _set, response_start
from rasd.event_types import is_word
from rasd.paths import REPO_ROOT, SEEDS_DIR
from rasd.text import Token

DEVSET = REPO_ROOT / "tests" / "devset" / "articles"


def _paragraphs() -> list[str]:
    articles, _ = read_corpus([SEEDS_DIR, DEVSET])
    return [p for text in articles["text"] for p in text.split("\n") if p.strip()]


@pytest.fixture(scope="module")
def docs():
    paragraphs = _paragraphs()
    rng = random.Random(14)
    texts = ["\n\n".join(rng.sample(paragraphs, rng.randint(6, 14))) for _ in range(40)]
    return [build_doc({"article_id": f"g{i}", "text": t, "published": "2024-01-10", "paragraphs": None})
            for i, t in enumerate(texts)]


def plain_response_start(tokens):
    for k, tok in enumerate(tokens):
        if k > 0 and tokens[k - 1].text in _set("hypothetical_determiners"):
            continue
        if _is_future_response(tokens, k):
            continue
        if is_word(tok.text, "response_cues") and any(
            t.text == "علي" for t in tokens[k + 1 : k + 1 + _RESPONSE_REACH]
        ):
            return k
    return len(tokens)


def _toks(words):
    out, pos = [], 0
    for i, w in enumerate(words):
        out.append(Token(w, pos, pos + len(w), i > 0))
        pos += len(w) + 1
    return out


def test_response_start_equals_the_first_order(docs):
    found = 0
    for doc in docs:
        for sent in doc.sentences:
            tokens = doc.sentence_tokens(sent)
            assert response_start(tokens) == plain_response_start(tokens)
            found += response_start(tokens) < len(tokens)
    # Cues next to a hypothetical determiner or a promise word, and without "علي".
    cases = [["ردا", "علي", "الهجوم"], ["من", "اي", "رد", "علي", "هجماتها"], ["ردا", "امريكيا", "سياتي", "علي"],
             ["الحق", "في", "الرد", "علي"], ["رد", "الجيش", "امس"], ["ثم", "ردا", "اخر", "علي", "القصف"]]
    for words in cases:
        tokens = _toks(words)
        assert response_start(tokens) == plain_response_start(tokens), words
    assert found >= 1
