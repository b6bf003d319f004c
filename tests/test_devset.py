"""Statements on the development set (tests/devset): unseen-style articles, and their rules.

``tests/devset/articles`` holds 63 articles paraphrased, in our own words, from real reports
of 58 outlets found in the search tool's ``pages`` corpus (Iraqi, Syrian, Kurdish, Gulf,
Lebanese, Egyptian, Jordanian, Iranian Arabic services and agency relays, 2017-2026), each
keeping the reporting constructions of its source. ``tests/devset/gold`` is their hand
annotation (statements only, schema of tests/gold), written before the extractor was run
on them. They were written in five batches; the first run of each batch, before any rule
was changed for it, measured how the extractor generalises (P / R / F1):

- batch 1, dv01-dv28 (204 rows): 0.892 / 0.814 / 0.851
- batch 2, dv29-dv40 (75 rows):  0.875 / 0.840 / 0.857
- batch 3, dv41-dv50 (76 rows):  0.843 / 0.776 / 0.808
- batch 4, dv51-dv57 (34 rows):  1.000 / 0.971 / 0.985
- batch 5, dv58-dv63 (31 rows):  0.852 / 0.742 / 0.793

After the rules those runs called for, the whole set scores P 0.995 / R 0.988 / F1 0.992
(420 rows); the floors below sit just under that. Gold changes in the fourth session, made
after the extractor's output was seen and disclosed here: a relay at the end of a sentence
(``، وفق ما نقلت وكالة "رويترز"``) is its own row, as the three blind held-out golds count it
(8 rows added), so is a quotative participle after the act's own object
(``هدد X القوات الأميركية، قائلا إن``: 1 row added), and ``فيما دعت الحكومة إلى`` has the government as its speaker. The rows still
missed are sources the reader does not know (``حسب سياسي وقادة محليين``). ``CONSTRUCTION_CASES`` pins each rule with a sentence
of our own (``press``: a construction met in those articles, ``dev``: written while
building the rule, ``bug``: a wrong row the devset exposed, ``trap``: no row expected).
"""

import json
from pathlib import Path

import pytest

from rasd.corpus import read_corpus
from rasd.doc import build_doc
from rasd.evaluate import fold, load_gold, score_tables
from rasd.statements import extract_statements
from rasd.structure import analyse_text
from rasd.tables import make_frame

DEVSET = Path(__file__).resolve().parent / "devset"
P, O, A = "person", "organization", "anonymous"  # noqa: E741

# Measured P 0.995, R 0.988, F1 0.992 (63 articles, 420 gold rows).
FLOORS = {"precision": 0.98, "recall": 0.97, "f1": 0.98}


@pytest.fixture(scope="module")
def devset_rows():
    articles, problems = read_corpus(DEVSET / "articles")
    assert not problems
    rows = []
    for record in articles.to_dict("records"):
        rows.extend(extract_statements(build_doc(record)))
    return articles, rows


def test_devset_statement_scores(devset_rows):
    _, rows = devset_rows
    score = score_tables(load_gold(DEVSET / "gold"), {"statements": make_frame("statements", rows)})
    s = score["statements"]
    detail = (s.precision, s.recall, s.misses, s.extras)
    assert s.precision >= FLOORS["precision"], detail
    assert s.recall >= FLOORS["recall"], detail
    assert s.f1 >= FLOORS["f1"], detail


def test_devset_gold_matches_its_articles(devset_rows):
    articles, _ = devset_rows
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    gold_files = sorted((DEVSET / "gold").glob("*.json"))
    assert {p.stem for p in gold_files} == set(texts)
    outlets = set()
    for path in gold_files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["id"] == path.stem
        outlets.add(doc["outlet"])
        for row in doc["statements"]:
            assert row["speaker_type"] in (P, O, A), row
            assert row["evidence"] in texts[path.stem], row
    assert len(gold_files) >= 15 and len(outlets) >= 10


def _doc(text, published="2024-01-30"):
    """A Doc of a case text: every line is body text (no headline guessing)."""
    lines = [line for line in text.split("\n") if line.strip()]
    layout = analyse_text(text, hints={i: "text" for i in range(len(lines))})
    article = {"article_id": "case", "text": text, "published": published}
    return build_doc({**article, "paragraphs": layout.paragraphs})


def _score(expected, rows):
    statements = [{"speaker": s, "speaker_type": t, "verb": v} for s, t, v in expected]
    gold = {"case": {"statements": statements}}
    return score_tables(gold, {"statements": make_frame("statements", rows)})["statements"]


