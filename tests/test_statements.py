"""Tests of the statement extractor (rasd.statements): who said what, to whom, when.

Three case tables, one case per entry ``(label, origin, text, published, expected)``:

- ``STATEMENT_CASES`` (tests/cases/statement_cases.py): 130 cases written from ~60 real
  articles by a colleague (``press``), plus ``dev`` and ``trap`` cases;
- ``DEV_CASES`` below: constructions written during development, not in that table (``dev``),
  and texts that must give no row (``trap``);
- ``BUG_CASES`` below: bugs caught by running the extractor on real press text, each
  rewritten as a sentence of our own (``bug``).

A case passes when its rows match the expected ones under the scoring rules of
rasd.evaluate (same verb after folding; speaker contained, same family name, or same
anonymous head noun), with no extra row; the kind, quotation and date of matched rows
must also agree when the case states them. Texts are laid out by rasd.structure, so a
short line between paragraphs is a subhead and a ``Name: text`` subhead a pull quote.
"""

import pytest
from cases.statement_cases import HEADLINE_SPEAKER_CASES, STATEMENT_CASES

from rasd.doc import build_doc
from rasd.evaluate import fold, score_tables
from rasd.lexicon import load_yaml
from rasd.quotes import find_quotes, strip_marks
from rasd.statements import extract_statements
from rasd.structure import analyse_text
from rasd.tables import COLUMNS, make_frame
from rasd.text import normalize_str
from rasd.triggers import form_gender

P, O, A = "person", "organization", "anonymous"  # noqa: E741


def r(speaker, stype, verb, kind, quote=None, date=None):
    """An expected row (role and affiliation are not compared for these tables)."""
    row = {"speaker": speaker, "speaker_type": stype, "verb": verb, "kind": kind}
    if quote is not None:
        row["quote"] = quote
    if date is not None:
        row["date"] = date
    return row


