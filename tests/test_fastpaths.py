"""The speed-ups change nothing: each fast path equals the plain algorithm it replaces.

* ``PhraseMatcher`` remembers, per word, which trie nodes its readings start;
  compared with walking the trie for every clitic reading of every token.
* ``find_dates`` searches only the stretches of text that hold an anchor word or
  a digit; compared with searching the whole text.
* ``split_sentences`` finds quotation depths from the quotation marks only;
  compared with a scan of every character.
The texts are the seed articles (read at run time) and sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rasd.dates
from rasd import gazetteer
from rasd.corpus import read_corpus
from rasd.dates import find_dates
from rasd.lexicon import PhraseMatch, PhraseMatcher
from rasd.paths import SEEDS_DIR
from rasd.text import clitic_variants, normalize, tokenize

SENTENCES = [
    # (text, origin)
    ("قصفت طائرة مسيرة قاعدة التنف فجر الأحد الماضي.", "dev: weekday with hint"),
    ('وقال المتحدث: "سنرد يوم الخميس" ثم غادر.', "dev: date inside quotation marks"),
    ("وفي 7 تشرين الأول/أكتوبر 2023 بدأ التصعيد؟ نعم.", "dev: question mark after a date"),
    ("الاجتماع عقد أمس; واليوم تستأنف المحادثات!", "dev: semicolon and exclamation"),
    ("منذ ثلاثة أيام\nوفي منتصف الشهر الجاري", "dev: line break between two dates"),
    ("وبالأمس أعلنت الفصائل عن 12 هجوما خلال الأسبوع الماضي", "dev: attached proclitics"),
    ("13نوفمبر 2023 و 14/12/2023 و2024-01-05", "dev: digits glued to a month, numeric dates"),
    ("في 5 ربيع الأول 1445 هـ الموافق 20 أيلول", "dev: Hijri date"),
    ("ليلة الجمعة-السبت سقطت صواريخ", "dev: night between two weekdays"),
    ("لا تاريخ في هذه الجملة على الإطلاق", "dev: nothing to find"),
]


def seed_texts():
    articles, _ = read_corpus(SEEDS_DIR)
    return list(articles["text"])


def naive_match_at(matcher, tokens, i):
    """The longest phrase at token ``i``: every clitic reading walked through the trie."""
    best = None
    tok = tokens[i]
    for plen, stem in clitic_variants(tok.text) if matcher._clitics else ((0, tok.text),):
        node, j, found = matcher._trie.get(stem), i, None
        while node is not None:
            if "\0" in node:
                found = (j, node["\0"])
            j += 1
            if j >= len(tokens) or not tokens[j].joined:
                break
            node = node.get(tokens[j].text)
        if found and (best is None or found[0] > best.last_token):
            k, (phrase, value) = found
            best = PhraseMatch(tok.start + plen, tokens[k].end, i, k, phrase, value, tok.text[:plen])
    return best


MATCHERS = ["place_matcher", "actor_matcher", "weapon_matcher", "attack_noun_matcher",
            "event_verb_matcher", "reporting_verb_matcher", "count_noun_matcher", "role_matcher"]


@pytest.mark.parametrize("name", MATCHERS)
def test_phrase_matcher_equals_naive_walk(name):
    matcher = getattr(gazetteer, name)()
    for text in seed_texts() + [t for t, _ in SENTENCES]:
        tokens = tokenize(normalize(text).norm)
        for _ in range(2):  # the second pass reads the memo
            assert [matcher.match_at(tokens, i) for i in range(len(tokens))] == [
                naive_match_at(matcher, tokens, i) for i in range(len(tokens))]


def test_phrase_memo_stays_bounded(monkeypatch):
    import rasd.lexicon

    monkeypatch.setattr(rasd.lexicon, "_HEADS_MEMO_SIZE", 3)
    matcher = PhraseMatcher([("قاعده عين الاسد", 1)])
    tokens = tokenize("كلمه اخري ثالثه رابعه قاعده عين الاسد")
    assert [m.value for m in matcher.find(tokens)] == [1]
    assert len(matcher._heads) <= 3


@pytest.mark.parametrize("published", [None, dt.date(2024, 1, 15)])
def test_find_dates_equals_whole_text_search(monkeypatch, published):
    texts = seed_texts() + [t for t, _ in SENTENCES]
    fast = [find_dates(t, published) for t in texts]
    monkeypatch.setattr(rasd.dates, "_date_stretches", lambda norm: [(0, len(norm))])
    assert fast == [find_dates(t, published) for t in texts]
    assert sum(map(len, fast)) >= 20


def naive_quote_depths(para):
    """Depth inside quotation marks at each character, one character at a time."""
    pairs = {'"': '"', "«": "»", "“": "”"}
    depth, stack, depths = 0, [], []
    for ch in para:
        if stack and ch == pairs[stack[-1]]:
            stack.pop()
            depth -= 1
        elif ch in pairs:
            stack.append(ch)
            depth += 1
        depths.append(depth)
    return depths if depth == 0 else None


QUOTED = [
    # (paragraph, origin)
    ('قال "لن نرد" ثم غادر', "dev: one pair"),
    ("قال «سنرد \"قريبا\" جدا» أمس", "dev: nested pairs"),
    ('قال "لن نرد ثم غادر', "dev: unbalanced"),
    ("نص » بلا فتح", "dev: closing mark alone"),
    ("“أ” و“ب”", "dev: curly quotes glued to words"),
    ("", "dev: empty"),
]


@pytest.mark.parametrize("para,origin", QUOTED)
def test_quote_depths_equal_naive_scan(para, origin):
    from rasd.text import _quote_depths

    assert _quote_depths(para) == naive_quote_depths(para)


def test_quote_depths_on_seed_paragraphs():
    from rasd.text import _quote_depths

    for text in seed_texts():
        for para in text.splitlines():
            assert _quote_depths(para) == naive_quote_depths(para)
