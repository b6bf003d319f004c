"""Tests of rasd.numbers: digits, number words, ordinals, duals, vague quantities, qualifiers.

Origins: dev = written during development; press = a form seen in Arabic news on
the Iraq/Syria theatre (search corpus, "pages"), in a sentence of our own;
bug = a bug caught.
"""

import pytest

from rasd.lexicon import load_yaml
from rasd.numbers import find_numbers, parse_number, parse_ordinal
from rasd.text import normalize, normalize_str

FIND_CASES = [
    # (form, origin, text, expected [(text, value, kind, qualifier), ...])
    # --- digits
    ("digits-plain", "dev", "نشرت 2500 جندي", [("2500", 2500, "cardinal", "exact")]),
    ("digits-comma-thousands", "press", "قتل 11,300 شخص", [("11,300", 11300, "cardinal", "exact")]),
    ("digits-dot-thousands", "dev", "وصل 2.500 جندي", [("2.500", 2500, "cardinal", "exact")]),
    ("digits-arabic-thousands-sep", "dev", "وصل ٢٬٥٠٠ جندي", [("٢٬٥٠٠", 2500, "cardinal", "exact")]),
    ("digits-two-separators", "dev", "كلفت 2.500.000 دولار", [("2.500.000", 2500000, "cardinal", "exact")]),
    ("digits-decimal", "dev", "بلغ 1.5 بالمئة", [("1.5", 1.5, "cardinal", "exact")]),
    ("digits-arabic-decimal-sep", "dev", "بلغ ١٫٥ بالمئة", [("١٫٥", 1.5, "cardinal", "exact")]),
    ("digits-zero-dot-three", "dev", "النسبة 0.125 فقط", [("0.125", 0.125, "cardinal", "exact")]),
    ("digits-arabic-indic", "dev", "سقط ٩٢ صاروخا", [("٩٢", 92, "cardinal", "exact")]),
    ("digits-persian", "dev", "سقط ۹۲ صاروخا", [("۹۲", 92, "cardinal", "exact")]),
    ("digits-glued-lam-tatweel", "press", "تعرضت القاعدة لـ74 هجوما", [("74", 74, "cardinal", "exact")]),
    ("digits-glued-lam-space", "press", "تعرضت القاعدة لـ 78 هجوما", [("78", 78, "cardinal", "exact")]),
    ("digits-glued-waw", "dev", "و9 صواريخ", [("9", 9, "cardinal", "exact")]),
    ("digits-glued-ba", "dev", "قصفت ب20 قذيفة", [("20", 20, "cardinal", "exact")]),
    ("digits-article-tatweel", "press", "خلال الساعات الـ24 الماضية", [("الـ24", 24, "cardinal", "exact")]),
    ("digits-tanween-noun", "dev", "نفذت 92 هجوماً", [("92", 92, "cardinal", "exact")]),
    ("digits-list-comma-space", "dev", "في 20, 30 موقعا", [("20", 20, "cardinal", "exact"), ("30", 30, "cardinal", "exact")]),
    ("digits-list-arabic-comma", "dev", "سجلت 20، 30 إصابة", [("20", 20, "cardinal", "exact"), ("30", 30, "cardinal", "exact")]),
    ("digits-comma-two-digits", "dev", "الرقمان 20,30 فقط", [("20", 20, "cardinal", "exact"), ("30", 30, "cardinal", "exact")]),
    ("digits-latin-model-ignored", "dev", "طائرة MQ-9 سقطت", []),
    ("digits-percent", "dev", "تراجع 50 بالمئة", [("50", 50, "cardinal", "exact")]),
    ("digits-comma-decimal-before-scale", "dev", "نزح 3,5 مليون شخص", [("3,5 مليون", 3500000, "cardinal", "exact")]),
    ("digits-model-name-arabic", "press", "طائرة إف-16 وقاذفة بي 52", []),
    ("digits-model-name-latin", "dev", "طائرة F 16 وأخرى MQ-9", []),
    ("digits-not-joined-across-lines", "dev", "ثلاثة\nآلاف الجنود", [("ثلاثة", 3, "cardinal", "exact"), ("آلاف", 1000, "vague", "exact")]),
    pytest.param(
        "digits-article-ordinal-meaning", "dev", "نفذت الهجوم الـ150",
        [("الـ150", 150, "ordinal", "exact")],
        marks=pytest.mark.xfail(reason="article + digits is ordinal (الهجوم الـ150) or a definite cardinal (الـ2500 جندي); always reported as cardinal"),
    ),
    # --- cardinal words
    ("word-wahid", "dev", "قتل جندي واحد", [("واحد", 1, "cardinal", "exact")]),
    ("word-wahida-fem", "dev", "سقطت قذيفة واحدة", [("واحدة", 1, "cardinal", "exact")]),
    ("word-ithnan", "press", "قتل اثنان من أفراد القوة", [("اثنان", 2, "cardinal", "exact")]),
    ("word-ithnatayn", "dev", "أصيبت اثنتين منها", [("اثنتين", 2, "cardinal", "exact")]),
    ("word-thalatha", "dev", "قتل ثلاثة جنود", [("ثلاثة", 3, "cardinal", "exact")]),
    ("word-thalath-fem", "press", "شنت ثلاث هجمات", [("ثلاث", 3, "cardinal", "exact")]),
    ("word-accusative-fem", "press", "نفذت ثمانيا في العراق وثلاثا في سوريا", [("ثمانيا", 8, "cardinal", "exact"), ("ثلاثا", 3, "cardinal", "exact")]),
    ("word-thamani-maksura", "press", "استهدفت ثمانى ضربات", [("ثمانى", 8, "cardinal", "exact")]),
    ("word-ashara", "dev", "أصيب عشرة آخرون", [("عشرة", 10, "cardinal", "exact")]),
    ("word-teen-masc", "press", "قتل أربعة عشر عنصرا", [("أربعة عشر", 14, "cardinal", "exact")]),
    ("word-teen-fem", "dev", "أطلقت تسع عشرة قذيفة", [("تسع عشرة", 19, "cardinal", "exact")]),
    ("word-teen-eleven", "dev", "سقط أحد عشر صاروخا", [("أحد عشر", 11, "cardinal", "exact")]),
    ("word-one-fem-and-tens", "press", "نفذت إحدى وعشرين عملية", [("إحدى وعشرين", 21, "cardinal", "exact")]),
    ("word-one-masc-and-tens", "dev", "قتل واحد وثلاثون", [("واحد وثلاثون", 31, "cardinal", "exact")]),
    ("word-teen-twelve", "dev", "نفذت اثنتا عشرة غارة", [("اثنتا عشرة", 12, "cardinal", "exact")]),
    ("word-tens-nominative", "dev", "قتل عشرون مسلحا", [("عشرون", 20, "cardinal", "exact")]),
    ("word-unit-and-tens", "dev", "نفذت اثنين وتسعين هجوما", [("اثنين وتسعين", 92, "cardinal", "exact")]),
    ("word-proclitic-lam-tanween", "dev", "تعرضت لستةٍ وستين هجوما", [("ستةٍ وستين", 66, "cardinal", "exact")]),
    ("word-proclitic-lam", "press", "تعرضت لخمس وخمسين هجمة", [("خمس وخمسين", 55, "cardinal", "exact")]),
    ("word-proclitic-ba", "dev", "أصيبت بثلاثة صواريخ", [("ثلاثة", 3, "cardinal", "exact")]),
    ("word-proclitic-waw", "dev", "وخمسة جرحى", [("خمسة", 5, "cardinal", "exact")]),
    ("word-hundred-and-tens", "press", "عبرت أكثر من مئة وخمسين آلية", [("مئة وخمسين", 150, "cardinal", "more_than")]),
    ("word-miah-alef", "dev", "وصل مائة جندي", [("مائة", 100, "cardinal", "exact")]),
    ("word-hundred-unit-tens", "dev", "أطلق مئة وخمسة وعشرون صاروخا", [("مئة وخمسة وعشرون", 125, "cardinal", "exact")]),
    ("word-two-hundred", "dev", "نشر مئتي جندي", [("مئتي", 200, "cardinal", "exact")]),
    ("word-two-hundred-alef", "dev", "نشر مائتين من الجنود", [("مائتين", 200, "cardinal", "exact")]),
    ("word-hundreds-glued", "dev", "نشر ثلاثمائة جندي", [("ثلاثمائة", 300, "cardinal", "exact")]),
    ("word-hundreds-apart", "press", "قوة قوامها نحو أربع مئة جندي", [("أربع مئة", 400, "cardinal", "approx")]),
    ("word-thousand", "dev", "أرسلت ألف جندي", [("ألف", 1000, "cardinal", "exact")]),
    ("word-thousand-dual", "press", "تنشر نحو ألفي جندي", [("ألفي", 2000, "cardinal", "approx")]),
    ("word-thousand-dual-plus-hundreds", "dev", "وصل ألفين وخمسمئة جندي", [("ألفين وخمسمئة", 2500, "cardinal", "exact")]),
    ("word-three-thousand", "dev", "نشر ثلاثة آلاف جندي", [("ثلاثة آلاف", 3000, "cardinal", "exact")]),
    ("word-ten-thousand", "dev", "نزح عشرة آلاف شخص", [("عشرة آلاف", 10000, "cardinal", "exact")]),
    ("word-long-compound", "dev", "قتل ثلاثة آلاف وخمسمئة واثنان وعشرون", [("ثلاثة آلاف وخمسمئة واثنان وعشرون", 3522, "cardinal", "exact")]),
    ("word-tens-thousand-accusative", "dev", "نزح عشرين ألفاً", [("عشرين ألفاً", 20000, "cardinal", "exact")]),
    ("word-eleven-thousand", "dev", "قتل أحد عشر ألفا", [("أحد عشر ألفا", 11000, "cardinal", "exact")]),
    ("word-hundred-thousand", "dev", "نزح مئة ألف شخص", [("مئة ألف", 100000, "cardinal", "exact")]),
    ("word-million", "dev", "كلفت مليون دولار", [("مليون", 1000000, "cardinal", "exact")]),
    ("word-three-million", "dev", "نزح ثلاثة ملايين", [("ثلاثة ملايين", 3000000, "cardinal", "exact")]),
    ("word-article-compound", "press", "خلال الثمانية والأربعين ساعة الماضية", [("الثمانية والأربعين", 48, "cardinal", "exact")]),
    ("word-article-the-three", "dev", "تضم المواقع الثلاثة جنودا", [("الثلاثة", 3, "cardinal", "exact")]),
    # --- mixed digits and words
    ("mixed-digits-thousands", "dev", "نشر 3 آلاف جندي", [("3 آلاف", 3000, "cardinal", "exact")]),
    ("mixed-decimal-million", "dev", "نزح 2.5 مليون شخص", [("2.5 مليون", 2500000, "cardinal", "exact")]),
    ("mixed-digits-thousand", "press", "مقتل أكثر من 11 ألف شخص", [("11 ألف", 11000, "cardinal", "more_than")]),
    ("mixed-thousand-and-digits", "press", "قتل 11 ألفا و300 شخص", [("11 ألفا و300", 11300, "cardinal", "exact")]),
    ("mixed-million-and-thousands", "dev", "نزح مليون و200 ألف", [("مليون و200 ألف", 1200000, "cardinal", "exact")]),
    ("mixed-trillion", "press", "أنفقت 7 ترليون دولار", [("7 ترليون", 7000000000000, "cardinal", "exact")]),
    # --- duals
    ("dual-planes", "press", "أسقطت طائرتين فوق القاعدة", [("طائرتين", 2, "dual", "exact")]),
    ("dual-rockets", "dev", "سقط صاروخين قرب المطار", [("صاروخين", 2, "dual", "exact")]),
    ("dual-attacks-ba", "press", "قتل عشرة بهجومين منفصلين", [("عشرة", 10, "cardinal", "exact"), ("هجومين", 2, "dual", "exact")]),
    ("dual-bases-construct", "dev", "في قاعدتي حرير والتنف", [("قاعدتي", 2, "dual", "exact")]),
    ("dual-drones-ba", "dev", "هاجموا القاعدة بمسيرتين", [("مسيرتين", 2, "dual", "exact")]),
    ("dual-strikes", "press", "نفذت غارتين جويتين", [("غارتين", 2, "dual", "exact")]),
    ("dual-soldiers", "press", "مقتل جنديين وجرح خمسة", [("جنديين", 2, "dual", "exact"), ("خمسة", 5, "cardinal", "exact")]),
    ("dual-noun-adjective", "press", "استهدفت طائرتان مسيرتان القاعدة", [("طائرتان مسيرتان", 2, "dual", "exact")]),
    ("dual-with-ithnayn", "dev", "قتل جنديين اثنين", [("جنديين اثنين", 2, "dual", "exact")]),
    ("dual-mortar-construct", "dev", "سقطت قذيفتا هاون", [("قذيفتا", 2, "dual", "exact")]),
    ("dual-twice", "dev", "استهدفت مرتين", [("مرتين", 2, "dual", "exact")]),
    ("dual-not-palestine", "dev", "في فلسطين ولبنان", []),
    ("dual-not-plural", "dev", "قتل المسلحين والمدنيين", []),
    # --- ordinals
    ("ord-first", "dev", "الهجوم الأول على القاعدة", [("الأول", 1, "ordinal", "exact")]),
    ("ord-first-fem", "dev", "للمرة الأولى", [("الأولى", 1, "ordinal", "exact")]),
    ("ord-second-fem-prefix", "dev", "للمرة الثانية", [("الثانية", 2, "ordinal", "exact")]),
    ("ord-tenth", "dev", "اليوم العاشر للحرب", [("العاشر", 10, "ordinal", "exact")]),
    ("ord-bare-before-noun", "press", "ثالث جولة من الضربات", [("ثالث", 3, "ordinal", "exact")]),
    ("ord-eleven", "dev", "في الحادي عشر من الشهر", [("الحادي عشر", 11, "ordinal", "exact")]),
    ("ord-eleven-fem", "dev", "الساعة الحادية عشرة ليلا", [("الحادية عشرة", 11, "ordinal", "exact")]),
    ("ord-nineteen", "dev", "اليوم التاسع عشر", [("التاسع عشر", 19, "ordinal", "exact")]),
    ("ord-twentieth", "dev", "القرن العشرين", [("العشرين", 20, "ordinal", "exact")]),
    ("ord-twenty-first", "dev", "في الحادي والعشرين من الشهر", [("الحادي والعشرين", 21, "ordinal", "exact")]),
    ("ord-twenty-second", "dev", "في الثاني والعشرين من الشهر", [("الثاني والعشرين", 22, "ordinal", "exact")]),
    ("ord-thirty-first", "dev", "في الحادي والثلاثين من الشهر", [("الحادي والثلاثين", 31, "ordinal", "exact")]),
    ("ord-misspelt-waw-ashar", "press", "منذ السابع وعشر من الشهر", [("السابع وعشر", 17, "ordinal", "exact")]),
    ("ord-month-tishrin-thani", "dev", "في تشرين الثاني الماضي", []),
    ("ord-month-kanun-awwal", "dev", "منذ كانون الأول", []),
    ("ord-month-rabi-awwal", "dev", "في ربيع الأول", []),
    ("ord-month-after-slash", "press", "في أكتوبر/تشرين الأول الماضي", []),
    ("ord-day-before-yesterday", "dev", "وأمس الأول أعلنت القوات", []),
    ("ord-bare-first-ignored", "dev", "أول أمس", []),
    ("ord-arbaeen-ignored", "dev", "خلال زيارة الأربعين", []),
    ("ord-hour-ninth", "press", "نحو الساعة التاسعة مساء", [("التاسعة", 9, "ordinal", "exact")]),
    # --- vague quantities
    ("vague-dozens", "dev", "أطلقت عشرات الصواريخ", [("عشرات", 10, "vague", "exact")]),
    ("vague-dozens-article", "press", "أدى إلى إصابة العشرات", [("العشرات", 10, "vague", "exact")]),
    ("vague-hundreds", "dev", "نزح مئات المدنيين", [("مئات", 100, "vague", "exact")]),
    ("vague-thousands", "dev", "نشر آلاف الجنود", [("آلاف", 1000, "vague", "exact")]),
    ("vague-thousands-accusative", "dev", "نشرت آلافاً من الجنود", [("آلافاً", 1000, "vague", "exact")]),
    ("vague-tens-of-thousands", "dev", "نزح عشرات الآلاف", [("عشرات الآلاف", 10000, "vague", "exact")]),
    ("vague-hundreds-of-thousands", "dev", "نزح مئات الآلاف", [("مئات الآلاف", 100000, "vague", "exact")]),
    ("vague-several-not-reported", "dev", "شنت عدة هجمات وبضعة غارات وعدد من الضربات", []),
    ("vague-one-of-not-reported", "dev", "أصيب أحد الجنود", []),
    # --- qualifiers
    ("qual-nahw", "press", "ينتشر نحو 2500 جندي", [("2500", 2500, "cardinal", "approx")]),
    ("qual-hawali", "press", "وقع حوالي 78 هجوما", [("78", 78, "cardinal", "approx")]),
    ("qual-qurabah", "press", "أرسلت قرابة 30 ألف جندي", [("30 ألف", 30000, "cardinal", "approx")]),
    ("qual-zuhaa", "dev", "قتل زهاء 40 مسلحا", [("40", 40, "cardinal", "approx")]),
    ("qual-ma-yuqarib", "dev", "نشر ما يقارب 900 جندي", [("900", 900, "cardinal", "approx")]),
    ("qual-ma-yaqrub-min", "press", "هناك ما يقرب من 500 عسكري", [("500", 500, "cardinal", "approx")]),
    ("qual-ba-nahw", "dev", "يقدر عددهم بنحو 900", [("900", 900, "cardinal", "approx")]),
    ("qual-taqriban-after", "dev", "قتل 20 شخصا تقريبا", [("20", 20, "cardinal", "approx")]),
    ("qual-akthar-min", "press", "يوجد أكثر من 2500 جندي", [("2500", 2500, "cardinal", "more_than")]),
    ("qual-ma-yazid-an", "press", "مصرع ما يزيد عن 12 الف شخص", [("12 الف", 12000, "cardinal", "more_than")]),
    ("qual-ma-yazid-ala", "dev", "أطلق ما يزيد على مئة صاروخ", [("مئة", 100, "cardinal", "more_than")]),
    ("qual-azyad", "dev", "قتل أزيد من 30 عنصرا", [("30", 30, "cardinal", "more_than")]),
    ("qual-ma-la-yaqill", "press", "أصيب ما لا يقل عن 34 جنديا", [("34", 34, "cardinal", "at_least")]),
    ("qual-ala-al-aqal-before", "press", "يوجد على الأقل 2500 جندي", [("2500", 2500, "cardinal", "at_least")]),
    ("qual-ala-al-aqal-after", "press", "استهدفت 13 مرة على الأقل", [("13", 13, "cardinal", "at_least")]),
    ("qual-ala-al-aqal-after-two-words", "press", "أصيب ستة جنود أمريكيين على الأقل", [("ستة", 6, "cardinal", "at_least")]),
    ("qual-aqall-min", "dev", "قتل أقل من عشرة", [("عشرة", 10, "cardinal", "less_than")]),
    ("qual-ma-dun", "dev", "الأطفال ما دون 18 عاما", [("18", 18, "cardinal", "less_than")]),
    ("qual-ma-yarbu", "dev", "أطلق ما يربو على 100 صاروخ", [("100", 100, "cardinal", "more_than")]),
    ("qual-yafuq", "dev", "عدد يفوق 20 جنديا", [("20", 20, "cardinal", "more_than")]),
    ("qual-vague", "dev", "أطلقت نحو عشرات الصواريخ", [("عشرات", 10, "vague", "approx")]),
    ("qual-dual", "dev", "استهدفت أكثر من مرتين", [("مرتين", 2, "dual", "more_than")]),
    ("qual-post-not-across-number", "dev", "قتل ثلاثة وجرح خمسة على الأقل", [("ثلاثة", 3, "cardinal", "exact"), ("خمسة", 5, "cardinal", "at_least")]),
    # --- ranges
    ("range-bayn-wa", "dev", "قتل بين 20 و30 مسلحا", [("20 و30", 20, "cardinal", "range")]),
    ("range-min-ila", "dev", "من 20 إلى 30 صاروخا", [("20 إلى 30", 20, "cardinal", "range")]),
    ("range-dash", "dev", "أطلق 20-30 صاروخا", [("20-30", 20, "cardinal", "range")]),
    ("range-words", "dev", "بين عشرين وثلاثين جنديا", [("عشرين وثلاثين", 20, "cardinal", "range")]),
    ("range-scale-both", "press", "بين 30 ألف و50 ألف جندي", [("30 ألف و50 ألف", 30000, "cardinal", "range")]),
    ("range-scale-shared", "dev", "بين 100 و150 ألف جندي", [("100 و150 ألف", 100000, "cardinal", "range")]),
    ("range-ma-bayn-ila", "press", "ما بين 500 إلى 1000 مسيرة", [("500 إلى 1000", 500, "cardinal", "range")]),
    ("range-or", "dev", "سقط ثلاثة أو أربعة صواريخ", [("ثلاثة أو أربعة", 3, "cardinal", "range")]),
    ("range-years-dash", "dev", "في الفترة 2019-2021", [("2019-2021", 2019, "cardinal", "range")]),
    ("range-thousands-words-digits", "dev", "ما بين 2 و3 آلاف جندي", [("2 و3 آلاف", 2000, "cardinal", "range")]),
    pytest.param(
        "range-with-inner-qualifier", "press", "يتراوح بين نحو 160 ألف إلى 170 ألف جندي",
        [("160 ألف إلى 170 ألف", 160000, "cardinal", "range")],
        marks=pytest.mark.xfail(reason="a qualifier between بين and the first number hides the range opener"),
    ),
    ("range-not-without-opener", "dev", "قتل 20 وجرح 30", [("20", 20, "cardinal", "exact"), ("30", 30, "cardinal", "exact")]),
    ("range-not-decreasing", "dev", "بين 30 و20", [("30", 30, "cardinal", "exact"), ("20", 20, "cardinal", "exact")]),
    # --- dates and times are not numbers
    ("date-dots", "dev", "في 11.11.2023 وقع هجوم", []),
    ("date-iso", "dev", "في 2023-12-13 وقع هجوم", []),
    ("date-slashes", "dev", "في 22/11/2023 وقع هجوم", []),
    ("date-spaced-dots", "dev", "في 11 . 11 . 2023 وقع هجوم", []),
    ("date-dashes-dmy", "press", "بتاريخ 24-02-2009", []),
    ("time", "dev", "الساعة 10:30 صباحا", []),
    ("month-year-slash", "dev", "منذ 11/2023", []),
    ("date-glued-waw", "dev", "و11.11.2023", []),
    ("three-dotted-parts", "dev", "الإصدار 1.2.3", []),
    ("date-words-keep-numbers", "dev", "13 نوفمبر 2023", [("13", 13, "cardinal", "exact"), ("2023", 2023, "cardinal", "exact")]),
    # --- words that only look like numbers
    ("not-monday", "press", "ليلة الأحد/ الاثنين", []),
    ("not-lastu", "dev", "لست أدري", []),
    # --- session 25: لست before a plural noun a number counts is ل + ست; an article written apart after qualifier words (press) ---
    ("lastu-before-counted-noun", "press", "تعرضت القاعدة لست ضربات", [("ست", 6, "cardinal", "exact")]),
    ("lastu-before-other-word-trap", "trap", "لست مقتنعا بالأرقام", []),
    ("approx-detached-article", "press", "لما يقارب الـ 85 هجوما", [("85", 85, "cardinal", "approx")]),
    ("approx-glued-ma-yuqarib", "press", "عن مايقارب 150 هجوما", [("150", 150, "cardinal", "approx")]),
    ("not-per-cent-word", "dev", "ارتفع خمسين في المئة", [("خمسين", 50, "cardinal", "exact")]),
    ("not-weekdays", "dev", "يوم الثلاثاء والأربعاء والخميس", []),
    pytest.param(
        "not-one-way-idiom", "press", "مسيرة في اتجاه واحد", [],
        marks=pytest.mark.xfail(reason="واحد in the idiom 'one-way' (drone) is read as the cardinal 1"),
    ),
    ("not-derived-words", "dev", "اجتماع ثلاثي وعشري ومليونية", []),
]