DEV_CASES = [
    # (label, origin, text, published, expected rows)
    (
        "channel/statement-issued-evening",
        "dev",
        "وأكدت قيادة العمليات المشتركة، في بيان صدر عنها مساء السبت، أن قواتها أحبطت محاولة لإطلاق صواريخ من منطقة الرضوانية.",
        "2024-02-05",
        [r("قيادة العمليات المشتركة", O, "أكدت", "indirect", date="2024-02-03")],
    ),
    (
        "attribution/naqalat-agency-police-source",
        "dev",
        "ونقلت وكالة فرانس برس عن مصدر في الشرطة قوله إن الصواريخ سقطت في أرض خالية.",
        "2024-02-05",
        [r("مصدر في الشرطة", A, "نقلت", "indirect")],
    ),
    (
        "verb-first/min-jihatiha-nafat-wasafat",
        "dev",
        'من جهتها، نفت وزارة الخارجية الإيرانية أي علاقة لطهران بالهجوم، ووصفت الاتهامات الأميركية بأنها "لا أساس لها".',
        "2024-02-05",
        [
            r("وزارة الخارجية الإيرانية", O, "نفت", "indirect"),
            r("وزارة الخارجية الإيرانية", O, "وصفت", "direct", "لا أساس لها"),
        ],
    ),
    (
        "verb-first/mp-an-coalition-outlet",
        "dev",
        'وقال النائب عن ائتلاف "دولة القانون" عارف الحمامي لـ"بغداد اليوم" إن البرلمان سيناقش ملف الانسحاب.',
        "2024-02-05",
        [r("عارف الحمامي", P, "قال", "indirect")],
    ),
    (
        "coref/ministry-then-al-wizara",
        "dev",
        "وقالت وزارة الكهرباء العراقية إن القصف ألحق أضرارا بمحطة تحويل. وأضافت الوزارة أن فرقها الفنية تعمل على تقييم الأضرار.",
        "2024-02-05",
        [
            r("وزارة الكهرباء العراقية", O, "قالت", "indirect"),
            r("وزارة الكهرباء العراقية", O, "أضافت", "indirect"),
        ],
    ),
    (
        "verb-first/leader-name-haddhara-min-quote",
        "dev",
        'وحذر زعيم التيار الصدري مقتدى الصدر من "انزلاق العراق إلى حرب بالوكالة".',
        "2024-02-05",
        [r("مقتدى الصدر", P, "حذر", "direct", "انزلاق العراق إلى حرب بالوكالة")],
    ),
    (
        "attribution/bihasab-field-sources-fainna",
        "dev",
        "وبحسب مصادر ميدانية، فإن رتلا أميركيا دخل من معبر الوليد.",
        "2024-02-05",
        [r("مصادر ميدانية", A, "بحسب", "attribution")],
    ),
    (
        "anonymous/observers-ashara",
        "dev",
        "وأشار مراقبون إلى أن وتيرة الهجمات تراجعت بعد الضربات الأخيرة.",
        "2024-02-05",
        [r("مراقبون", A, "أشار", "indirect")],
    ),
    (
        "verb-first/fronted-channel-police-chief-rank",
        "dev",
        "وفي تصريح صحفي، أوضح قائد شرطة الأنبار اللواء هادي رزيج أن الأجهزة الأمنية ضبطت المنصة.",
        "2024-02-05",
        [r("هادي رزيج", P, "أوضح", "indirect")],
    ),
    (
        "subject-first/illa-anna-government",
        "dev",
        "إلا أن الحكومة العراقية أكدت في بيان لاحق أنها لم تتلق أي إخطار مسبق.",
        "2024-02-05",
        [r("الحكومة العراقية", O, "أكدت", "indirect")],
    ),
    (
        "verb-first/official-agency-bi-anna",
        "dev",
        "وأفادت وكالة الأنباء الرسمية بأن الانفجار وقع قرب مخزن للعتاد.",
        "2024-02-05",
        [r("وكالة الأنباء الرسمية", O, "أفادت", "indirect")],
    ),
    (
        "trap/no-comment-yet",
        "trap",
        "ولم يصدر أي تعليق رسمي من البنتاغون حتى الآن.",
        "2024-02-05",
        [],
    ),
    (
        "verb-first/present-taqulu-capital",
        "dev",
        "وتقول واشنطن إن وجودها العسكري يهدف إلى منع عودة تنظيم داعش.",
        "2024-02-05",
        [r("واشنطن", O, "تقول", "indirect")],
    ),
    (
        "verb-first/yara-researcher-in-centre",
        "dev",
        "ويرى الباحث في مركز الدراسات الاستراتيجية علي الجبوري أن الفصائل تحاول فرض معادلة جديدة.",
        "2024-02-05",
        [r("علي الجبوري", P, "يرى", "indirect")],
    ),
    (
        "verb-first/pluperfect-nsa-earlier",
        "dev",
        "وكان مستشار الأمن القومي العراقي قاسم الأعرجي قد أعلن في وقت سابق أن بغداد ستطلب جدولة الانسحاب.",
        "2024-02-05",
        [r("قاسم الأعرجي", P, "أعلن", "indirect")],
    ),
    (
        "coref/tabaa-after-pm-colon",
        "dev",
        'وقال رئيس الوزراء العراقي إن الحكومة تتابع التحقيق. وتابع رئيس الوزراء: "لن نسمح بأن يكون العراق منطلقا للاعتداء على دول الجوار".',
        "2024-02-05",
        [
            r("رئيس الوزراء العراقي", P, "قال", "indirect"),
            r(
                "رئيس الوزراء",
                P,
                "تابع",
                "direct",
                "لن نسمح بأن يكون العراق منطلقا للاعتداء على دول الجوار",
            ),
        ],
    ),
    (
        "participle/shaddadat-mutaliba",
        "dev",
        "وشددت الخارجية الأميركية على ضرورة حماية الدبلوماسيين، مطالبة بغداد بتقديم الجناة إلى العدالة.",
        "2024-02-05",
        [
            r("الخارجية الأميركية", O, "شددت", "indirect"),
            r("الخارجية الأميركية", O, "مطالبة", "indirect"),
        ],
    ),
    (
        "participle/pmf-announces-muttahiman",
        "dev",
        'وأعلن الحشد الشعبي مقتل اثنين من عناصره في القصف، متهما القوات الأميركية بـ"انتهاك السيادة".',
        "2024-02-05",
        [
            r("الحشد الشعبي", O, "أعلن", "indirect"),
            r("الحشد الشعبي", O, "متهما", "direct", "انتهاك السيادة"),
        ],
    ),
    (
        "anonymous/witnesses-short",
        "dev",
        "وقال شهود إن الطائرات حلقت على علو منخفض قبل القصف.",
        "2024-02-05",
        [r("شهود", A, "قال", "indirect")],
    ),
    (
        "verb-first/danat-variant-and-tawaadat",
        "dev",
        "ودانت فصائل عراقية الضربات، وتوعدت بالرد.",
        "2024-02-05",
        [r("فصائل عراقية", O, "دانت", "indirect"), r("فصائل عراقية", O, "توعدت", "indirect")],
    ),
    (
        "verb-first/military-spokesman-unnamed",
        "dev",
        'وقال المتحدث العسكري باسم القوات المسلحة العراقية إن الضربات الأميركية تمثل "اعتداء سافرا".',
        "2024-02-05",
        [r("المتحدث العسكري باسم القوات المسلحة العراقية", P, "قال", "direct", "اعتداء سافرا")],
    ),
    (
        "verb-first/fil-muqabil-raat-tehran",
        "dev",
        'في المقابل، رأت طهران أن الاتهامات الأميركية "مفبركة".',
        "2024-02-05",
        [r("طهران", O, "رأت", "direct", "مفبركة")],
    ),
    (
        "verb-first/wa-biduri-minister-name",
        "dev",
        'وبدوره، قال وزير الخارجية فؤاد حسين إن بغداد "لن تكون طرفا في أي صراع".',
        "2024-02-05",
        [r("فؤاد حسين", P, "قال", "direct", "لن تكون طرفا في أي صراع")],
    ),
    (
        "coref/newspaper-then-al-sahifa-paragraph",
        "dev",
        'ذكرت صحيفة "نيويورك تايمز" أن الإدارة الأميركية تدرس خيارات الرد.\n\nوأضافت الصحيفة أن القرار النهائي بيد الرئيس.',
        "2024-02-05",
        [r("نيويورك تايمز", O, "ذكرت", "indirect"), r("نيويورك تايمز", O, "أضافت", "indirect")],
    ),
    (
        "coref/family-name-after-meeting",
        "dev",
        "وكان مستشار الأمن القومي قاسم الأعرجي قد التقى السفيرة الأميركية. وأكد الأعرجي خلال اللقاء أهمية التنسيق الأمني.",
        "2024-02-05",
        [r("قاسم الأعرجي", P, "أكد", "indirect")],
    ),
    (
        "verb-first/ambassador-name-lafatat",
        "dev",
        "ولفتت السفيرة الأميركية ألينا رومانوسكي إلى أن واشنطن ملتزمة بأمن العراق.",
        "2024-02-05",
        [r("ألينا رومانوسكي", P, "لفتت", "indirect")],
    ),
    (
        "verb-first/baynama-two-speakers",
        "dev",
        "وبينما نفى الحرس الثوري أي دور له، أكد مسؤولون أميركيون أن الأسلحة إيرانية الصنع.",
        "2024-02-05",
        [r("الحرس الثوري", O, "نفى", "indirect"), r("مسؤولون أميركيون", A, "أكد", "indirect")],
    ),
    (
        "trap/curfew-declared",
        "trap",
        "وأعلنت السلطات الأمنية في محافظة صلاح الدين حظر التجوال في قضاء بلد.",
        "2024-02-05",
        [],
    ),
    (
        "anonymous/analysts-yatawaqqa",
        "dev",
        "ويتوقع محللون أن تستمر الهجمات.",
        "2024-02-05",
        [r("محللون", A, "يتوقع", "indirect")],
    ),
    (
        "coref/sources-then-subjectless-asharat",
        "dev",
        "وقالت مصادر إن الضربة جاءت بعد رصد تحركات مريبة. وأشارت إلى أن الطائرة انطلقت من قاعدة في الخليج.",
        "2024-02-05",
        [r("مصادر", A, "قالت", "indirect"), r("مصادر", A, "أشارت", "indirect")],
    ),
    (
        "trap/bihasab-ma-images",
        "trap",
        "ووصلت تعزيزات عسكرية إلى القاعدة بحسب ما أظهرته صور متداولة.",
        "2024-02-05",
        [],
    ),
    (
        "trap/attack-revealed-gaps",
        "trap",
        "وكشف الهجوم عن ثغرات في منظومة الدفاع الجوي.",
        "2024-02-05",
        [],
    ),
    (
        "trap/estimates-indicate",
        "trap",
        "وتشير التقديرات إلى أن عدد الجنود الأميركيين يبلغ 2500.",
        "2024-02-05",
        [],
    ),
    (
        "verb-first/ablaghat-capital-capital",
        "dev",
        "وأبلغت واشنطن بغداد بأنها سترد على أي هجوم جديد.",
        "2024-02-05",
        [r("واشنطن", O, "أبلغت", "indirect")],
    ),
    (
        "headline/family-name-subhead-later-named",
        "dev",
        "الأعرجي: لا قواعد أجنبية بعد العام المقبل\n\nوقال مستشار الأمن القومي قاسم الأعرجي إن الحكومة ماضية في إنهاء مهمة التحالف.",
        "2024-02-05",
        [
            r("قاسم الأعرجي", P, None, "headline", "لا قواعد أجنبية بعد العام المقبل"),
            r("قاسم الأعرجي", P, "قال", "indirect"),
        ],
    ),
    (
        "trap/student-and-request-nouns",
        "trap",
        "وأصيب طالب جامعي بجروح، فيما قدمت عائلته طلبا للتعويض.",
        "2024-02-05",
        [],
    ),
    (
        "verb-first/shaykh-title-name",
        "dev",
        "وقال الشيخ حسن الكعبي، القيادي في حركة النجباء، إن المقاومة لن توقف عملياتها.",
        "2024-02-05",
        [r("حسن الكعبي", P, "قال", "indirect")],
    ),
    (
        "attribution/wifqan-li-statement-of-ministry-suffix",
        "dev",
        "وقتل ثلاثة مدنيين في القصف، وفقا لبيان أصدرته وزارة الصحة السورية.",
        "2024-02-05",
        [r("وزارة الصحة السورية", O, "وفقا", "attribution")],
    ),
    (
        "coref/lakinnaha-fem-org",
        "dev",
        'ولم تعلق السفارة الأميركية على الحادث، لكنها قالت في وقت لاحق إن "جميع موظفيها بخير".',
        "2024-02-05",
        [r("السفارة الأميركية", O, "قالت", "direct", "جميع موظفيها بخير")],
    ),
    (
        "verb-first/kama-ashar-spokesman-name-li-outlet",
        "dev",
        "كما أشار الناطق باسم كتائب حزب الله أبو علي العسكري في تغريدة على منصة إكس إلى أن الهدنة انتهت.",
        "2024-02-05",
        [r("أبو علي العسكري", P, "أشار", "indirect")],
    ),
    (
        "channel/hayat-pmf-fi-bayan-muqtadab",
        "dev",
        "وأعلنت هيئة الحشد الشعبي في بيان مقتضب أن أحد مقراتها في القائم تعرض لقصف جوي.",
        "2024-02-03",
        [r("هيئة الحشد الشعبي", O, "أعلنت", "indirect")],
    ),
    (
        "attribution/naqala-tv-an-spokesman-qawlahu",
        "dev",
        "ونقل التلفزيون الرسمي عن المتحدث باسم الحكومة قوله إن بغداد ستستدعي القائم بالأعمال الأميركي.",
        "2024-02-03",
        [r("المتحدث باسم الحكومة", P, "نقل", "indirect")],
    ),
    (
        "anonymous/talibatan-hedge-fem",
        "dev",
        'وقالت مصادر في الخارجية العراقية لـ"الشرق الأوسط"، طالبة عدم ذكر اسمها، إن مذكرة احتجاج ستسلم اليوم.',
        "2024-02-03",
        [r("مصادر في الخارجية العراقية", A, "قالت", "indirect")],
    ),
    (
        "subject-first/amma-faqad-akkada",
        "dev",
        "أما رئيس الوزراء محمد شياع السوداني فقد أكد أن الحكومة لن تسمح بتحويل العراق إلى ساحة صراع.",
        "2024-02-03",
        [r("محمد شياع السوداني", P, "أكد", "indirect")],
    ),
    (
        "verb-first/dhahaba-ila-anna",
        "dev",
        "وذهب المحلل السياسي إحسان الشمري إلى أن الضربات الأميركية رسالة لطهران أكثر منها لبغداد.",
        "2024-02-03",
        [r("إحسان الشمري", P, "ذهب", "indirect")],
    ),
    (
        "anonymous/observers-yaataqid",
        "dev",
        "ويعتقد مراقبون أن الفصائل ستلجأ إلى التهدئة خلال الأسابيع المقبلة.",
        "2024-02-03",
        [r("مراقبون", A, "يعتقد", "indirect")],
    ),
    (
        "trap/al-bayan-without-issuer",
        "trap",
        "وأكد البيان أن القوات الأمنية ستلاحق المتورطين، مشيرا إلى اعتقال اثنين منهم.",
        "2024-02-03",
        [],
    ),
    (
        "verb-first/role-comma-rank-name-comma",
        "dev",
        "وقال قائد القوات البرية الأميركية في المنطقة، الجنرال مايكل كوريلا، إن القوات في حالة تأهب.",
        "2024-02-03",
        [r("مايكل كوريلا", P, "قال", "indirect")],
    ),
    (
        "anonymous/media-reports-tahaddathat-an",
        "dev",
        "وتحدثت تقارير إعلامية عن سقوط قتلى في صفوف الفصائل.",
        "2024-02-03",
        [r("تقارير إعلامية", A, "تحدثت", "indirect")],
    ),
    (
        "verb-first/committee-taalabat-object",
        "dev",
        "وطالبت لجنة الأمن والدفاع النيابية الحكومة بتوضيح موقفها من الضربات.",
        "2024-02-03",
        [r("لجنة الأمن والدفاع النيابية", O, "طالبت", "indirect")],
    ),
    (
        "trap/refused-then-lakinnahu-without-antecedent",
        "trap",
        "وفي حديثه للصحفيين، رفض المسؤول الإفصاح عن عدد الصواريخ، لكنه أكد أن الأضرار محدودة.",
        "2024-02-03",
        [],
    ),
    (
        "coref/implicit-relative-after-object",
        "dev",
        "ونشرت الفصائل مقطعا مصورا قالت إنه يوثق لحظة استهداف القاعدة.",
        "2024-02-03",
        [r("الفصائل", O, "قالت", "indirect")],
    ),
    (
        "coref/unnamed-spokeswoman-adafat",
        "dev",
        "وقالت المتحدثة باسم الخارجية الأميركية إن واشنطن تتابع التطورات. وأضافت أن السفارة تعمل بشكل طبيعي.",
        "2024-02-03",
        [
            r("المتحدثة باسم الخارجية الأميركية", P, "قالت", "indirect"),
            r("المتحدثة باسم الخارجية الأميركية", P, "أضافت", "indirect"),
        ],
    ),
    (
        "verb-first/known-person-family-name-only",
        "dev",
        'ودعا الصدر أنصاره إلى التزام الهدوء، محذرا من "الانجرار وراء الفتنة".',
        "2024-02-03",
        [
            r("الصدر", P, "دعا", "indirect"),
            r("الصدر", P, "محذرا", "direct", "الانجرار وراء الفتنة"),
        ],
    ),
    (
        "attribution/bihasab-observatory-fainna",
        "dev",
        "وبحسب المرصد السوري لحقوق الإنسان، فإن الغارات أسفرت عن مقتل ستة عناصر.",
        "2024-02-03",
        [r("المرصد السوري لحقوق الإنسان", O, "بحسب", "attribution")],
    ),
]


