"""Property tests: arbitrary text never crashes the text layer, numbers, dates or extractors.

Every offset an extractor reports must satisfy ``0 <= start <= end <= len(text)``
and point at the recorded evidence (``expr`` for dates, ``name`` for places,
``text`` for numbers, inside ``sentence`` for figure rows, the sentence being
part of the article). The texts are built from the project's own lexicon words
(written back in everyday spelling: ة, أ, ى, diacritics, tatweel, Arabic-Indic
digits) mixed with digits, punctuation and the characters bad input brings:
bidirectional marks, zero-width joiners, combining marks, presentation forms,
lone surrogates left by a lossy decoder, and very long lines.

Runs are derandomised (same examples every run) and kept small so the file
runs in seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.attacks import extract_attack_counts
from rasd.dates import find_dates, parse_date_expr, to_time_precision
from rasd.deployments import extract_deployments
from rasd.doc import build_doc
from rasd.encoding import DecodeError, decode_bytes
from rasd.events import extract_events
from rasd.lexicon import load_csv, load_yaml, split_aliases
from rasd.mentions import extract_dates, extract_places
from rasd.numbers import find_numbers, parse_number, parse_ordinal
from rasd.pipeline import extract_article
from rasd.pubdate import find_url_date, parse_date_line, parse_metadata_date
from rasd.readers import READERS, Article, Problem, ReadError
from rasd.statements import extract_statements
from rasd.structure import analyse_text
from rasd.tables import make_frame
from rasd.text import clitic_variants, normalize, normalize_str, split_sentences, tokenize

DATA = Path(__file__).resolve().parents[1] / "data"
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_SURROGATE = re.compile("[\ud800-\udfff]")

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEW = settings(PROPERTY, max_examples=25)


# --- the words texts are made of ------------------------------------------------
#
# Hypothesis draws only small integers (which file, which word, which spelling);
# pure functions turn them into text. Drawing integers is cheap and shrinks well.


def _strings(node: object, out: set[str]) -> None:
    """Collect every short Arabic string of a loaded YAML document."""
    if isinstance(node, str):
        if _ARABIC_LETTER.search(node) and len(node) <= 60:
            out.add(node)
    elif isinstance(node, dict):
        for key, value in node.items():
            _strings(key, out)
            _strings(value, out)
    elif isinstance(node, list):
        for value in node:
            _strings(value, out)


@cache
def pool(name: str) -> tuple[str, ...]:
    """The Arabic words and phrases of one data file (``places.csv``: names and aliases), sorted."""
    out: set[str] = set()
    if name == "places.csv":
        for row in load_csv(name):
            out.add(row["canonical"])
            out.update(split_aliases(row["aliases"]))
    else:
        _strings(load_yaml(name), out)
    return tuple(sorted(out))


# Data files whose words make the facts; a sentence draws its words from them.
POOLS = (
    "attack_nouns.yaml", "weapons.yaml", "event_triggers.yaml", "places.csv", "actors.yaml",
    "forces.yaml", "count_nouns.yaml", "presence_verbs.yaml", "numbers.yaml", "dates.yaml",
    "attack_context.yaml", "presence_context.yaml", "reporting_verbs.yaml", "roles.yaml",
    "statement_context.yaml", "page_furniture.yaml",
)
GLUE = ("في", "على", "علي", "من", "منذ", "الى", "إلى", "نحو", "أكثر من", "قرب", "و", "بـ", "ضد", "عن", "إن", "أن")
PUNCT = (".", "،", ",", "؛", ";", "؟", "?", "!", ":", "(", ")", "«", "»", '"', "'", "-", "–", "/", "…", "%", "\n")
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
NOISE = (
    "\u200e\u200f\u200b\u200c\u200d\u2066\u2067\u2069\u202b\u202c\ufeff\u00ad"  # bidi, zero width
    "\u0301\u0308\u0323\u0670\u0655\u0654\u06e1"  # combining marks
    "\ufe8d\ufe8e\ufee1\ufee4\ufefb\ufef5\ufb8a\ufdf2\ufdfa\ufe7c\ufe80"  # presentation forms
    "\udc80\udcd8\udca7\ud83d\udfff"  # lone surrogates (surrogateescape, cut pairs)
    "\ufffd\x00\x0b\u00a0\u3000\u2028"
)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Everyday spellings that normalisation folds back: normalised letter -> written forms.
RESPELL = {"ه": "ةه", "ا": "أإآا", "ي": "ىي"}
# Piece kinds after the pools: a number, a joining word, punctuation, a noise character.
NUMBER, JOIN, MARK, NOISY = range(len(POOLS), len(POOLS) + 4)
# Kinds drawn for a fact sentence: the fact pools twice as often, numbers and glue often.
FACT_KINDS = (*range(11), *range(11), NUMBER, NUMBER, NUMBER, JOIN, JOIN, *range(11, len(POOLS)))
ANY_KINDS = (*range(len(POOLS)), NUMBER, JOIN, MARK, MARK, NOISY)


def respell(word: str, bits: int) -> str:
    """A normalised lexicon word as a writer might type it (hamza forms, ة, ى, diacritics, tatweel)."""
    chars = list(word)
    for i in (0, len(chars) - 1):
        forms = RESPELL.get(chars[i])
        if forms and bits & (1 << i % 2):
            chars[i] = forms[(bits >> 2) % len(forms)]
    if bits & 16 and chars:
        pos = (bits >> 5) % len(chars)
        chars.insert(pos + 1, DIACRITICS[(bits >> 9) % len(DIACRITICS)])
    return "".join(chars)


def format_number(n: int, bits: int) -> str:
    """A number the way articles write it: plain, grouped, Arabic-Indic, a date, a time, a decimal."""
    style = bits % 8
    if style == 0:
        return f"{n:,}"
    if style == 1:
        return str(n).translate(ARABIC_DIGITS)
    if style == 2:
        return f"{n % 35}/{bits % 15}/{1990 + n % 45}"
    if style == 3:
        return f"{n % 30}:{bits % 70:02d}"
    if style == 4:
        return f"{n % 10},{bits % 10}" if bits & 8 else f"{n % 100}.{bits % 10}"
    if style == 5:
        return f"{n % 50}-{n % 50 + bits % 7}"
    if style == 6:
        return str(n) * (2 + bits % 5)  # identifiers, phone numbers: long runs of digits
    return str(n)


def render(kind: int, index: int, bits: int) -> str:
    """The text of one drawn piece."""
    if kind < len(POOLS):
        words = pool(POOLS[kind])
        word = words[index % len(words)]
        return respell(word, bits) if bits & 1 else word
    if kind == NUMBER:
        return format_number(index, bits)
    if kind == JOIN:
        return GLUE[index % len(GLUE)]
    if kind == MARK:
        return PUNCT[index % len(PUNCT)]
    return NOISE[index % len(NOISE)]


def pieces(kinds: tuple[int, ...]) -> st.SearchStrategy[tuple[int, int, int]]:
    return st.tuples(st.sampled_from(kinds), st.integers(0, 2**20), st.integers(0, 2**12))


SEPARATORS = (" ", " ", " ", " ", "", "\n", " و", "، ", ". ", "\n\n", "\t")


def join(drawn: list[tuple[int, int, int]]) -> str:
    """Pieces joined by separators chosen from their bits."""
    return "".join(render(*p) + SEPARATORS[(p[2] >> 3) % len(SEPARATORS)] for p in drawn)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Paragraphs of fact-shaped sentences: lexicon words, numbers, joining words, full stops."""
    sentences = draw(st.lists(st.lists(pieces(FACT_KINDS), min_size=2, max_size=14), min_size=1, max_size=8))
    ends = (".", ".", "،", "؟", "", ":", '."', ".\n")
    return " ".join(join(s).strip() + ends[i % len(ends)] for i, s in enumerate(sentences))