def _values(case):
    """A case's fields, without its xfail mark."""
    return tuple(getattr(case, "values", case))


ALL_CASES = [_values(c) for c in FIND_CASES]


def _shape(mentions):
    return [(m.text, m.value, m.kind, m.qualifier) for m in mentions]


@pytest.mark.parametrize("form,origin,text,expected", FIND_CASES)
def test_find_numbers(form, origin, text, expected):
    assert _shape(find_numbers(text)) == expected


@pytest.mark.parametrize("form,origin,text,expected", ALL_CASES)
def test_offsets_are_consistent(form, origin, text, expected):
    nt = normalize(text)
    mentions = find_numbers(text)
    assert _shape(find_numbers(nt)) == _shape(mentions)
    prev_end = 0
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert nt.to_original(m.nstart, m.nend) == (m.start, m.end)
        assert m.start >= prev_end
        assert isinstance(m.value, int) or not float(m.value).is_integer()
        prev_end = m.end


DETAIL_CASES = [
    # (form, origin, text, index, field, expected)
    ("range-upper", "dev", "قتل بين 20 و30 مسلحا", 0, "upper", 30),
    ("range-upper-scale", "dev", "بين 100 و150 ألف جندي", 0, "upper", 150000),
    ("range-qstart", "dev", "قتل بين 20 و30 مسلحا", 0, "qstart", 4),
    ("range-dash-no-qstart", "dev", "أطلق 20-30 صاروخا", 0, "qstart", None),
    ("dual-noun-fem", "dev", "أسقطت طائرتين", 0, "noun", "طائره"),
    ("dual-noun-masc", "dev", "سقط صاروخين", 0, "noun", "صاروخ"),
    ("dual-noun-nisba", "dev", "قتل جنديين", 0, "noun", "جندي"),
    ("dual-noun-ba", "dev", "هاجموا بمسيرتين", 0, "noun", "مسيره"),
    ("cardinal-no-noun", "dev", "قتل ثلاثة", 0, "noun", ""),
    ("qual-qstart-before", "dev", "نشر أكثر من 2500 جندي", 0, "qstart", 4),
    ("qual-qstart-prefixed", "dev", "يقدر بنحو 900", 0, "qstart", 6),
    ("qual-qstart-after", "dev", "قتل 20 شخصا تقريبا", 0, "qstart", 12),
    ("no-qualifier-no-qstart", "dev", "قتل 20 شخصا", 0, "qstart", None),
    ("nstart-after-proclitic", "dev", "تعرضت لـ74 هجوما", 0, "nstart", 7),
    ("nend-norm", "dev", "تعرضت لـ74 هجوما", 0, "nend", 9),
    ("start-after-tatweel", "dev", "تعرضت لـ74 هجوما", 0, "start", 8),
]


