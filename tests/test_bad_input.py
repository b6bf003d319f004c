"""Bad input and failures: nothing crashes, nothing is lost, every problem is named.

Each kind of bad file is tested alone with the corpus reader, then all of them
together with good articles in every supported encoding and format, through
``rasd extract`` (the CSV files are read back). The corpus is built at test
time so that binary and encoding cases are exact bytes. All Arabic text here
was written for these tests.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import zlib
from pathlib import Path

import pandas as pd
import pytest

from rasd.cli import main
from rasd.corpus import Article, read_corpus
from rasd.encoding import decode_bytes
from rasd.pipeline import EXTRACTORS
from rasd.tables import COLUMNS

# --- articles written for these tests ------------------------------------------------

DRONE = (
    "هجوم بطائرة مسيرة على موقع عسكري قرب الحدود\n"
    "الثلاثاء 12 مارس 2024 - 09:40\n"
    "آليات عسكرية عند مدخل الموقع (أرشيف)\n"
    "قالت مصادر أمنية إن طائرة مسيرة استهدفت أمس موقعا عسكريا قرب الحدود دون وقوع إصابات.\n\n"
    "وأضافت المصادر أن الدفاعات الجوية تصدت لطائرة ثانية قبل وصولها إلى الموقع.\n"
)
BOM_ARTICLE = (
    "تعزيزات إضافية تصل إلى قاعدة جوية في الغرب\n"
    "14/03/2024\n"
    "وصلت صباح اليوم قافلة تضم نحو ثلاثين آلية إلى قاعدة جوية في غرب البلاد.\n"
    "وقال ضابط محلي إن التعزيزات جاءت بعد تهديدات متكررة للقاعدة.\n"
)
UTF16_ARTICLE = (
    "انفجار عبوة ناسفة على طريق إمداد شمالي\n"
    "5 فبراير 2024\n"
    "انفجرت عبوة ناسفة بعد ظهر الأحد على طريق إمداد في الشمال، وأحرقت شاحنة واحدة.\n"
    "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى المساء.\n"
)
CP1256_ARTICLE = (
    "قصف صاروخي يطال مخزنا للذخيرة\n"
    "20 يناير 2024\n"
    "سقطت ثلاثة صواريخ فجر اليوم على مخزن للذخيرة في ضواحي المدينة، وفق شهود عيان.\n"
    "وأكد الشهود أن النيران اشتعلت في المخزن لساعات.\n"
)
UTF16_NO_BOM_ARTICLE = (
    "دوريات مشتركة على الطريق الدولي\n"
    "2 أبريل 2024\n"
    "بدأت دوريات مشتركة اليوم السير على الطريق الدولي بعد أسبوع من التوتر.\n"
    "وقال سائقون إن الحركة عادت إلى طبيعتها مساء الثلاثاء.\n"
)
MIXED_FIRST = "اشتباك قصير قرب نقطة تفتيش\n3 أبريل 2024\nتبادل مسلحون إطلاق النار مع حراس نقطة تفتيش صباح اليوم.\n"
MIXED_SECOND = "وقال الحراس إن المسلحين فروا نحو البساتين القريبة."
NO_DATE = (
    "سكان قرية حدودية يطالبون بإصلاح جسر مدمر\n"
    "تجمع عشرات من سكان قرية حدودية أمس أمام مبنى البلدية للمطالبة بإصلاح جسر دمره القصف.\n"
    "وقال أحدهم إن الطريق البديل يضيف ساعة إلى كل رحلة.\n"
)
ENGLISH = "Residents of a border village gathered outside the town hall to ask for the repair of a bridge."
PAGE = """<!doctype html>
<html><head><title>سقوط قذائف هاون قرب مطار مدني</title>
<meta property="article:published_time" content="2024-02-20T07:15:00+03:00">
<meta property="og:site_name" content="موقع للاختبار">
<script>var tracking = {"page": "home"}; document.write("اقرأ المزيد");</script>
<style>.menu { color: red }</style></head>
<body>
<header><nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/sport">رياضة</a></nav></header>
<article>
<h1>سقوط قذائف هاون قرب مطار مدني</h1>
<p>سقطت أربع قذائف هاون ليل الاثنين قرب سياج مطار مدني، من دون أن تتوقف الرحلات.</p>
<p>وقالت سلطة الطيران إن فرقها فحصت المدرج وأعادت فتحه بعد ساعتين.</p>
<script>trackEvent("article-read");</script>
</article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر آخر لا علاقة له</a></li></ul></aside>
<footer>جميع الحقوق محفوظة لموقع الاختبار</footer>
</body></html>
"""
JSON_LIST = [
    {"title": "غارة على مستودع قرب نهر", "date": "2024-01-15T08:00:00Z",
     "text": "استهدفت غارة جوية فجر الاثنين مستودعا قرب النهر، وتصاعد الدخان منه لساعات."},
    {"headline": "مسيرة تسقط في حقل زراعي", "url": "https://news.example.org/a/2024/05/07/field",
     "body": "سقطت طائرة مسيرة في حقل زراعي بعد ظهر الثلاثاء من دون أن تنفجر، وطوقت الشرطة المكان."},
]
JSONL_RECORDS = [
    {"title": "إغلاق معبر حدودي لساعات", "published": "08/05/2024",
     "content": "أغلقت السلطات معبرا حدوديا صباح الأربعاء لساعات ثم أعادت فتحه أمام الشاحنات."},
    {"title": "رصد طائرات استطلاع فوق البادية", "published": "2024-06-01",
     "content": "رصد سكان في البادية طائرات استطلاع تحلق على ارتفاع منخفض طوال ليل الجمعة."},
]
# A record whose writer escaped half of a character pair: json.loads gives lone surrogates.
BROKEN_ESCAPES = (
    '{"title": "\\ud83d\u062a\u0648\u0642\u0641 \u0627\u0644\u0645\u0644\u0627\u062d\u0629", '
    '"date": "2024-02-01", "text": "'
    + json.dumps("توقفت الملاحة في الميناء صباح الخميس")[1:-1]
    + "\\udc80"
    + json.dumps(" بعد إنذار أمني، ثم استؤنفت ظهرا.")[1:-1]
    + '"}\n'
)
CSV_ROWS = [
    ("انقطاع الكهرباء عن حي سكني بعد قصف", "2024-01-22",
     "انقطعت الكهرباء عن حي سكني كامل بعد قصف طال محطة التحويل، وفق مصادر محلية."),
    ("عودة الهدوء إلى بلدة حدودية", "2024-01-23",
     "عاد الهدوء إلى البلدة الحدودية صباح الثلاثاء بعد ليلة من الاشتباكات المتقطعة."),
]


def png_like_bytes() -> bytes:
    """A binary file: a PNG signature and deterministic noise."""
    rng = random.Random(6)
    return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(1500))


def compressed_bytes() -> bytes:
    """Compressed Arabic text: binary, although made from Arabic."""
    return zlib.compress(NO_DATE.encode("utf-8") * 4)


def csv_bytes(rows: list[tuple[str, str, str]], header: str = "title,date,text") -> bytes:
    lines = [header] + [",".join(f'"{cell}"' for cell in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def jsonl_bytes(records: list[dict], truncate_last: bool = False) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if truncate_last:
        lines[-1] = lines[-1][: len(lines[-1]) // 2]
    return ("\n".join(lines) + "\n").encode("utf-8")


# The mixed corpus: file name -> bytes. Good files first, then bad ones.
BIG_BYTES = 2_000_001


def mixed_corpus_files() -> dict[str, bytes]:
    """Every case of the issue in one folder, with good articles in every encoding and format."""
    return {
        "drone.txt": DRONE.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + BOM_ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "wide.txt": b"\xff\xfe" + UTF16_ARTICLE.encode("utf-16-le"),
        "windows.txt": CP1256_ARTICLE.replace("\n", "\r\n").encode("cp1256"),
        "nobom16.txt": UTF16_NO_BOM_ARTICLE.encode("utf-16-le"),
        "mixed.txt": MIXED_FIRST.encode("utf-8") + MIXED_SECOND.encode("cp1256") + b"\n",
        "page.html": PAGE.encode("utf-8"),
        "list.json": json.dumps(JSON_LIST, ensure_ascii=False).encode("utf-8"),
        "feed.jsonl": jsonl_bytes([*JSONL_RECORDS, JSONL_RECORDS[0] | {"title": "مقطوع"}], truncate_last=True),
        "table.csv": csv_bytes(CSV_ROWS),
        "escapes.jsonl": BROKEN_ESCAPES.encode(),
        "nodate.txt": NO_DATE.encode("utf-8"),
        "english.txt": ENGLISH.encode("utf-8"),
        "sub/drone copy.txt": DRONE.encode("utf-8"),
        "empty.txt": b"",
        "image.txt": png_like_bytes(),
        "archive.json": compressed_bytes(),
        "latin.txt": "Résumé des événements à la frontière, été 2024.".encode("cp1252"),
        "truncated.json": json.dumps(JSON_LIST, ensure_ascii=False).encode("utf-8")[:150],
        "notext.csv": "title,date\nعنوان بلا نص,2024-01-01\n".encode(),
        "big.txt": ("كلمة " * (BIG_BYTES // 9 + 1)).encode("utf-8"),
        "notes.md": "ملف غير مدعوم لا يقرأ".encode(),
    }


def write_files(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def read_table(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def problem_rows(problems) -> list[tuple[str, str, str, str]]:
    """(file name, record, severity, reason) of reader problems."""
    return [(Path(p.path).name, p.record, p.severity, p.reason) for p in problems]


# --- each case alone, through the corpus reader ----------------------------------------------

GOOD = "good.txt", DRONE.encode("utf-8")


@pytest.mark.parametrize(
    "name, data, severity, reason, origin",
    [
        ("empty.txt", b"", "error", "file is empty", "issue: empty file"),
        ("image.txt", png_like_bytes(), "error", "a binary file, not text", "issue: binary with a text extension"),
        ("archive.json", compressed_bytes(), "error", "a binary file, not text",
         "bug: compressed bytes were read as Windows-1256 letters"),
        ("nul.html", b"<p>\x00\x01\x02</p>", "error", "NUL bytes", "dev: binary that is valid UTF-8"),
        ("latin.txt", "Résumé des événements, été 2024.".encode("cp1252"), "error",
         "not valid UTF-8, UTF-16 or Windows-1256", "issue: unknown encoding"),
        ("truncated.json", json.dumps(JSON_LIST, ensure_ascii=False).encode()[:150], "error",
         "invalid JSON at line 1, column", "issue: truncated JSON file"),
        ("notext.csv", "title,date\nعنوان بلا نص,2024-01-01\n".encode(), "error", "CSV has no text column",
         "issue: CSV without a text column"),
        ("header.csv", b"\n\n", "error", "CSV file has no header row", "dev: CSV of blank lines"),
        ("big.txt", ("كلمة " * 300).encode(), "error", "larger than the limit of 1,000 bytes",
         "issue: file above the size limit"),
        ("bad16.txt", b"\xff\xfe" + bytes(80), "error", "utf-16-le byte order mark but is not",
         "dev: a byte order mark on binary bytes"),
        ("bad8.txt", b"\xef\xbb\xbf" + png_like_bytes(), "error", "utf-8-sig byte order mark but is not",
         "dev: a UTF-8 byte order mark on binary bytes"),
        ("scripts.html", b"<html><script>var x = 1;</script><nav><a href='/'>x</a></nav></html>", "error",
         "no readable text", "dev: a page of scripts and links only"),
    ],
)
def test_a_file_that_cannot_be_read(tmp_path, name, data, severity, reason, origin):
    write_files(tmp_path, {name: data, GOOD[0]: GOOD[1]})
    frame, problems = read_corpus(tmp_path, max_bytes=1000 if name == "big.txt" else 2_000_000)
    assert list(frame["article_id"]) == ["good"]
    assert len(problems) == 1, problem_rows(problems)
    (file, record, sev, why), = problem_rows(problems)
    assert (file, record, sev, problems[0].stage) == (name, "", severity, "read")
    assert reason in why


@pytest.mark.parametrize(
    "name, data, reason, origin",
    [
        ("mixed.txt", MIXED_FIRST.encode() + MIXED_SECOND.encode("cp1256"),
         "1 line read as Windows-1256", "issue: mixed encoding (a paragraph from an older file)"),
        ("damaged.txt", MIXED_FIRST.encode() + b"\xff\xfe\xfd" + MIXED_SECOND.encode(),
         "1 line with bytes that are not UTF-8", "bug: one stray byte turned the file into mojibake"),
        ("cut16.txt", b"\xff\xfe" + (MIXED_FIRST + MIXED_SECOND).encode("utf-16-le")[:-1],
         "not utf-16-le (replaced", "dev: UTF-16 cut in the middle of a character"),
    ],
)
def test_a_partly_damaged_file_is_read_with_a_warning(tmp_path, name, data, reason, origin):
    write_files(tmp_path, {name: data})
    frame, problems = read_corpus(tmp_path)
    text = frame.iloc[0]["text"]
    assert text.startswith(MIXED_FIRST)
    assert MIXED_SECOND[:20] in text or "\ufffd" in text
    assert [(p.severity, reason in p.reason) for p in problems] == [("warning", True)]
    assert frame.iloc[0]["published"] == "2024-04-03"


def test_broken_json_escapes_are_replaced(tmp_path):
    write_files(tmp_path, {"escapes.jsonl": BROKEN_ESCAPES.encode(), "one.json": BROKEN_ESCAPES.encode()})
    frame, problems = read_corpus(tmp_path)
    assert list(frame["headline"]) == ["\ufffdتوقف الملاحة"]
    assert frame.iloc[0]["text"] == "توقفت الملاحة في الميناء صباح الخميس\ufffd بعد إنذار أمني، ثم استؤنفت ظهرا."
    assert [(Path(p.path).name, p.record, p.severity) for p in problems] == [
        ("escapes.jsonl", "1", "warning"), ("one.json", "", "warning"), ("one.json", "", "warning"),
    ]
    assert problems[2].reason.startswith("duplicate of escapes#1")


def test_file_names_that_are_not_utf8(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        for name, data in ((b"caf\xe9-\xff.txt", DRONE.encode()), (b"bad\xe9.json", b"{")):
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
    except OSError:
        pytest.skip("this file system only accepts UTF-8 names")
    status, err = run_extract(["extract", str(tmp_path), "--out", str(tmp_path / "out")])
    assert status == 0
    articles = read_table(tmp_path / "out", "articles")
    assert list(articles["article_id"]) == ["caf\\xe9-\\xff"]
    assert articles["path"].iloc[0].endswith("caf\\xe9-\\xff.txt")
    problems = read_table(tmp_path / "out", "problems")
    assert list(problems["path"].map(lambda p: Path(p).name)) == ["bad\\xe9.json"]


def test_a_cp1256_paragraph_keeps_its_words(tmp_path):
    write_files(tmp_path, {"mixed.txt": MIXED_FIRST.encode() + MIXED_SECOND.encode("cp1256")})
    assert read_corpus(tmp_path)[0].iloc[0]["text"] == MIXED_FIRST + MIXED_SECOND


@pytest.mark.parametrize(
    "codec, origin",
    [("utf-16-le", "issue: UTF-16 without BOM"), ("utf-16-be", "issue: UTF-16 big-endian without BOM")],
)
def test_utf16_without_bom(tmp_path, codec, origin):
    write_files(tmp_path, {"a.txt": UTF16_NO_BOM_ARTICLE.encode(codec)})
    frame, problems = read_corpus(tmp_path)
    assert problems == []
    assert frame.iloc[0]["text"] == UTF16_NO_BOM_ARTICLE
    assert frame.iloc[0]["published"] == "2024-04-02"


def test_truncated_jsonl_record_loses_only_itself(tmp_path):
    data = jsonl_bytes([*JSONL_RECORDS, JSONL_RECORDS[0] | {"title": "سجل مقطوع"}], truncate_last=True)
    write_files(tmp_path, {"feed.jsonl": data})
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == ["feed#1", "feed#2"]
    assert [(p.record, p.severity) for p in problems] == [("3", "error")]
    assert problems[0].reason.startswith("invalid JSON on this line at column")
    assert "at at" not in problems[0].reason


def test_html_scripts_and_navigation_are_dropped(tmp_path):
    write_files(tmp_path, {"page.html": PAGE.encode()})
    frame, problems = read_corpus(tmp_path)
    row = frame.iloc[0]
    assert problems == []
    for gone in ("tracking", "trackEvent", "document.write", "color", "الرئيسية", "رياضة",
                 "الأكثر قراءة", "خبر آخر لا علاقة له", "جميع الحقوق"):
        assert gone not in row["text"]
    body = [p.text for p in row["paragraphs"] if p.kind == "body"]
    assert body == [
        "سقطت أربع قذائف هاون ليل الاثنين قرب سياج مطار مدني، من دون أن تتوقف الرحلات.",
        "وقالت سلطة الطيران إن فرقها فحصت المدرج وأعادت فتحه بعد ساعتين.",
    ]
    assert (row["headline"], row["published"], row["published_source"]) == (
        "سقوط قذائف هاون قرب مطار مدني", "2024-02-20", "metadata"
    )


def test_a_file_with_no_arabic_is_read_with_a_warning(tmp_path):
    write_files(tmp_path, {"english.txt": ENGLISH.encode()})
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == ["english"]
    assert [(p.severity, p.reason) for p in problems] == [("warning", "text has almost no Arabic letters")]


@pytest.mark.parametrize(
    "name, data, published, source, origin",
    [
        ("nodate.txt", NO_DATE.encode(), "", "", "issue: article without a date line"),
        ("url.json", json.dumps({"text": NO_DATE, "url": "https://x.example/2024/03/09/bridge"},
                                ensure_ascii=False).encode(), "2024-03-09", "url",
         "dev: no date line, date in the URL"),
    ],
)
def test_an_article_without_a_date_line(tmp_path, name, data, published, source, origin):
    write_files(tmp_path, {name: data})
    frame, problems = read_corpus(tmp_path)
    assert problems == []
    assert (frame.iloc[0]["published"], frame.iloc[0]["published_source"]) == (published, source)


@pytest.mark.parametrize(
    "files, kept, copy, record, origin",
    [
        ({"a.txt": DRONE.encode(), "b.txt": DRONE.encode()}, "a", "b.txt", "",
         "issue: the same article twice under two names"),
        ({"a.txt": DRONE.encode(), "z/b.txt": DRONE.replace("\n", "\r\n").encode("cp1256")}, "a", "b.txt", "",
         "dev: the same article in another encoding and folder"),
        ({"a.txt": DRONE.encode(), "b.txt": ("  " + DRONE.replace(" ", "  ")).encode()}, "a", "b.txt", "",
         "dev: only the white space differs"),
        ({"list.json": json.dumps([{"text": NO_DATE}, {"text": NO_DATE}], ensure_ascii=False).encode()},
         "list#1", "list.json", "2", "dev: a record repeated in a feed"),
        ({"a.txt": PAGE.encode(), "b.txt": "\n".join(
            ["سقوط قذائف هاون قرب مطار مدني", "شارك المقال",
             "سقطت أربع قذائف هاون ليل الاثنين قرب سياج مطار مدني، من دون أن تتوقف الرحلات.",
             "وقالت سلطة الطيران إن فرقها فحصت المدرج وأعادت فتحه بعد ساعتين."]).encode()},
         "a", "b.txt", "", "dev: saved page and plain-text copy with other furniture"),
    ],
)
def test_a_duplicate_is_read_once(tmp_path, files, kept, copy, record, origin):
    write_files(tmp_path, files)
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == [kept]
    (name, rec, severity, reason), = problem_rows(problems)
    assert (name, rec, severity) == (copy, record, "warning")
    assert reason.startswith(f"duplicate of {kept} (")


def test_different_articles_are_not_duplicates(tmp_path):
    write_files(tmp_path, {"a.txt": DRONE.encode(), "b.txt": DRONE.replace("أمس", "اليوم").encode()})
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == ["a", "b"] and problems == []


def test_record_number_only_for_multi_record_files(tmp_path):
    write_files(tmp_path, {"report#2.txt": ENGLISH.encode()})
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == ["report#2"]
    assert [(p.record, p.severity) for p in problems] == [("", "warning")]


@pytest.mark.parametrize("name, data", list(mixed_corpus_files().items()))
def test_every_file_gives_an_article_or_a_named_problem(tmp_path, name, data):
    write_files(tmp_path, {name: data})
    frame, problems = read_corpus(tmp_path)
    assert len(frame) + len(problems) >= 1
    for problem in problems:
        assert problem.severity in {"error", "warning"} and problem.stage == "read"
        assert problem.reason and "could not be read:" not in problem.reason


# --- the mixed corpus through `rasd extract` ----------------------------------------------------


def run_extract(argv: list[str]) -> tuple[int, str]:
    """Run ``rasd`` (without the cache) and return its exit status and what it printed on stderr."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main([*argv, "--no-cache"])
    return status, err.getvalue()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """The mixed corpus extracted once: (exit status, stderr, output folder, corpus folder)."""
    corpus = write_files(tmp_path_factory.mktemp("mixed_corpus"), mixed_corpus_files())
    out = tmp_path_factory.mktemp("tables") / "out"
    status, err = run_extract(["extract", str(corpus), "--out", str(out)])
    return status, err, out, corpus


