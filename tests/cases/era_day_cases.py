"""Case table for the yearless days an undated text places by the era it names (:mod:`rasd.era_days`).

ERA_DAY_CASES rows: ``(text, expr, iso, origin)`` — the iso of the mention written ``expr`` once the
text is read without a publication date (``""``: no mention, or left unresolved).
Origins: press = a construction of Arabic news pages that print no date, in a sentence of our own;
trap = a near miss that must stay unresolved.
"""

ERA_DAY_CASES = [
    # --- session 31: a yearless day that opens an era named beside it takes the era's year (press) ---
    ("وتصاعدت الهجمات على القواعد الأمريكية منذ اندلاع الحرب في غزة في السابع من تشرين الأول الماضي",
     "السابع من تشرين الأول الماضي", "2023-10-07", "press: the Gaza war's first day beside Gaza"),
    ("أحصى البنتاغون 120 هجوما على قواته منذ 17 أكتوبر الماضي",
     "17 أكتوبر الماضي", "2023-10-17", "press: the tally of attacks counted from 17 October"),
    ("وتعرضت قواعد التحالف في سوريا لـ90 هجوما منذ تاريخ 19 تشرين الأول",
     "19 تشرين الأول", "2023-10-19", "press: the Observatory's tally of attacks on the bases in Syria"),
    ("وتقول واشنطن إن ضرباتها على إيران متواصلة منذ 28 شباط الماضي",
     "28 شباط الماضي", "2026-02-28", "press: the first day of the war on Iran"),
    ("وقتل سليماني في ضربة أمريكية قرب مطار بغداد في الثالث من كانون الثاني",
     "الثالث من كانون الثاني", "2020-01-03", "press: the day Soleimani was killed"),
    ("وارتفع النشاط في القاعدة منذ الثامن من كانون الأول الماضي مع سقوط نظام الأسد",
     "الثامن من كانون الأول الماضي", "2024-12-08", "press: the fall of Assad"),
    ("وأفاد المسؤول بأن القوات الأمريكية تعرضت في الفترة من 17 أكتوبر إلى 29 أكتوبر لـ20 هجوما",
     "17 أكتوبر", "2023-10-17", "press: «من … إلى» opens a span of the tally"),
    # --- session 31: the other yearless days of the text take the year nearest the era day (press) ---
    ("وأحصت الوزارة 140 هجوما على القوات الأمريكية منذ 18 تشرين الأول وحتى 2 شباط",
     "2 شباط", "2024-02-02", "press: the end of the tally falls in the next year"),
    ("وأفاد المسؤول بأن القوات الأمريكية تعرضت في الفترة من 17 أكتوبر إلى 29 أكتوبر لـ20 هجوما",
     "29 أكتوبر", "2023-10-29", "press: the end of the span in the same month"),
    # --- session 31: an era day fixes the year of a weekday-named day and anchors «اليوم التالي» (press) ---
    ("ومنذ 28 شباط تشن الولايات المتحدة هجمات على إيران، وفي الأحد 1 آذار قصفت مسيرات قاعدة حرير",
     "الأحد 1 آذار", "2026-03-01", "press: Sunday 1 March in the war's year (2020 fits too, out of the era)"),
    ("اندلعت الحرب في غزة في السابع من أكتوبر، وفي اليوم التالي أعلن حزب الله دخول المعركة",
     "اليوم التالي", "2023-10-08", "press: the day after the era day"),
    # --- session 31: traps ---
    ("شنت الفصائل هجوما في 17 أكتوبر على قاعدة التنف",
     "17 أكتوبر", "", "trap: the tally's first day does not open a period here"),
    ("وتعرضت قاعدة حرير لهجوم بطائرة مسيرة في السابع من تشرين الأول",
     "السابع من تشرين الأول", "", "trap: no word of the Gaza war in the paragraph"),
    ("وفي مثل هذا اليوم 7 أكتوبر اقتحم مقاتلو حماس مستوطنات إسرائيلية",
     "اليوم 7 أكتوبر", "", "trap: «في مثل هذا اليوم» names today, in a later year"),
    ("وقالت حماس اليوم 7 أكتوبر إن الحرب على غزة مستمرة",
     "اليوم 7 أكتوبر", "", "trap: a day written with «اليوم» is the day of writing"),
    ("وزار وزير الخارجية بغداد في 3 كانون الثاني لبحث الانسحاب",
     "3 كانون الثاني", "", "trap: no word of Soleimani beside the day"),
    ("ومنذ 28 شباط الماضي تراجعت أسعار النفط في الأسواق",
     "28 شباط الماضي", "", "trap: no word of the war on Iran beside the day"),
    ("وزار قائد القيادة المركزية القاعدة في 15 آب",
     "15 آب", "", "trap: no era named, several years fit"),
]