def arabic_texts(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """A run of any pieces: words of every data file, numbers, punctuation and noise."""
    return st.lists(pieces(ANY_KINDS), max_size=max_pieces).map(join)


def long_line() -> st.SearchStrategy[str]:
    """One very long line without a full stop (a pasted page without line breaks)."""
    unit = arabic_texts(20).map(lambda t: t.replace("\n", " ").replace(".", " ") + " ")
    return st.tuples(unit, st.integers(20, 60)).map(lambda t: t[0] * t[1])


def lexicon_word() -> st.SearchStrategy[str]:
    """One word or phrase of a data file, maybe respelled."""
    return pieces(tuple(range(len(POOLS)))).map(lambda p: render(*p))


def number_token() -> st.SearchStrategy[str]:
    return pieces((NUMBER,)).map(lambda p: render(*p))


TEXTS = st.one_of(
    articles(),
    articles(),
    articles(),
    arabic_texts(),
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from(NOISE + "ا ب.5"), max_size=80),
)
PUBLISHED = st.sampled_from(["2024-01-10", "", "2023-12-31", "2024-02-29", "not a date"])


# --- checks ----------------------------------------------------------------------


def check_span(text: str, start: int, end: int, evidence: str | None = None) -> None:
    """The span is inside the text and, when given, is the evidence."""
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if evidence is not None:
        assert text[start:end] == evidence, (text[start:end], evidence)