MIXED_ARTICLES = [
    # article_id, published, published_source, origin
    ("bom", "2024-03-14", "text", "issue: UTF-8 with BOM and CR LF, numeric date line"),
    ("drone", "2024-03-12", "text", "issue: UTF-8 txt, weekday date line with a time"),
    ("english", "", "", "issue: a file with no Arabic is read, with a warning"),
    ("escapes#1", "2024-02-01", "metadata", "bug: lone surrogates of broken JSON escapes crashed the run"),
    ("feed#1", "2024-05-08", "metadata", "issue: jsonl, day-first date field"),
    ("feed#2", "2024-06-01", "metadata", "issue: jsonl, ISO date field"),
    ("list#1", "2024-01-15", "metadata", "issue: json list, ISO timestamp"),
    ("list#2", "2024-05-07", "url", "issue: json list, date only in the URL"),
    ("mixed", "2024-04-03", "text", "issue: mixed encoding, read with a warning"),
    ("nobom16", "2024-04-02", "text", "issue: UTF-16 without BOM"),
    ("nodate", "", "", "issue: an article without a date line"),
    ("page", "2024-02-20", "metadata", "issue: html with scripts and navigation"),
    ("table#1", "2024-01-22", "metadata", "issue: csv"),
    ("table#2", "2024-01-23", "metadata", "issue: csv"),
    ("wide", "2024-02-05", "text", "issue: UTF-16 with BOM"),
    ("windows", "2024-01-20", "text", "issue: Windows-1256 with CR LF"),
]