@pytest.mark.parametrize("form,origin,text,index,field,expected", DETAIL_CASES)
def test_mention_details(form, origin, text, index, field, expected):
    assert getattr(find_numbers(text)[index], field) == expected


PARSE_NUMBER_CASES = [
    # (form, origin, expression, value)
    ("words-thousands-hundreds", "dev", "ألفين وخمسمئة", 2500),
    ("digits-comma", "dev", "2,500", 2500),
    ("digits-dot", "dev", "2.500", 2500),
    ("digits-decimal", "dev", "1.5", 1.5),
    ("digits-arabic-indic", "dev", "٢٥٠٠", 2500),
    ("digits-glued-lam", "dev", "لـ130", 130),
    ("words-units-tens", "dev", "اثنين وتسعين", 92),
    ("words-proclitic", "dev", "لستةٍ وستين", 66),
    ("words-three-thousand", "dev", "ثلاثة آلاف", 3000),
    ("words-hundred-fifty", "dev", "مئة وخمسون", 150),
    ("words-unit-fem", "dev", "ثلاث", 3),
    ("words-ten-fem", "dev", "عشر", 10),
    ("mixed-million", "dev", "2.5 مليون", 2500000),
    ("dual", "dev", "طائرتين", 2),
    ("vague", "dev", "عشرات", 10),
    ("range-dash-lower", "dev", "20-30", 20),
    ("with-noun-is-none", "dev", "ثلاثة آلاف جندي", None),
    ("two-numbers-none", "dev", "20 و30", None),
    ("qualified-none", "dev", "نحو 20", None),
    ("word-none", "dev", "فلسطين", None),
    ("empty-none", "dev", "", None),
    ("date-none", "dev", "11.11.2023", None),
]