def sentence_spans(text: str, sentence: str) -> list[tuple[int, int]]:
    """Every place where ``sentence`` occurs in ``text``."""
    spans, pos = [], text.find(sentence)
    while pos >= 0:
        spans.append((pos, pos + len(sentence)))
        pos = text.find(sentence, pos + 1)
    return spans


def check_figure_rows(text: str, rows: list[dict], article_id: str = "x") -> None:
    """Rows with ``sentence``, ``start`` and ``end``: the evidence lies inside its sentence."""
    for row in rows:
        assert row["article_id"] == article_id
        start, end = row["start"], row["end"]
        check_span(text, start, end)
        sentence = row["sentence"]
        assert sentence and sentence in text
        assert any(a <= start <= end <= b for a, b in sentence_spans(text, sentence)), row


def make_doc(text: str, published: str = "2024-01-10", layout: bool = False):
    """A Doc of the text: one body paragraph, or (``layout``) the paragraphs the reader would find."""
    paragraphs = analyse_text(text).paragraphs if layout else None
    return build_doc({"article_id": "x", "text": text, "published": published, "paragraphs": paragraphs})


# --- text layer -----------------------------------------------------------------


@PROPERTY
@given(TEXTS)
def test_normalize_offset_map(text):
    nt = normalize(text)
    assert nt.original == text
    assert len(nt.offsets) == len(nt.norm) + 1
    assert nt.offsets[-1] == len(text)
    assert all(a <= b for a, b in zip(nt.offsets, nt.offsets[1:], strict=False))
    assert normalize_str(text) == nt.norm
    for tok in tokenize(nt.norm):
        assert nt.norm[tok.start : tok.end] == tok.text
        start, end = nt.to_original(tok.start, tok.end)
        check_span(text, start, end)
        assert nt.to_norm(start) <= tok.start
        for plen, stem in clitic_variants(tok.text):
            assert stem in (tok.text[plen:], "ا" + tok.text[plen:])


@PROPERTY
@given(TEXTS)
def test_sentences_are_slices_of_the_text(text):
    previous_end = 0
    for sent in split_sentences(text):
        check_span(text, sent.start, sent.end, sent.text)
        assert sent.text.strip() == sent.text != ""
        assert sent.start >= previous_end
        previous_end = sent.end


@PROPERTY
@given(TEXTS)
def test_layout_paragraphs_are_slices_of_the_text(text):
    structure = analyse_text(text)
    for para in structure.paragraphs:
        check_span(text, para.start, para.end, para.text)
    assert structure.published == "" or dt.date.fromisoformat(structure.published)


# --- numbers and dates ----------------------------------------------------------


@PROPERTY
@given(TEXTS)
def test_numbers_point_at_their_text(text):
    nt = normalize(text)
    for num in find_numbers(nt):
        check_span(text, num.start, num.end, num.text)
        assert 0 <= num.nstart <= num.nend <= len(nt.norm)
        assert num.qualifier in {"exact", "approx", "more_than", "at_least", "less_than", "range"}
        assert num.qstart is None or 0 <= num.qstart <= len(text)
        assert num.upper is None or num.upper > num.value