MIXED_PROBLEMS = [
    # file, record, severity, reason (a part of it), origin
    ("mixed_corpus0", "", "warning", "not read: 1 file ending in .md (e.g. notes.md)", "dev: a file of another type"),
    ("archive.json", "", "error", "a binary file, not text", "bug: compressed bytes were read as letters"),
    ("big.txt", "", "error", "larger than the limit of 2,000,000 bytes", "issue: above the default size limit"),
    ("empty.txt", "", "error", "file is empty", "issue: empty file"),
    ("english.txt", "", "warning", "text has almost no Arabic letters", "issue: a file with no Arabic"),
    ("escapes.jsonl", "1", "warning", "2 broken \\u escape(s) (lone surrogates) replaced by \ufffd",
     "bug: broken JSON escapes"),
    ("feed.jsonl", "3", "error", "invalid JSON on this line", "issue: truncated JSONL record"),
    ("image.txt", "", "error", "a binary file, not text", "issue: binary file with a text extension"),
    ("latin.txt", "", "error", "not valid UTF-8, UTF-16 or Windows-1256", "issue: unknown encoding"),
    ("mixed.txt", "", "warning", "mixed encodings: UTF-8 with 1 line read as Windows-1256", "issue: mixed encoding"),
    ("notext.csv", "", "error", "CSV has no text column", "issue: CSV without a text column"),
    ("drone copy.txt", "", "warning", "duplicate of drone (", "issue: the same article under two names"),
    ("truncated.json", "", "error", "invalid JSON at line 1", "issue: truncated JSON"),
]