@pytest.mark.parametrize("form,origin,expr,expected", PARSE_NUMBER_CASES)
def test_parse_number(form, origin, expr, expected):
    assert parse_number(expr) == expected


PARSE_ORDINAL_CASES = [
    # (form, origin, expression, value)
    ("first", "dev", "الأول", 1),
    ("first-fem", "dev", "الأولى", 1),
    ("second-fem", "dev", "الثانية", 2),
    ("tenth-fem", "dev", "العاشرة", 10),
    ("eleventh", "dev", "الحادي عشر", 11),
    ("eleventh-fem", "dev", "الحادية عشرة", 11),
    ("twelfth", "dev", "الثاني عشر", 12),
    ("nineteenth", "dev", "التاسع عشر", 19),
    ("twentieth-nom", "dev", "العشرون", 20),
    ("twentieth-obl", "dev", "العشرين", 20),
    ("twenty-first", "dev", "الحادي والعشرين", 21),
    ("twenty-first-nom-spaced-waw", "dev", "الحادي و العشرون", 21),
    ("twenty-first-wahid", "dev", "الواحد والعشرين", 21),
    ("twenty-second-fem", "dev", "الثانية والعشرين", 22),
    ("thirtieth", "dev", "الثلاثين", 30),
    ("thirty-first", "dev", "الحادي والثلاثين", 31),
    ("misspelt-waw-ashar", "press", "السابع وعشر", 17),
    ("no-article", "dev", "سابع عشر", 17),
    ("no-article-eleventh", "dev", "حادي عشر", 11),
    ("article-on-second-part", "dev", "الثالث العشر", 13),
    ("proclitic-waw", "dev", "والعاشر", 10),
    ("proclitic-lil", "dev", "للثالث", 3),
    ("normalised-input", "dev", "الحاديه عشره", 11),
    ("hadi-alone-none", "dev", "الحادي", None),
    ("cardinal-none", "dev", "ثلاثة", None),
    ("ten-alone-none", "dev", "عشر", None),
    ("trailing-word-none", "dev", "الأولى من", None),
    ("other-word-none", "dev", "فلسطين", None),
    ("empty-none", "dev", "", None),
]