BUG_CASES = [
    # (label, origin, text, published, expected rows)
    (
        "bug/dateline-slash-glued-hyphen",
        "bug",
        "بغداد/ شبكة الأخبار-أكد مصدر سياسي، الثلاثاء، أن الحوار مع واشنطن متوقف.",
        "2024-02-07",
        [r("مصدر سياسي", A, "أكد", "indirect", date="2024-02-06")],
    ),
    (
        "bug/quote-mark-glued-to-anna",
        "bug",
        'وأوضح الخبير الأمني سامر الدليمي ان" الفصائل تعيد ترتيب صفوفها"، مبينا ان" الضربات لم تحقق أهدافها".',
        "2024-02-07",
        [
            r("سامر الدليمي", P, "أوضح", "direct", "الفصائل تعيد ترتيب صفوفها"),
            r("سامر الدليمي", P, "مبينا", "direct", "الضربات لم تحقق أهدافها"),
        ],
    ),
    (
        "bug/relative-after-non-speaker-noun",
        "bug",
        "قالت وزارة الدفاع الأميركية إنها على علم بالتقارير التي أشارت إلى هجوم جديد.",
        "2024-02-07",
        [r("وزارة الدفاع الأميركية", O, "قالت", "indirect")],
    ),
    (
        "bug/outlet-right-after-speaker-without-lam",
        "bug",
        "أفادت مصادر أمنية السومرية نيوز بسقوط صاروخين قرب المطار.",
        "2024-02-07",
        [r("مصادر أمنية", A, "أفادت", "indirect")],
    ),
    (
        "bug/coordinated-adjectives-idda",
        "bug",
        "وكشف عدة مسؤولين عراقيين وأميركيين أن المحادثات توقفت.",
        "2024-02-07",
        [r("عدة مسؤولين عراقيين وأميركيين", A, "كشف", "indirect")],
    ),
    (
        "bug/tanween-noun-is-not-a-name",
        "bug",
        "وقال مصدر عسكري إن طيراناً مجهولاً يرجح أنه إيراني قصف المواقع.",
        "2024-02-07",
        [r("مصدر عسكري", A, "قال", "indirect")],
    ),
    (
        "bug/apposition-name-then-quote",
        "bug",
        'من جهته، قال مدير المركز الإعلامي للهيئة، نادر الشمري "قواتنا تصدت للهجوم".',
        "2024-02-07",
        [r("نادر الشمري", P, "قال", "direct", "قواتنا تصدت للهجوم")],
    ),
    (
        "bug/tabaa-with-participle",
        "bug",
        "وقال مصدر محلي إن القصف طال مخزنا للذخيرة. وتابع مرجحا أن تكون الضربة جوية.",
        "2024-02-07",
        [r("مصدر محلي", A, "قال", "indirect"), r("مصدر محلي", A, "تابع", "indirect")],
    ),
    (
        "bug/relay-quoted-agency-name",
        "bug",
        'وكشف مسؤولون أن المفاوضات تعثرت، وفق ما نقلت "رويترز".',
        "2024-02-07",
        [r("مسؤولون", A, "كشف", "indirect"), r("رويترز", O, "وفق", "attribution")],
    ),
    (
        "bug/media-then-al-masadir",
        "bug",
        "أفادت وسائل إعلام محلية بانفجار قرب القاعدة. وذكرت المصادر أن الانفجار ناجم عن صاروخ.",
        "2024-02-07",
        [
            r("وسائل إعلام محلية", A, "أفادت", "indirect"),
            r("وسائل إعلام محلية", A, "ذكرت", "indirect"),
        ],
    ),
    (
        "bug/wifqan-li-outlet-is-own-row",
        "bug",
        "وقال مسؤول أميركي إن الهجمات تراجعت، وفقا لقناة الحرة.",
        "2024-02-07",
        [r("مسؤول أميركي", A, "قال", "indirect"), r("قناة الحرة", O, "وفقا", "attribution")],
    ),
    (
        "bug/hyphen-dateline-before-verb",
        "bug",
        "دمشق - أعلنت وزارة الدفاع السورية أن دفاعاتها تصدت لأهداف معادية.",
        "2024-02-07",
        [r("وزارة الدفاع السورية", O, "أعلنت", "indirect")],
    ),
    (
        "bug/fima-is-a-connective",
        "bug",
        "وكشف الخبير العسكري أحمد الحمداني تفاصيل الهجوم، فيما حذر من تصعيد قادم.",
        "2024-02-07",
        [r("أحمد الحمداني", P, "كشف", "indirect"), r("أحمد الحمداني", P, "حذر", "indirect")],
    ),
    (
        "bug/kana-subject-implicit-relative",
        "bug",
        "وكانت فصائل مسلحة قد تبنت هجمات قالت إنها طالت قواعد أميركية.",
        "2024-02-07",
        [r("فصائل مسلحة", O, "قالت", "indirect")],
    ),
    (
        "bug/na-ib-role-prefix",
        "bug",
        'وأكد نائب قائد العمليات المشتركة، الفريق قيس المحمداوي: "الوضع تحت السيطرة".',
        "2024-02-07",
        [r("قيس المحمداوي", P, "أكد", "direct", "الوضع تحت السيطرة")],
    ),
    (
        "bug/title-first-name-then-role",
        "bug",
        "وقال العميد يحيى الزبيدي المتحدث باسم قيادة العمليات للصحفيين إن التحقيق مستمر.",
        "2024-02-07",
        [r("يحيى الزبيدي", P, "قال", "indirect")],
    ),
]


