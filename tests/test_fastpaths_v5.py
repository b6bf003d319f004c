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
* ``Doc.tokens_between`` bisects the tokens' starts; ``forces._is_presence_word``
  memoises a word's test: compared with the token filter and the clitic readings.
* ``_scan_triggers`` skips words that start no reporting phrase and carry no object
  pronoun; compared with the scan of every word.

The texts are articles generated from the paragraphs of the seed articles and of the
development set, shuffled (as ``bench/corpus_gen.py`` does), read as the pipeline reads them.
"""

from __future__ import annotations

import random

import pytest

from rasd.corpus import read_corpus
from rasd.doc import _list_heads, _list_singular, build_doc, distributed_places
from rasd.event_lexicon import is_word
from rasd.event_rows import _RESPONSE_REACH, _is_future_response, _set, response_start
from rasd.forces import _is_presence_word, has_presence_word, presence_words
from rasd.gazetteer import (
    actor_matcher,
    attack_noun_matcher,
    place_matcher,
    reporting_verb_matcher,
    role_matcher,
)
from rasd.lexicon import PhraseMatch
from rasd.paths import REPO_ROOT, SEEDS_DIR
from rasd.phrases import parse_speaker
from rasd.quotes import MARK_RE, find_quotes
from rasd.speakers import lex, org_head, title_at
from rasd.text import Token, clitic_variants
from rasd.trigger_senses import drop_other_senses
from rasd.triggers import SentenceReader, Trigger, _quoted_tokens, _scan_triggers, _suffixed_verb

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


def test_can_start_says_when_match_at_finds_nothing(docs):
    matchers = [actor_matcher(), role_matcher(), attack_noun_matcher(), place_matcher(), lex().phrases["titles"]]
    starting = 0
    for doc in docs:
        for j, tok in enumerate(doc.tokens):
            for m in matchers:
                if not m.can_start(tok.text):
                    assert m.match_at(doc.tokens, j) is None
                else:
                    starting += 1
    assert starting >= 500


def test_person_and_organisation_scans_equal_every_token(docs):
    titled = orgs = 0
    for doc in docs:
        reader = SentenceReader(doc)
        for sent in doc.sentences:
            cx = reader.cx(sent)
            plain = [j + 1 for j in range(cx.lo, cx.hi) if title_at(cx, j) is not None]
            titles = lex().phrases["titles"]
            fast = [j + 1 for j in range(cx.lo, cx.hi)
                    if titles.can_start(cx.tokens[j].text) and title_at(cx, j) is not None]
            assert fast == plain
            titled += len(plain)
            for j in range(cx.lo, cx.hi):
                skip = j not in cx.actor_at and not actor_matcher().can_start(cx.word(j))
                if skip:
                    assert cx.actor(j) is None
                orgs += cx.actor(j) is not None
        assert reader.organisations() == plain_organisations(SentenceReader(doc))
    assert titled >= 5 and orgs >= 100


def plain_organisations(reader):
    out = []
    for sent in reader.doc.narrative():
        cx = reader.cx(sent)
        j = cx.lo
        while j < cx.hi:
            w = cx.word(j)
            if cx.actor(j) is None and not (org_head(w) is not None and cx.quote_run(j + 1) is not None):
                j += 1
                continue
            ph = parse_speaker(cx, j, prefixes=("", "و", "ف", "ل", "ب", "وب", "ول"), names=False)
            if ph is not None and ph.speakers[0].stype == "organization" and not ph.speakers[0].anaphor:
                out.extend(ph.speakers)
                j = max(j + 1, ph.hi)
            else:
                j += 1
    return out


def plain_distributed_places(tokens, places):
    heads = _list_heads()
    starts = {m.first_token: m for m in places}
    out = []
    for h, tok in enumerate(tokens):
        singular = next((heads[stem] for _, stem in clitic_variants(tok.text) if stem in heads), None)
        if singular is None:
            continue
        first = starts.get(h) or starts.get(h + 1)
        j = first.last_token + 1 if first else h + 2
        for _ in range(8):
            if j >= len(tokens) or not tokens[j].text.startswith("و"):
                break
            if j in starts:
                j = starts[j].last_token + 1
                continue
            phrase = f"{singular} {tokens[j].text[1:]}"
            value = place_matcher().lookup(phrase)
            if value is None:
                break
            out.append(PhraseMatch(tokens[j].start + 1, tokens[j].end, j, j, phrase, value, "و"))
            j += 1
    return out


def test_list_heads_memo_equals_the_plain_scan(docs):
    words = {t.text for doc in docs for t in doc.tokens} | {"حقول", "وحقول", "بحقول", "", "و"}
    heads = _list_heads()
    for w in words:
        assert _list_singular(w) == _list_singular.__wrapped__(w)
        assert _list_singular(w) == next((heads[s] for _, s in clitic_variants(w) if s in heads), None)
    tokens = _toks(["في", "حقول", "رميلان", "والعمر", "وكونيكو", "امس"])
    assert distributed_places(tokens, [])
    for toks, places in [(tokens, [])] + [(doc.tokens, doc.places) for doc in docs]:
        assert distributed_places(toks, places) == plain_distributed_places(toks, places)


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


def test_quoted_tokens_bisected_equal_the_token_test(docs):
    quoted = 0
    for doc in docs:
        for sent in doc.sentences:
            end = sent.start + len(sent.text)
            for carry_to in (None, sent.start, sent.start + 1, (sent.start + end) // 3, end - 1, end, end + 5):
                fast = _quoted_tokens(doc, sent, carry_to)
                assert fast == plain_quoted_tokens(doc, sent, carry_to)
                quoted += len(fast)
    assert quoted >= 1000


def test_tokens_between_equals_the_filter(docs):
    rng = random.Random(3)
    for doc in docs:
        size = len(doc.nt.norm)
        for _ in range(200):
            a = rng.randint(-50, size + 50)
            b = a + rng.randint(-5, 120)
            assert doc.tokens_between(a, b) == [t for t in doc.tokens if a <= t.start < b]


def test_presence_word_memo_equals_the_plain_test(docs):
    keys = ("not_deployed_cues", "anaphora_words", "landmark_words")
    for doc in docs:
        for sent in doc.sentences:
            tokens = doc.sentence_tokens(sent)
            for key in keys:
                words = presence_words(key)
                plain = any(stem in words for t in tokens for _, stem in clitic_variants(t.text))
                assert has_presence_word(tokens, key) == plain
    for t in {t.text: t for doc in docs for t in doc.tokens}.values():
        for key in keys:
            plain = any(stem in presence_words(key) for _, stem in clitic_variants(t.text))
            assert _is_presence_word(t.text, key) == plain
            assert has_presence_word([t], key) == plain  # answered from the memo


def plain_scan_triggers(cx):
    out = []
    toks = cx.tokens
    j = cx.lo
    while j < cx.hi:
        m = reporting_verb_matcher().match_at(toks, j)
        if m is not None and (m.prefix not in ("", "و", "ف") or m.last_token >= cx.hi):
            m = None
        if m is not None and j not in cx.quoted:
            t = toks[j]
            words = m.phrase.split()
            whole = m.phrase in lex().words["whole_phrase_verbs"]
            vend = toks[m.last_token].end if whole else t.start + len(m.prefix) + len(words[0])
            out.append(Trigger(j, m.last_token, m.value, m.prefix, t.start + len(m.prefix), vend, words[0], m.phrase))
            j = m.last_token + 1
            continue
        trig = _suffixed_verb(cx, j) if j not in cx.quoted else None
        if trig is not None:
            out.append(trig)
        j += 1
    return drop_other_senses(cx, out)


def test_trigger_scan_skipping_words_equals_every_word(docs):
    n = 0
    for doc in docs:
        reader = SentenceReader(doc)
        for sent in doc.sentences:
            for carry in (None, sent.start + len(sent.text) // 2):
                cx = reader.cx(sent, carry)
                assert _scan_triggers(cx) == plain_scan_triggers(cx)
                n += len(plain_scan_triggers(cx))
    assert n >= 200
