"""The speed-ups change nothing: each fast path equals the plain algorithm it replaces.

* ``PhraseMatcher`` remembers, per word, which trie nodes its readings start;
  compared with walking the trie for every clitic reading of every token.
* ``find_dates`` tries the date regex only where ``rasd.datewalk.candidate_starts``
  says a date may start (a walk back from each anchor word or number); compared
  with searching the whole text, and every position where the regex matches
  must be a candidate.
* ``normalize`` folds the frequent letters with ``str.replace`` and the rare
  characters around a split; compared with ``str.translate`` of the character
  table and an offset map built one character at a time.
* ``split_sentences`` finds quotation depths from the quotation marks only;
  compared with a scan of every character.
The texts are the seed articles (read at run time), sentences written here, and
texts generated from the date case table, the seed articles and the words of
``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

import rasd.dates
from rasd import gazetteer
from rasd.corpus import read_corpus
from rasd.dates import find_dates
from rasd.lexicon import PhraseMatch, PhraseMatcher, load_yaml
from rasd.paths import SEEDS_DIR
from rasd.text import _char_table, clitic_variants, glued_cuts, normalize, normalize_str, tokenize

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
    monkeypatch.setattr(rasd.dates, "_try_positions", lambda norm: range(len(norm)))
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
    from rasd.sentences import _quote_depths

    assert _quote_depths(para) == naive_quote_depths(para)


def test_quote_depths_on_seed_paragraphs():
    from rasd.sentences import _quote_depths

    for text in seed_texts():
        for para in text.splitlines():
            assert _quote_depths(para) == naive_quote_depths(para)


# --- the anchor-driven date scan and the normalisation ------------------------


def _dates_vocabulary():
    """Every phrase of data/dates.yaml, by list (keys of mappings, values of lists)."""
    lex = load_yaml("dates.yaml")
    lists = [*lex.values(), *lex["connectors"].values()]
    out = []
    for value in lists:
        if isinstance(value, dict):
            value = [w for k, v in value.items() for w in (v if isinstance(v, list) else [k])]
        if isinstance(value, list):
            out.append([str(w) for w in value])
    return lex, out


def date_texts(n, seed):
    """``n`` texts made of date expressions, the words around them and noise.

    Three kinds, in turn: a date of the case table after one to four phrases of
    the data file; chains of grammar words, month names, units, ordinals, counts
    and numbers (ordinals before months, counts before units and times of day
    before days in grammar order); pieces of seed paragraphs, case texts,
    vocabulary and noise (brackets, rare punctuation, digits of other scripts,
    diacritics) joined by random separators.
    """
    from test_dates import CASES, EXPR_CASES, NO_DATE_CASES, PARSE_CASES

    rng = random.Random(seed)
    lex, phrases = _dates_vocabulary()
    cases = [c[2] for c in (*CASES, *EXPR_CASES, *PARSE_CASES)]
    cases += [getattr(c, "values", c)[2] for c in NO_DATE_CASES] + [t for t, _ in SENTENCES]
    seed_words = " ".join(seed_texts()).split()
    glue = {part: lex["connectors"][part][0] for part in ("of", "month_word", "day_word")}
    pro = ["", "و", "ف", "ب", "وب", "فب", "ل"]
    months = [m for names in lex["months"].values() for m in names]
    ordinals = ["السابع", "الحادي", "العاشر", "الأول", "الثاني", "القوات", "بالسابع", "والعشرين"]
    free = ["عشر", "وعشرين", "ثلاثة", "خمسة", "القوات", "كبير", "x", "الى"]
    noise = ["(", ")", "(7", "و(7", "ف(5 الجاري", "ال 5 الجاري", "الـ(7)", "…", "…اليوم", "•أمس",
             "٪", "50٪", "5²", "x_y", "_", "٢٠٢٣", "५ اكتوبر", "２０２３", "10:30", "2.500", "13نوفمبر",
             "22/11/2023", "2024-01-05", "ـ", "ً", "«", "»", "؟", "!", "\n", "\t", "%", "+", "@"]
    seps = [" ", " ", " ", "", "، ", "/", " - ", "(", ")", "\n", ". ", "  ", ": ", '"']

    def pick(words):
        return rng.choice(pro) + rng.choice(words)

    def some(words, most):
        return rng.sample(words, rng.randint(0, most))

    def chain():
        parts = []
        for _ in range(rng.randint(2, 8)):
            r = rng.random()
            if r < 0.15:
                parts += [pick(ordinals), *some(free, 2), glue["of"], *some([glue["month_word"]], 1),
                          rng.choice(months)]
            elif r < 0.25:
                parts += [pick(lex["duration_words"]), *some(free, 2), rng.choice(list(lex["durations"]))]
            elif r < 0.35:
                parts += [pick(lex["time_modifiers"]), rng.choice(lex["times_of_day"]), glue["day_word"]]
            elif r < 0.65:
                parts.append(pick(rng.choice(phrases)))
            elif r < 0.8:
                parts.append(pick(ordinals + free))
            else:
                parts.append(str(rng.randint(1, 2030)))
        return " ".join(parts)

    texts = []
    for i in range(n):
        if i % 3 == 0:
            before = [pick(rng.choice(phrases)) for _ in range(rng.randint(1, 4))]
            texts.append(" ".join(before) + rng.choice(seps) + rng.choice(cases))
        elif i % 3 == 1:
            texts.append(" ".join(chain() for _ in range(rng.randint(1, 3))))
        else:
            pieces = []
            for _ in range(rng.randint(2, 20)):
                r = rng.random()
                piece = (rng.choice(cases) if r < 0.2 else pick(seed_words) if r < 0.45
                         else pick(noise) if r < 0.6 else str(rng.randint(0, 3000)) if r < 0.7
                         else pick(rng.choice(phrases)))
                pieces += [piece, rng.choice(seps)]
            texts.append("".join(pieces))
    return texts


@pytest.fixture(scope="module")
def generated_texts():
    return date_texts(2400, seed=11)


def test_date_candidates_hold_every_match(generated_texts):
    from rasd.datescan import DATE_RE
    from rasd.datewalk import candidate_starts

    for text in [*seed_texts(), *generated_texts]:
        norm = normalize(text).norm
        matches = {p for p in range(len(norm)) if DATE_RE.match(norm, p)}
        assert matches <= set(candidate_starts(norm)), text


@pytest.mark.parametrize("published", [None, dt.date(2023, 11, 13)])
def test_find_dates_equals_plain_scan_on_generated_text(monkeypatch, generated_texts, published):
    fast = [find_dates(t, published) for t in generated_texts]
    monkeypatch.setattr(rasd.dates, "_try_positions", lambda norm: range(len(norm)))
    assert fast == [find_dates(t, published) for t in generated_texts]
    assert sum(map(len, fast)) >= 1000


def naive_normalize(text):
    """The character table one character at a time (a space before a glued number); the offsets likewise."""
    table = _char_table()
    cuts = set(glued_cuts(text))
    outs = [(" " if i in cuts and out else "") + out for i, ch in enumerate(text) for out in [table.get(ord(ch), ch)]]
    offsets = [i for i, out in enumerate(outs) for _ in range(len(out))]
    return "".join(outs), (*offsets, len(text))


def test_normalize_equals_translate(generated_texts):
    table = "".join(map(chr, _char_table()))
    rng = random.Random(3)
    pool = [*table, *"abcXYZ ابتثجحخدذرزسشصضطظعغفقكلمنهوي0123456789\n\t،.", "\U0001F600", "\u0301"]
    texts = [table, *seed_texts(), *generated_texts[:300]]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        nt = normalize(text)
        assert (nt.norm, nt.offsets) == naive_normalize(text), text
        assert normalize_str(text) == nt.norm