def test_mixed_corpus_exits_zero_and_names_every_problem_on_stderr(mixed):
    status, err, _, _ = mixed
    assert status == 0
    assert err.count("rasd extract: error: ") == 8 and err.count("rasd extract: warning: ") == 5
    assert "rasd extract: 16 articles -> " in err


def test_mixed_corpus_reads_every_good_article_once(mixed):
    _, _, out, _ = mixed
    articles = read_table(out, "articles")
    assert list(articles["article_id"]) == [a[0] for a in MIXED_ARTICLES]
    assert set(articles.columns) == set(COLUMNS["articles"])


@pytest.mark.parametrize("article_id, published, source, origin", MIXED_ARTICLES)
def test_mixed_corpus_publication_dates(mixed, article_id, published, source, origin):
    articles = read_table(mixed[2], "articles").set_index("article_id")
    assert (articles.loc[article_id, "published"], articles.loc[article_id, "published_source"]) == (
        published, source
    )


def test_mixed_corpus_problems_are_complete(mixed):
    _, _, out, corpus = mixed
    problems = read_table(out, "problems")
    assert list(problems.columns) == ["path", "record", "stage", "severity", "reason"]
    found = sorted((Path(p).name, r, s) for p, r, s in zip(problems["path"], problems["record"],
                                                           problems["severity"], strict=True))
    assert found == sorted((f.replace("mixed_corpus0", corpus.name), r, s) for f, r, s, _, _ in MIXED_PROBLEMS)
    assert set(problems["stage"]) == {"read"}
    assert all(problems["reason"].str.len() > 10)