def _doc(text, published, article_id="case"):
    """A Doc of a case text, its lines laid out by rasd.structure (no headline guessing)."""
    lines = [line for line in text.split("\n") if line.strip()]
    layout = analyse_text(text, hints={i: "text" for i in range(len(lines))})
    article = {
        "article_id": article_id,
        "text": text,
        "published": published,
        "paragraphs": layout.paragraphs,
    }
    return build_doc(article)


def _score(expected, rows, article_id="case"):
    gold = {article_id: {"statements": [{**e, "verb": e["verb"] or ""} for e in expected]}}
    return score_tables(gold, {"statements": make_frame("statements", rows)})["statements"]


def _same_row(gold, row):
    """The statements matcher of rasd.evaluate, for one pair."""
    from rasd.evaluate import _MATCHERS

    return _MATCHERS["statements"]({**gold, "verb": gold["verb"] or ""}, row)


def _detail_mismatches(expected, rows):
    """Kind, quotation and date of the rows matched to the expected ones, where they differ."""
    used, out = set(), []
    for gold in expected:
        hit = next(
            (k for k, row in enumerate(rows) if k not in used and _same_row(gold, row)), None
        )
        if hit is None:
            continue
        used.add(hit)
        row = rows[hit]
        for key in ("kind", "quote", "date"):
            if key in gold and fold(gold[key]) != fold(row[key]):
                out.append((gold["verb"], key, gold[key], row[key]))
        if "date" not in gold and row["date"]:
            out.append((gold["verb"], "date", None, row["date"]))
    return out