CONSTRUCTION_CASES = [
    # (label, origin, text, expected (speaker, type, verb) rows)
    ("attribution/wafq-ma-awradat-agency-alone", "press", "وأصيب جنديان في القصف، وفق ما أوردت وكالة رويترز.", [("وكالة رويترز", O, "وفق")]),
    ("attribution/relay-after-named-speaker", "bug", "وقال مصدر أمني إن صاروخا سقط قرب القاعدة، بحسب ما نقلته قناة محلية.", [("مصدر أمني", A, "قال"), ("قناة محلية", O, "بحسب")]),
    ("attribution/relay-of-named-agency", "bug", "وأكد ضابط في الجيش أن الطائرة سقطت، وفق ما أوردته أمس وكالة \"سبوتنيك\".", [("ضابط في الجيش", A, "أكد"), ("وكالة سبوتنيك", O, "وفق")]),
    ("subject/quoted-family-name-before-kana-qad", "bug", "قال رئيس الأركان جيمس فلين إن الرد قادم. وكان \"فلين\" قد أعلن أمس أن القوات جاهزة.", [("جيمس فلين", P, "قال"), ("جيمس فلين", P, "أعلن")]),
    ("attribution/wafqan-li-mawqi-quoted", "press", 'ووفقا لموقع "أكسيوس"، فإن واشنطن أبلغت بغداد بقرارها.', [("موقع أكسيوس", O, "وفقا"), ("واشنطن", O, "أبلغت")]),
    ("attribution/wafq-mawqi-qanat", "press", 'وأصيب ثلاثة جنود، ووفق موقع قناة "الحرة" فإن الطائرة انطلقت من العراق.', [("موقع قناة الحرة", O, "وفق")]),
    ("attribution/bayan-sadir-anha-alone", "press", 'أعلنت "قسد" أنها صدت هجوما. وقتل عنصران من مقاتليها في الغارة، بحسب بيان صادر عنها.', [("قسد", O, "أعلنت"), ("قسد", O, "بحسب")]),
    ("attribution/wafqan-li-qanawat", "press", "ووفقا لقنوات تابعة للفصائل على تطبيق تلغرام، فإن الهجوم استهدف قاعدة حرير.", [("قنوات", A, "وفقا")]),
    ("attribution/bi-hasab-al-sahifa-alone", "press", 'ونقلت صحيفة "نيويورك تايمز" عن مسؤول قوله إن الخطط تغيرت. وبحسب الصحيفة، فإن طهران طلبت من الفصائل التهدئة.', [("مسؤول", A, "نقلت"), ("صحيفة نيويورك تايمز", O, "بحسب"), ("طهران", O, "طلبت")]),
    ("attribution/issued-statement-is-channel", "press", "وقال قائد الشرطة المحلية العميد سامر النعيمي، وفق بيان نشرته وزارة الداخلية، إن العملية نجحت.", [("سامر النعيمي", P, "قال")]),
    ("coref/al-jamaa-to-named-group", "press", 'أعلنت "المقاومة الإسلامية في العراق" أنها استهدفت قاعدة حرير. وادعت الجماعة أن الطائرة أصابت هدفها.', [("المقاومة الإسلامية في العراق", O, "أعلنت"), ("المقاومة الإسلامية في العراق", O, "ادعت")]),
    ("coref/al-shabaka-to-outlet", "press", 'وقال مسؤولون أميركيون لشبكة "سي إن إن" إن ثلاثة جنود قتلوا. وقالت الشبكة إن الهجوم هو الأول من نوعه.', [("مسؤولون أميركيون", A, "قال"), ("شبكة سي إن إن", O, "قالت")]),
    ("coref/al-bayan-after-jaa-fi", "press", "وجاء في بيان للبيت الأبيض أن الهجوم نفذته جماعات مدعومة من إيران. وأضاف البيان أن واشنطن سترد.", [("البيت الأبيض", O, "جاء"), ("البيت الأبيض", O, "أضاف")]),
    ("coref/jaa-fi-al-bayan-with-participle", "bug", "أفاد بيان للناطق باسم الحكومة سامي الكعبي بأن الضربات مرفوضة. وجاء في البيان أن الادعاء كاذب، محذرا من التصعيد.", [("سامي الكعبي", P, "أفاد"), ("سامي الكعبي", P, "جاء"), ("سامي الكعبي", P, "محذرا")]),
    ("coref/role-restated-in-other-words", "press", "وقال الناطق باسم الحكومة الأردنية سامي الخطيب إن المملكة ترفض الهجوم. وأكد الناطق الحكومي أن التحقيق مستمر.", [("سامي الخطيب", P, "قال"), ("سامي الخطيب", P, "أكد")]),
    ("coref/role-then-first-name", "press", "وقال عضو لجنة الأمن والدفاع النيابية كريم الدليمي إن البرلمان سيصوت. وأضاف النائب كريم أن القرار ملزم.", [("كريم الدليمي", P, "قال"), ("كريم الدليمي", P, "أضاف")]),
    ("coref/spokesman-of-the-group", "press", "أعلنت حركة النجباء مقتل أحد قادتها. وقال متحدث باسم الجماعة إن الحركة سترد.", [("حركة النجباء", O, "أعلنت"), ("متحدث باسم حركة النجباء", P, "قال")]),
    ("coref/secretary-general-of-the-brigades", "press", 'وقال الأمين العام لكتائب حزب الله أبو علي الحسيني إن القرار نهائي. وأوصى الأمين العام للكتائب المقاتلين بالحذر.', [("أبو علي الحسيني", P, "قال"), ("أبو علي الحسيني", P, "أوصى")]),
    ("continuation/subject-of-the-agency-report", "press", "وأفادت وكالة رويترز بأن البنتاغون امتنع عن التعليق، وقال إن الأفعال أهم من الأقوال.", [("وكالة رويترز", O, "أفادت"), ("البنتاغون", O, "قال")]),
    ("verb-first/fronted-time-phrase", "press", "وأعلن، مساء الثلاثاء، مسؤولون في وزارة الدفاع الأميركية أن الرد سيكون واسعا.", [("مسؤولون في وزارة الدفاع الأميركية", A, "أعلن")]),
    ("verb-first/surname-after-verb", "press", "وقال المتحدث باسم البنتاغون الجنرال بات رايدر إن الهجمات مستمرة. وأضاف رايدر أن الإصابات طفيفة.", [("بات رايدر", P, "قال"), ("بات رايدر", P, "أضاف")]),
    ("verb-first/brigadier-general-title", "press", "وذكر المتحدث باسم البنتاغون، البريغادير جنرال باتريك رايدر، أن القوات تعرضت لثلاث هجمات.", [("باتريك رايدر", P, "ذكر")]),
    ("verb-first/retired-rank", "press", "تحدث الخبير العسكري العميد المتقاعد سالم الجبوري عن أسباب التصعيد. وأوضح الجبوري أن الفصائل تتجنب المواجهة.", [("سالم الجبوري", P, "تحدث"), ("سالم الجبوري", P, "أوضح")]),
    ("verb-first/acronym-kept-with-the-name", "press", "وقالت القيادة المركزية الأميركية (سنتكوم) في بيان إن الضربات دقيقة. وأضافت القيادة أن العملية انتهت.", [("القيادة المركزية الأميركية", O, "قالت"), ("سنتكوم", O, "أضافت")]),
    ("verb-first/remit-before-the-name", "press", "قال مساعد وزير الدفاع الأميركي للشؤون العامة جون سميث إن الضربات دفاعية.", [("جون سميث", P, "قال")]),
    ("verb-first/second-role-in-apposition", "press", "ورجح المستشار السابق في الجيش الأميركي، الباحث مارك تيلر، أن الهجمات ستستمر.", [("مارك تيلر", P, "رجح")]),
    ("verb-first/two-anonymous-sources", "press", "وقال مسؤول عراقي ودبلوماسي غربي إن بغداد تلقت رسائل تحذير.", [("مسؤول عراقي", A, "قال"), ("دبلوماسي غربي", A, "قال")]),
    ("verb-first/person-and-partitive-group", "press", "واتهم المتحدث باسم الحركة واثنان من قادة الفصائل الولايات المتحدة بتنفيذ الضربة، وهددوا بالرد.", [("المتحدث باسم الحركة", P, "اتهم"), ("اثنان من قادة الفصائل", A, "اتهم"), ("المتحدث باسم الحركة", P, "هددوا"), ("اثنان من قادة الفصائل", A, "هددوا")]),
    ("verb-first/companion-is-no-speaker", "press", "وقال قائد الشرطة ومعه اثنان من الضباط إن الصواريخ أطلقت من بستان قريب.", [("قائد الشرطة", P, "قال")]),
    ("verb-first/held-the-government-responsible", "press", 'أعلنت "قسد" أنها تعرضت لهجوم، وحمّلت الحكومة كامل المسؤولية عنه.', [("قسد", O, "أعلنت"), ("قسد", O, "حملت")]),
    ("verb-first/subject-then-two-objects", "dev", "وحمّلت الوزارة الفصائل مسؤولية التصعيد.", [("الوزارة", O, "حملت")]),
    ("verb/lammaha", "press", "ولمّح وزير الخارجية العراقي إلى أن بغداد قد تطلب انسحاب القوات.", [("وزير الخارجية العراقي", P, "لمح")]),
    ("verb/allaqa-ala-bil-qawl", "press", "وعلّق المحلل السياسي حسن الكعبي على القرار بالقول إنه خطوة تكتيكية.", [("حسن الكعبي", P, "علق")]),
    ("verb/awrada", "press", 'وأوردت صحيفة "واشنطن بوست" أن الإحباط يتزايد في البنتاغون.', [("صحيفة واشنطن بوست", O, "أوردت")]),
    ("verb/raddat-with-subject", "press", "وردت الحركة بأنها ماضية في مشروعها.", [("الحركة", O, "ردت")]),
    ("participle/muallilatan", "press", "ورفضت الحكومة الاتهامات، معللة ذلك بأن التحقيقات لم تنته.", [("الحكومة", O, "معللة")]),
    ("participle/mujaddidan-before-a-noun", "press", "وأكد المتحدث باسم الحكومة أن الضربة مرفوضة، مجددا رفض بغداد أي اعتداء.", [("المتحدث باسم الحكومة", P, "أكد"), ("المتحدث باسم الحكومة", P, "مجددا")]),
    ("anonymous/taqarir", "press", "وأشارت تقارير إلى أن الضربات طالت مستودعات أسلحة.", [("تقارير", A, "أشارت")]),
    ("anonymous/one-of-the-networks", "press", "ونشرت إحدى الشبكات المحلية مقطعا، قالت إنه يوثق الهجوم. وأشارت الشبكة إلى وصول تعزيزات.", [("إحدى الشبكات المحلية", A, "قالت"), ("إحدى الشبكات المحلية", A, "أشارت")]),
    ("anonymous/these-sources", "press", "وكانت مصادر إعلامية قد أفادت باستهداف الحقل. وأضافت هذه المصادر أن الدخان تصاعد من داخله.", [("مصادر إعلامية", A, "أفادت"), ("مصادر إعلامية", A, "أضافت")]),
    ("anonymous/dual-continuation", "press", "وأفاد مسؤولان عسكريان عراقيان بأن صاروخين أطلقا على القاعدة، وأوضحا أن أحدهما أصاب عربة.", [("مسؤولان عسكريان عراقيان", A, "أفاد"), ("مسؤولان عسكريان عراقيان", A, "أوضحا")]),
    ("anonymous/mps-for-a-bloc", "press", "ويرى نواب عن المكون الكردي أن الانسحاب المتسرع خطر.", [("نواب عن المكون الكردي", A, "يرى")]),
    ("anonymous/named-in-an-aside", "press", "وبيّن أحد سكان البلدة، ويدعى صالح الحمد، أن العائلات نزحت.", [("صالح الحمد", P, "بين")]),
    ("relative/issuer-of-a-statement-noun", "press", 'وامتنع البنتاغون عن التعليق على بيان "كتائب حزب الله" الذي أعلنت فيه وقف عملياتها.', [("كتائب حزب الله", O, "أعلنت")]),
    ("relative/pronoun-back-to-the-noun", "press", "وقتل قيادي في فصيل مسلح تتهمه واشنطن بمهاجمة قواتها.", [("واشنطن", O, "تتهم")]),
    ("trap/resolution-that-demands", "press", "وصوت البرلمان على قرار يطالب الحكومة بوضع جدول زمني.", []),
    ("trap/aqarra-a-law", "press", "وأقر مجلس النواب قانونا جديدا للموازنة.", []),
    ("trap/declares-its-affiliation", "press", 'وقال فصيل "سرايا أولياء الدم"، الذي يعلن انتماءه إلى المقاومة، إنه نفذ الهجوم.', [("فصيل سرايا أولياء الدم", O, "قال")]),
    ("trap/mujaddidan-adverb", "dev", "وأكد المتحدث مجددا أن الحكومة ملتزمة.", [("المتحدث", P, "أكد")]),
    ("trap/information-is-no-speaker", "bug", "وقال مسؤول أميركي إن الهجوم وقع ليلا، مضيفا أن المعلومات الأولية تفيد بوقوع أضرار.", [("مسؤول أميركي", A, "قال"), ("مسؤول أميركي", A, "مضيفا")]),
    ("trap/warada-fi-al-bayan-alone", "dev", "وورد في البيان أن الهجوم فشل.", []),
    ("coref/role-alone-in-the-same-sentence", "press", "متحدث باسم وزارة الخارجية الأميركية، قال إن واشنطن تشعر بخيبة أمل، وأوضح المتحدث أن الضغط سيستمر.", [("متحدث باسم وزارة الخارجية الأميركية", P, "قال"), ("متحدث باسم وزارة الخارجية الأميركية", P, "أوضح")]),
    ("coref/family-of-a-name-before-its-role", "press", "وقال علي الحسني، المتحدث باسم قيادة العمليات المشتركة، إن الهجوم فشل. وأضاف الحسني أن التحقيق مستمر.", [("علي الحسني", P, "قال"), ("علي الحسني", P, "أضاف")]),
    ("anonymous/definite-dual-continues", "press", "قال مسؤولان أميركيان إن الجيش أحبط هجوما. وأشار المسؤولان، إلى أن القوات اعترضت الطائرات.", [("مسؤولان أميركيان", A, "قال"), ("مسؤولان أميركيان", A, "أشار")]),
    ("verb-first/after-temporal-an", "press", "وما زال القرار يثير الجدل بعد أن قالت الحكومة إن إدراج الجماعتين جاء سهوا.", [("الحكومة", O, "قالت")]),
    ("verb/lawwaha-bi", "press", "وحذرت الولايات المتحدة إيران من أي هجوم جديد، ولوحت بضربات استباقية.", [("الولايات المتحدة", O, "حذرت"), ("الولايات المتحدة", O, "لوحت")]),
    ("trap/lawh-without-bi", "dev", "وقال الضابط إن لوحة الإطلاق عثر عليها قرب الطريق.", [("الضابط", P, "قال")]),
    ("verb-first/first-name-and-article-family", "press", "ودعا زعيم التيار الصدري مقتدى الصدر أنصاره إلى الاستعداد.", [("مقتدى الصدر", P, "دعا")]),
]