@pytest.mark.parametrize("file, record, severity, reason, origin", MIXED_PROBLEMS)
def test_mixed_corpus_problem(mixed, file, record, severity, reason, origin):
    _, _, out, corpus = mixed
    problems = read_table(out, "problems")
    file = file.replace("mixed_corpus0", corpus.name)
    rows = problems[problems["path"].map(lambda p: Path(p).name) == file]
    assert list(zip(rows["record"], rows["severity"], strict=True)) == [(record, severity)]
    assert reason in rows["reason"].iloc[0]


@pytest.mark.parametrize(
    "article_id, expr, iso, origin",
    [
        ("drone", "أمس", "2024-03-11", "issue: relative date resolved against the date line"),
        ("page", "ليل الاثنين", "2024-02-19", "dev: weekday before the metadata date"),
        ("nodate", "أمس", "", "issue: no publication date, the relative date stays empty"),
        ("mixed", "صباح اليوم", "2024-04-03", "dev: words of the Windows-1256 line are read too"),
        ("windows", "فجر اليوم", "2024-01-20", "dev: Windows-1256 file"),
    ],
)
def test_mixed_corpus_relative_dates(mixed, article_id, expr, iso, origin):
    dates = read_table(mixed[2], "dates")
    rows = dates[(dates["article_id"] == article_id) & (dates["expr"] == expr)]
    assert list(rows["iso"]) == [iso]


