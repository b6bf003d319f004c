"""Tests of the corpus reader: formats, encodings, layout of the text, dates, outlets, problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.corpus import (
    ARTICLE_COLUMNS,
    Article,
    Problem,
    find_corpus_files,
    iter_articles,
    read_corpus,
)
from rasd.encoding import DecodeError, decode_bytes
from rasd.furniture import furniture, line_key
from rasd.lexicon import load_yaml
from rasd.metadata import map_fields, outlet_from_host, outlet_from_text, split_header
from rasd.paths import SEEDS_DIR
from rasd.pubdate import find_url_date, parse_date_line, parse_metadata_date
from rasd.structure import analyse_text, find_photo_credit, is_short_unpunctuated
from rasd.text import normalize_str

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
SEED_A = "000_cc516b76685038e7"
SEED_B = "004_d9fb7e05310ec97e"

# A small article in our own words, for the encoding and problem cases.
OWN_ARTICLE = (
    "انسحاب قوات من موقع حدودي بعد أيام من القصف\n\n"
    "14/02/2024\n"
    "عربات عسكرية على طريق ترابي (أ.ف.ب)\n"
    "قالت مصادر محلية إن قوات انسحبت من موقع حدودي صباح اليوم بعد أيام من القصف المتبادل.\n\n"
    "وأضافت المصادر أن الموقع بات خاليا تماما، وأن الطريق أعيد فتحه أمام المدنيين.\n"
)


def assert_offsets(frame) -> None:
    for row in frame.itertuples():
        for para in row.paragraphs:
            assert row.text[para.start : para.end] == para.text, (row.article_id, para)


def kinds(article, kind: str) -> list[str]:
    return [p.text for p in article.paragraphs if p.kind == kind]


@pytest.fixture(scope="module")
def seeds():
    frame, problems = read_corpus(SEEDS_DIR)
    assert problems == []
    return frame.set_index("article_id", drop=False)


@pytest.fixture(scope="module")
def fixtures():
    frame, problems = read_corpus(FIXTURES)
    return frame.set_index("article_id", drop=False), problems


# --- seeds -------------------------------------------------------------------

@pytest.mark.parametrize(
    "article_id, column, expected, origin",
    [
        (SEED_A, "published", "2023-11-13", "seed: date line '13 <month> 2023'"),
        (SEED_A, "published_source", "text", "seed"),
        (SEED_A, "photo_credit", "مرتضى السوداني/الأناضول", "seed: caption credit name/agency"),
        (SEED_A, "outlet", "العربي الجديد", "seed: outlet cites itself in the text"),
        (SEED_A, "url", "", "seed: plain text has no URL"),
        (SEED_B, "published", "2023-12-14", "seed: date line"),
        (SEED_B, "published_source", "text", "seed"),
        (SEED_B, "photo_credit", "Getty", "seed: Latin credit"),
        (SEED_B, "outlet", "العربي الجديد", "seed: outlet cites itself in the text"),
    ],
)
def test_seed_fields(seeds, article_id, column, expected, origin):
    assert seeds.loc[article_id, column] == expected


@pytest.mark.parametrize("article_id", [SEED_A, SEED_B])
def test_seed_headline_is_first_line_recorded_once(seeds, article_id):
    first_line = (SEEDS_DIR / f"{article_id}.txt").read_text(encoding="utf-8").split("\n")[0].strip()
    row = seeds.loc[article_id]
    assert row.headline == first_line
    assert kinds(row, "headline") == [first_line]


@pytest.mark.parametrize(
    "article_id, n_dateline, n_caption, n_subhead, origin",
    [
        (SEED_A, 1, 1, 5, "seed: five subheads, two of them pull quotes"),
        (SEED_B, 1, 1, 1, "seed: one subhead in quotation marks"),
    ],
)
def test_seed_kinds(seeds, article_id, n_dateline, n_caption, n_subhead, origin):
    row = seeds.loc[article_id]
    assert (len(kinds(row, "dateline")), len(kinds(row, "caption")), len(kinds(row, "subhead"))) == (
        n_dateline, n_caption, n_subhead
    )


@pytest.mark.parametrize(
    "fragment, origin",
    [
        ("+ الخط -", "seed: font-size widget"),
        ("المساهمون", "seed: contributors footer"),
        ("التحديثات الحية", "seed: related-links widget"),
        ("تقارير عربية", "seed: related-links label"),
        ("(Getty)", "seed: caption credit"),
        ("/الأناضول)", "seed: caption credit"),
    ],
)
def test_seed_body_has_no_furniture(seeds, fragment, origin):
    for row in seeds.itertuples():
        for text in kinds(row, "body"):
            assert fragment not in text


def test_seed_non_body_lines_are_not_body(seeds):
    for row in seeds.itertuples():
        other = set(kinds(row, "dateline") + kinds(row, "caption") + kinds(row, "boilerplate"))
        assert other.isdisjoint(kinds(row, "body"))
        assert any("الخط" in t for t in kinds(row, "boilerplate"))


def test_seed_offsets_and_word_counts(seeds):
    assert_offsets(seeds)
    assert (seeds["n_words"] > 500).all()


def test_columns_in_order(seeds):
    assert list(seeds.columns) == ARTICLE_COLUMNS
    assert ARTICLE_COLUMNS == [
        "article_id", "path", "outlet", "url", "headline", "published", "published_source",
        "photo_credit", "paragraphs", "text", "n_words",
    ]


# --- formats -----------------------------------------------------------------

@pytest.mark.parametrize(
    "article_id, column, expected, origin",
    [
        ("drone_attack", "headline", "هجوم بطائرة مسيرة على قاعدة في غرب العراق", "dev: txt"),
        ("drone_attack", "published", "2024-01-05", "dev: txt date line with weekday and time"),
        ("drone_attack", "published_source", "text", "dev: txt"),
        ("drone_attack", "photo_credit", "محمد علي/رويترز", "dev: txt caption"),
        ("page", "headline", "وصول تعزيزات عسكرية إلى قاعدة شرق سورية", "dev: html h1 inside header"),
        ("page", "published", "2024-02-11", "dev: html article:published_time"),
        ("page", "published_source", "metadata", "dev: html"),
        ("page", "outlet", "موقع تجريبي", "dev: html og:site_name"),
        ("page", "url", "https://news.example.org/politics/2024/02/10/reinforcements", "dev: og:url"),
        ("page", "photo_credit", "فرانس برس", "dev: html figcaption"),
        ("one", "headline", "انفجار قرب مطار في شمال العراق", "dev: json object, title field"),
        ("one", "published", "2023-10-20", "dev: json ISO timestamp, date as written"),
        ("one", "published_source", "metadata", "dev: json"),
        ("one", "outlet", "الجزيرة نت", "dev: known host of the URL"),
        ("many#1", "headline", "قصف مدفعي على قرى حدودية", "dev: json list, headline/body fields"),
        ("many#1", "published", "2024-03-07", "dev: date only in the URL /2024-03-07/"),
        ("many#1", "published_source", "url", "dev"),
        ("many#1", "outlet", "example.com", "dev: site field holding a domain"),
        ("many#3", "published", "2023-11-13", "dev: RFC 2822 date field"),
        ("many#3", "outlet", "وكالة تجريبية", "dev: source object with a name"),
        ("feed#1", "published", "2023-11-13", "dev: jsonl pubDate 13/11/2023"),
        ("feed#3", "published", "", "dev: jsonl record without any date"),
        ("feed#3", "published_source", "", "dev"),
        ("table#1", "headline", "تحليق مكثف للطيران فوق البادية", "dev: csv"),
        ("table#1", "published", "2024-01-20", "dev: csv date column"),
        ("table#1", "outlet", "صحيفة تجريبية", "dev: csv source column"),
    ],
)
def test_fixture_fields(fixtures, article_id, column, expected, origin):
    frame, _ = fixtures
    assert frame.loc[article_id, column] == expected


def test_fixture_ids_paths_and_offsets(fixtures):
    frame, _ = fixtures
    assert list(frame["article_id"]) == [
        "drone_attack", "feed#1", "feed#3", "many#1", "many#3", "one", "page", "table#1",
    ]
    assert frame.loc["page", "path"] == str(FIXTURES / "page.html")
    assert_offsets(frame)


@pytest.mark.parametrize(
    "record, reason, origin",
    [
        ("feed.jsonl#2", "invalid JSON", "dev: broken jsonl line, the others still read"),
        ("many.json#2", "no article text", "dev: json record without a text field"),
        ("table.csv#2", "no article text", "dev: csv row with an empty text cell"),
    ],
)
def test_fixture_record_problems(fixtures, record, reason, origin):
    _, problems = fixtures
    name, number = record.split("#")
    found = [p for p in problems if Path(p.path).name == name and p.record == number]
    assert len(found) == 1 and reason in found[0].reason and found[0].severity == "error"
    assert found[0].stage == "read"


def test_html_drops_scripts_navigation_boxes_and_footer(fixtures):
    frame, _ = fixtures
    text = frame.loc["page", "text"]
    for gone in ("tracking", "color", "الرئيسية", "شارك على فيسبوك", "الأكثر قراءة", "جميع الحقوق"):
        assert gone not in text
    page = frame.loc["page"]
    assert kinds(page, "subhead") == ["مخاوف من التصعيد"]
    assert "تعزيز الدفاعات الجوية." in kinds(page, "body")
    assert "ليلة السبت وسط" in kinds(page, "body")[1]


def test_html_title_used_when_no_h1(tmp_path):
    page = (
        "<html><head><title>اشتباكات قرب معبر حدودي - موقع ما</title>"
        '<meta property="og:site_name" content="موقع ما"></head><body>'
        "<p>اندلعت اشتباكات قرب معبر حدودي فجر اليوم بين قوتين محليتين.<br>"
        "وقال شهود إن الاشتباكات توقفت بعد ساعتين.</p></body></html>"
    )
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    frame, problems = read_corpus(tmp_path)
    row = frame.iloc[0]
    assert (row.headline, row.outlet, problems) == ("اشتباكات قرب معبر حدودي", "موقع ما", [])
    assert len(kinds(row, "body")) == 2
    assert_offsets(frame)


def test_structured_text_keeps_title_field_and_detects_layout(fixtures):
    frame, _ = fixtures
    one = frame.loc["one"]
    assert kinds(one, "headline") == ["انفجار قرب مطار في شمال العراق"]
    assert len(kinds(one, "body")) == 2
    assert kinds(frame.loc["feed#1"], "headline") == []


def test_json_object_holding_a_list(tmp_path):
    doc = {"articles": [{"title": "خبر أول", "text": "وقع انفجار في سوق شعبي وسط المدينة."}]}
    (tmp_path / "dump.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    frame, problems = read_corpus(tmp_path)
    assert list(frame["article_id"]) == ["dump#1"] and problems == []


def test_txt_header_lines_are_metadata(tmp_path):
    text = (
        "title: غارة على مستودع أسلحة\nurl: https://example.org/2024/06/02/raid\nsource: example.org\n\n"
        "غارة على مستودع أسلحة\nاستهدفت غارة جوية مستودعا للأسلحة في ريف المدينة ليل السبت.\n"
    )
    (tmp_path / "raid.txt").write_text(text, encoding="utf-8")
    row = read_corpus(tmp_path)[0].iloc[0]
    assert (row.headline, row.url, row.published, row.published_source, row.outlet) == (
        "غارة على مستودع أسلحة", "https://example.org/2024/06/02/raid", "2024-06-02", "url", "example.org"
    )
    assert [p.kind for p in row.paragraphs] == ["boilerplate"] * 3 + ["headline", "body"]


# --- encodings ---------------------------------------------------------------

@pytest.mark.parametrize(
    "codec, prefix, origin",
    [
        ("utf-8", b"", "dev"),
        ("utf-8", b"\xef\xbb\xbf", "dev: UTF-8 with BOM (Windows Notepad)"),
        ("utf-16-le", b"\xff\xfe", "dev: UTF-16 LE with BOM"),
        ("utf-16-be", b"\xfe\xff", "dev: UTF-16 BE with BOM"),
        ("utf-16-le", b"", "dev: UTF-16 LE without BOM"),
        ("cp1256", b"", "dev: Windows-1256 (older Arabic Windows files)"),
    ],
)
def test_encodings(tmp_path, codec, prefix, origin):
    (tmp_path / "a.txt").write_bytes(prefix + OWN_ARTICLE.replace("\n", "\r\n").encode(codec))
    frame, problems = read_corpus(tmp_path)
    row = frame.iloc[0]
    assert problems == []
    assert row.text == OWN_ARTICLE
    assert (row.headline, row.published, row.photo_credit) == (
        "انسحاب قوات من موقع حدودي بعد أيام من القصف", "2024-02-14", "أ.ف.ب"
    )


@pytest.mark.parametrize(
    "codec, origin",
    [("utf-8", "dev"), ("utf-8-sig", "dev"), ("utf-16", "dev"), ("cp1256", "dev")],
)
def test_encodings_of_structured_files(tmp_path, codec, origin):
    record = {"title": "خبر مرمز", "text": "قالت الشرطة إن الطريق أغلق بسبب الاشتباكات."}
    (tmp_path / "s.jsonl").write_bytes(json.dumps(record, ensure_ascii=False).encode(codec))
    other = "قالت الشرطة إن الطريق فتح بعد توقف الاشتباكات."  # not a duplicate of the record
    (tmp_path / "r.csv").write_bytes(("title,text\nخبر مرمز," + other + "\n").encode(codec))
    frame, problems = read_corpus(tmp_path)
    assert problems == [] and list(frame["headline"]) == ["خبر مرمز", "خبر مرمز"]


def test_decode_rejects_latin_bytes():
    with pytest.raises(DecodeError, match="not valid UTF-8, UTF-16 or Windows-1256"):
        decode_bytes("café crème brûlée à la française".encode("cp1252"))


# --- problems ----------------------------------------------------------------

@pytest.mark.parametrize(
    "name, content, reason, origin",
    [
        ("empty.txt", b"", "file is empty", "dev"),
        ("blank.txt", b"  \n\n ", "only white space", "dev"),
        ("latin.txt", "café crème brûlée à la française".encode("cp1252"),
         "not valid UTF-8, UTF-16 or Windows-1256", "dev: undecodable bytes"),
        ("binary.txt", b"\x00\x00\x00garbage data\x00", "NUL bytes", "dev: binary file"),
        ("bad.json", b'{"title": "x", "text": ', "invalid JSON", "dev"),
        ("list.json", b"[]", "empty list", "dev"),
        ("scalar.json", b'"just a string"', "not an object", "dev"),
        ("notext.csv", "title,date\nخبر,2024-01-01\n".encode(), "CSV has no text column", "dev"),
        ("big.txt", ("كلمة " * 400).encode(), "larger than the limit of 2,000 bytes", "dev: max_bytes"),
    ],
)
def test_file_problems(tmp_path, name, content, reason, origin):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    frame, problems = read_corpus(tmp_path, max_bytes=2000)
    assert list(frame["article_id"]) == ["good"]
    assert len(problems) == 1
    problem = problems[0]
    assert isinstance(problem, Problem)
    assert (Path(problem.path).name, problem.record, problem.stage, problem.severity) == (
        name, "", "read", "error"
    )
    assert reason in problem.reason


@pytest.mark.parametrize(
    "paths, reason, origin",
    [
        ("does/not/exist", "no such file or folder", "dev"),
        (FIXTURES.parent / "README.md", "no such file or folder", "dev: missing file"),
    ],
)
def test_path_problems(paths, reason, origin):
    frame, problems = read_corpus([paths, FIXTURES / "one.json"])
    assert list(frame["article_id"]) == ["one"] and reason in problems[0].reason


def test_unsupported_file_given_directly(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    frame, problems = read_corpus(tmp_path / "notes.docx")
    assert frame.empty and list(frame.columns) == ARTICLE_COLUMNS
    assert "unsupported file type" in problems[0].reason


def test_empty_corpus_gives_empty_table(tmp_path):
    frame, problems = read_corpus(tmp_path)
    assert frame.empty and problems == [] and list(frame.columns) == ARTICLE_COLUMNS


# --- finding files and streaming -------------------------------------------------

def test_find_corpus_files(tmp_path):
    for rel in ("b/2.txt", "a/1.json", "a/deep/3.csv", "a/skip.md", "c.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in find_corpus_files(tmp_path)]
    assert names == ["a/1.json", "a/deep/3.csv", "b/2.txt", "c.html"]
    assert [p.name for p in find_corpus_files(str(tmp_path / "**" / "*.txt"))] == ["2.txt"]
    assert find_corpus_files(tmp_path / "c.html") == [tmp_path / "c.html"]
    both = find_corpus_files([tmp_path / "b", tmp_path / "c.html", tmp_path / "b" / "2.txt"])
    assert [p.name for p in both] == ["2.txt", "c.html"]


def test_iter_articles_streams(tmp_path):
    stream = iter_articles(FIXTURES / "feed.jsonl")
    first = next(stream)
    assert isinstance(first, Article) and first.article_id == "feed#1"
    assert [type(x).__name__ for x in stream] == ["Problem", "Article"]


def test_ids_stable_across_runs():
    assert list(read_corpus(FIXTURES)[0]["article_id"]) == list(read_corpus(FIXTURES)[0]["article_id"])


# --- layout rules ------------------------------------------------------------

LAYOUT = (
    "عنوان عن قصف مواقع قرب الحدود الشمالية\n"
    "الخميس، 14 ديسمبر 2023 08:00 ص\n"
    "استمع إلى الملخص\n"
    "- ملخص آلي يكرر ما في الخبر من وقائع ولا يقرأ مرتين.\n"
    "شارك المقال\n"
    "قصفت طائرات مواقع قرب الحدود الشمالية فجر اليوم، بحسب مصادر محلية.\n"
    "اقرأ أيضاً\n"
    "عنوان خبر مرتبط آخر\n"
    "\n"
    "وقالت المصادر إن القصف استهدف مخازن ذخيرة.\n"
    "ما الذي تغير؟\n"
    "ويرى محللون أن التصعيد مرتبط بالتطورات الأخيرة.\n"
    "https://t.me/some_channel/123\n"
    "وأكد مسؤول أن التحقيق مستمر.\n"
    "المصدر: وكالات\n"
    "الوسوم\n"
    "قصف\n"
    "الحدود\n"
)


@pytest.mark.parametrize(
    "line, kind, origin",
    [
        ("عنوان عن قصف مواقع قرب الحدود الشمالية", "headline", "dev"),
        ("الخميس، 14 ديسمبر 2023 08:00 ص", "dateline", "press: weekday, date, time"),
        ("استمع إلى الملخص", "boilerplate", "press: listen/summary widget"),
        ("- ملخص آلي يكرر ما في الخبر من وقائع ولا يقرأ مرتين.", "boilerplate", "press: summary bullet"),
        ("شارك المقال", "boilerplate", "press: share widget"),
        ("اقرأ أيضاً", "boilerplate", "press: related-links label"),
        ("عنوان خبر مرتبط آخر", "boilerplate", "press: linked headline under the label"),
        ("ما الذي تغير؟", "subhead", "press: question subhead"),
        ("https://t.me/some_channel/123", "boilerplate", "press: bare link line"),
        ("المصدر: وكالات", "boilerplate", "press: source footer"),
        ("الوسوم", "boilerplate", "press: tags label"),
        ("قصف", "boilerplate", "press: tag under the tags label"),
        ("وأكد مسؤول أن التحقيق مستمر.", "body", "dev: short sentence with a full stop"),
    ],
)
def test_layout_kinds(line, kind, origin):
    structure = analyse_text(LAYOUT)
    found = [p.kind for p in structure.paragraphs if p.text == line]
    assert found == [kind]
    assert structure.published == "2023-12-14"


@pytest.mark.parametrize(
    "text, headline, origin",
    [
        ("الموقع\nرئيس التحرير: فلان\nانفجار في مستودع قرب العاصمة\nوقع انفجار كبير صباح اليوم.",
         "انفجار في مستودع قرب العاصمة", "press: site name and masthead above the headline"),
        ("13/11/2023\nعنوان يأتي بعد التاريخ مباشرة\nنص الخبر هنا بجملة كاملة.",
         "عنوان يأتي بعد التاريخ مباشرة", "dev: date line first"),
        ("قالت مصادر أمنية إن هجوما بطائرة مسيرة استهدف قاعدة في غرب البلاد من دون إصابات.\n"
         "وأضافت أن التحقيق جار.", "", "dev: text starting with running text has no headline"),
    ],
)
def test_headline_choice(text, headline, origin):
    assert analyse_text(text).headline == headline


@pytest.mark.parametrize(
    "line, credit, origin",
    [
        ("صورة لمقاتلين قرب الحدود (Getty)", "Getty", "seed-like: Latin agency"),
        ("دخان يتصاعد من موقع القصف (فرانس برس)", "فرانس برس", "press"),
        ("دورية عسكرية في البادية (الأناضول)", "الأناضول", "press"),
        ("جنود في قاعدة جوية (رويترز)", "رويترز", "press"),
        ("جنود في قاعدة جوية (AFP)", "AFP", "press"),
        ("موقع قصفته الطائرات (فلان الفلاني/الأناضول)", "فلان الفلاني/الأناضول", "press: name/agency"),
        ("آليات على طريق دولي (أ.ف.ب)", "أ.ف.ب", "press: abbreviated agency"),
        ("قاعدة عسكرية قرب المدينة (أرشيف)", "أرشيف", "press: archive photo"),
        ("مقاتلون في شارع مدمر (تصوير: فلان الفلاني)", "تصوير: فلان الفلاني", "press: photographer"),
        ("أعلنت قوات سوريا الديمقراطية (قسد)", None, "seed-like: abbreviation, not a credit"),
        ("مشاهد من موقع الانفجار (صور)", None, "press: 'photos' tag on a headline"),
        ("تفاصيل الاجتماع الأمني (خاص)", None, "press: 'exclusive' tag on a headline"),
        ("قالت الوكالة (رويترز) إن الهجوم وقع فجرا.", None, "press: agency inside a sentence"),
    ],
)
def test_photo_credit(line, credit, origin):
    assert find_photo_credit(line) == credit


@pytest.mark.parametrize(
    "line, iso, origin",
    [
        # session 22: a clock time introduced by الساعة, and English weekdays and dates of outlets' templates (press)
        ("الجمعة 9 نيسان 2021 الساعة 05:58", "2021-04-09", "press: الساعة before the clock time"),
        ("الموقع - Friday 09 April 2021 الساعة 05:58 am", "2021-04-09", "press: outlet, English date, الساعة and am"),
        ("12 آذار 2024 في تمام الساعة 10:30 صباحا", "2024-03-12", "press: في تمام الساعة before the time"),
        ("Tue, 12 Mar 2024 10:30:00 GMT", "2024-03-12", "press: RFC 2822 stamp printed on the page"),
        ("Wed 13 March 2024", "2024-03-13", "press: abbreviated English weekday"),
        ("قتل 3 جنود الساعة 10:30", None, "trap: a sentence with الساعة and a time"),
        # session 21b: outlet and place fields separated by slashes before the date (press)
        ("الموقع / بيروت / الأحد 12 . 11 . 2023", "2023-11-12", "press: outlet / city / weekday and spaced-dot date"),
        ("دمشق/ الخميس 7 آذار 2024", "2024-03-07", "press: city and slash before the date"),
        ("هجوم على قاعدة التنف / 2023", None, "trap: a headline and a year after a slash"),
        # session 21: the capital whose clock a date line gives, after the time (Syrian and Iraqi sites)
        ("2023.11.21 | 09:40 دمشق", "2023-11-21", "press: dotted date, bar, time and the capital"),
        ("الخميس 7 آذار 2024 - 18:05 بغداد", "2024-03-07", "press: a full date line ending with the capital"),
        ("دمشق 10:30", None, "trap: a place and a time, no date"),
        # session 21c: info-bar fields separated by spaced bars after the date (press, f-z real pages)
        ("نشر : March 3 ,2021 | Time : 14:40 | ID 205366 |", "2021-03-03", "press: English date, bar-separated time and id"),
        ("نشر في 4 آذار 2024 | 11:05 | القسم: سياسة", "2024-03-04", "press: Arabic date, bar-separated fields"),
        ("القسم: سياسة | 4 آذار 2024", None, "trap: only the first field of a bar-separated info bar is read"),
        # session 21: furniture after or around the date of a date line (press, f-z real pages)
        ("12 أيار 2024    عدد المشاهدات 87    التعليقات 2", "2024-05-12", "press: info-bar fields after a wide gap"),
        ("تاريخ الإضافة الاثنين 4 آذار 2024 - 11:05 ص    القسم سياسة", "2024-03-04",
         "press: تاريخ الإضافة label and a field after a wide gap"),
        ("9 مارس 2024512 مشاهدة", "2024-03-09", "press: view count glued to the year"),
        ("9 مارس 2024 - 1200 قراءة", "2024-03-09", "press: read count after the date"),
        ("Apr ٠٥, ٢٠٢٢ ٠٨:١٥ Asia/Baghdad", "2022-04-05", "press: English month, Arabic-Indic digits, zone name"),
        ("l7 يناير 2025", "2025-01-07", "press: an icon letter glued before the day"),
        ("الخميس 31 أكتوبر 2024 الموافق 28 ربيع الثاني 1446", "2024-10-31", "press: Gregorian first, Hijri after الموافق"),
        ("منذ 59 دقيقة", "", "press: relative time stamp (a date line without a date)"),
        ("منذ ساعتين", "", "press: relative time stamp with a dual unit"),
        ("ساعة واحدة ago", "", "press: relative time stamp of an English template"),
        ("منذ 2014", None, "trap: a year after منذ is no time stamp"),
        ("منذ ثلاثة أيام قصفت الطائرات موقعا قرب الحدود", None, "trap: a sentence opening with منذ"),
        ("عدد المشاهدات 87    12 أيار 2024", None, "trap: only the first field of an info bar is read"),
        # session 20: an update date in brackets after the date line (press)
        ("2023-12-05 10:12:40 (آخر تعديل 2024-01-03 08:00:00 )", "2023-12-05", "press: update aside in brackets"),
        ("12 مارس 2024 (آخر تحديث 13 مارس 2024)", "2024-03-12", "dev: update aside with month names"),
        ("12 مارس 2024 (الموصل)", None, "trap: a bracket that is no update date"),
        # session 18: a numeric date line with spaces around its separators (heldout13 hp02)
        ("2020 - 01 - 17", "2020-01-17", "dev: spaced year-month-day date line"),
        ("17 / 01 / 2020", "2020-01-17", "press: spaced day/month/year date line"),
        ("2020 - 2021", None, "trap: a range of years is no date"),
        ("13 نوفمبر 2023", "2023-11-13", "seed-like"),
        ("13/11/2023", "2023-11-13", "dev: numeric"),
        ("الاثنين 13 نوفمبر 2023 - 10:30", "2023-11-13", "dev: weekday and time"),
        ("الاحد 19/12/2021 - 04:02 بتوقيت نيويورك", "2021-12-19", "press: time zone"),
        ("٠١ يناير ٢٠٢٠", "2020-01-01", "press: Arabic-Indic digits"),
        ("الأحد، 15 من جمادى الثانية 1447هـ الموافق 14 كانون الأول/ديسمبر 2025", "2025-12-14",
         "press: Hijri date with Gregorian equivalent"),
        ("تاريخ النشر: 28th, October 2024 GMT", "2024-10-28", "press: English date with label"),
        ("نشر في: 2023-11-13T10:00:00Z", "2023-11-13", "dev: ISO with label"),
        ("نشرت في: 05/01/2022 – 21:54", "2022-01-05", "bug: feminine label نشرت في (heldout7)"),
        ("الثلثاء 30 كانون الثاني 2024", "2024-01-30", "bug: Levantine spelling of Tuesday (heldout6)"),
        ("بغداد - الجمعة 29 آب 2025", "2025-08-29", "bug: the dateline's place before the date (heldout6)"),
        ("13 نوفمبر/تشرين الثاني 2023", "2023-11-13", "press: paired month names"),
        ("08:15 بتوقيت غرينتش", "", "press: time-only line"),
        ("17-مارس-2024", "2024-03-17", "bug: hyphens between day, month and year (heldout2)"),
        ("02 Aug 2024", "2024-08-02", "press: abbreviated English month"),
        ("يناير 9, 2024", "2024-01-09", "bug: month first, as English-style date lines (heldout3)"),
        ("خميس, 11/01/2024", "2024-01-11", "bug: weekday without its article (heldout3)"),
        ("الجمعة 12/يناير/2024 - 09:10 ص", "2024-01-12", "bug: slashes around a month name (heldout3)"),
        ("نوفمبر 2023", None, "dev: month only is no publication date"),
        ("قتل 13 شخصا في 2023", None, "dev: a sentence with numbers"),
        ("بغداد - 13 نوفمبر 2023", "2023-11-13", "bug: a place before the date (the dateline of wire copy), read since session 8"),
    ],
)
def test_date_line(line, iso, origin):
    found = parse_date_line(line)
    assert (found.iso if found else None) == iso


def test_update_date_line_is_a_fallback():
    text = "عنوان خبر عن حادث حدودي\nآخر تحديث: 15 ديسمبر 2023\nنشر في: 14 ديسمبر 2023\nنص الخبر."
    assert analyse_text(text).published == "2023-12-14"
    assert analyse_text("عنوان خبر عن حادث حدودي\nآخر تحديث: 15/12/2023\nنص الخبر.").published == "2023-12-15"


@pytest.mark.parametrize(
    "value, iso, origin",
    [
        ("2023-11-13", "2023-11-13", "dev: ISO date"),
        ("2023-11-13T23:30:00-05:00", "2023-11-13", "dev: ISO with offset, date as written"),
        ("13/11/2023", "2023-11-13", "dev: day first"),
        ("11/13/2023", "2023-11-13", "dev: month first when day first is impossible"),
        ("Mon, 13 Nov 2023 10:00:00 GMT", "2023-11-13", "dev: RFC 2822"),
        ("November 13, 2023", "2023-11-13", "dev: English"),
        (1699869600, "2023-11-13", "dev: Unix seconds"),
        ("1699869600000", "2023-11-13", "dev: Unix milliseconds as text"),
        ("13 نوفمبر 2023", "2023-11-13", "dev: Arabic"),
        ("", None, "dev: empty"),
        (None, None, "dev: missing"),
        ("قريبا", None, "dev: not a date"),
        ("2023-02-30", None, "dev: impossible date"),
    ],
)
def test_metadata_date(value, iso, origin):
    assert parse_metadata_date(value) == iso


@pytest.mark.parametrize(
    "url, iso, origin",
    [
        ("https://example.com/news/2024/01/05/story-slug", "2024-01-05", "dev"),
        ("https://example.com/2024-01-05/story", "2024-01-05", "dev"),
        ("https://example.com/story/2019/1/21/slug/4112623", "2019-01-21", "press: unpadded"),
        ("https://example.com/a/20240105/b", "2024-01-05", "dev: compact"),
        ("https://example.com/article/4125080", None, "press: numeric id only"),
        # session 21b: a file name of figures in a month folder is no day (st21_real rx09)
        ("https://example.blogspot.com/2024/02/16-25.html", None, "press: figures slug in a month folder"),
        ("https://example.blogspot.com/2023/11/7.html", None, "press: number slug in a month folder"),
        ("https://example.com/2024/02/16-strike-on-base.html", "2024-02-16", "trap: day then a word slug"),
        ("https://example.com/2024/02/16/12345.html", "2024-02-16", "trap: day folder then an id"),
        ("https://example.com/2024/13/45/x", None, "dev: impossible date"),
        # session 27: day-first date folders (a blind-set aggregate showed one unread URL of this shape)
        ("https://example.net/21/10/2023/slug-words/81234", "2023-10-21", "press: day-first folders"),
        ("https://example.net/news/5/3/2021/slug", "2021-03-05", "press: day-first folders, unpadded"),
        ("https://example.net/10/21/2023/slug", "2023-10-21", "dev: only the month-first reading is valid"),
        ("https://example.net/page/12/34/2023/x", None, "trap: no valid day either way"),
        ("https://example.net/tag/21/10/20231/x", None, "trap: a five-digit id is no year"),
        ("", None, "dev"),
    ],
)
def test_url_date(url, iso, origin):
    assert find_url_date(url) == iso


@pytest.mark.parametrize(
    "url, outlet, origin",
    [
        ("https://www.alaraby.co.uk/politics/x", "العربي الجديد", "press: known host"),
        ("https://arabic.rt.com/middle_east/1", "RT عربي", "press: known host with subdomain"),
        ("https://m.unknown-news.example/x", "unknown-news.example", "dev: unknown host"),
        ("", "", "dev"),
    ],
)
def test_outlet_from_host(url, outlet, origin):
    assert outlet_from_host(url) == outlet


@pytest.mark.parametrize(
    "text, outlet, origin",
    [
        ('قال مسؤول لـ"العربي الجديد" إن... وأكد خلال لقاء مع "العربي الجديد" أن...', "العربي الجديد",
         "seed-like: two self-citations"),
        ("وقال للجزيرة نت إن... وأضاف للجزيرة نت أن...", "الجزيرة نت", "press: لل + name"),
        ('قال مسؤول لـ"العربي الجديد" إن الهجوم فشل.', "", "dev: one citation is not enough"),
        ("قال مسؤول لرويترز إن الهجوم فشل.", "", "dev: agencies are not outlets"),
    ],
)
def test_outlet_from_text(text, outlet, origin):
    assert outlet_from_text(text) == outlet


def test_no_outlet_and_no_date(tmp_path):
    (tmp_path / "x.txt").write_text("عنوان خبر بلا تاريخ ولا مصدر\nوقع حادث سير على الطريق.", encoding="utf-8")
    row = read_corpus(tmp_path)[0].iloc[0]
    assert (row.published, row.published_source, row.outlet) == ("", "", "")


@pytest.mark.parametrize(
    "text, expected, origin",
    [
        ("ردود فعل رسمية", True, "dev: subhead"),
        ("الفلاني: لن نتراجع عن مواقفنا", True, "press: pull quote"),
        ("وقال إن الوضع هادئ.", False, "dev: full stop"),
        ("وأضاف:", False, "dev: colon introduces a quote"),
        ("كلمة " * 13, False, "dev: too long"),
    ],
)
def test_short_unpunctuated(text, expected, origin):
    assert is_short_unpunctuated(text) == expected


def test_split_header_and_map_fields():
    meta, n = split_header("---\nTitle: عنوان\nPublished-At: 2024-01-01\n---\nنص")
    assert (meta, n) == ({"title": "عنوان", "date": "2024-01-01"}, 4)
    assert split_header("عنوان: ليس ترويسة\nنص") == ({}, 0)
    fields = map_fields({"Headline": "ع", "CONTENT": "ن", "source": {"name": "و"}, "link": ""})
    assert fields == {"text": "ن", "title": "ع", "date": None, "url": None, "outlet": "و"}


# --- data ----------------------------------------------------------------------

def test_furniture_entries_are_normalised():
    data = load_yaml("page_furniture.yaml")
    keys = [
        *data["widgets"], *data["widget_prefixes"], *data["related_labels"], *data["end_labels"],
        *data["summary_labels"], *data["source_prefixes"], *data["credit_prefixes"],
        *data["credit_words"], *data["date_equivalence"], *data["time_zone_words"],
        *data["counter_words"], *data["ago_units"], *data["section_words"], *data["masthead_labels"],
        *data["weekday_prefixes"], *data["time_suffixes"], *data["self_citation_preps"],
        *[w for ws in data["date_labels"].values() for w in ws],
        *[a for o in data["outlets"] for a in o["aliases"]],
    ]
    for entry in map(str, keys):
        assert normalize_str(entry) == entry
        assert line_key(entry) == entry
    assert furniture().widgets


def test_data_file_has_header_comment():
    text = (Path(__file__).parents[1] / "data" / "page_furniture.yaml").read_text(encoding="utf-8")
    assert text.startswith("#")


@pytest.mark.parametrize(
    "name, content, origin",
    [
        ("semi.csv", "title;text\nخبر بفواصل منقوطة;وقع انفجار قرب جسر في المدينة، وفق الشرطة.\n",
         "dev: semicolon-separated CSV"),
        ("saved.txt", "<html><body><h1>خبر محفوظ بصيغة صفحة</h1>"
         "<p>وقع انفجار قرب جسر في المدينة، وفق الشرطة.</p></body></html>", "dev: HTML saved as .txt"),
        ("rec.json", json.dumps({"title": "خبر بنص من وسوم", "content":
         "<p>وقع انفجار قرب جسر في المدينة، وفق الشرطة.</p><p>ولم ترد أنباء عن إصابات.</p>"},
         ensure_ascii=False), "dev: JSON text field holding HTML"),
    ],
)
def test_other_shapes_of_input(tmp_path, name, content, origin):
    (tmp_path / name).write_text(content, encoding="utf-8")
    frame, problems = read_corpus(tmp_path)
    row = frame.iloc[0]
    assert problems == []
    assert "<" not in row.text
    assert kinds(row, "body")[0] == "وقع انفجار قرب جسر في المدينة، وفق الشرطة."
    assert row.headline.startswith("خبر")
    assert_offsets(frame)


@pytest.mark.parametrize(
    "files, reason, origin",
    [
        ({"a.txt": OWN_ARTICLE, "a.json": json.dumps({"text": OWN_ARTICLE + "\nوانتهى الخبر."}, ensure_ascii=False)},
         "also used by an earlier file", "dev: two files with the same stem"),
        ({"en.txt": "Troops left the border post this morning after days of shelling, officials said."},
         "almost no Arabic letters", "dev: a text in another language"),
        ({"short.txt": "عنوان وحيد بلا نص"}, "no body paragraph", "dev: headline only"),
    ],
)
def test_warnings(tmp_path, files, reason, origin):
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    frame, problems = read_corpus(tmp_path)
    assert len(frame) == len(files)
    assert [(p.severity, reason in p.reason) for p in problems] == [("warning", True)]