@pytest.mark.parametrize("form,origin,expr,expected", PARSE_ORDINAL_CASES)
def test_parse_ordinal(form, origin, expr, expected):
    assert parse_ordinal(expr) == expected


def _arabic_strings(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _arabic_strings(key)
            yield from _arabic_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _arabic_strings(item)
    elif isinstance(node, str) and any("\u0600" <= ch <= "\u06ff" for ch in node):
        yield node


def test_lexicon_entries_are_normalised():
    entries = list(_arabic_strings(load_yaml("numbers.yaml")))
    assert len(entries) > 150
    assert [e for e in entries if normalize_str(e) != e] == []


def test_never_crashes_on_random_mixtures():
    import random

    rng = random.Random(7)
    pieces = [c[2] for c in ALL_CASES] + ["،", ".", "/", ":", "-", "ـ", "ً", "\u200f", "و", "ال"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        prev_end = 0
        for m in find_numbers(text):
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.start >= prev_end
            prev_end = m.end


def test_seed_articles_offsets():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = find_numbers(text)
        assert mentions
        assert all(text[m.start : m.end] == m.text for m in mentions)


def test_long_text_is_scanned_whole():
    # speed lives in bench/ (a timed assertion here failed under load); this checks every repeat is read
    text = "نشرت واشنطن نحو 2500 جندي في 11.11.2023 وأطلقت ثلاثة آلاف وخمسمئة قذيفة وطائرتين. " * 400
    mentions = find_numbers(text)
    assert len(mentions) == 3 * 400
    assert [m.value for m in mentions[-3:]] == [2500, 3500, 2]