def test_mixed_corpus_offsets_point_at_the_text(mixed):
    _, _, out, corpus = mixed
    texts = {a.article_id: a.text for a in map(lambda r: Article(**r), read_corpus(corpus)[0].to_dict("records"))}
    for name in ("dates", "places", "attack_counts", "events", "statements"):
        table = read_table(out, name)
        for row in table.itertuples():
            text = texts[row.article_id]
            start, end = int(row.start), int(row.end)
            assert 0 <= start <= end <= len(text)
            if name == "dates":
                assert text[start:end] == row.expr
            elif name == "places":
                assert text[start:end] == row.name
            else:
                assert row.sentence in text and text[start:end] in row.sentence


def test_strict_exits_non_zero_on_an_error(mixed, tmp_path):
    status, _ = run_extract(["extract", str(mixed[3]), "--out", str(tmp_path / "out"), "--strict"])
    assert status == 1
    assert (tmp_path / "out" / "problems.csv").is_file()


def test_strict_accepts_warnings(tmp_path):
    corpus = write_files(tmp_path / "c", {"a.txt": DRONE.encode(), "b.txt": DRONE.encode(),
                                          "en.txt": ENGLISH.encode()})
    status, err = run_extract(["extract", str(corpus), "--out", str(tmp_path / "out"), "--strict"])
    assert status == 0 and err.count("warning: ") == 2