ALL_CASES = STATEMENT_CASES + DEV_CASES + BUG_CASES
# Known failures (label -> reason): kept here, not deleted.
XFAIL = {
    "trap/epithet-of-earlier-speaker-after-another-person": (
        "a definite epithet (القيادي في الفصائل) is read as the person quoted right before it; when "
        "the text switches back to an earlier speaker by epithet alone, the wrong person is named "
        "(no affiliation check yet; session 26)"
    ),
    "name/prep-verbal-noun-not-a-name": (
        "the subject of a verb in a relative clause after a comma is its antecedent (فصائل مسلحة): "
        "not read; the verbal noun بمواصلة is no longer taken as a person (session 22)"
    ),
    "attribution/ma-relayed-by-reports": (
        "a bare definite التقارير as a source (heldout15 hr06) also made rows of وتشير التقارير "
        "and استنادا إلى التقارير that the gold of heldout and heldout14 does not keep (session 20c)"
    ),
    "anonymous/addressee-quoted-outlet-after-adjective": (
        "the speaker is right (مصدر عسكري) but the quoted outlet told after it («المربد») is read as "
        "the quotation, so the row's kind is direct, not indirect (session 25)"
    ),
    "verb-first/known-person-family-name-only": (
        "a public figure named by his family name alone and never introduced (الصدر): "
        "needs a lexicon of persons"
    ),
    "press/generic-head-refers-to-last-faction-that-spoke": (
        "a bare الفصائل after another faction was named in passing: referring it to the last faction "
        "that spoke fixed this case and heldout5 part B but lost 4 rows and added 4 on the blind parts "
        "of heldout2-4, so the rule was withdrawn (session 5)"
    ),
}