# Cases whose speaker text must be exact (the scoring matcher would accept a longer one).
EXACT_SPEAKER_CASES = [
    # (label, origin, text, expected speakers in order)
    ("bug/possessive-noun-is-no-name", "bug", "أعلنت المقاومة الإسلامية مسؤوليتها عن الهجوم، وتوعدت بمواصلة عملياتها.", ["المقاومة الإسلامية", "المقاومة الإسلامية"]),
    ("bug/attack-noun-is-no-family-name", "bug", "وأدان الناطق باسم الحكومة مهند سالم الهجوم، مشيرا إلى أنه مرفوض.", ["مهند سالم", "مهند سالم"]),
    ("bug/plural-after-a-broken-plural-is-no-adjective", "bug", "وأوصى الأمين العام للكتائب المقاتلين بالحذر.", ["الأمين العام للكتائب"]),
    ("bug/country-is-no-adjective", "bug", "واتهم اثنان من قادة الفصائل العراقية الولايات المتحدة بالوقوف وراء الضربة.", ["اثنان من قادة الفصائل العراقية"]),
    ("bug/acronym-kept-in-its-brackets", "bug", "وقالت وكالة الأنباء السورية (سانا) إن الهجوم فشل.", ["وكالة الأنباء السورية (سانا)"]),
    ("bug/naming-verb-is-no-claim", "bug", "وبيّن أحد سكان البلدة، ويدعى صالح الحمد، أن العائلات نزحت.", ["صالح الحمد"]),
]


@pytest.mark.parametrize(
    "label,origin,text,expected", CONSTRUCTION_CASES, ids=[c[0] for c in CONSTRUCTION_CASES]
)
def test_construction(label, origin, text, expected):
    rows = extract_statements(_doc(text))
    score = _score(expected, rows)
    assert (score.fn, score.fp) == (0, 0), (score.misses, score.extras)


@pytest.mark.parametrize(
    "label,origin,text,speakers", EXACT_SPEAKER_CASES, ids=[c[0] for c in EXACT_SPEAKER_CASES]
)
def test_exact_speaker(label, origin, text, speakers):
    rows = extract_statements(_doc(text))
    assert [fold(r["speaker"]) for r in rows] == [fold(s) for s in speakers]