def test_nothing_readable_is_a_clear_failure(tmp_path):
    corpus = write_files(tmp_path / "c", {"empty.txt": b"", "image.txt": png_like_bytes()})
    status, err = run_extract(["extract", str(corpus), "--out", str(tmp_path / "out")])
    assert status != 0
    assert "no article could be read from" in err and "file is empty" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]


SMALL = "انهيار جسر قديم\nانهار جسر قديم فوق النهر صباح اليوم من دون إصابات.\n"


@pytest.mark.parametrize(
    "limit, read, origin",
    [
        ([], ["drone", "small"], "issue: default limit of 2 MB"),
        (["--max-bytes", "300"], ["small"], "issue: --max-bytes"),
    ],
)
def test_size_limit(tmp_path, limit, read, origin):
    corpus = write_files(tmp_path / "c", {"drone.txt": DRONE.encode(), "small.txt": SMALL.encode(),
                                          "huge.txt": b"x" * BIG_BYTES})
    status, _ = run_extract(["extract", str(corpus), "--out", str(tmp_path / "out"), *limit])
    assert status == 0
    assert list(read_table(tmp_path / "out", "articles")["article_id"]) == read
    reasons = list(read_table(tmp_path / "out", "problems")["reason"])
    assert all("larger than the limit of" in r for r in reasons) and len(reasons) == 3 - len(read)


# --- failures while extracting and writing ---------------------------------------------------