def _params(cases):
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(reason=XFAIL[case[0]])] if case[0] in XFAIL else []
        out.append(pytest.param(*case, id=case[0], marks=marks))
    return out


@pytest.mark.parametrize("label,origin,text,published,expected", _params(ALL_CASES))
def test_case(label, origin, text, published, expected):
    rows = extract_statements(_doc(text, published))
    score = _score(expected, rows)
    assert (score.fn, score.fp) == (0, 0), (score.misses, score.extras)
    assert _detail_mismatches(expected, rows) == []


@pytest.mark.parametrize("label,origin,text,published,expected", HEADLINE_SPEAKER_CASES)
def test_case_with_headline(label, origin, text, published, expected):
    """A case laid out with headline guessing, as a whole page is."""
    article = {"article_id": "case", "text": text, "published": published,
               "paragraphs": analyse_text(text).paragraphs}
    rows = extract_statements(build_doc(article))
    score = _score(expected, rows)
    assert (score.fn, score.fp) == (0, 0), (score.misses, score.extras)
    assert _detail_mismatches(expected, rows) == []


@pytest.mark.parametrize(
    "name,cases,min_precision,min_f1",
    [
        ("statement_cases", STATEMENT_CASES, 0.9, 0.85),
        ("dev_and_bug_cases", DEV_CASES + BUG_CASES, 0.9, 0.85),
    ],
)
def test_case_table_scores(name, cases, min_precision, min_f1):
    tp = fp = fn = 0
    for i, (_, _, text, published, expected) in enumerate(cases):
        rows = extract_statements(_doc(text, published, f"case{i}"))
        score = _score(expected, rows, f"case{i}")
        tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert precision >= min_precision and f1 >= min_f1, (name, precision, recall, f1)


