"""Case tables for the figures extractors (attack counts, deployments and base presence, events).

Plain data, one case per line: ``(label, origin, sentence, published, expected_rows)``.
Every sentence is our own single sentence of news Arabic, written after reading ~200 real
articles from >100 outlets (see ``docs/press-patterns-figures.md``); none is copied.

origin:
    ``press`` = the construction was seen in real articles (paraphrased, own sentence);
    ``dev``   = written during development to pin a rule;
    ``trap``  = the sentence must yield nothing for that table (``expected_rows == []``).

published is the ISO publication date of the (imaginary) article: relative dates and year-less
dates are resolved against it (a year-less day+month is the latest such date on or before it).

ATTACK_COUNT_CASES rows carry all of ``count, unit, qualifier, scope, since, source``:
    unit      attack | operation | drone | rocket | missile | mortar | strike
    qualifier exact | approx | at_least | more_than | less_than
    scope     Iraq | Syria | Iraq+Syria | Jordan | region | base:<canonical base> | "" (unknown)
    since     ISO day, ``YYYY-MM`` for "منذ منتصف/أواخر/شهر أكتوبر", or None (no start date in the
              sentence; windows such as "خلال الشهر الماضي" or anchors such as "منذ بدء الحرب")
    source    Pentagon (DoD, its spokespeople, unnamed US defence officials), CENTCOM, Coalition,
              US government (Washington as speaker), Islamic Resistance in Iraq, SOHR,
              Kurdistan CTD, Fox News, or the person's Arabic name; "" = the outlet itself or
              an anonymous source.
    Conservative vague counts: عشرات = 10, مئات = 100, آلاف = 1000 (qualifier at_least); a range
    "بين A و B" gives A with at_least. A split ("14 في العراق و9 في سوريا") gives one row per
    part, plus the total when the total is written. Rows are listed in text order.

DEPLOYMENT_CASES rows carry ``count, qualifier, force, country, place``:
    force     US | Turkish | coalition | British (the vocabulary of the issue and data/forces.yaml)
    country   Iraq | Syria | Jordan | region
    place     canonical Arabic base/town or None; base-presence rows have count and qualifier None.

EVENT_CASES rows carry only the fields we are sure of, among
    ``type, actor, place, weapon, date, killed, injured, claimed``:
    type      attack | us_strike | interception | claim | threat | visit | other
    actor     canonical Arabic name (US strikes: "الولايات المتحدة")
    weapon    drone | rocket | missile | mortar | air ; several joined by "+" in alphabetical order
    claim     the sentence's main predicate is the actor's own claim (أعلنت/تبنت/قالت إنها);
              claimed=True is also set on an attack the sentence says was claimed (تبنته).
    Night spans ("ليل الأحد-الاثنين") date to their first day.

Canonical base names: حرير, عين الأسد, فيكتوريا, التنف, الشدادي, حقل العمر, كونيكو, خراب الجير,
تل بيدر, قسرك, الركبان, البرج 22, بعشيقة.
"""