@PROPERTY
@given(st.one_of(TEXTS, lexicon_word(), number_token()))
def test_number_and_ordinal_parsers_never_raise(expr):
    value = parse_number(expr)
    assert value is None or isinstance(value, int | float)
    ordinal = parse_ordinal(expr)
    assert ordinal is None or isinstance(ordinal, int)


@PROPERTY
@given(TEXTS, PUBLISHED)
def test_dates_point_at_their_expression(text, published):
    pub = dt.date.fromisoformat(published) if published[:1].isdigit() else None
    for d in find_dates(text, pub):
        check_span(text, d.start, d.end, d.expr)
        assert d.precision
        to_time_precision(d.precision)
        if d.relative and pub is None:
            assert d.iso == ""


@PROPERTY
@given(st.one_of(TEXTS, lexicon_word(), number_token()))
def test_date_readers_never_raise(expr):
    parse_date_expr(expr, dt.date(2024, 1, 10))
    line = parse_date_line(expr)
    assert line is None or line.iso == "" or dt.date.fromisoformat(line.iso)
    meta = parse_metadata_date(expr)
    assert meta is None or dt.date.fromisoformat(meta)
    url = find_url_date("https://example.org/" + expr)
    assert url is None or dt.date.fromisoformat(url)


@PROPERTY
@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
                 st.dates().map(str), st.lists(st.integers(), max_size=2)))
def test_metadata_date_of_any_value(value):
    found = parse_metadata_date(value)
    assert found is None or dt.date.fromisoformat(found)


@PROPERTY
@given(st.binary(max_size=300))
def test_decode_any_bytes(data):
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert "\r" not in decoded.text


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


FIELDS = ("text", "title", "body", "content", "date", "published", "url", "source", "articles", "x")
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | TEXTS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4),
    max_leaves=8,
)
FILE_BYTES = st.one_of(
    st.binary(max_size=300),
    TEXTS.map(_encode),
    JSON_VALUES.map(lambda v: _encode(json.dumps(v, ensure_ascii=False))),
    st.lists(JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)), max_size=3).map(
        lambda lines: _encode("\n".join(lines))
    ),
    st.lists(st.lists(TEXTS, min_size=1, max_size=4), max_size=3).map(
        lambda rows: _encode("title,text,date,url\n" + "\n".join(",".join(r) for r in rows))
    ),
    TEXTS.map(lambda t: _encode(f"<html><h1>{t[:30]}</h1><p>{t}</p><script>{t[:9]}</script></html>")),
)


@PROPERTY
@given(st.sampled_from(sorted(READERS)), FILE_BYTES)
def test_readers_name_every_failure(suffix, data):
    """A reader yields articles and problems, or raises ReadError: never another exception."""
    name = "a" + suffix
    try:
        items = list(READERS[suffix](Path(name), data, name))
    except ReadError as exc:
        assert str(exc)
        return
    for item in items:
        assert isinstance(item, Article | Problem)
        if isinstance(item, Problem):
            assert item.severity in {"error", "warning"} and item.reason
        else:
            fields = (item.text, item.headline, item.url, item.outlet, item.published, item.photo_credit)
            assert not any(_SURROGATE.search(f) for f in fields), "readers replace lone surrogates"
            for para in item.paragraphs:
                check_span(item.text, para.start, para.end, para.text)


@pytest.mark.parametrize(
    "text, found, origin",
    [
        ("نحو\n5 هجمات", [("5", "exact", None)], "bug: qualifier on the line before"),
        ("5 هجمات\nتقريبا", [("5", "exact", None)], "bug: qualifier on the line after"),
        ("بين 5\nو10 هجمات", [("5", "exact", None), ("10", "exact", None)], "bug: range across lines"),
        ("خمسة\nو عشرون", [("خمسة", "exact", None), ("عشرون", "exact", None)], "bug: و across lines"),
        ("نحو 5 هجمات", [("5", "approx", None)], "dev: same line still qualified"),
        ("بين 5 و10 هجمات", [("5 و10", "range", 10)], "dev: same line still a range"),
    ],
)
def test_number_expressions_stop_at_line_breaks(text, found, origin):
    assert [(n.text, n.qualifier, n.upper) for n in find_numbers(text)] == found