def test_seed_statements_f1(seed_tables, gold):
    score = score_tables(gold, seed_tables)["statements"]
    assert score.f1 >= 0.95, (score.precision, score.recall, score.misses, score.extras)


def test_rows_have_the_public_columns_and_the_verb_span(seed_tables):
    from rasd.corpus import read_corpus
    from rasd.paths import SEEDS_DIR

    articles, _ = read_corpus(SEEDS_DIR)
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    frame = seed_tables["statements"]
    assert list(frame.columns) == COLUMNS["statements"]
    assert set(frame["speaker_type"]) <= {"person", "organization", "anonymous"}
    assert set(frame["kind"]) <= {"direct", "indirect", "attribution", "headline"}
    for row in frame.itertuples():
        span = texts[row.article_id][row.start : row.end]
        if row.kind == "headline":
            assert span and span in row.sentence
        else:
            assert span == row.verb, row


def test_rows_carry_outlet_role_affiliation_and_date():
    text = (
        'وقال المتحدث باسم "حركة الأوفياء" حسين الزيدي، اليوم الأربعاء، لـ"شبكة الرافدين" '
        'إن "أي اعتداء جديد سيقابل برد".'
    )
    (row,) = extract_statements(_doc(text, "2024-01-10"))
    assert (row["speaker"], row["role"], row["affiliation"]) == (
        "حسين الزيدي",
        "المتحدث باسم",
        "حركة الأوفياء",
    )
    assert (row["verb"], row["verb_lemma"], row["kind"]) == ("قال", "قال", "direct")
    assert (row["quote"], row["date"], row["to_outlet"]) == (
        "أي اعتداء جديد سيقابل برد",
        "2024-01-10",
        "شبكة الرافدين",
    )