def test_a_failing_extractor_loses_only_that_article(tmp_path, monkeypatch):
    def broken(doc):
        if doc.article_id == "drone":
            raise RuntimeError("simulated failure")
        return original(doc)

    original = EXTRACTORS["events"]
    monkeypatch.setitem(EXTRACTORS, "events", broken)
    corpus = write_files(tmp_path / "c", {"drone.txt": DRONE.encode(), "page.html": PAGE.encode()})
    status, err = run_extract(["extract", str(corpus), "--out", str(tmp_path / "out")])
    assert status == 0 and "simulated failure" in err
    problems = read_table(tmp_path / "out", "problems")
    assert list(zip(problems["stage"], problems["severity"], strict=True)) == [("extract", "error")]
    assert "extraction failed: RuntimeError: simulated failure" in problems["reason"].iloc[0]
    assert "page" in set(read_table(tmp_path / "out", "dates")["article_id"])
    assert run_extract(["extract", str(corpus), "--out", str(tmp_path / "o2"), "--strict"])[0] == 1


class Interrupted(Exception):
    """Raised by the patched writer in the middle of writing the tables."""


def interrupt_after_first_table(monkeypatch, exc: type[BaseException]) -> None:
    """Make the table writer fail once it has written one table."""
    import rasd.tablewriter

    original = rasd.tablewriter.TableWriter.write
    calls = []

    def write(self, name, frame):
        calls.append(name)
        if len(calls) > 1:
            raise exc("interrupted while writing")
        return original(self, name, frame)

    monkeypatch.setattr(rasd.tablewriter.TableWriter, "write", write)


@pytest.mark.parametrize(
    "previous, exc, origin",
    [
        (True, Interrupted, "issue: failure while writing keeps the previous folder"),
        (True, KeyboardInterrupt, "dev: Ctrl-C while writing keeps the previous folder"),
        (False, Interrupted, "issue: failure while writing leaves no half folder"),
    ],
)
def test_interrupted_writing_leaves_no_half_folder(tmp_path, monkeypatch, previous, exc, origin):
    corpus = write_files(tmp_path / "c", {"drone.txt": DRONE.encode()})
    out = tmp_path / "out"
    if previous:
        assert run_extract(["extract", str(corpus), "--out", str(out)])[0] == 0
        before = {p.name: p.read_bytes() for p in out.iterdir()}
    interrupt_after_first_table(monkeypatch, exc)
    with pytest.raises(exc):
        run_extract(["extract", str(corpus), "--out", str(out), "--force"])
    assert sorted(p.name for p in tmp_path.iterdir()) == (["c", "out"] if previous else ["c"])
    if previous:
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_out_folder_in_use_is_refused_and_untouched(tmp_path):
    corpus = write_files(tmp_path / "c", {"drone.txt": DRONE.encode()})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mine.txt").write_text("keep", encoding="utf-8")
    status, err = run_extract(["extract", str(corpus), "--out", str(tmp_path / "out")])
    assert status == 2 and "--force" in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["mine.txt"]


UTF8_LINE = "وقال الحراس إن الطريق آمن.\n"


@pytest.mark.parametrize(
    "data, text, encoding, note, origin",
    [
        (MIXED_FIRST.encode() + MIXED_SECOND.encode("cp1256"), MIXED_FIRST + MIXED_SECOND, "utf-8",
         "mixed encodings: UTF-8 with 1 line read as Windows-1256", "issue: mixed, mostly UTF-8"),
        (MIXED_FIRST.encode("cp1256") + UTF8_LINE.encode() + MIXED_SECOND.encode("cp1256"),
         MIXED_FIRST + UTF8_LINE + MIXED_SECOND, "utf-8", "mixed encodings: UTF-8 with 4 lines read as Windows-1256",
         "bug: mostly Windows-1256 with one UTF-8 line was read as mojibake"),
        (CP1256_ARTICLE.encode("cp1256"), CP1256_ARTICLE, "cp1256", "", "dev: pure Windows-1256 has no note"),
        (DRONE.encode(), DRONE, "utf-8", "", "dev: clean UTF-8 has no note"),
        (UTF16_ARTICLE.encode("utf-16-be"), UTF16_ARTICLE, "utf-16-be", "", "dev: UTF-16 BE without BOM"),
    ],
)
def test_decoder(data, text, encoding, note, origin):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.note) == (text, encoding, note)