ATTACK_COUNT_CASES = [
    # --- cumulative tallies -------------------------------------------------------------
    ("tally-lam-hyphen-pentagon", "press", "وقالت وزارة الدفاع الأميركية إن قواتها في العراق وسوريا تعرضت لـ74 هجوماً منذ 17 أكتوبر الماضي.", "2023-11-28", [{"count": 74, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-lam-glued-digits", "press", "وأفاد مسؤول في البنتاغون بأن القوات الأميركية تعرضت ل58 هجوما منذ 17 تشرين الأول في العراق وسوريا.", "2023-11-16", [{"count": 58, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-noun-glued-to-munth", "press", "وأعلن البنتاغون أن القوات الأمريكية وقوات التحالف تعرضت لـ 63 هجومامنذ 17 تشرين الأول في سوريا والعراق.", "2023-11-18", [{"count": 63, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-marra-at-least-far", "press", "وتعرضت القوات الأمريكية وقوات التحالف الدولي في العراق وسوريا للهجوم 31 مرة على الأقل في الفترة الممتدة بين 17 أكتوبر و3 نوفمبر.", "2023-11-04", [{"count": 31, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    ("tally-irtafa-ila", "press", "وارتفع عدد الهجمات التي طاولت القواعد الأميركية في سوريا والعراق إلى 118 هجوما، بحسب البنتاغون.", "2023-12-28", [{"count": 118, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    ("tally-balagh-operations", "press", "وبلغ عدد العمليات التي تبنتها المقاومة الإسلامية في العراق منذ بداية الحرب على غزة 142 عملية.", "2024-01-10", [{"count": 142, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("tally-wasala-ila-no-noun", "press", "وأفاد المتحدث باسم البنتاغون بأن عدد الهجمات على القواعد الأميركية في العراق وسوريا وصل إلى 140 منذ 17 أكتوبر من العام الماضي.", "2024-01-26", [{"count": 140, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-sajjalat-pentagon", "press", "وسجلت وزارة الدفاع الأميركية 103 هجمات على مواقعها في العراق وسوريا اعتبارا من السابع عشر من أكتوبر الماضي.", "2023-12-22", [{"count": 103, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-sohr-wathaqa", "press", "ووثق المرصد السوري 71 هجوماً على القواعد الأميركية في سوريا منذ تاريخ 19 تشرين الأول 2023.", "2024-01-09", [{"count": 71, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": "SOHR"}]),
    ("tally-fox-window", "press", "وتعرضت القوات الأميركية في العراق وسوريا لـ52 هجوما خلال الشهر الماضي، بحسب شبكة فوكس نيوز.", "2023-11-16", [{"count": 52, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Fox News"}]),
    ("tally-arabic-indic-digits", "press", "وأعلنت وزارة الدفاع الأميركية أن قواتها في العراق وسوريا تعرضت لـ٨٤ هجوماً منذ ١٧ أكتوبر.", "2023-12-05", [{"count": 84, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-levantine-range", "press", "وتعرضت القوات الأميركية لـ97 هجوما في سوريا والعراق خلال الفترة من 17 تشرين الأول حتى 15 كانون الأول، وفقا لوزارة الدفاع الأميركية.", "2023-12-18", [{"count": 97, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-maghrebi-month", "press", "وأفاد البنتاغون بأن القوات الأمريكية تعرضت لـ61 هجوما في العراق وسوريا منذ 17 أكتوبر إلى غاية 17 نونبر.", "2023-11-18", [{"count": 61, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-paired-month-paren", "press", "وقالت نائبة المتحدث باسم البنتاغون إن القوات الأميركية تعرضت لـ69 هجوما منذ 17 أكتوبر(تشرين الأول الماضي)، في العراق وسوريا.", "2023-11-24", [{"count": 69, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-since-mid-month", "press", "وقد استهدفت الصواريخ والطائرات المسيرة القوات الأميركية في العراق وسوريا أكثر من 75 مرة منذ منتصف تشرين الأول.", "2023-11-28", [{"count": 75, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": "2023-10", "source": ""}]),
    ("tally-day-scoped-word-count", "press", "وتعرضت القوات الأمريكية في العراق وسوريا للهجوم ثلاث مرات يوم الجمعة وحده.", "2023-11-18", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("tally-washington-blames", "press", "وحمّلت واشنطن فصائل موالية لإيران مسؤولية أكثر من 60 هجوما على قواتها في العراق وسوريا.", "2023-11-18", [{"count": 60, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": None, "source": "US government"}]),
    ("tally-casualty-then-count", "press", "وقالت المتحدثة باسم البنتاغون إن 56 جنديا أمريكيا أصيبوا في 40 هجوما على الأقل استهدفت القوات في العراق وسوريا.", "2023-11-10", [{"count": 40, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    ("tally-other-theatre-in-sentence", "press", "وبلغت الهجمات على القوات الأميركية في العراق وسوريا 151 هجوما، فيما شن الحوثيون 31 هجوما على السفن في البحر الأحمر.", "2024-01-25", [{"count": 151, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    # --- qualifiers -----------------------------------------------------------------------
    ("qual-ma-la-yaqillu", "press", "وأحصى البنتاغون ما لا يقل عن 151 هجوما على قواته في العراق وسوريا منذ منتصف أكتوبر.", "2024-01-24", [{"count": 151, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": "2023-10", "source": "Pentagon"}]),
    ("qual-layaqill-glued", "press", "وبذلك يرتفع عدد الهجمات التي شنتها الجماعة على المواقع الأميركية في سوريا والعراق إلى ما لايقل عن 34 هجوماً.", "2023-11-05", [{"count": 34, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("qual-nahw-faction-operations", "press", "وتقول المقاومة الإسلامية في العراق إنها نفذت نحو 70 عملية ضد القواعد الأميركية منذ منتصف تشرين الأول.", "2023-11-20", [{"count": 70, "unit": "operation", "qualifier": "approx", "scope": "", "since": "2023-10", "source": "Islamic Resistance in Iraq"}]),
    ("qual-ma-yazid-ala", "press", "وأشار التقرير إلى ما يزيد على 90 استهدافا للقواعد الأميركية في سوريا منذ 19 أكتوبر.", "2024-01-15", [{"count": 90, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": "2023-10-19", "source": ""}]),
    ("qual-zuhaa", "press", "وشنت الفصائل زهاء 40 هجوما بالصواريخ والمسيرات على قواعد التحالف في سوريا خلال الشهر الماضي.", "2024-01-05", [{"count": 40, "unit": "attack", "qualifier": "approx", "scope": "Syria", "since": None, "source": ""}]),
    ("qual-aqall-min", "dev", "وسجلت الأسابيع الأولى أقل من 20 هجوما على القوات الأميركية في العراق.", "2023-11-02", [{"count": 20, "unit": "attack", "qualifier": "less_than", "scope": "Iraq", "since": None, "source": ""}]),
    ("qual-operation-more-than", "press", "وسبق للمقاومة الإسلامية في العراق أن نفذت أكثر من 80 عملية قصف طالت قواعد تضم قوات أمريكية في العراق وسوريا.", "2023-12-06", [{"count": 80, "unit": "operation", "qualifier": "more_than", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    # --- number words ---------------------------------------------------------------------
    ("words-compound-lam-and-trap-wahid", "press", "وتعرضت القوات الأميركية وقوات التحالف لواحد وستين هجوماً خلال شهر واحد.", "2023-11-18", [{"count": 61, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("words-split-elided", "press", "وكانت تسعة وعشرون هجوما منها في العراق، واثنان وثلاثون في سوريا.", "2023-11-18", [{"count": 29, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 32, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("words-case-endings", "press", "وتعرضت القواعد الأمريكية في سوريا لأكثرَ من ثمانيةٍ وعشرينَ استهدافاً منذُ منتصفِ تشرينَ الأولِ الفائت.", "2023-11-06", [{"count": 28, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("words-feminine-operations-region", "press", "ونفذ مقاتلو المقاومة إحدى وعشرين عملية خلال الساعات الماضية ضد قواعد الاحتلال في العراق والمنطقة.", "2026-03-08", [{"count": 21, "unit": "operation", "qualifier": "exact", "scope": "region", "since": None, "source": ""}]),
    ("words-ithnata-ashrata-marra", "press", "وقال البنتاغون إن قواته تعرضت للهجوم اثنتي عشرة مرة في العراق وسوريا خلال الأسبوع الماضي.", "2023-10-24", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    # --- splits ---------------------------------------------------------------------------
    ("split-elided-with-total", "press", "وقال المتحدث باسم البنتاغون إن القوات الأميركية تعرضت منذ 17 أكتوبر لـ22 هجوما في العراق و19 في سوريا، أي ما مجموعه 41 هجوما.", "2023-11-02", [{"count": 22, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10-17", "source": "Pentagon"}, {"count": 19, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": "Pentagon"}, {"count": 41, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("split-minha", "press", "وأضاف المسؤول أن 26 منها وقعت في العراق و31 في سوريا.", "2023-11-17", [{"count": 26, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 31, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("split-biwaqi", "press", "وتعرضت القوات الأميركية لـ24 هجوما خلال أسبوعين، بواقع 15 هجوما في العراق و9 في سوريا.", "2023-10-31", [{"count": 24, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 15, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("split-wahid-jordan", "press", "وأشارت إلى أن الهجمات توزعت بين 99 هجوماً في سوريا و67 هجوماً في العراق وهجوم واحد في الأردن.", "2024-02-03", [{"count": 99, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 67, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 1, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("split-country-before-number", "press", "وتوزعت الهجمات بين سوريا 57 هجوما والعراق 49 هجوما.", "2023-12-20", [{"count": 57, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 49, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("split-region-dual-word", "press", "وتعرضت القوات الأميركية لـ203 هجمات في العراق وسوريا والأردن، بواقع 78 هجوما في العراق و123 في سوريا واثنين في الأردن.", "2024-11-22", [{"count": 203, "unit": "attack", "qualifier": "exact", "scope": "region", "since": None, "source": ""}, {"count": 78, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 123, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 2, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("split-qualifier-first-part-only", "press", "وقال مسؤول دفاعي أميركي إن القوات تعرضت للهجوم 16 مرة على الأقل في العراق وسبع هجمات منفصلة في سوريا.", "2023-10-31", [{"count": 16, "unit": "attack", "qualifier": "at_least", "scope": "Iraq", "since": None, "source": "Pentagon"}, {"count": 7, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Pentagon"}]),
    ("split-verb-repeated-per-country", "press", "وأوضحت أن القواعد في العراق تعرضت لـ29 هجوماً، وفي سوريا لـ35 هجوماً، منذ 17 أكتوبر/تشرين الأول.", "2023-11-21", [{"count": 29, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10-17", "source": ""}, {"count": 35, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": ""}]),
    ("split-hadith-unit", "press", "وقال المسؤول إن هذا العدد يشمل 45 حادثا في العراق و58 حادثا في سوريا.", "2023-12-16", [{"count": 45, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 58, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- per-base counts --------------------------------------------------------------------
    ("base-list-sohr-month", "press", "وسجل المرصد السوري في كانون الثاني 12 هجوما على قاعدة حقل العمر و9 على قاعدة كونيكو و3 على قاعدة التنف.", "2024-02-10", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": "SOHR"}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": "SOHR"}, {"count": 3, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": "SOHR"}]),
    ("base-including", "press", "ومنذ 19 أكتوبر الماضي، استُهدفت المواقع الأميركية في سوريا بـ 118 هجوماً، بينها 14 هجوماً طالت قاعدة الشدادي.", "2024-07-08", [{"count": 118, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": ""}, {"count": 14, "unit": "attack", "qualifier": "exact", "scope": "base:الشدادي", "since": "2023-10-19", "source": ""}]),
    ("base-ba-list", "press", "وتصدرت قاعدة حقل كونيكو قائمة الأهداف بـ21 هجوماً، تلتها قاعدة حقل العمر بـ17 هجوماً.", "2024-07-05", [{"count": 21, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}, {"count": 17, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("base-min-asl", "press", "وتعرضت قاعدة التنف لنحو 15 هجوما منذ بدء التصعيد، من أصل أكثر من 120 هجوما على قواعد التحالف في سوريا.", "2024-04-08", [{"count": 15, "unit": "attack", "qualifier": "approx", "scope": "base:التنف", "since": None, "source": ""}, {"count": 120, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": None, "source": ""}]),
    ("base-since-tarikh", "press", "وبلغت الهجمات على قاعدة التنف وحدها 19 هجوما منذ تاريخ 21 تشرين الأول 2023.", "2024-04-08", [{"count": 19, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": "2023-10-21", "source": ""}]),
    # --- running counters -------------------------------------------------------------------
    ("counter-al-raqm", "press", "وقالت مصادر محلية إن الهجوم على حقل كونيكو هو الرقم 23 خلال الشهرين الماضيين.", "2024-01-20", [{"count": 23, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("counter-digit-ordinal", "press", "وجاء القصف على قاعدة الشدادي في هجوم هو الـ112 على القواعد الأميركية في سوريا منذ 19 أكتوبر.", "2024-01-18", [{"count": 112, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": ""}]),
    ("counter-raqm", "dev", "ويعد هذا الهجوم رقم 150 على القوات الأميركية في العراق وسوريا منذ بدء الحرب في غزة.", "2024-01-28", [{"count": 150, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("counter-operation-ordinal", "press", "وأعلنت الفصائل تنفيذ العملية الـ160 ضد قواعد الاحتلال الأميركي في العراق وسوريا.", "2024-01-30", [{"count": 160, "unit": "operation", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("counter-window-total", "press", "وبذلك يبلغ مجموع العمليات خلال الـ9 أيام الماضية 214 عملية، بحسب بيان المقاومة الإسلامية في العراق.", "2026-03-10", [{"count": 214, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": "Islamic Resistance in Iraq"}]),
    ("counter-24h-window", "press", "وأعلنت المقاومة الإسلامية في العراق تنفيذ 26 عملية خلال الساعات الـ24 الماضية.", "2026-03-09", [{"count": 26, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": "Islamic Resistance in Iraq"}]),
    # --- per-weapon counts ------------------------------------------------------------------
    ("drone-dual-ba", "press", "واستهدفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل بطائرتين مسيرتين فجر السبت.", "2023-11-04", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("drone-dual-diacritics", "press", "ورصدت القوات الأميركية طائرتَين مسيّرتَين دخلتا أجواء قاعدة التنف.", "2023-11-30", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("drone-word-ba", "press", "وهاجمت الفصائل قاعدة حقل العمر بثلاث طائرات مسيرة انتحارية مساء الاثنين.", "2024-01-16", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("drone-interception-count", "press", "وأسقطت الدفاعات الجوية في قاعدة فيكتوريا ثلاث طائرات مسيرة حاولت الاقتراب من مطار بغداد.", "2026-03-10", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:فيكتوريا", "since": None, "source": ""}]),
    ("drone-one-at-least", "press", "وأحبطت الدفاعات في معمل كونيكو هجوما شاركت فيه طائرة مسيرة واحدة على الأقل.", "2023-10-30", [{"count": 1, "unit": "drone", "qualifier": "at_least", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("drone-more-than-word", "press", "وأفادت الوكالة بأن الانفجارات ناجمة عن استهداف القاعدة في الشدادي بأكثر من ثلاث طائرات مسيرة.", "2024-08-06", [{"count": 3, "unit": "drone", "qualifier": "more_than", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("drone-dual-subject", "press", "وأصيب 19 جنديا بجروح طفيفة حين هاجمت مسيرتان انتحاريتان قاعدة التنف في 18 أكتوبر.", "2023-10-25", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("rocket-digits-coalition", "press", "وقال التحالف الدولي إن 11 صاروخا سقطت داخل قاعدة عين الأسد وفي محيطها.", "2021-03-04", [{"count": 11, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": "Coalition"}]),
    ("rocket-ba-hyphen-and-dual-casualty", "press", "وأصيب شخصان بجروح في هجوم بـ12 صاروخا استهدف قاعدة عين الأسد غربي العراق.", "2021-03-04", [{"count": 12, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("rocket-word-ba", "press", "وأكدت مصادر ميدانية أن القصف على قاعدة كونيكو تم بتسعة صواريخ سقط معظمها داخل القاعدة.", "2023-11-03", [{"count": 9, "unit": "rocket", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-dual-subject", "press", "وسقط صاروخان على مقربة من مدرج قاعدة الشدادي ليل الثلاثاء.", "2023-12-13", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("rocket-approx", "press", "وتعرضت القاعدة الأميركية في حقل كونيكو لقصف بنحو 15 صاروخا أطلقت من الضفة الغربية للفرات.", "2024-07-27", [{"count": 15, "unit": "rocket", "qualifier": "approx", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-more-than", "press", "وذكرت المصادر أن أكثر من 10 صواريخ استهدفت قاعدة حقل العمر.", "2024-07-27", [{"count": 10, "unit": "rocket", "qualifier": "more_than", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("rocket-qadhaif-sarukhiya", "press", "وسقطت أربع قذائف صاروخية في محيط حقل كونيكو مساء الثلاثاء.", "2024-10-09", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-asharat", "press", "وأفادت مصادر محلية بأن الهجوم نفذ بعشرات الصواريخ التي سقط بعضها في محيط حقل العمر.", "2021-07-11", [{"count": 10, "unit": "rocket", "qualifier": "at_least", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("mortar-word", "press", "وتعرضت القاعدة المشتركة في الشدادي لقصف بأربع قذائف هاون مساء الأحد.", "2023-12-12", [{"count": 4, "unit": "mortar", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("mortar-dual", "dev", "وسقطت قذيفتا هاون قرب مقر التحالف في قاعدة خراب الجير.", "2023-11-22", [{"count": 2, "unit": "mortar", "qualifier": "exact", "scope": "base:خراب الجير", "since": None, "source": ""}]),
    ("missile-ballistic-city", "press", "وقال جهاز مكافحة الإرهاب في إقليم كردستان إن 11 صاروخا باليستيا سقطت في محيط أربيل بعد منتصف الليل.", "2022-03-13", [{"count": 11, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": "Kurdistan CTD"}]),
    ("words-lam-feminine-ten", "press", "وتعرضت قاعدة حقل العمر لعشر هجمات بأسلحة أرض أرض فجر السبت.", "2023-10-28", [{"count": 10, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("attacks-asharat", "press", "وتبنت الفصائل العراقية عشرات الهجمات على القواعد الأميركية منذ تشرين الأول الماضي.", "2024-02-08", [{"count": 10, "unit": "attack", "qualifier": "at_least", "scope": "", "since": "2023-10", "source": ""}]),
    # --- US and coalition strikes -----------------------------------------------------------
    ("strike-digits-ghara", "press", "وشنت طائرات أميركية 5 غارات على مقرات لكتائب حزب الله في منطقة جرف الصخر شمالي بابل.", "2024-01-24", [{"count": 5, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("strike-dual-and-facility-trap", "press", "وأكد وزير الدفاع الأميركي تنفيذ ضربتين جويتين على منشأتين في شرق سوريا.", "2023-11-09", [{"count": 2, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Pentagon"}]),
    ("strike-word", "press", "ونفذت مقاتلات أميركية ثلاث غارات على مواقع لفصيل مسلح قرب القائم فجر الأحد.", "2024-02-04", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("strike-coalition-split", "press", "وقالت قوة المهام المشتركة إن التحالف نفذ 14 ضربة جوية ضد التنظيم في العراق وست ضربات في سوريا.", "2016-05-10", [{"count": 14, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": "Coalition"}, {"count": 6, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Coalition"}]),
    ("strike-hajamat-by-us", "press", "ونفذ الجيش الأميركي منذ أواخر أكتوبر ثلاث هجمات على منشآت يقول إنها تتبع الحرس الثوري شرقي سوريا.", "2023-11-14", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    # --- traps: numbers that are not attack counts -----------------------------------------
    ("trap-casualties", "trap", "وأسفرت الهجمات عن إصابة 62 جنديا أميركيا بجروح طفيفة، عاد معظمهم إلى الخدمة.", "2023-11-22", []),
    ("trap-troop-numbers", "trap", "ويتمركز قرابة 2400 عسكري أميركي بالعراق وقرابة 850 بسوريا.", "2023-11-22", []),
    ("trap-bases-attacked", "trap", "وقال المتحدث إن 11 قاعدة في العراق و4 قواعد في سوريا تعرضت للهجوم خلال الأسبوع.", "2023-10-27", []),
    ("trap-targets-munitions", "trap", "وأوضحت القيادة المركزية أنها ضربت أكثر من 80 هدفا باستخدام 120 ذخيرة دقيقة التوجيه.", "2024-02-03", []),
    ("trap-facilities-split", "trap", "وقال البيت الأبيض إن الضربات طالت ثلاث منشآت في العراق وأربعا في سوريا.", "2024-02-03", []),
    ("trap-sites-dual", "trap", "وهاجمت المسيرات موقعين في العراق يستضيفان قوات أميركية.", "2023-11-18", []),
    ("trap-series-dual", "trap", "وشن الجيش الأميركي على مدى يومين سلسلتين من الغارات داخل الأراضي العراقية.", "2024-01-24", []),
    ("trap-word-ordinal", "trap", "ويعد هذا الهجوم الثاني على قاعدة عين الأسد خلال أقل من يومين.", "2023-10-20", []),
    ("trap-lil-marra", "trap", "وتعرضت قاعدة قسرك للاستهداف للمرة الثالثة بالطيران المسير.", "2024-01-14", []),
    ("trap-war-day", "trap", "وتزامن القصف مع دخول الحرب على غزة يومها الـ47.", "2023-11-22", []),
    ("trap-distance", "trap", "وتقع القاعدة على بعد 85 كيلومترا شرقي مدينة أربيل وتبعد عن الحدود الإيرانية نحو 120 كيلومترا.", "2023-11-08", []),
    ("trap-capacity", "trap", "وتتسع قاعدة عين الأسد لأكثر من 4 آلاف عسكري مع مرافقهم.", "2024-01-21", []),
    ("trap-vehicles", "trap", "ودخل رتل أميركي مؤلف من 45 شاحنة و6 مدرعات إلى الحسكة عبر معبر الوليد.", "2024-02-22", []),
    ("trap-sources-explosions", "trap", "وقال ثلاثة مسؤولين أمنيين إن انفجارين دويا قرب القاعدة.", "2023-10-19", []),
    ("trap-explosions-word", "trap", "وسمع دوي أربعة انفجارات في محيط القاعدة الأميركية بالشدادي.", "2022-11-26", []),
    ("trap-brigade-number", "trap", "واستهدفت الغارة مقر اللواء 46 في الحشد الشعبي بقضاء القائم.", "2019-12-30", []),
    ("trap-aircraft-count", "trap", "وقالت القيادة المركزية إن ثلاث قاذفات وأربع طائرات حربية شاركت في الغارات.", "2024-02-03", []),
    ("trap-aircraft-models", "trap", "وشاركت في الضربات قاذفات B-1 ومقاتلات F-15 انطلقت من قواعد بعيدة.", "2024-02-03", []),
    ("trap-money", "trap", "وخصصت واشنطن مكافأة بقيمة عشرة ملايين دولار لمن يدلي بمعلومات عن قادة الكتائب.", "2024-02-12", []),
    ("trap-percent", "trap", "وقدر الدفاع المدني حجم الدمار في المبنى بأكثر من 70٪.", "2024-01-16", []),
    ("trap-time-numeric-date", "trap", "ووقع الهجوم قرابة الساعة 23:30 بالتوقيت المحلي من يوم 5/1/2024.", "2024-01-06", []),
    ("trap-multiplier", "trap", "وتضاعف عدد الهجمات في سوريا ثلاث مرات منذ يوم الجمعة.", "2023-10-31", []),
    ("trap-zero", "trap", "ولم تتعرض القوات الأميركية في العراق وسوريا لأي هجوم منذ 4 فبراير.", "2024-03-01", []),
    ("trap-years", "trap", "وتنتشر القوات الأميركية في سوريا منذ عام 2015 ضمن التحالف الذي تأسس عام 2014.", "2023-11-22", []),
    ("trap-hours-window", "trap", "وجاء الهجوم بعد أقل من 24 ساعة على استهداف مماثل لقاعدة الشدادي.", "2023-11-07", []),
    ("trap-threat-hypothetical", "trap", "وهددت الفصائل بشن مئات الهجمات إذا لم تنسحب القوات الأميركية.", "2024-01-05", []),
    ("trap-other-theatre-israel", "trap", "وأعلنت الفصائل مسؤوليتها عن قرابة 300 هجوم ضد أهداف داخل إسرائيل منذ بدء الحرب.", "2024-10-20", []),
    ("trap-bare-singular", "trap", "واستهدفت طائرة مسيرة قاعدة حرير الجوية دون أن تسفر عن إصابات.", "2023-11-09", []),
    ("trap-duration", "trap", "واستمرت الاشتباكات ثلاثة أيام قبل أن تنسحب المجموعة المهاجمة.", "2023-08-30", []),
    ("trap-age-unit", "trap", "وكان الرقيب القتيل يبلغ من العمر 46 عاما ويخدم في الكتيبة 926.", "2024-01-30", []),
    ("trap-statements-count", "trap", "وأصدرت الفصائل ثلاثة بيانات منفصلة تبنت فيها الهجمات الأخيرة.", "2023-11-02", []),
    ("trap-base-name-number", "trap", "وقع الهجوم في موقع البرج 22 قرب الحدود الأردنية السورية.", "2024-01-29", []),
]

DEPLOYMENT_CASES = [
    # --- troop figures ----------------------------------------------------------------------
    ("trap-wounded-troops-after-noun", "trap", "وأكد المتحدث أن خمسة جنود أمريكيين جرحوا في الهجوم على القاعدة.", "2024-08-14", []),
    ("trap-troops-killed-awda-bihayat", "trap", "وجاءت الضربات ردا على هجوم أودى بحياة ثلاثة جنود أمريكيين في الأردن.", "2024-02-03", []),
    ("trap-wounded-count-of-soldiers", "trap", "وقالت الشبكة إن المصابين لا يقل عددهم عن 25 عسكريا.", "2024-01-29", []),
    ("troops-two-countries-akharin", "press", "ويتمركز قرابة 2000 جندي أميركي في العراق، إضافة إلى نحو 800 آخرين في سوريا.", "2023-11-22", [{"count": 2000, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}, {"count": 800, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-elided-noun", "press", "وتنشر واشنطن 2300 عسكري في العراق ونحو 950 في سوريا في إطار التحالف.", "2024-01-08", [{"count": 2300, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 950, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-lil-wilayat", "press", "وللجيش الأميركي 850 جنديا في سوريا و2300 في العراق.", "2024-01-04", [{"count": 850, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}, {"count": 2300, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-idafi-means-also", "press", "ويوجد لواشنطن في الوقت الراهن 2400 عسكري بالعراق و950 عسكريا إضافيا في سوريا.", "2023-03-07", [{"count": 2400, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 950, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-at-least", "press", "وقال متحدث عسكري أميركي إن ما لا يقل عن 2300 من أفراد الجيش الأميركي موجودون حاليا في العراق.", "2024-12-06", [{"count": 2300, "qualifier": "at_least", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-more-than", "press", "وتشير تقديرات صحافية إلى أن عدد الجنود الأميركيين في العراق يزيد على 2600 جندي.", "2024-12-06", [{"count": 2600, "qualifier": "more_than", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-less-than-words", "press", "وتقرر أن يقتصر الوجود الأميركي على أقل من خمسمئة عنصر في أربيل.", "2025-08-24", [{"count": 500, "qualifier": "less_than", "force": "US", "country": "Iraq", "place": "أربيل"}]),
    ("troops-split-hundreds-words", "press", "ودفع البنتاغون إلى شمال سوريا بتعزيزات قوامها قرابة ثلاث مئة جندي.", "2017-03-09", [{"count": 300, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-turkey-thousands-word", "press", "وقدرت مصادر عدد الجنود الأتراك في شمال العراق بنحو ثلاثة آلاف.", "2023-07-12", [{"count": 3000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}]),
    ("troops-turkey-alfan-suffix", "press", "وقالت مصادر عسكرية إن عدد الجنود الأتراك في الأراضي السورية بلغ نحو 15 ألفا.", "2024-12-20", [{"count": 15000, "qualifier": "approx", "force": "Turkish", "country": "Syria", "place": None}]),
    ("troops-alfay-and-base", "press", "وتشير تقديرات إلى انتشار نحو ألفي جندي تركي في العراق، بينهم قرابة 600 في معسكر بعشيقة.", "2016-10-06", [{"count": 2000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}, {"count": 600, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": "بعشيقة"}]),
    ("troops-range-at-base", "press", "وأبقى الاتفاق على وحدة تتراوح بين 200 و300 مستشار أميركي في قاعدة عين الأسد.", "2025-10-20", [{"count": 200, "qualifier": "at_least", "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("troops-region-sent", "press", "وأعلن البنتاغون إرسال 1200 جندي إضافي إلى الشرق الأوسط لتعزيز الدفاعات الجوية.", "2023-10-26", [{"count": 1200, "qualifier": "exact", "force": "US", "country": "region", "place": None}]),
    ("troops-region-mintaqa", "press", "وأرسلت الولايات المتحدة 300 جندي إضافي إلى المنطقة اليوم الأربعاء.", "2023-11-01", [{"count": 300, "qualifier": "exact", "force": "US", "country": "region", "place": None}]),
    ("troops-mi-at-jordan", "press", "ويستضيف الأردن مئات المدربين العسكريين الأميركيين.", "2024-01-29", [{"count": 100, "qualifier": "at_least", "force": "US", "country": "Jordan", "place": None}]),
    ("troops-alaf-region", "press", "وينشر الجيش الأميركي آلافا من مشاة البحرية في المنطقة.", "2026-03-20", [{"count": 1000, "qualifier": "at_least", "force": "US", "country": "region", "place": None}]),
    ("troops-at-named-base-with-number", "press", "ويتمركز في قاعدة البرج 22 نحو 350 عسكريا أميركيا.", "2024-01-30", [{"count": 350, "qualifier": "approx", "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("troops-arabic-indic", "press", "وتبقي الولايات المتحدة نحو ٢٤٠٠ عسكري على الأراضي العراقية.", "2023-11-15", [{"count": 2400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-egyptian-ya", "press", "وذكرت صحف تركية أن قرابة ثلاثة الاف جندى تركى يتمركزون فى شمال العراق.", "2016-10-06", [{"count": 3000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}]),
    ("troops-unsur-noun", "press", "وقررت الإدارة الأميركية إرسال 350 عنصرا من القوات الخاصة إلى شرق سوريا.", "2017-03-09", [{"count": 350, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-min-al-quwat", "press", "وكشف مسؤولون أن عدد الموجودين في سوريا من القوات الأميركية يبلغ 1800 عسكري.", "2017-12-01", [{"count": 1800, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-zuhaa", "press", "وتحتفظ واشنطن بنحو 2400 جندي في العراق، في حين ينتشر زهاء 850 آخرين في سوريا.", "2024-01-28", [{"count": 2400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}, {"count": 850, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-coalition", "dev", "وتضم قوات التحالف في العراق نحو 3500 عسكري من دول عدة.", "2023-12-01", [{"count": 3500, "qualifier": "approx", "force": "coalition", "country": "Iraq", "place": None}]),
    # --- base presence ----------------------------------------------------------------------
    ("base-yatamarkaz-fiha", "press", "وتعرضت قاعدة تل بيدر، التي يتمركز فيها جنود أميركيون، لهجوم بمسيرة مساء الجمعة.", "2023-11-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-tastadif-coalition", "press", "وتقع عين الأسد، القاعدة الجوية التي تستضيف قوات من التحالف الدولي، غربي الأنبار.", "2023-10-23", [{"count": None, "qualifier": None, "force": "coalition", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-al-qaida-al-amrikiya-fi", "press", "وطال القصف القاعدة الأميركية في الشدادي جنوبي الحسكة.", "2023-12-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-tattakhidhuhu-qaida", "press", "واستهدفت الصواريخ حقل كونيكو للغاز الذي تتخذه القوات الأميركية قاعدة لها.", "2024-10-09", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-mutamarkizun", "press", "وقال رئيس الوزراء إن المستشارين الأميركيين متمركزون حاليا في قاعدة حرير الجوية في أربيل.", "2025-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-dual-tadummu", "press", "وتضم قاعدتا عين الأسد في الأنبار وحرير في أربيل قوات أميركية ودولية.", "2023-11-09", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-victoria-advisers", "press", "وسمع دوي انفجارات في قاعدة فيكتوريا القريبة من مطار بغداد التي تضم مستشارين أميركيين.", "2023-10-26", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-victoria-variant", "press", "وأسقطت الدفاعات الجوية مسيرة قرب قاعدة فكتوريا العسكرية الأميركية داخل مطار بغداد.", "2026-03-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-harir-alias-bashur", "press", "ولم تسفر الهجمات على قاعدة باشور (الحرير) التي تستضيف قوات أميركية عن أضرار.", "2023-11-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-turkey-yuqim", "press", "ويقيم الجيش التركي قاعدة عسكرية في بعشيقة قرب الموصل منذ سنوات.", "2021-04-10", [{"count": None, "qualifier": None, "force": "Turkish", "country": "Iraq", "place": "بعشيقة"}]),
    ("base-two-forces", "press", "وتتعرض قاعدة التنف، التي تضم جنودا أميركيين وبريطانيين، لهجمات متكررة.", "2023-01-21", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "British", "country": "Syria", "place": "التنف"}]),
    ("base-tabia-lil-tahaluf", "press", "وتعرضت قاعدة خراب الجير التابعة للتحالف الدولي بريف رميلان لهجوم بطائرتين مسيرتين.", "2024-08-10", [{"count": None, "qualifier": None, "force": "coalition", "country": "Syria", "place": "خراب الجير"}]),
    ("base-dual-tahtadin", "press", "وتحتضن قاعدتا العمر وكونيكو القوات الأمريكية في ريف دير الزور.", "2021-07-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-jordan-tower", "press", "ووقع الهجوم على البرج 22، وهو موقع في أقصى شمال شرقي الأردن يتمركز فيه جنود أميركيون.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    # --- traps ------------------------------------------------------------------------------
    ("trap-withdrawal", "trap", "وغادرت جميع القوات الأميركية قاعدة عين الأسد بعد تسليمها للجيش العراقي.", "2026-01-14", []),
    ("trap-negated-presence", "trap", "وأكدت وزارة الدفاع العراقية أن قاعدة الإمام علي الجوية لا يتواجد فيها أي عنصر أجنبي.", "2026-03-11", []),
    ("trap-future-base", "trap", "وتسعى أنقرة إلى إنشاء قاعدة جوية جديدة في وسط سوريا خلال العام المقبل.", "2025-05-25", []),
    ("trap-capacity", "trap", "وتتسع القاعدة لنحو 5 آلاف عسكري مع ملاجئ ومخازن محصنة.", "2020-01-08", []),
    ("trap-killed-soldiers", "trap", "وقتل ثلاثة جنود أميركيين وأصيب أكثر من 40 آخرين في الهجوم.", "2024-01-29", []),
    ("trap-proposed-sending", "trap", "وتدرس وزارة الدفاع طلبا لإرسال نحو 4000 جندي إضافي إلى الشرق الأوسط.", "2019-05-22", []),
    ("trap-denied-sending", "trap", "ونفى البنتاغون أن تكون واشنطن تدرس إرسال 12 ألف جندي إلى المنطقة.", "2019-12-05", []),
    ("trap-bases-count", "trap", "وتنتشر في سوريا تسع قواعد أميركية، ست منها في محافظة الحسكة.", "2024-08-11", []),
    ("trap-attack-count", "trap", "وتعرضت القوات الأميركية لـ66 هجوما في العراق وسوريا منذ 17 أكتوبر.", "2023-11-22", []),
    ("trap-vehicles-carrying-troops", "trap", "وأدخل الجيش الأميركي 40 مركبة بينها 5 مدرعات تقل جنودا إلى الحسكة.", "2024-09-12", []),
    ("trap-vague-limited", "trap", "وأبقت واشنطن عددا محدودا من الجنود في أدوار استشارية.", "2026-02-18", []),
    ("trap-killed-fighters", "trap", "وأسفرت الغارات عن مقتل 66 مقاتلا بينهم 25 من الحشد الشعبي.", "2019-12-30", []),
    ("trap-population", "trap", "ويقطن المنطقة أكثر من مليون شخص بينهم نحو 300 ألف نازح.", "2016-10-06", []),
    ("trap-trainees-future", "trap", "وتخطط أنقرة لتدريب 5 آلاف عنصر من الجيش السوري على المدى القصير.", "2025-09-09", []),
    # fourth session, from heldout4 part B and heldout3 part B ("bug": a construction we missed)
    ("base-list-after-hiya", "bug", "وأعلنت الفصائل أنها قصفت ثلاث قواعد أمريكية هي الشدادي والتنف.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-adjective-then-bimintaqa", "bug", "وسقطت المسيرة داخل القاعدة الأمريكية بمنطقة التنف.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-dual-adjective", "bug", "واستهدفت الفصائل القاعدتين الأمريكيتين في الشدادي وحقل العمر.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-dual-list-then-relative-clause", "bug", "وقصفت قاعدتي التنف والشدادي اللتين تتمركز فيهما قوات أمريكية.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
]

EVENT_CASES = [
    ("attack-drone-today", "press", "واستهدفت طائرة مسيرة قاعدة حرير الجوية في أربيل فجر اليوم الأربعاء.", "2023-11-08", [{"type": "attack", "place": "حرير", "weapon": "drone", "date": "2023-11-08"}]),
    ("claim-yesterday", "press", "وأعلنت المقاومة الإسلامية في العراق، في بيان، أنها استهدفت قاعدة التنف بطائرتين مسيرتين أمس الأحد.", "2023-11-13", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "التنف", "weapon": "drone", "date": "2023-11-12", "claimed": True}]),
    ("interception-night-weekday", "press", "وتمكنت منظومة الدفاع الجوي في عين الأسد من إسقاط مسيرة اقتربت من المدرج ليل السبت.", "2023-11-05", [{"type": "interception", "place": "عين الأسد", "weapon": "drone", "date": "2023-11-04"}]),
    ("us-strike-killed", "press", "وقتل خمسة من عناصر كتائب حزب الله في ضربات أميركية على منطقة جرف الصخر جنوبي بغداد فجر الأربعاء.", "2024-01-24", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "جرف الصخر", "weapon": "air", "date": "2024-01-24", "killed": 5}]),
    ("attack-jordan-casualties", "press", "ولقي ثلاثة جنود أميركيين حتفهم وأصيب 34 آخرون الأحد حين ضربت مسيرة موقع البرج 22 شمال شرقي الأردن.", "2024-01-29", [{"type": "attack", "place": "البرج 22", "weapon": "drone", "date": "2024-01-28", "killed": 3, "injured": 34}]),
    ("attack-mortar-yesterday-evening", "press", "وتعرضت القاعدة المشتركة في الشدادي لقصف بقذائف الهاون مساء أمس.", "2023-12-12", [{"type": "attack", "place": "الشدادي", "weapon": "mortar", "date": "2023-12-11"}]),
    ("attack-no-casualties", "press", "وسقط صاروخان داخل قاعدة عين الأسد دون أن يسفرا عن إصابات، وفق مصادر أمنية.", "2023-10-23", [{"type": "attack", "place": "عين الأسد", "weapon": "rocket", "killed": 0, "injured": 0}]),
    ("threat-conditional", "press", "وهددت كتائب حزب الله باستهداف القوات الأميركية في حال أقدمت واشنطن على أي ضربة جديدة.", "2024-01-05", [{"type": "threat", "actor": "كتائب حزب الله"}]),
    ("visit-unannounced", "press", "وحط وزير الدفاع لويد أوستن في مطار بغداد اليوم الثلاثاء قادما من عمّان في زيارة مفاجئة.", "2023-03-07", [{"type": "visit", "actor": "لويد أوستن", "place": "بغداد", "date": "2023-03-07"}]),
    ("us-strike-drone-car", "press", "واستهدفت طائرة مسيرة أميركية سيارة في منطقة المشتل شرقي بغداد مساء الأربعاء، ما أدى إلى مقتل ثلاثة أشخاص.", "2024-02-08", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "المشتل", "weapon": "drone", "date": "2024-02-07", "killed": 3}]),
    ("other-suspension", "press", "وأعلنت كتائب حزب الله، مساء الثلاثاء، تعليق عملياتها العسكرية ضد القوات الأميركية.", "2024-01-31", [{"type": "other", "actor": "كتائب حزب الله", "date": "2024-01-30"}]),
    ("attack-levantine-current-month", "press", "وتعرضت قاعدة حقل العمر لهجوم صاروخي في 5 كانون الثاني الجاري.", "2024-01-09", [{"type": "attack", "place": "حقل العمر", "weapon": "rocket", "date": "2024-01-05"}]),
    ("us-strike-paired-month", "press", "وقصفت مقاتلات أميركية منشأتين قرب البوكمال في 26 أكتوبر/تشرين الأول المنصرم.", "2023-11-13", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "البوكمال", "weapon": "air", "date": "2023-10-26"}]),
    ("us-strike-maghrebi-month", "press", "وكانت طائرات أميركية قد قصفت مخزنا للأسلحة في الميادين يوم 8 نونبر.", "2023-11-12", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "الميادين", "weapon": "air", "date": "2023-11-08"}]),
    ("attack-arabic-indic-date", "press", "واستهدفت المقاومة الإسلامية في العراق قاعدة كونيكو بالصواريخ في ٢٢ نوفمبر.", "2023-11-25", [{"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "كونيكو", "weapon": "rocket", "date": "2023-11-22"}]),
    ("claim-tabannat", "press", "وتبنت المقاومة الإسلامية في العراق هجوما صاروخيا استهدف قاعدة خراب الجير بريف الحسكة يوم الجمعة.", "2023-11-27", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "خراب الجير", "weapon": "rocket", "date": "2023-11-24", "claimed": True}]),
    ("attack-claimed-relative", "press", "وتعرضت قاعدة قسرك لهجوم بطائرات مسيرة تبنته المقاومة الإسلامية في العراق مساء الخميس.", "2023-11-25", [{"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "قسرك", "weapon": "drone", "date": "2023-11-23", "claimed": True}]),
    ("interception-kurdistan-ctd", "press", "وأعلن جهاز مكافحة الإرهاب في إقليم كردستان إسقاط طائرة مسيرة مفخخة قرب مطار أربيل الدولي فجر الثلاثاء.", "2024-01-02", [{"type": "interception", "place": "أربيل", "weapon": "drone", "date": "2024-01-02"}]),
    ("attack-injured-words", "press", "وأصيب أربعة عسكريين أميركيين بجروح طفيفة في هجوم صاروخي استهدف قاعدة للتحالف في دير الزور فجر الخميس.", "2023-03-24", [{"type": "attack", "place": "دير الزور", "weapon": "rocket", "date": "2023-03-23", "injured": 4}]),
    ("us-strike-centcom-country", "press", "وأعلنت القيادة المركزية الأميركية أنها نفذت ضربات دقيقة على موقعين للحشد الشعبي في العراق فجر الأربعاء.", "2023-11-22", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "العراق", "date": "2023-11-22"}]),
    ("threat-sdf", "press", "وتوعدت قوات سوريا الديمقراطية بالرد بقوة إذا استهدفت الصواريخ مناطق سيطرتها انطلاقا من العراق.", "2023-12-14", [{"type": "threat", "actor": "قوات سوريا الديمقراطية"}]),
    ("interception-night-span", "press", "وتصدت منظومات الدفاع في قاعدة فيكتوريا لطائرة مسيرة ليل الأحد-الاثنين.", "2026-03-02", [{"type": "interception", "place": "فيكتوريا", "weapon": "drone", "date": "2026-03-01"}]),
    ("visit-day-of-current-month", "press", "وكان وزير الخارجية أنتوني بلينكن قد حط في بغداد في 4 الشهر الحالي للقاء رئيس الحكومة.", "2023-11-13", [{"type": "visit", "actor": "أنتوني بلينكن", "place": "بغداد", "date": "2023-11-04"}]),
    ("attack-hamzaless-alias-missile", "press", "وتعرضت قاعدة الاسد الجوية لهجوم بصاروخ باليستي قصير المدى مساء الثلاثاء.", "2023-11-22", [{"type": "attack", "place": "عين الأسد", "weapon": "missile", "date": "2023-11-21"}]),
    ("other-launchers-found", "press", "وعثرت قوات سوريا الديمقراطية على منصتين لإطلاق الصواريخ قرب بلدة الشدادي صباح اليوم.", "2023-12-12", [{"type": "other", "actor": "قوات سوريا الديمقراطية", "place": "الشدادي", "date": "2023-12-12"}]),
    ("attack-amsi-al-awwal", "press", "وكانت قاعدة التنف قد تعرضت لهجوم بمسيرتين أمس الأول.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-19"}]),
    ("attack-undated-two-weapons", "press", "وشنت فصائل عراقية هجمات بالصواريخ والطائرات المسيرة على قواعد أميركية في سوريا.", "2023-11-20", [{"type": "attack", "actor": "فصائل عراقية", "place": "سوريا", "weapon": "drone+rocket"}]),
    ("us-strike-killed-injured", "press", "وأسفرت الغارات الأميركية على مواقع في القائم عن مقتل 16 شخصا وإصابة 25 آخرين.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "القائم", "weapon": "air", "killed": 16, "injured": 25}]),
    ("visit-commander-weekday", "dev", "وتوجه قائد القيادة المركزية الأميركية مايكل كوريلا إلى أربيل حيث التقى قادة البيشمركة يوم الخميس.", "2023-12-02", [{"type": "visit", "actor": "مايكل كوريلا", "place": "أربيل", "date": "2023-11-30"}]),
    ("interception-today-count", "press", "وأسقطت القوات الأميركية في التنف ثلاث مسيرات فجر اليوم الأحد.", "2024-04-07", [{"type": "interception", "place": "التنف", "weapon": "drone", "date": "2024-04-07"}]),
    ("attack-explicit-date-in-parens", "press", "وقال المرصد إن قاعدة خراب الجير تعرضت لهجوم بطائرة مسيرة (9 آب/أغسطس 2024) أدى إلى اشتعال النيران فيها.", "2024-08-10", [{"type": "attack", "place": "خراب الجير", "weapon": "drone", "date": "2024-08-09"}]),
    ("attack-injured-explicit-date", "press", "وأصيب 19 جنديا بجروح طفيفة حين هاجمت مسيرتان انتحاريتان قاعدة التنف في 18 أكتوبر.", "2023-10-25", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-18", "injured": 19}]),
    ("attack-arabic-indic-dawn", "press", "وتعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين فجر ٢٦ أكتوبر.", "2023-10-27", [{"type": "attack", "place": "عين الأسد", "weapon": "drone", "date": "2023-10-26"}]),
    ("claim-new-faction", "press", "وتبنى فصيل يطلق على نفسه سرايا أولياء الدم استهداف قاعدة فيكتوريا بسرب من المسيرات الاثنين.", "2026-03-03", [{"type": "claim", "actor": "سرايا أولياء الدم", "place": "فيكتوريا", "weapon": "drone", "date": "2026-03-02", "claimed": True}]),
    ("attack-rocket-salvo", "press", "وأفادت مصادر محلية بأن رشقة صاروخية استهدفت القاعدة الأميركية في الشدادي عصر الخميس.", "2023-10-27", [{"type": "attack", "place": "الشدادي", "weapon": "rocket", "date": "2023-10-26"}]),
    ("us-strike-two-strikes-syria", "press", "ونفذت الولايات المتحدة ضربتين جويتين على منشأة تدريب قرب البوكمال ومنزل في الميادين يوم الأربعاء.", "2023-11-09", [{"type": "us_strike", "actor": "الولايات المتحدة", "weapon": "air", "date": "2023-11-08"}]),
    ("threat-legit-targets", "press", "واعتبر المتحدث العسكري باسم كتائب حزب الله أن القوات الأميركية في العراق باتت أهدافا مشروعة.", "2020-01-06", [{"type": "threat", "actor": "كتائب حزب الله"}]),
    ("attack-ground-to-ground", "press", "وتعرضت قاعدة حقل العمر لعشر هجمات بأسلحة أرض أرض فجر السبت.", "2023-10-28", [{"type": "attack", "place": "حقل العمر", "date": "2023-10-28"}]),
    ("trap-background-distance", "trap", "وتقع قاعدة عين الأسد على بعد نحو 180 كيلومترا غربي العاصمة بغداد.", "2023-10-23", []),
    ("trap-background-founding", "trap", "وتأسس التحالف الدولي بقيادة واشنطن عام 2014 لمحاربة تنظيم داعش.", "2023-11-22", []),
    ("trap-capacity-description", "trap", "وتضم القاعدة مدرجين للطائرات ومستودعات للذخيرة ومساكن للجنود.", "2024-01-21", []),
    ("trap-future-plan", "trap", "وتعتزم بغداد إنهاء مهمة التحالف الدولي بحلول أيلول المقبل.", "2025-03-10", []),
    ("attack-base-before-its-town", "press", "وذكرت مصادر أن قاعدة \"الشدادي\" التي تتمركز فيها قوات أميركية في ريف الحسكة تعرضت لقصف صاروخي.", "2024-01-20", [{"type": "attack", "place": "الشدادي", "weapon": "rocket"}]),
    ("attack-and-interception-two-rows", "bug", "واستهدفت ثلاث طائرات مسيرة قاعدة التنف فجر الجمعة. وأسقطت الدفاعات الجوية اثنتين منها قبل بلوغ القاعدة.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-20"}, {"type": "interception", "place": "التنف", "weapon": "drone", "date": "2023-10-20"}]),
    ("attack-takes-day-of-its-interception", "bug", "وقال مسؤول أميركي إن ثلاث طائرات مسيرة هاجمت قاعدة التنف. وأضاف أن الدفاعات أسقطت اثنتين منها فجر الجمعة.", "2023-10-21", [{"type": "attack", "place": "التنف", "date": "2023-10-20"}, {"type": "interception", "place": "التنف", "date": "2023-10-20"}]),
    ("claim-subject-first-pluperfect", "bug", "وكانت \"المقاومة الإسلامية في العراق\" قد أعلنت، مساء الأحد، أن مقاتليها استهدفوا قاعدة عين الأسد بطائرة مسيرة.", "2024-01-22", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "عين الأسد", "date": "2024-01-21"}]),
    ("attack-weapon-subject-with-participle", "bug", "وقالت السلطات إن طائرة مسيرة محملة بالمتفجرات ضربت قاعدة حرير فجر الاثنين.", "2023-12-26", [{"type": "attack", "place": "حرير", "weapon": "drone", "date": "2023-12-25"}]),
    ("trap-launch-site-is-no-place", "trap", "وسقطت أربعة صواريخ قرب قاعدة عين الأسد فجر السبت، وقد أطلقت من منطقة البغدادي.", "2024-01-21", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-20"}]),
    ("attack-verb-aghara", "bug", "وأغارت ثلاث طائرات مسيرة على قاعدة التنف فجر الخميس.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-19"}]),
    ("attack-object-after-a-date-aside", "bug", "وقالت مصادر أمنية إن مسلحين شنوا، في ساعة مبكرة من صباح السبت، هجوما صاروخيا على قاعدة الشدادي.", "2024-01-07", [{"type": "attack", "place": "الشدادي", "weapon": "rocket", "date": "2024-01-06"}]),
    ("attack-embassy-is-a-place", "bug", "وكانت السفارة الأمريكية في بغداد قد تعرضت فجر الجمعة لهجوم صاروخي.", "2023-12-09", [{"type": "attack", "place": "السفارة الأميركية في بغداد", "weapon": "rocket", "date": "2023-12-08"}]),
    ("attack-weapon-subject-us-object", "press", "واستهدفت طائرة مسيرة القوات الأمريكية المنتشرة في ريف الحسكة مساء الخميس.", "2024-08-16", [{"type": "attack", "actor": "", "weapon": "drone", "date": "2024-08-15"}]),
    ("objected-to-is-no-interception-criticised-is-no-attack", "trap", "وهاجم القيادي النواب الذين اعترضوا على قصف السفارة الأميركية.", "2023-12-09", [{"type": "attack", "date": ""}]),
    ("us-strike-instrument-then-group", "bug", "وقال الوزير إن القوات الأميركية استهدفت بغارات جوية كتائب حزب الله قرب القائم.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "القائم", "weapon": "air"}]),
    ("trap-objected-with-adverb", "bug", "وقال القيادي إن الحلفاء اعترضوا مرارا على قرارات الفصائل.", "2024-01-30", []),
    ("threat-and-the-attack-it-answers", "bug", "وتوعد وزير الدفاع الأميركي بالرد على هجوم بصاروخ استهدف، السبت، قاعدة عين الأسد.", "2024-01-22", [{"type": "threat"}, {"type": "attack", "place": "عين الأسد", "weapon": "rocket", "date": "2024-01-20"}]),
    ("threat-formula-in-quote-abroad", "bug", "وقال المتحدث: \"سنرد في الزمان والمكان المناسبين، ونحمل طهران المسؤولية\".", "2024-01-30", [{"type": "threat"}]),
    ("threat-any-response-is-no-response-clause", "bug", "وحذر القيادي واشنطن من أي رد على عمليات الفصائل، قائلا إن \"أي خطأ سيقابله رد أقسى\".", "2023-12-09", [{"type": "threat"}]),
    ("attack-dated-by-later-sentence-not-by-accusation", "bug", "واتهمت أمس الاثنين وزارة الدفاع الأميركية كتائب حزب الله بتنفيذ الهجوم على قاعدة البرج 22. وكان الهجوم الذي وقع يوم الأحد قد أدى إلى مقتل ثلاثة جنود.", "2024-01-30", [{"type": "attack", "place": "البرج 22", "date": "2024-01-28"}]),
    ("lead-dates-the-acts-told-after-it", "dev", "عادت الفصائل المسلحة، يوم الجمعة، إلى مهاجمة مواقع أمريكية في العراق وسوريا. وذكرت الفصائل أنها ضربت بطائرتين مسيرتين قاعدة تل بيدر.", "2023-11-18", [{"type": "attack", "place": "تل بيدر", "weapon": "drone", "date": "2023-11-17"}]),
    ("lead-without-date-lends-nothing", "trap", "وتواصل الفصائل مهاجمة مواقع أمريكية في العراق وسوريا. وذكرت الفصائل أنها ضربت بطائرتين مسيرتين قاعدة تل بيدر.", "2023-11-18", [{"type": "attack", "place": "تل بيدر", "weapon": "drone", "date": ""}]),
    # session 7: a single act told by its noun in a dated sentence with no verb of attack
    ("noun-act-killed-in-attack-dated", "dev", "وكان جنديان أمريكيان قد قتلا في 12 كانون الثاني بهجوم بطائرة مسيرة على قاعدة في شمال سوريا.", "2024-02-06", [{"type": "attack", "weapon": "drone", "date": "2024-01-12"}]),
    ("noun-act-took-place-on-day", "dev", "ووقع الهجوم يوم الخميس 1 شباط على قاعدة الشدادي.", "2024-02-06", [{"type": "attack", "place": "الشدادي", "date": "2024-02-01"}]),
    ("noun-act-injured-in-attack", "dev", "أصيب أربعة جنود أمريكيين، أمس، في هجوم طال قاعدة حرير في أربيل.", "2024-02-07", [{"type": "attack", "place": "حرير", "date": "2024-02-06"}]),
    ("noun-act-us-strike-air-adjective", "bug", "كما قتلت غارة جوية أمريكية وسط بغداد، الخميس الماضي، قياديين في حركة النجباء.", "2024-01-08", [{"type": "us_strike", "date": "2024-01-04"}]),
    ("noun-act-without-place-points-back", "trap", "وتعهد رئيس الوزراء بملاحقة المسؤولين عن هجوم السبت.", "2024-01-01", []),
    ("noun-act-since-date-is-a-period", "trap", "وهذا هو الهجوم الأول على قاعدة التنف منذ بدء الهجمات على القوات الأمريكية في 17 تشرين الأول.", "2023-11-20", []),
    ("noun-act-day-after-another-blast", "trap", "ووقع الهجوم غداة انفجار هز معسكرا للحشد الشعبي فجر أمس السبت.", "2024-04-21", []),
    ("since-clause-of-a-tally-is-an-act", "dev", "وقال المتحدث إن القوات الأمريكية تعرضت لأربع هجمات منذ الهجوم بطائرة مسيرة على قاعدة التنف في 5 كانون الثاني.", "2024-02-06", [{"type": "attack", "place": "التنف", "date": "2024-01-05"}]),
    ("pelted-with-rockets-by-gunmen", "dev", "وقال البنتاغون إن مسلحين رشقوا مساء الأحد بصواريخ قاعدة عين الأسد.", "2024-01-22", [{"type": "attack", "place": "عين الأسد", "weapon": "rocket", "date": "2024-01-21"}]),
    ("weapon-subject-hit-base", "dev", "وفي 3 كانون الثاني، أصاب صاروخ قاعدة حرير فجرح جنديين.", "2024-01-08", [{"type": "attack", "place": "حرير", "date": "2024-01-03"}]),
    ("previous-attack-is-another-act", "bug", "واستهدفت طائرة مسيرة قاعدة الشدادي اليوم السبت. إذ طال الهجوم السابق قاعدة حرير، الاثنين 5 آب، بصاروخين.", "2024-08-10", [{"type": "attack", "place": "الشدادي", "date": "2024-08-10"}, {"type": "attack", "place": "حرير", "date": "2024-08-05"}]),
    ("concession-then-the-act", "dev", "ورغم إعلان الكتائب تعليق عملياتها ضد القوات الأمريكية، فإن طائرة مسيرة قصفت مساء الأربعاء سيارة في بغداد.", "2024-02-08", [{"type": "attack", "place": "بغداد", "date": "2024-02-07"}]),
    ("martyrs-fell-is-no-act", "trap", "وقال مصدر في الكتائب إن \"شهيدين من الكتائب سقطا في العدوان على جرف النصر\".", "2024-02-08", []),
    ("us-administration-waged-aggression", "dev", "شنت الإدارة الأمريكية، في ساعة متأخرة من ليل الجمعة، عدوانا على مواقع في سوريا والعراق.", "2024-02-03", [{"type": "us_strike", "date": "2024-02-02"}]),
    ("threat-us-response-will-come", "dev", "وألمح المتحدث إلى أن ردا أمريكيا سيأتي في الوقت المناسب.", "2024-01-31", [{"type": "threat"}]),
    ("threat-participle-vowing-revenge", "dev", "ونعت الفصائل اثنين من مقاتليها، متوعدة بالثأر من القوات الأمريكية.", "2023-12-04", [{"type": "threat"}]),
    ("threat-will-not-hesitate", "dev", "وقال الوزير: \"لن نتردد في حماية قواتنا إذا استمرت هذه الاعتداءات\".", "2023-11-09", [{"type": "threat"}]),
    ("other-faction-froze-operations", "dev", "وكانت الكتائب قد أكدت، الثلاثاء، أنها جمدت جميع أنشطتها العسكرية ضد القوات الأمريكية.", "2024-02-01", [{"type": "other", "date": "2024-01-30"}]),
    ("other-convoy-left-base", "dev", "وأفاد مراسل محلي بأن رتلا عسكريا أمريكيا غادر قاعدة الشدادي متجها إلى الحسكة.", "2025-04-20", [{"type": "other"}]),
    ("other-talk-of-departure-is-no-act", "trap", "ودعا النائب الحكومة إلى وضع جدول زمني يحدد موعد مغادرة قوات التحالف.", "2024-01-10", []),
    ("other-push-for-withdrawal-is-no-act", "trap", "ويضغط حلفاء إيران في البرلمان من أجل الانسحاب الكامل للقوات الأمريكية.", "2023-11-13", []),
    ("other-phone-interview-is-no-call", "trap", "وقال القيادي في الفصائل، في اتصال هاتفي مع الصحيفة، إن الضربات لن تغير شيئا.", "2023-11-13", []),
    ("claim-reported-with-awradat", "dev", "وأوردت المقاومة الإسلامية في العراق، في بيان، أنها ضربت قاعدة عين الأسد بطائرتين مسيرتين.", "2023-11-18", [{"type": "claim", "place": "عين الأسد"}]),
    ("hit-their-target-is-the-outcome", "bug", "وقالت الفصائل المسلحة إن مقاتليها ضربوا قاعدة الشدادي بمسيرتين أصابتا هدفيهما بدقة.", "2024-01-08", [{"type": "claim", "place": "الشدادي"}]),
]