def test_organisation_rows_carry_the_lexicon_name():
    (row,) = extract_statements(
        _doc("وقالت القيادة المركزية الأميركية إن مقاتلاتها قصفت مخزنا.", "2024-02-03")
    )
    assert (row["speaker_type"], row["speaker_canonical"]) == (
        "organization",
        "US Central Command (CENTCOM)",
    )


QUOTE_CASES = [
    # (form, origin, text, quoted stretches, closed flags, stray closing marks)
    ("straight-pair", "dev", 'قال إن "الوضع هادئ" اليوم', ["الوضع هادئ"], [True], 0),
    ("guillemets", "press", "قال «الوضع هادئ»", ["الوضع هادئ"], [True], 0),
    (
        "curly-nested",
        "press",
        "إن “المتهمين “إسرائيل” اعترفوا”.",
        ["المتهمين “إسرائيل” اعترفوا", "إسرائيل"],
        [True, True],
        0,
    ),
    ("lam-tatweel-opening", "press", 'قال لـ"المدى" إن الأمر انتهى', ["المدى"], [True], 0),
    (
        "mark-glued-to-anna",
        "press",
        'أوضح ان" الفصائل تعيد ترتيب صفوفها"، مبينا',
        ["الفصائل تعيد ترتيب صفوفها"],
        [True],
        0,
    ),
    (
        "unclosed-runs-to-comma",
        "press",
        'صعدت هجماتها "ردا على الدعم، وفقا لبيانات',
        ["ردا على الدعم"],
        [False],
        0,
    ),
    ("stray-closing-mark", "press", 'ردا على الدعم في غزة"، وفقا لبيانات', [], [], 1),
    (
        "html-residue",
        "press",
        "في بيانها: quot;ليس هناك مؤشراتquot;.",
        ["ليس هناك مؤشرات"],
        [True],
        0,
    ),
    ("apostrophe-is-not-a-mark", "dev", "قال إن كتائب Kata'ib تستعد", [], [], 0),
]


@pytest.mark.parametrize(
    "form,origin,text,stretches,closed,strays", QUOTE_CASES, ids=[c[0] for c in QUOTE_CASES]
)
def test_find_quotes(form, origin, text, stretches, closed, strays):
    spans, stray = find_quotes(text)
    assert [text[q.start : q.end].strip() for q in spans] == stretches
    assert [q.closed for q in spans] == closed
    assert len(stray) == strays


def test_strip_marks():
    assert strip_marks('لـ"العربي الجديد"، ') == "لالعربي الجديد"
    assert strip_marks("«قسد» (الأكراد)") == "قسد الأكراد"


GENDER_CASES = [
    # (form, lemma, kind_hint, expected agreement)
    ("قال", "قال", "verb", "m"),
    ("قالت", "قال", "verb", "f"),
    ("قالتا", "قال", "verb", "d"),
    ("قالوا", "قال", "verb", "p"),
    ("تقول", "قال", "verb", "f"),
    ("يقول", "قال", "verb", "m"),
    ("لفت", "لفت", "verb", "m"),
    ("لفتت", "لفت", "verb", "f"),
    ("نفت", "نفي", "verb", "f"),
    ("دعا", "دعا", "verb", "m"),
    ("تحدث", "تحدث", "verb", "m"),
    ("تتحدث", "تحدث", "verb", "f"),
    ("تابعت", "تابع", "verb", "f"),
    ("مشيرا", "اشار", "participle", "m"),
    ("مشيره", "اشار", "participle", "f"),
    ("بحسب", "بحسب", "attribution", ""),
]


@pytest.mark.parametrize("form,lemma,hint,expected", GENDER_CASES, ids=[c[0] for c in GENDER_CASES])
def test_form_gender(form, lemma, hint, expected):
    assert form_gender(form, lemma, hint) == expected


def test_context_entries_are_normalised():
    data = load_yaml("statement_context.yaml")

    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from strings(value)
        elif isinstance(node, list):
            for item in node:
                yield from strings(item)

    arabic = [s for s in strings(data) if any("\u0600" <= c <= "\u06ff" for c in s)]
    assert arabic and [s for s in arabic if normalize_str(s) != s] == []


def test_place_noun_after_an_unnamed_source_stays_out_of_the_content():
    """``مصدر في قوات البشمركة في الإقليم إن``: the region noun belongs to the source (session 21)."""
    (row,) = extract_statements(_doc("وقال مصدر في قوات البشمركة في الإقليم إن صاروخا سقط قرب المطار.", "2024-02-05"))
    assert (row["speaker"], row["quote"]) == ("مصدر في قوات البشمركة", "صاروخا سقط قرب المطار")