# --- extractors -------------------------------------------------------------------


@PROPERTY
@given(TEXTS, PUBLISHED, st.booleans())
def test_mention_tables_point_at_their_text(text, published, layout):
    doc = make_doc(text, published, layout)
    for row in extract_dates(doc):
        check_span(text, row["start"], row["end"], row["expr"])
    for row in extract_places(doc):
        check_span(text, row["start"], row["end"], row["name"])
        assert row["canonical"]


@PROPERTY
@given(TEXTS, PUBLISHED, st.booleans())
def test_figure_extractors_keep_their_evidence(text, published, layout):
    doc = make_doc(text, published, layout)
    check_figure_rows(text, extract_attack_counts(doc))
    check_figure_rows(text, extract_deployments(doc))
    check_figure_rows(text, extract_events(doc))


@PROPERTY
@given(TEXTS, PUBLISHED, st.booleans())
def test_rows_fit_their_tables(text, published, layout):
    """Every value an extractor gives fits the column types of its public table.

    Readers replace lone surrogates (see ``test_readers_name_every_failure``),
    so the texts here have none: string columns must be valid UTF-8.
    """
    text = _SURROGATE.sub("\ufffd", text)
    paragraphs = analyse_text(text).paragraphs if layout else None
    rows = extract_article({"article_id": "x", "text": text, "published": published, "paragraphs": paragraphs})
    for name, table_rows in rows.items():
        frame = make_frame(name, table_rows)
        assert len(frame) == len(table_rows)


@FEW
@given(long_line(), PUBLISHED)
def test_very_long_lines(text, published):
    doc = make_doc(text, published)
    for extractor in (extract_attack_counts, extract_deployments, extract_events):
        check_figure_rows(text, extractor(doc))
    for row in extract_dates(doc):
        check_span(text, row["start"], row["end"], row["expr"])


@PROPERTY
@given(TEXTS, PUBLISHED, st.booleans())
def test_statements_keep_their_evidence(text, published, layout):
    doc = make_doc(text, published, layout)
    rows = extract_statements(doc)
    check_figure_rows(text, rows)


@pytest.mark.parametrize(
    "text, origin",
    [
        ("\ufdfa", "dev: one presentation form that expands to a whole phrase"),
        ("قال\u200f \u200dالمتحدث\u0651 إن 5\u200e هجمات استهدفت القاعدة.", "dev: marks inside words"),
        ("\udc80\udcd8 هجوم\udca7 بـ3 طائرات مسيرة", "dev: lone surrogates of a lossy decoder"),
        ("ﻫﺠﻮﻡ ﻋﻠﻰ ﻗﺎﻋﺪﺓ", "dev: text written in presentation forms"),
        ("", "dev: empty text"),
        ("قالت مصادر إن 99999999999999999999999 هجوما استهدفت القاعدة.", "bug: a count too big for int64"),
        ("نفذت الفصائل 2.5 هجوم على القواعد في العراق.", "bug: a fractional count of attacks"),
        ("نشرت واشنطن 2.5 جندي في سوريا.", "bug: a fractional troop figure"),
        ("نحو\n0 استهداف صاروخي.", "bug: a qualifier on the line before put the evidence outside its sentence"),
        ("قالوا بين 5\nو10 هجمات على القاعدة.", "bug: a range across a line break"),
    ],
)
def test_chosen_hard_texts(text, origin):
    valid = _SURROGATE.sub("\ufffd", text)  # what a reader passes on
    rows = extract_article({"article_id": "x", "text": valid, "published": "2024-01-10", "paragraphs": None})
    for name, table_rows in rows.items():
        make_frame(name, table_rows)
    doc = make_doc(text)
    check_figure_rows(text, extract_attack_counts(doc) + extract_deployments(doc) + extract_events(doc))
    for row in extract_dates(doc):
        check_span(text, row["start"], row["end"], row["expr"])
    for row in extract_places(doc):
        check_span(text, row["start"], row["end"], row["name"])
